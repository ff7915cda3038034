import Testing

@testable import PraatmaatCore

/// Answers that were read wrongly once, found by playing the method scripts.
@Suite("Matcher regressions")
struct MatcherRegressionTests {
  static func question(_ kind: QuestionKind, _ labels: [String] = []) -> Question {
    var q = Question(id: "v", kind: kind, location: SourceLocation(line: 1, column: 1))
    if !labels.isEmpty {
      q.options = labels.enumerated().map {
        Option(id: "o\($0.offset + 1)", pictogram: nil, label: $0.element)
      }
    }
    return q
  }

  @Test("a little word like 'een' picks no option by itself")
  func littleWords() {
    let q = Self.question(.multiChoice, ["Een begeleider", "Familie", "Buren"])
    #expect(AnswerMatcher(words: packageWords).match("een loket", for: q) == .notUnderstood)
    #expect(AnswerMatcher(words: packageWords).match("begeleider", for: q) == .value(.options(["o1"])))
  }

  @Test("doubt on a panel statement counts as 'weet ik niet'")
  func doubt() {
    let q = Self.question(.statement)
    #expect(AnswerMatcher(words: packageWords).match("Ik twijfel.", for: q) == .value(.option("weet-niet")))
    #expect(AnswerMatcher(words: packageWords).match("eens", for: q) == .value(.option("eens")))
  }
}
