import Foundation
import PraatmaatCore

extension ContentLibrary {
  /// The folder of the sentences praatmaat says, one table per language.
  public var textsFolder: URL { root.appendingPathComponent("teksten") }

  /// The table of sentences in `language` (`nl`: Dutch). Without it the program has nothing
  /// to say, so a missing or broken table stops it before anyone is asked.
  public func phraseBook(language: String = "nl") throws(AppError) -> PhraseBook {
    let url = textsFolder.appendingPathComponent("\(language).txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw AppError.content(.missingTexts(url.path))
    }
    do {
      return try PhraseBook.parse(text, file: "Content/teksten/\(language).txt")
    } catch {
      throw AppError.content(.brokenTexts(error))
    }
  }
}
