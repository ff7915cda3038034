import Foundation
import PraatmaatCore

/// The word knowledge of `Content/begrip`, read on another thread once a screen waits for
/// the person at the terminal (`BackgroundThread`), so the consent text and the first
/// question are on screen at once; the first answer waits until it is read. That every file
/// is there is checked at once, so a missing list still stops the program before anything is
/// asked.
public final class PreparedAnswerWords: @unchecked Sendable {
  private let condition = NSCondition()
  private var loaded: Result<AnswerWords, AppError>?

  /// Word knowledge that is there already (tests, or an empty one).
  public init(_ words: AnswerWords) {
    loaded = .success(words)
  }

  public init(library: ContentLibrary) throws(AppError) {
    for name in AnswerWords.fileNames {
      let path = library.understandingFolder.appendingPathComponent(name).path
      guard access(path, R_OK) == 0 else {
        throw AppError.content(.missingWordList(path))
      }
    }
    BackgroundThread.startWhenReleased { [self] in
      let result = Result { () throws(AppError) -> AnswerWords in try library.answerWords() }
      condition.lock()
      loaded = result
      condition.broadcast()
      condition.unlock()
    }
  }

  /// The words when they are read already, without waiting.
  public func ifReady() -> AnswerWords? {
    condition.lock()
    defer { condition.unlock() }
    return try? loaded?.get()
  }

  /// The words, once read; the reason when a file could not be read.
  public func get() throws(AppError) -> AnswerWords {
    BackgroundThread.release()
    condition.lock()
    defer { condition.unlock() }
    while loaded == nil { condition.wait() }
    return try loaded!.get()
  }
}
