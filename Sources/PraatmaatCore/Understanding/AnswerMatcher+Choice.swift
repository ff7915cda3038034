/// Choice and multiple-choice questions.
extension AnswerMatcher {
  func matchChoice(_ t: AnswerText, question: Question) -> Result {
    let options = question.options
    guard !t.isEmpty, !options.isEmpty else { return .notUnderstood }
    if let id = Self.exact(t, options) { return .value(.option(id)) }
    if let rated = rateChoice(t, options: options) { return rated }
    if let lasted = durationChoice(t, options: options) { return lasted }
    if let home = household(t, options: options) { return home }
    if let id = Self.numbered(t, options: options) ?? byAmount(t, options: options) {
      return .value(.option(id))
    }
    let nothing = noneOption(t, question: question)
    if let nothing, nothing.sure { return .value(.option(nothing.id)) }
    // "ik", "mezelf", "dat was ik": the option that is the participant.
    let said = t.words.filter { !["dat", "was", "ben", "gewoon", "echt", "toch"].contains($0) }
    // To "Wie …?", an option in the first person with "zelf" is the participant too ("Ik kook zelf").
    let asksWho = question.text.last.map { AnswerText.plain($0).hasPrefix("wie ") } ?? false
    let selfOption =
      options.first(where: Self.isSelf)
      ?? (asksWho ? options.first { AnswerText.plain($0.label).split(separator: " ").contains("zelf") } : nil)
    let me: Set<String> = ["ik", "mij", "mezelf", "mijzelf", "zelf", "ikzelf", "ikke"]
    if let own = selfOption, !said.isEmpty, said.allSatisfy({ me.contains($0) }) {
      return .value(.option(own.id))
    }
    // "ik, meestal met de radio aan": the participant in the first part, a remark after the comma; checked first.
    if let own = selfOption, let first = t.clauses.first, t.clauses.contains(where: { $0 != first }) {
      let opening = t.words.indices.filter { t.clauses[$0] == first }.map { t.words[$0] }
      if opening.allSatisfy({ me.contains($0) }) { return .guess(.option(own.id)) }
    }
    // "samen met mijn buurvrouw", "mijn vriend en ik" where one option is doing it together
    // ("Samen met iemand"): that option, whoever the other person is.
    let togetherOptions = options.filter {
      AnswerText.plain($0.label).split(separator: " ").contains("samen")
    }
    if togetherOptions.count == 1, Self.together(t) || t.words.contains("samen"),
      !t.words.contains(where: { Self.negationWords.contains($0) })
    {
      return .value(.option(togetherOptions[0].id))
    }
    // "alleen", "ik woon nu alleen": alone, where one option says it ("Alleen in een eigen huis");
    // "alleen" is otherwise a little word ("alleen de bus").
    let aloneOptions = options.filter { AnswerText.plain($0.label).split(separator: " ").contains("alleen") }
    if aloneOptions.count == 1, t.words.contains("alleen"),
      t.words.allSatisfy({ Self.littleWords.contains($0) || ["woon", "helemaal", "eentje"].contains($0) }),
      !t.words.contains(where: { Self.negationWords.contains($0) })
    {
      return .value(.option(aloneOptions[0].id))
    }
    let reading = ChoiceReading(Self.withLines(t, options: options), options: options, words: words)
    if reading.partial { return .notUnderstood }
    // "ik en mijn zus samen" to "Wie regelt je geld?" with "Ik zelf" as an option: the
    // participant and someone else together are two options; ask which.
    if reading.chosen.count == 1, Self.together(t), let own = selfOption, reading.chosen[0] != own.id,
      !(options.first { $0.id == reading.chosen[0] }.map { AnswerText.plain($0.label).contains("samen") }
        ?? false)
    {
      return .notUnderstood
    }
    switch reading.chosen.count {
    // A word of substance that names no option, and is no word of the question, may say
    // something else: checked first, as for scales and numbers ("bij mijn zus, in de vakantie").
    case 1:
      let asked = askedWords(question.text)
      let remark = reading.unnamedWords.contains { !asked.contains($0) }
      return reading.sure && !remark ? .value(.option(reading.chosen[0])) : .guess(.option(reading.chosen[0]))
    // "niks, dat lukt zelf": none, with a remark after it; checked first.
    case 0:
      return (nothing?.id ?? other(reading, options) ?? Self.insideLabel(t, options)).map {
        .guess(.option($0))
      }
        ?? .notUnderstood
    // Two options at once to a question with one answer: ask which, unless one is said to be
    // the usual one; that one is checked first ("Bedoel je: Met de bus?").
    // "in een huis met begeleiding" with "Alleen in een eigen huis" and "In een woongroep":
    // one option named by its own words and the others only by a word their label qualifies
    // is that one, checked first.
    default:
      if let usual = reading.usual { return .guess(.option(usual)) }
      let firm = reading.chosen.filter { !reading.weakOnly.contains($0) }
      return firm.count == 1 ? .guess(.option(firm[0])) : .notUnderstood
    }
  }

  /// "met de 12", "lijn 4": a number no option has, after "lijn" or "met de", is a bus or
  /// tram line; read as "bus" (which the groups know).
  static func withLines(_ t: AnswerText, options: [Option]) -> AnswerText {
    var copy = t
    for i in t.words.indices {
      guard let n = Int(t.words[i]), n < 1000 else { continue }
      // After "lijn" any number is a line ("lijn 5", also with five options).
      let line = i > 0 && ["lijn", "buslijn", "tramlijn"].contains(t.words[i - 1])
      let with = n > options.count && i > 1 && t.words[i - 1] == "de" && t.words[i - 2] == "met"
      if line || with { copy.words[i] = "bus" }
    }
    return copy
  }

  /// The option that is the participant: "Ik zelf", "Zelf", "Ik".
  static func isSelf(_ option: Option) -> Bool {
    let label = AnswerText.plain(option.label).split(separator: " ").map(String.init)
    return !label.isEmpty && label.allSatisfy { ["ik", "zelf", "mezelf", "mijzelf"].contains($0) }
  }

  /// The answer says the participant did it with someone: "ik en mijn zus", "mijn oom en
  /// ik samen", "samen met mijn zus".
  static func together(_ t: AnswerText) -> Bool {
    let w = t.words
    let me = w.indices.contains { i in
      ["ik", "mij", "mezelf", "zelf"].contains(w[i])
        && ((i + 1 < w.count && w[i + 1] == "en") || (i > 0 && w[i - 1] == "en"))
    }
    // "samen met mijn zus": together with someone is the participant and that person.
    let with = w.indices.dropLast().contains { w[$0] == "samen" && w[$0 + 1] == "met" }
    return me || with
      || (w.contains("samen") && w.contains(where: { ["ik", "mij", "mezelf", "zelf"].contains($0) }))
  }

  /// Several options: "1 3", "1, 2 en 3", pictograms, or words ("mama en de begeleider").
  func matchMany(_ t: AnswerText, input: String, question: Question) -> Result {
    let options = question.options
    guard !t.isEmpty, !options.isEmpty else { return .notUnderstood }
    let none = Set(options.filter { ChoiceReading.isNone($0, words: words) }.map(\.id))
    if let numbers = Self.numbers(t, options: options) {
      // Numbers are chosen on purpose: "1 4" with "Niemand" is left to the script's own check.
      if numbers.isEmpty { return .notUnderstood }
      return .value(.options(options.map(\.id).filter(numbers.contains)))
    }
    if let pictograms = Self.pictograms(input, options: options) { return .value(.options(pictograms)) }
    if let id = Self.exact(t, options) { return .value(.options([id])) }
    let nothing = noneOption(t, question: question)
    if let nothing, nothing.sure { return .value(.options([nothing.id])) }
    let reading = ChoiceReading(t, options: options, words: words)
    if !reading.partial, let own = withOwnOption(t, chosen: reading.chosen, question: question) { return own }
    // "alles", "van alles": often a way of saying "a lot", so every option is checked first;
    // "alles behalve lezen" is every option but the ones left out, checked first too.
    // "iedereen" is every person only to a question about who ("Wie …?", "Met wie …?").
    let everyone =
      t.words.contains("iedereen")
      && !t.words.contains(where: { ["alles", "allemaal", "overal", "alle"].contains($0) })
    if reading.everything, reading.chosen.isEmpty, Self.asksWho(question) || !everyone {
      let all = options.filter { !ChoiceReading.isNone($0, words: words) && !ChoiceReading.isOther($0) }.map(
        \.id
      )
      .filter { !reading.excluded.contains($0) }
      // "iedereen" is every other person, not the participant alone.
      .filter { !t.words.contains("iedereen") || $0 != Self.ownOption(options, question: question)?.id }
      return all.isEmpty ? .notUnderstood : .guess(.options(all))
    }
    if reading.chosen.isEmpty {
      return (nothing?.id ?? other(reading, options)).map { .guess(.options([$0])) } ?? .notUnderstood
    }
    if reading.partial {
      // "tennis, judo" with "Iets anders": a part that names a thing of the options' kind
      // (a sport among sports) is the catch-all option, checked first.
      guard let other = options.first(where: ChoiceReading.isOther),
        ChoiceReading.sameKind(reading.unnamedParts, as: options, words: words)
      else { return .notUnderstood }
      return .guess(.options(options.map(\.id).filter { reading.chosen.contains($0) || $0 == other.id }))
    }
    // "niemand en 1": nobody and somebody at once.
    if reading.chosen.count > 1, reading.chosen.contains(where: none.contains) { return .notUnderstood }
    return reading.sure ? .value(.options(reading.chosen)) : .guess(.options(reading.chosen))
  }

  /// "Iets anders" for an answer that says something no option names: only a guess, so the
  /// participant is asked "Bedoel je: Iets anders?".
  func other(_ reading: ChoiceReading, _ options: [Option]) -> String? {
    guard reading.unnamed, reading.touched.isEmpty, reading.excluded.isEmpty else { return nil }
    return options.first(where: ChoiceReading.isOther)?.id
  }

  /// The options of an answer made of numbers only: "1 3", "1, 2 en 3", "alleen 4",
  /// "nummer 2 en 4"; nil when it has other words, empty when a number is not shown.
  static func numbers(_ t: AnswerText, options: [Option]) -> [String]? {
    let filler: Set<String> = [
      "en", "nummer", "nummers", "optie", "opties", "alleen", "de", "of", "nr", "ook",
    ]
    let rest = t.words.filter { !filler.contains($0) }
    // "1 3", and "twee en drie" said in words ("een" is too little a word).
    // "één" (read as "eentje") is the number one.
    func number(_ word: String) -> Int? {
      Int(word) ?? (word == "eentje" ? 1 : word == "een" ? nil : DutchNumbers.value(word))
    }
    guard !rest.isEmpty, rest.allSatisfy({ number($0) != nil }) else { return nil }
    var chosen: [String] = []
    for word in rest {
      guard let n = number(word), n >= 1, n <= options.count else { return [] }
      chosen.append(options[n - 1].id)
    }
    return chosen
  }

  /// Pictograms only, one or more, also written together: "👪 🙋", "📚💃"; nil when anything
  /// else was typed.
  static func pictograms(_ input: String, options: [Option]) -> [String]? {
    let parts = input.split(whereSeparator: { $0.isWhitespace || ",;".contains($0) })
    guard !parts.isEmpty else { return nil }
    var chosen: [String] = []
    for part in parts {
      if let id = pictogram(String(part), options: options) {
        chosen.append(id)
        continue
      }
      guard part.count >= 2, part.allSatisfy(AnswerText.isEmoji) else { return nil }
      for character in part {
        guard let id = pictogram(String(character), options: options) else { return nil }
        chosen.append(id)
      }
    }
    return options.map(\.id).filter { chosen.contains($0) }
  }
}

extension AnswerMatcher {
  /// "een eigen huis" to "Alleen in een eigen huis", "fysio" to "Fysiotherapeut": an answer that is a run of
  /// words inside exactly one option's label, or a word that starts exactly one label's longer
  /// word, names that option; only where nothing else did, and checked first.
  static func insideLabel(_ t: AnswerText, _ options: [Option]) -> String? {
    let answer = t.words
    guard !answer.isEmpty, !answer.contains(where: negationWords.contains) else { return nil }
    let labels = options.map { AnswerText.plain($0.label).split(separator: " ").map(String.init) }
    func contains(_ label: [String], _ run: [String]) -> Bool {
      label.count > run.count
        && (0...(label.count - run.count)).contains { Array(label[$0..<($0 + run.count)]) == run }
    }
    if answer.count >= 2, answer.contains(where: { !littleWords.contains($0) }) {
      let hits = options.indices.filter { contains(labels[$0], answer) }
      if hits.count == 1 { return options[hits[0]].id }
    }
    if answer.count == 1, answer[0].count >= 4, !labels.contains(where: { $0.contains(answer[0]) }) {
      let hits = options.indices.filter { k in
        labels[k].contains { $0.count >= answer[0].count + 3 && $0.hasPrefix(answer[0]) }
      }
      if hits.count == 1 { return options[hits[0]].id }
    }
    return nil
  }
}
