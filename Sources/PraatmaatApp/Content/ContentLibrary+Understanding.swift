import Foundation
import PraatmaatCore

extension ContentLibrary {
  /// The folder of the word knowledge answers are read with.
  public var understandingFolder: URL { root.appendingPathComponent("begrip") }

  /// The word knowledge of `Content/begrip`. Without it every "prima" and "mn moeder" would
  /// go unread, so a missing or broken file stops the program before anyone is asked.
  public func answerWords() throws(AppError) -> AnswerWords {
    var files: [String: String] = [:]
    for name in AnswerWords.fileNames {
      let url = understandingFolder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        throw AppError.content(.missingWordList(url.path))
      }
      files[name] = text
    }
    let (words, problems) = AnswerWords.parse(files)
    if let first = problems.first {
      throw AppError.content(.brokenWordList(first))
    }
    return words
  }
}
