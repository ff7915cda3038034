/// Scale words typed with one slip ("goedd", "altiid"): read as the word they nearly are, and
/// then only as a guess, checked first.
extension AnswerMatcher {
  /// The answer with each unknown word of four letters or more that is one letter away from
  /// exactly one scale word spelled as that word; nil when no word changed.
  func respelled(_ t: AnswerText) -> AnswerText? {
    var copy = t
    var changed = false
    for (i, word) in t.words.enumerated()
    where word.count >= 4 && words.scaleSteps[word] == nil && !Self.littleWords.contains(word) {
      let near = words.scaleSteps.keys.filter { !$0.contains(" ") && Self.oneSlipApart($0, word) }
      guard near.count == 1, let fixed = near.first else { continue }
      copy.words[i] = fixed
      changed = true
    }
    return changed ? copy : nil
  }

  /// The one step whose label has a word of four letters or more one letter away from the
  /// answer's only word, not a word of the general scale; nil otherwise.
  func respelledStep(_ t: AnswerText, options: [Option]) -> String? {
    guard t.words.count == 1, let word = t.words.first, word.count >= 4, words.scaleSteps[word] == nil
    else { return nil }
    let near = options.filter { option in
      AnswerText(option.label, words: words).words.contains {
        !Self.negationWords.contains($0) && Self.oneSlipApart($0, word)
      }
    }
    return near.count == 1 ? near[0].id : nil
  }

  /// Whether a word of four letters or more is one letter away from `word`.
  static func oneSlipApart(_ known: String, _ word: String) -> Bool {
    known.count >= 4 && abs(known.count - word.count) <= 1 && EditDistance.between(known, word) == 1
  }
}
