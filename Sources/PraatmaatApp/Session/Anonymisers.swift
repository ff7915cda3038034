import Foundation
import PraatmaatCore

/// The anonymiser every conversation, import and `anonymise` uses: `DutchAnonymiser` with the
/// word lists of `Content/anonimiseren`. Without its lists it does not work at all: a missing
/// list stops the command with its reason before anyone is asked anything.
public enum Anonymisers {
  /// The folder of the word lists inside `Content`.
  public static let listsFolder = "anonimiseren"

  /// The lists' folder of a Content library.
  public static func folder(of library: ContentLibrary) -> URL {
    library.root.appendingPathComponent(listsFolder)
  }

  /// The learned labeller's weights, beside the lists (made by `scripts/train-anonymiser`).
  public static let labellerFile = "labeller.gewichten"

  /// Reads every list and the labeller now.
  public static func load(from library: ContentLibrary) throws(AppError) -> DutchAnonymiser {
    try load(folder: folder(of: library))
  }

  static func load(folder: URL) throws(AppError) -> DutchAnonymiser {
    DutchAnonymiser(lexicon: try lexicon(in: folder), labeller: try labeller(in: folder))
  }

  /// The learned labeller of `folder`; a missing or damaged file stops the command.
  public static func labeller(in folder: URL) throws(AppError) -> TokenLabeller {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(labellerFile).path)
    else {
      throw missing(labellerFile, in: folder)
    }
    guard let labeller = TokenLabeller(file: [UInt8](data)) else {
      throw AppError.content(.brokenLabeller(file: labellerFile, folder: folder.path))
    }
    return labeller
  }

  /// Checks now that every list is there and readable, and reads them on another thread once
  /// a question or the menu is on screen; the first use waits until they are read.
  public static func preparing(from library: ContentLibrary) throws(AppError) -> PreparedAnonymiser {
    let folder = folder(of: library)
    for name in AnonymiserLexicon.listFiles.map(\.name) + [labellerFile] {
      let path = folder.appendingPathComponent(name).path
      guard access(path, R_OK) == 0 else { throw missing(name, in: folder) }
    }
    return PreparedAnonymiser(folder: folder)
  }

  /// Reads every list file of `AnonymiserLexicon.listFiles` from `folder`; each must be there.
  /// The lexicon built from them is kept ready for the next start (`LexiconIndexCache`).
  public static func lexicon(in folder: URL) throws(AppError) -> AnonymiserLexicon {
    for (name, _) in AnonymiserLexicon.listFiles
    where access(folder.appendingPathComponent(name).path, R_OK) != 0 {
      throw missing(name, in: folder)
    }
    return try LexiconIndexCache().lexicon(listsFolder: folder) { () throws(AppError) in
      try listTexts(in: folder)
    }
  }

  /// The bytes of every list file in `folder`.
  public static func listTexts(in folder: URL) throws(AppError) -> [String: [UInt8]] {
    var lists: [String: [UInt8]] = [:]
    for (name, _) in AnonymiserLexicon.listFiles {
      let url = folder.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else { throw missing(name, in: folder) }
      lists[name] = [UInt8](data)
    }
    return lists
  }

  static func missing(_ name: String, in folder: URL) -> AppError {
    .usage(
      "\(name) ontbreekt in \(folder.path). Zonder dat bestand kan praatmaat namen niet weghalen; er is niets gevraagd of bewaard."
    )
  }
}

/// An anonymiser whose lists are read on a background thread, once a screen waits for the
/// person at the terminal (`BackgroundThread`); every use waits for them.
public final class PreparedAnonymiser: Anonymiser, @unchecked Sendable {
  private let condition = NSCondition()
  private var loaded: Result<DutchAnonymiser, AppError>?

  init(folder: URL) {
    BackgroundThread.startWhenReleased { [self] in
      let result = Result { () throws(AppError) -> DutchAnonymiser in try Anonymisers.load(folder: folder) }
      condition.lock()
      loaded = result
      condition.broadcast()
      condition.unlock()
    }
  }

  /// The anonymiser, once its lists are read; their reason when they could not be.
  public func ready() throws(AppError) -> DutchAnonymiser {
    BackgroundThread.release()
    condition.lock()
    defer { condition.unlock() }
    while loaded == nil { condition.wait() }
    return try loaded!.get()
  }

  public func prepare() throws {
    _ = try ready()
  }

  public func spans(in text: String) -> [PIISpan] {
    // The lists were there when this was made; should they vanish while they are read, no
    // text may pass unmasked: everything is hidden.
    guard let anonymiser = try? ready() else {
      return text.isEmpty ? [] : [PIISpan(start: 0, end: text.unicodeScalars.count, label: .person)]
    }
    return anonymiser.spans(in: text)
  }

  public func looksLikeName(_ nickname: String) -> Bool {
    (try? ready())?.looksLikeName(nickname) ?? true
  }

  public func markedKind(_ word: String) -> (label: PIISpan.Label, detail: PIISpan.Detail?) {
    (try? ready())?.markedKind(word) ?? (.person, .removed)
  }
}
