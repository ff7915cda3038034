/// A scale answer with no known scale word, read from how positive or negative its
/// adjectives are ("waardeloze buurt", "ik ben vaak ziek", "te klein"): only a guess, so the
/// conversation checks it with "Bedoel je: …?" before keeping it.
extension AnswerMatcher {
  /// How far to one side a word must be to count.
  static let clearPolarity = 0.4
  /// How far a word must be to stand for the end of the scale.
  static let strongPolarity = 0.75

  /// The step guessed from the answer's adjectives, or nil: no such word, words on both sides,
  /// or a scale whose ends are not bad and good ("Nooit / Soms / Vaak" on loneliness).
  func polarityGuess(_ t: AnswerText, question: Question) -> String? {
    let options = question.options
    guard options.count >= 3, !words.polarity.isEmpty, runsFromBadToGood(question) else { return nil }
    var sides: Set<Bool> = []
    var strongest = 0.0
    for (i, word) in t.words.enumerated() {
      // "te klein", "te druk": too much of anything is not good.
      let tooMuch = i > 0 && t.words[i - 1] == "te" && polarity(of: word) != nil
      guard let value = tooMuch ? -1 : polarity(of: word), abs(value) >= Self.clearPolarity else { continue }
      let negated = (max(0, i - 3)..<i).contains {
        t.clauses[$0] == t.clauses[i] && Self.negationWords.contains(t.words[$0])
      }
      sides.insert((value > 0) != negated)
      if !negated { strongest = max(strongest, abs(value)) }
    }
    guard sides.count == 1, let good = sides.first else { return nil }
    // A mild step, unless the word itself is strong ("waardeloos") and not turned around.
    let halves = strongest >= Self.strongPolarity ? (good ? 10 : 2) : (good ? 8 : 4)
    return options[Self.step(halves, on: options.count) - 1].id
  }

  /// The word's polarity, also for an inflected form: "waardeloze" → "waardeloos".
  func polarity(of word: String) -> Double? {
    if let value = words.polarity[word] { return value }
    guard let base = Self.uninflected(word) else { return nil }
    if let value = words.polarity[base] { return value }
    // "sfeervolle" → "sfeervoll" → "sfeervol": a consonant written double before -e.
    if let last = base.last, base.dropLast().last == last, !"aeiou".contains(last),
      let value = words.polarity[String(base.dropLast())]
    {
      return value
    }
    // "waardeloze" → "waardelos" → "waardeloos": a long vowel written single before -e.
    let letters = Array(base)
    guard letters.count >= 3, let last = letters.last, !"aeiou".contains(last),
      "aeiou".contains(letters[letters.count - 2]), !"aeiou".contains(letters[letters.count - 3])
    else { return nil }
    var doubled = letters
    doubled.insert(letters[letters.count - 2], at: letters.count - 1)
    return words.polarity[String(doubled)]
  }

  /// Whether the scale's first step is the bad end and its last the good one: always for the
  /// built-in steps, and for a writer's own steps when their words say so.
  func runsFromBadToGood(_ question: Question) -> Bool {
    guard question.ownSteps else { return true }
    guard let (first, last) = endSides(question) else { return false }
    return first < 0 && last > 0
  }

  /// Whether the writer's steps run the other way: good first ("Simpel … Erg lastig").
  func runsFromGoodToBad(_ question: Question) -> Bool {
    guard question.ownSteps, let (first, last) = endSides(question) else { return false }
    return first > 0 && last < 0
  }

  /// The question's heads, read mirrored where the steps run from good to bad.
  func heads(for question: Question) -> QuestionHeads {
    var heads = QuestionHeads(question, words: words)
    heads.mirrored = runsFromGoodToBad(question)
    return heads
  }

  /// How good the first and the last step say they are; nil when either says nothing.
  func endSides(_ question: Question) -> (Double, Double)? {
    func side(_ label: String) -> Double? {
      let ws = AnswerText(label, words: words).words
      let negated = ws.contains { Self.negationWords.contains($0) }
      let value =
        ws.compactMap({ words.scaleSteps[$0].map { Double($0 - 6) } }).first
        ?? ws.compactMap { polarity(of: $0) }.first
      // "Snap ik niet": a step that only says "not" is the bad side.
      return value.map { negated ? -$0 : $0 } ?? (negated ? -1 : nil)
    }
    guard let first = question.options.first.flatMap({ side($0.label) }),
      let last = question.options.last.flatMap({ side($0.label) })
    else { return nil }
    return (first, last)
  }

  /// "nee", "ja, met mijn ov-kaart" to a scale asked as a yes/no question ("Lukt het om zelf
  /// met de bus te gaan?", "Snap je de brieven?"): yes is the good side, no the bad side.
  /// Only on a scale from bad to good, or one whose last step the question names word for
  /// word ("Heb je genoeg tijd?" with "Genoeg" last, always checked); checked first when
  /// "maar" turns it.
  func yesNoStep(_ t: AnswerText, question: Question) -> Result? {
    let options = question.options
    // "nee" to "Hoe vaak …?" with a step "Nooit": that step, checked first.
    if polarity(t) == .no,
      let never = options.first(where: { AnswerText($0.label, words: words).words.contains("nooit") })
    {
      return .guess(.option(never.id))
    }
    // "nee hoor", "niet echt" to "Ga je graag zwemmen?" (Nee / Een beetje / Ja) or to "Maak
    // je je zorgen?" (Geen zorgen / Een beetje zorgen / Veel zorgen): the step that says no;
    // yes is the step "Ja" only.
    if options.count >= 3, Self.askedAsYesNo(question), question.ownSteps, case let answer = polarity(t),
      let first = AnswerText.plain(options[0].label).split(separator: " ").first,
      ["nee", "geen", "niet", "niks", "niets"].contains(first)
    {
      switch answer {
      case .no: return turned(t) ? .guess(.option(options[0].id)) : .value(.option(options[0].id))
      case .yes where Self.yesNoSteps(question):
        let last = options[options.count - 1].id
        return turned(t) ? .guess(.option(last)) : .value(.option(last))
      default: break
      }
    }
    // "ja" to "Heb je genoeg tijd?" (Te weinig / Bijna genoeg / Genoeg): the last step is what
    // the question asks about, word for word, so yes is that step and no the first; checked.
    if options.count >= 3, Self.askedAsYesNo(question), question.ownSteps,
      namedByQuestion(options[options.count - 1], question)
    {
      switch polarity(t) {
      case .yes: return .guess(.option(options[options.count - 1].id))
      case .no: return .guess(.option(options[0].id))
      default: break
      }
    }
    guard options.count >= 3, Self.askedAsYesNo(question), runsFromBadToGood(question) else { return nil }
    let half: Int
    switch polarity(t) {
    case .yes: half = 8
    case .no: half = 4
    default: return nil
    }
    let id = options[Self.step(half, on: options.count) - 1].id
    return turned(t) ? .guess(.option(id)) : .value(.option(id))
  }

  /// Whether every word of a step's label that says something stands in the question.
  func namedByQuestion(_ option: Option, _ question: Question) -> Bool {
    let asked = askedWords(question.text)
    let label = AnswerText(option.label, words: words).words.filter { !Self.littleWords.contains($0) }
    return !label.isEmpty && label.allSatisfy { asked.contains($0) }
  }

  /// Whether the question's last line asks for yes or no: a question that does not start
  /// with a question word ("Lukt het …?", not "Hoe gaat het …?").
  static func askedAsYesNo(_ question: Question) -> Bool {
    guard let line = question.text.last?.trimmingWhitespace(), line.hasSuffix("?"),
      let first = AnswerText.plain(line).split(separator: " ").first
    else { return false }
    return !questionWords.contains(String(first))
  }

  /// The words a Dutch open question starts with.
  static let questionWords: Set<String> = [
    "hoe", "wat", "waar", "wie", "wanneer", "waarom", "welk", "welke", "hoeveel", "hoelang", "waarmee",
    "waarover", "waardoor", "waarvoor", "wiens",
  ]
}
