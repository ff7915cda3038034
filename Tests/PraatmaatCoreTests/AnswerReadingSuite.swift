import Testing

@testable import PraatmaatCore

/// A suite that reads answers against the questions of its own script source.
protocol AnswerReadingSuite {
  static var source: String { get }
}

extension AnswerReadingSuite {
  /// How the matcher reads `input` for question `id` of the suite's source.
  func match(_ input: String, _ id: String) throws -> AnswerMatcher.Result {
    try #require(answerReading(input, question: id, in: Self.source))
  }
}
