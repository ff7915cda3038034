/// Scale answers that hold back or take two sides: one part good and another bad, a step read
/// through "niet" or "bijna", a step with a condition or "meestal", "het wisselt", and "wel"
/// in one part with "niet" in another. `matchScaleWords` checks such answers first or asks
/// again.
extension AnswerMatcher {
  /// Whether one part of the answer is on the good side and another on the bad side, each
  /// part agreeing with itself.
  func opposed(_ t: AnswerText, heads: QuestionHeads) -> Bool {
    var sides: Set<Bool> = []
    for clause in Set(t.clauses) {
      var part = t
      part.words = []
      part.clauses = []
      for i in t.words.indices where t.clauses[i] == clause {
        part.words.append(t.words[i])
        part.clauses.append(0)
      }
      guard let step = scaleStep(part, heads: heads), step != 6 else { continue }
      sides.insert(step > 6)
    }
    return sides.count == 2
  }

  /// Whether a step read through "niet", "geen" or "bijna" needs a check before it is kept:
  /// "bijna nooit", "niet slecht" (the bad side turned round), "niet makkelijk" (a term turned:
  /// some mean the bad end, some the middle), "niet vaak" (an amount turned round is less, not
  /// the opposite). A phrase of the scale words ("niet goed", "niet zo best") and "slecht, ze
  /// luisteren niet" are kept as they are.
  func shaky(_ t: AnswerText, heads: QuestionHeads) -> Bool {
    if t.words.contains("bijna") { return true }
    // A negation inside a phrase of the scale words ("niet zo best", "geen probleem") is part
    // of that phrase's own step.
    let phrased = Set(
      t.phrases(in: words.scaleSteps, longest: words.longestPhrase).filter { $0.length > 1 }
        .flatMap { $0.start..<($0.start + $0.length) })
    var turned = 0
    for i in t.words.indices where ["niet", "geen"].contains(t.words[i]) && !phrased.contains(i) {
      // The first scale word after it in its part of the answer, over "zo", "helemaal" … and
      // over "altijd", "vaak": "niet altijd leuk" is less than "leuk".
      var k = i + 1
      var amount = false
      while k < t.words.count, t.clauses[k] == t.clauses[i],
        Self.frequencyWords.contains(t.words[k])
          || words.stronger.contains(t.words[k]) || t.words[k] == "zo"
      {
        amount = amount || Self.frequencyWords.contains(t.words[k])
        k += 1
      }
      if amount { return true }
      let word = k < t.words.count && t.clauses[k] == t.clauses[i] ? t.words[k] : nil
      guard let step = word.flatMap({ heads.step(of: $0) ?? words.scaleSteps[$0] }) else { continue }
      if step < 6 { return true }
      turned += 1
    }
    return turned > 0
  }

  /// Whether an answer on one side of the scale holds back: "lukt meestal, soms niet" (how
  /// often, beside a step that is not the middle), "kan beter" (a comparison), "te stil" (too
  /// much of a good thing). Such a step is checked first.
  func hedged(_ t: AnswerText, step: Int, heads: QuestionHeads) -> Bool {
    let text = " " + t.text + " "
    if step != 6,
      t.words.contains(where: { ["soms", "meestal", "weleens"].contains($0) })
        || [" af en toe ", " wel eens ", " niet altijd "].contains(where: text.contains)
    {
      return true
    }
    if t.words.contains(where: { ["beter", "slechter", "erger", "minder"].contains($0) }) { return true }
    // "niet als het donker is", "goed wanneer er iemand bij is": only under a condition.
    let subjects: Set<String> = [
      "het", "ik", "er", "de", "je", "ze", "hij", "zij", "we", "mijn", "iemand", "niemand",
    ]
    if step != 6,
      t.words.indices.dropLast().contains(where: {
        ["als", "wanneer"].contains(t.words[$0]) && subjects.contains(t.words[$0 + 1])
      })
    {
      return true
    }
    return t.words.indices.dropLast().contains { i in
      t.words[i] == "te" && (heads.step(of: t.words[i + 1]) ?? words.scaleSteps[t.words[i + 1]] ?? 6) > 6
    }
  }

  /// Whether the answer says that it varies: "wisselend", "verschilt per dag", "hangt ervan af".
  static func varies(_ t: AnswerText) -> Bool {
    let text = " " + t.text + " "
    let words: Set<String> = ["wisselend", "wisselt", "verschilt", "afhankelijk", "wisselvallig"]
    let phrases = [
      " hangt ervan af ", " hangt er van af ", " hangt er vanaf ", " ligt eraan ", " ligt er aan ",
    ]
    return t.words.contains(where: words.contains) || phrases.contains(where: text.contains)
  }

  /// Whether one part of the answer says "wel" and another part "niet" about something that
  /// is no scale word itself ("overdag wel, 's avonds niet"; "wel goed, niet slecht" is not).
  static func partlyYes(_ t: AnswerText, scaleWords: [String: Int]) -> Bool {
    // Two parts: two clauses, "sommige … sommige", or "de ene … de andere".
    guard
      Set(t.clauses).count >= 2 || t.words.filter({ ["sommige", "sommigen"].contains($0) }).count >= 2
        || (t.words.contains("ene") && t.words.contains("andere"))
    else { return false }
    guard !t.words.contains(where: { scaleWords[$0] != nil && !["wel", "niet"].contains($0) }) else {
      return false
    }
    let wel = t.words.indices.filter { t.words[$0] == "wel" }
    let niet = t.words.indices.filter { t.words[$0] == "niet" }
    guard wel.count == 1, niet.count == 1, wel[0] > 0, niet[0] > 0 else { return false }
    // Each part names what it is about: "wel" and "niet" each follow a word of their own part.
    let separate =
      t.clauses[wel[0]] != t.clauses[niet[0]] || abs(wel[0] - niet[0]) >= 2
    return separate && t.clauses[wel[0] - 1] == t.clauses[wel[0]]
      && t.clauses[niet[0] - 1] == t.clauses[niet[0]]
  }
}
