/// Readings of a scale by amounts. "nauwelijks", "amper", "bijna geen" alone, on three
/// steps, is the step that says little ("Weinig", "Geen last"), or the lowest of steps from bad
/// to good about something good. On a scale of how many people ("Niemand / Een paar buren /
/// Veel buren"), a number of people chooses by its size: none is the first step, up to nine the
/// middle, ten or more the last, and so is "iedereen"; one to five people named are the middle,
/// a whole group the last. All are checked first. A bare "1" or "3" there is asked again: it may
/// count people or number a step.
extension AnswerMatcher {
  static let hardlyPhrases: Set<String> = [
    "niet", "nauwelijks", "amper", "bijna niet", "bijna geen", "haast niet", "haast geen", "zelden",
    "bijna niks", "bijna niets",
  ]

  /// The step of little for an answer that only says "hardly" (in its first part); nil otherwise.
  func hardlyStep(_ t: AnswerText, question: Question) -> String? {
    let options = question.options
    guard options.count == 3, let first = t.clauses.first else { return nil }
    var said = t.words.indices.filter { t.clauses[$0] == first }.map { t.words[$0] }
    while let last = said.last, ["hoor", "eigenlijk", "joh"].contains(last) { said.removeLast() }
    guard Self.hardlyPhrases.contains(said.joined(separator: " ")) else { return nil }
    if Self.firstStepIsLittle(question) { return options[0].id }
    if Self.stepIsLittle(options[2]) { return options[2].id }
    // "Hoeveel last heb je? Veel last / … / Geen last" says little at its end; on steps
    // from bad to good about something good the lowest is little of it.
    let heads = heads(for: question)
    guard !runsFromGoodToBad(question), runsFromBadToGood(question) || heads.asksHowOften, !heads.asksAboutBad
    else { return nil }
    return options[0].id
  }

  /// Whether the first step says little or none: "Weinig", "Niemand", "Geen", "Nooit".
  static func firstStepIsLittle(_ question: Question) -> Bool {
    question.options.first.map(stepIsLittle) ?? false
  }

  /// Whether a step says little or none.
  static func stepIsLittle(_ option: Option) -> Bool {
    let w = AnswerText.plain(option.label).split(separator: " ").map(String.init)
    return w.contains { ["weinig", "niemand", "geen", "nooit", "niks", "niets"].contains($0) }
  }

  /// Whether the steps count people: the first says nobody, the last many.
  static func countsPeople(_ question: Question) -> Bool {
    guard let first = question.options.first, let last = question.options.last else { return false }
    let low = AnswerText.plain(first.label).split(separator: " ")
    let high = AnswerText.plain(last.label).split(separator: " ")
    return low.contains("niemand") && high.contains("veel")
  }

  /// The step of a number of people, on three steps of how many people; nil otherwise.
  func peopleStep(_ t: AnswerText, question: Question) -> String? {
    let options = question.options
    guard options.count == 3, Self.countsPeople(question) else { return nil }
    // "iedereen", not "niet iedereen".
    if let all = t.words.firstIndex(where: { $0 == "iedereen" || $0 == "allemaal" }),
      all == 0 || !Self.negationWords.contains(t.words[all - 1])
    {
      return options[2].id
    }
    let w = t.words
    // "een man of zes", "wel 40 mensen": every number said, with "mensen" or none after it.
    // A number as written, not a word read as one with a slip ("nie").
    let amounts = NumberReader.amounts(w).filter { a in
      (a.unit == nil || ["mensen", "man", "personen"].contains(a.unit!)) && a.at < w.count
        && (Int(w[a.at]) != nil || DutchNumbers.value(w[a.at]) != nil)
    }
    guard !amounts.isEmpty, w.count <= 8 else { return nil }
    let steps = Set(amounts.map { $0.value == 0 ? 0 : $0.value < 10 ? 1 : 2 })
    return steps.count == 1 ? options[steps.first!].id : nil
  }

  /// The people an answer names, on three steps of how many people: one to five people
  /// ("mijn oom en de buurvrouw", "alleen mijn broer") are a few; a whole family, all the
  /// neighbours or friends ("de hele familie") are many. A group without "hele" or "alle" ("mijn
  /// vrienden") says no number.
  func namedPeopleStep(_ t: AnswerText, question: Question) -> String? {
    let options = question.options
    guard options.count == 3, Self.countsPeople(question),
      !t.words.contains(where: { Self.negationWords.contains($0) || $0 == "niemand" })
    else { return nil }
    let kinds = ["familie", "vrienden", "buren", "begeleider", "partner"]
    func person(_ word: String) -> Bool { kinds.contains { words.group($0).contains(word) } }
    var single = 0
    var group = false
    for (k, word) in t.words.enumerated() where person(word) {
      let plural =
        Self.peopleTogether.contains(word) || word.count >= 5 && word.hasSuffix("en")
        || word.count >= 5 && word.hasSuffix("s") && person(String(word.dropLast()))
      guard plural else {
        single += 1
        continue
      }
      // "de hele familie", not "mijn hele gezin" (a household is a few).
      if k > 0, ["hele", "heel", "alle"].contains(t.words[k - 1]), !["gezin", "team", "groep"].contains(word)
      {
        return options[2].id
      }
      group = true
    }
    return !group && (1...5).contains(single) ? options[1].id : nil
  }

  /// Words for more people at once, of no set number, that do not look plural.
  static let peopleTogether: Set<String> = [
    "familie", "fam", "gezin", "ouders", "begeleiding", "kids", "team", "groep", "besties", "homies",
  ]

  /// Whether an answer is a bare number whose count of people and step number differ on a
  /// scale of how many people: "3" is three people (a few) or the third step (many).
  static func countOrStep(_ t: AnswerText, question: Question) -> Bool {
    guard question.options.count == 3, countsPeople(question), t.words.count == 1,
      let n = Int(t.words[0]) ?? DutchNumbers.value(t.words[0]), (1...3).contains(n)
    else { return false }
    return n != 2
  }
}
