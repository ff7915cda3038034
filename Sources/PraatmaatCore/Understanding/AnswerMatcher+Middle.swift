/// The middle step of a scale: what it means on the writer's steps, and answers that name
/// neither side.
extension AnswerMatcher {
  /// "vrij veilig", "redelijk schoon" to a scale with "Een beetje …" as its middle: between the
  /// middle and the end.
  func degreeBetween(_ t: AnswerText, question: Question) -> Bool {
    middleSaysSometimes(question)
      && t.words.contains { ["best", "redelijk", "vrij", "tamelijk", "behoorlijk", "nogal"].contains($0) }
  }

  /// Whether the middle step of a scale says "sometimes" or "partly" in its own words
  /// ("Lukt soms", "Past een beetje", "Af en toe").
  func middleSaysSometimes(_ question: Question) -> Bool {
    let options = question.options
    guard question.ownSteps, !options.isEmpty else { return false }
    let label = AnswerText(options[Self.step(6, on: options.count) - 1].label, words: words).words
    return label.contains { ["soms", "beetje", "toe", "deels", "half", "wisselend", "weleens"].contains($0) }
  }

  /// A scale from too little over right to too much ("Te weinig / Genoeg / Te veel"): its
  /// middle is the good step.
  static func middleIsRight(_ question: Question) -> Bool {
    guard question.ownSteps, question.options.count == 3 else { return false }
    return [question.options[0], question.options[2]].allSatisfy {
      AnswerText.plain($0.label).hasPrefix("te ")
    }
  }

  /// Whether the middle of three steps says enough between little and much ("Weinig / Genoeg /
  /// Veel"), where the ends are no "too" of their own.
  static func middleIsEnough(_ question: Question) -> Bool {
    guard question.ownSteps, question.options.count == 3 else { return false }
    let labels = question.options.map { AnswerText.plain($0.label).split(separator: " ").map(String.init) }
    return labels[1].last == "genoeg" && labels[0].contains("weinig") && labels[2].contains("veel")
      && !labels[0].contains("te") && !labels[2].contains("te")
  }

  /// Words that name an amount, or a rate, of their own.
  static let quantityWords: Set<String> = [
    "veel", "weinig", "meer", "minder", "te", "genoeg", "vaak", "soms", "nooit", "altijd", "zat", "niks",
    "niets", "geen", "beetje", "tekort",
  ]

  /// "niet tevreden en niet ontevreden", "niet goed, niet slecht", "niet te weinig en niet te
  /// veel": two sides of a scale, each denied, and nothing else that names a step.
  static func neitherSide(_ t: AnswerText, scaleWords: [String: Int]) -> Bool {
    let w = t.words
    guard w.filter({ $0 == "niet" }).count == 2 else { return false }
    var sides: Set<Bool> = []
    for i in w.indices where w[i] == "niet" {
      var j = i + 1
      while j < w.count, ["zo", "te", "heel", "erg"].contains(w[j]) { j += 1 }
      guard j < w.count, let step = scaleWords[w[j]], step != 6 else { return false }
      sides.insert(step > 6)
    }
    return sides.count == 2
  }
}
