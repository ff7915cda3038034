import Foundation
import PraatmaatCore

/// The anonymiser every conversation uses: `DutchAnonymiser` with the word lists of
/// `Content/anonimiseren`, read once per process.
public enum Anonymisers {
  /// The folder of the word lists inside `Content`.
  public static let listsFolder = "anonimiseren"

  /// The lists of the located Content folder; without them, only the built-in grammar words
  /// (shapes and cues still work, listed names do not).
  /// The lists are read at the first answer that needs them, not at start-up, so the first
  /// question is on screen at once.
  public static func standard() -> any Anonymiser { OnFirstUse() }

  /// Reads the shared lists (a static, so once per process) only when first asked.
  struct OnFirstUse: Anonymiser {
    func spans(in text: String) -> [PIISpan] { DutchAnonymiser(lexicon: shared).spans(in: text) }
  }

  /// Like `standard()`, but refuses to work without the word lists.
  public static func strict(environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(AppError) -> DutchAnonymiser
  {
    let library = try ContentLibrary.locate(environment: environment)
    if let lexicon = try? lexicon(in: library.root.appendingPathComponent(listsFolder)) {
      return DutchAnonymiser(lexicon: lexicon)
    }
    throw AppError.usage(
      "Ik vind de woordenlijsten niet in \(library.root.appendingPathComponent(listsFolder).path).")
  }

  private static let shared: AnonymiserLexicon = {
    guard let library = try? ContentLibrary.locate(),
      let lexicon = try? lexicon(in: library.root.appendingPathComponent(listsFolder))
    else { return .builtIn }
    return lexicon
  }()

  /// Reads every list file of `AnonymiserLexicon.listFiles` from `folder`; the first names
  /// list must be there.
  public static func lexicon(in folder: URL) throws(AppError) -> AnonymiserLexicon {
    var lists: [String: String] = [:]
    for (name, _) in AnonymiserLexicon.listFiles {
      let url = folder.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else { continue }
      lists[name] = String(decoding: data, as: UTF8.self)
    }
    guard lists["voornamen.txt"] != nil else {
      throw AppError.usage("Ik vind de woordenlijsten niet in \(folder.path).")
    }
    return AnonymiserLexicon(lists: lists)
  }
}
