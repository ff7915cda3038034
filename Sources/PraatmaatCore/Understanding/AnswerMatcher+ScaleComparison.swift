/// A step said by comparing with another: "meer dan soms" to "Nooit / Soms / Vaak" is the step
/// after "Soms", "minder dan vaak" the step before "Vaak". Checked first.
extension AnswerMatcher {
  /// The step next to the one the answer compares with, when "meer dan" or "minder dan" is
  /// followed by a word of exactly one of the writer's own steps; nil otherwise.
  func comparedStep(_ t: AnswerText, question: Question) -> String? {
    let options = question.options
    guard question.ownSteps, options.count >= 3, let dan = t.words.firstIndex(of: "dan"), dan > 0,
      dan + 1 < t.words.count, ["meer", "minder"].contains(t.words[dan - 1])
    else { return nil }
    let compared = t.words[dan + 1]
    let steps = options.indices.filter { k in
      AnswerText(options[k].label, words: words).words.contains(compared)
    }
    guard steps.count == 1 else { return nil }
    let k = steps[0] + (t.words[dan - 1] == "meer" ? 1 : -1)
    return options.indices.contains(k) ? options[k].id : nil
  }
}
