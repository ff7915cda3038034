/// Whether a scale's question fits the answer at all: an answer that says the question is not
/// about them ("ik zit niet op een vereniging"), and steps that are themselves a yes or a no.
extension AnswerMatcher {
  /// Whether a negation in the answer stands before a thing the question names, a few words
  /// on ("niet bij een club", "nooit met de trein"): the question does not apply. ("geen
  /// zorgen" to "Hoe vaak maak je je zorgen?" is an answer.)
  func negatesTopic(_ t: AnswerText, _ question: Question) -> Bool {
    let labels = Set(question.options.flatMap { AnswerText($0.label, words: words).words })
    let topics = Set(
      question.text.flatMap { AnswerText($0, words: words).words }.filter {
        $0.count >= 3 && !Self.littleWords.contains($0) && !labels.contains($0) && words.scaleSteps[$0] == nil
          && !Self.alsoFunctionWords.contains($0)
      })
    let linking: Set<String> = ["bij", "naar", "met", "op", "de", "het", "een", "iets", "meer", "nu", "in"]
    return t.words.indices.contains { i in
      guard ["niet", "nooit"].contains(t.words[i]) else { return false }
      var k = i + 1
      while k < t.words.count, linking.contains(t.words[k]) { k += 1 }
      return k > i + 1 && k < t.words.count && topics.contains(t.words[k])
    }
  }

  /// Whether the writer's steps run from "Nee" to "Ja" ("Ga je graag zwemmen?").
  static func yesNoSteps(_ question: Question) -> Bool {
    guard let first = question.options.first, let last = question.options.last else { return false }
    return AnswerText.plain(first.label).hasPrefix("nee") && AnswerText.plain(last.label).hasPrefix("ja")
  }
}
