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

  /// Reads every list now.
  public static func load(from library: ContentLibrary) throws(AppError) -> DutchAnonymiser {
    DutchAnonymiser(lexicon: try lexicon(in: folder(of: library)))
  }

  /// Checks now that every list is there and readable, and reads them on another thread, so
  /// the consent text is on screen at once; the first use waits until they are read.
  public static func preparing(from library: ContentLibrary) throws(AppError) -> PreparedAnonymiser {
    let folder = folder(of: library)
    for (name, _) in AnonymiserLexicon.listFiles {
      let path = folder.appendingPathComponent(name).path
      guard access(path, R_OK) == 0 else { throw missing(name, in: folder) }
    }
    return PreparedAnonymiser(folder: folder)
  }

  /// Reads every list file of `AnonymiserLexicon.listFiles` from `folder`; each must be there.
  public static func lexicon(in folder: URL) throws(AppError) -> AnonymiserLexicon {
    var lists: [String: String] = [:]
    for (name, _) in AnonymiserLexicon.listFiles {
      let url = folder.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else { throw missing(name, in: folder) }
      lists[name] = String(decoding: data, as: UTF8.self)
    }
    return AnonymiserLexicon(lists: lists)
  }

  static func missing(_ name: String, in folder: URL) -> AppError {
    .usage(
      "De woordenlijst \(name) ontbreekt in \(folder.path). Zonder die lijst kan praatmaat namen niet weghalen; er is niets gevraagd of bewaard."
    )
  }
}

/// An anonymiser whose lists are read on a background thread; every use waits for them.
public final class PreparedAnonymiser: Anonymiser, @unchecked Sendable {
  private let condition = NSCondition()
  private var loaded: Result<DutchAnonymiser, AppError>?

  init(folder: URL) {
    Thread.detachNewThread { [self] in
      let result = Result { () throws(AppError) -> DutchAnonymiser in
        DutchAnonymiser(lexicon: try Anonymisers.lexicon(in: folder))
      }
      condition.lock()
      loaded = result
      condition.broadcast()
      condition.unlock()
    }
  }

  /// The anonymiser, once its lists are read; their reason when they could not be.
  public func ready() throws(AppError) -> DutchAnonymiser {
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

  public func label(forMarked word: String) -> PIISpan.Label {
    (try? ready())?.label(forMarked: word) ?? .person
  }
}
