/// The words a scale question asks about, so that an answer in the question's own terms is
/// understood: the head word ("veilig" in "Hoe veilig voel je je?", or a word of the writer's
/// top step) and its opposite ("onveilig", "gevaarlijk").
struct QuestionHeads {
  /// Each head word of the question, with whether it is on the good side of its pair.
  var heads: [String: Bool] = [:]
  /// The question asks how much of something bad there is ("Hoe vaak heb je ruzie thuis?"):
  /// there, often is bad and never is good.
  var asksAboutBad = false
  /// The writer's steps run from good to bad ("Simpel / Gaat wel / Erg
  /// lastig"). Steps are read from bad to good, as the general scale words go, and the
  /// option is counted from the other end (`AnswerMatcher.option(_:of:heads:)`).
  var mirrored = false
  let opposites: [String: Set<String>]
  let sameSide: [String: Set<String>]

  init(_ question: Question, words: AnswerWords) {
    opposites = words.opposites
    sameSide = words.sameSide
    let asked = AnswerMatcher.judgingWords(of: question, words: words)
    for word in asked where words.opposites[word] != nil { heads[word] = words.highSide.contains(word) }
    if question.ownSteps, let top = question.options.last {
      // The writer's top step says which side is good. A word of the question that only names
      // the measure ("vaak" in "Hoe vaak …?" with the top step "Nooit") would say the opposite.
      let topWords = AnswerText(top.label, words: words).words.filter { words.opposites[$0] != nil }
      for word in topWords {
        heads = heads.filter { head, _ in
          words.opposites[word]?.contains(head) != true && words.opposites[head]?.contains(word) != true
        }
        heads[word] = true
      }
      return
    }
    // A good-side head next to a bad word: the good head measures the bad thing.
    let bad = asked.filter { heads[$0] == false || (words.scaleSteps[$0] ?? 6) < 6 }
    if !bad.isEmpty, heads.values.contains(true) {
      asksAboutBad = true
      for word in bad { heads[word] = nil }
    }
  }

  var isEmpty: Bool { heads.isEmpty }

  /// Whether the question asks how often ("Hoe vaak …?", or steps from "Nooit" to "Vaak").
  var asksHowOften: Bool { heads.keys.contains { ["vaak", "altijd", "regelmatig"].contains($0) } }

  /// Words and phrases of frequency at the end of the scale: "nooit" is the lowest step, not
  /// just the bad side; "elke dag", "heel vaak" the highest.
  static let extremes: Set<String> = [
    "nooit", "nog nooit", "geen enkele keer", "altijd", "heel vaak", "elke dag", "iedere dag", "dagelijks",
    "de hele tijd", "constant", "continu", "steeds", "telkens", "elke keer", "iedere keer",
  ]

  /// The half step (2 … 10 scale) of one answer word, or nil when it is no head and no
  /// opposite of one.
  /// `sameSideOnly`: only a word on a head's own side counts, not its opposite ("elke avond"
  /// beside "vaak" does; "met hulp" against "zelf" says less than the other side).
  func step(of word: String, sameSideOnly: Bool = false) -> Int? {
    let good: Bool
    if let high = heads[word] {
      good = high
    } else if let head = heads.first(where: { sameSide[$0.key]?.contains(word) == true }) {
      good = head.value
    } else if !sameSideOnly, let head = heads.first(where: { opposites[$0.key]?.contains(word) == true }) {
      good = !head.value
    } else {
      return nil
    }
    let extreme = Self.extremes.contains(word)
    let step = good != asksAboutBad ? (extreme ? 10 : 8) : (extreme ? 2 : 4)
    return mirrored ? 12 - step : step
  }
}
