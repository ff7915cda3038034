/// Scale questions: a step from its number, pictogram or label, from the general scale words
/// ("prima", "niet zo goed", "viel mee", "👍"), or from the question's own word and its
/// opposite ("Hoe veilig voel je je?": "veilig", "niet veilig", "heel onveilig").
extension AnswerMatcher {
  func matchScaleWords(_ t: AnswerText, question: Question) -> Result {
    let options = question.options
    guard !t.isEmpty, !options.isEmpty, !Self.countOrStep(t, question: question) else {
      return .notUnderstood
    }
    if let id = Self.exact(t, options) ?? Self.numbered(t, options: options)
      ?? elidedStep(t, question: question) ?? mostlyStep(t, question: question)
      ?? littleStep(t, question: question)
    {
      return .value(.option(id))
    }
    if let counted = peopleStep(t, question: question) ?? namedPeopleStep(t, question: question)
      ?? hardlyStep(t, question: question)
      ?? comparedStep(t, question: question)
    {
      return .guess(.option(counted))
    }
    // "ik zit niet op een vereniging" to "Voel je je welkom bij de club?": the question is not about
    // them; asked again. ("heel eng, ik ga 's avonds niet meer naar de markt" says a step too.)
    if negatesTopic(t, question),
      !t.words.contains(where: {
        (words.scaleSteps[$0] ?? 6) != 6 && !Self.negationWords.contains($0)
          && !Self.alsoFunctionWords.contains($0)
      })
    {
      return .notUnderstood
    }
    let mixed = runsFromBadToGood(question)
    let middle = options[Self.step(6, on: options.count) - 1].id
    // "een 7", "8/10", "cijfer 9": a school grade on a scale from bad to good, checked first.
    if mixed, let grade = Self.grade(t, shown: options.count),
      let step = Self.step(ofGrade: grade, on: options.count)
    {
      return .guess(.option(options[step].id))
    }
    // "soms fijn, soms niet", "soms wel soms niet": both sides, each only sometimes, is the middle.
    // Only where the middle step means "mixed": on a scale from bad to good, not between "te
    // weinig" and "te veel". Stored at once where the middle step says "sometimes" itself
    // ("Lukt soms", "Een beetje"); elsewhere ("Gaat wel") checked first.
    if t.words.filter({ $0 == "soms" }).count >= 2,
      scaleStep(t, heads: heads(for: question)) != nil && mixed
        || t.words.contains(where: { ["wel", "niet"].contains($0) })
    {
      return middleSaysSometimes(question) ? .value(.option(middle)) : .guess(.option(middle))
    }
    // "niet tevreden en niet ontevreden", "niet leuk niet stom": neither side is the middle.
    if Self.neitherSide(t, scaleWords: words.scaleSteps) { return .guess(.option(middle)) }
    // "thuis wel, buiten niet", "sommige wel, sommige niet": yes in one part and no in the
    // other is the middle too, where the middle means "mixed".
    if mixed, Self.partlyYes(t, scaleWords: words.scaleSteps) {
      return .value(.option(middle))
    }
    // "met hulp wel, alleen niet" to "Nooit / Soms / Altijd": yes in one case and no in the
    // other is the step that says "sometimes", checked first. Not where the speaker is in it or
    // copes ("hoeft niet, ik red me wel", "niet nodig, dat lukt wel" say one thing twice).
    if middleSaysSometimes(question), Self.partlyYes(t, scaleWords: words.scaleSteps),
      !t.words.contains(where: {
        ["ik", "me", "mij", "mezelf", "zelf", "hoeft", "nodig", "lukt", "red"].contains($0)
      })
    {
      return .guess(.option(middle))
    }
    // "genoeg" to "Te weinig / Net genoeg / Meer dan genoeg": a word two steps share names neither.
    if question.ownSteps {
      let labels = options.map { Set(AnswerText($0.label, words: words).words) }
      if t.words.count == 1, labels.filter({ $0.contains(t.words[0]) }).count >= 2 { return .notUnderstood }
    }
    // The writer's own words for a step, labels spelled nearly right, and the groups of the
    // labels' words ("zelf" for "Alleen"; checked first).
    var reading = ChoiceReading(t, options: options, words: words, groups: true)
    // The words of the step the writer's words chose, if one.
    var label =
      options.first { $0.id == reading.chosen.first }.map { AnswerText($0.label, words: words).words } ?? []
    // "ik vind de halte niet" to "Niet moeilijk / … / Heel moeilijk": on steps from good to bad, a
    // "niet" somewhere in a sentence does not choose the good step whose only own word is
    // "niet"; it stands beside the step's other words ("niet zo moeilijk") or alone. Nor does
    // the bad first step, where "niet" turns round a bad word of the answer's own that the
    // question does not ask about ("niet bang" to "Niet veilig / … / Veilig"; "niet eenzaam" to
    // "Voel je je eenzaam?" stays).
    func turnsOwnWord() -> Bool {
      let asked = askedWords(question.text)
      return reading.chosen.first == options.first?.id
        && t.words.indices.dropLast().contains { i in
          Self.negationWords.contains(t.words[i]) && !label.contains(t.words[i + 1])
            && (words.polarity[t.words[i + 1]] ?? 0) < 0 && !asked.contains(t.words[i + 1])
        }
    }
    if reading.chosen.count == 1, t.words.count > 1,
      case let hits = label.filter(t.words.contains), !hits.isEmpty,
      hits.allSatisfy(Self.negationWords.contains), runsFromGoodToBad(question) || turnsOwnWord()
    {
      reading.chosen = []
      label = []
    }
    // "lukt niet altijd" is more than the step "Lukt niet": a longer phrase of the general
    // scale words goes first.
    let longer = t.phrases(in: words.scaleSteps, longest: words.longestPhrase).contains { $0.length >= 3 }
    // "niet ontevreden" is not the step "Ontevreden": a negation the label does not hold is
    // weighed below, with the other scale words.
    // Only in the clause that names the step: "nooit, daar is geen tijd voor" is still "Nooit".
    let named = Set(t.words.indices.filter { label.contains(t.words[$0]) }.map { t.clauses[$0] })
    let negated = t.words.indices.contains { i in
      Self.negationWords.contains(t.words[i]) && !label.contains(t.words[i])
        && (named.isEmpty || named.contains(t.clauses[i]))
    }
    // "mega leuk" to "… / Leuk / Heel leuk": a stronger word before a step's label is the
    // step that says it stronger; not when it is turned around ("niet echt vrolijk").
    if reading.chosen.count == 1, question.ownSteps, !negated,
      let stronger = strongerStep(t, than: reading.chosen[0], in: options)
    {
      return .value(.option(stronger))
    }
    if reading.chosen.count == 1, reading.excluded.isEmpty, reading.sure, question.ownSteps, !longer,
      !negated,
      !t.words.contains("bijna")
    {
      // "stil" to "Te stil / Precies goed / Te druk": the quality without "te" is not yet
      // too much of it; checked first.
      // So is "ver" to "Te ver / Goed te doen / Dichtbij": a step that says "te" itself.
      let end = reading.chosen[0] != middle
      let tooSaid = label.first == "te" && !t.words.contains("te")
      return (Self.middleIsRight(question) && end && !t.words.contains("te")) || tooSaid
        || (end && degreeBetween(t, question: question))
        ? .guess(.option(reading.chosen[0])) : .value(.option(reading.chosen[0]))
    }
    // "een beetje", "soms" on a question about one quality ("Voel je je veilig?", "Past de
    // hulp?"): the middle; "soms wel, soms niet" too.
    let heads = heads(for: question)
    if let mostly = mostOfTheTime(t, question: question) { return .guess(.option(mostly)) }
    // Also where the writer's middle step says "partly" ("Nooit / Een beetje / Altijd"); checked first
    // where it says so in other words ("half" for "Een beetje").
    if !heads.isEmpty || middleSaysSometimes(question), words.weaker.contains(t.text) {
      let label = AnswerText(options[Self.step(6, on: options.count) - 1].label, words: words).words
      let sometimes: Set<String> = [
        "soms", "af en toe", "wel eens", "weleens", "nu en dan", "zo nu en dan", "soms wel",
      ]
      let same =
        t.words.allSatisfy { label.contains($0) || Self.littleWords.contains($0) }
        && t.words.contains(where: label.contains)
        || (label.contains("soms") && sometimes.contains(t.text))
      return !question.ownSteps || same ? .value(.option(middle)) : .guess(.option(middle))
    }
    // "heel af en toe", "heel soms": very now and then is rarely, below the middle; checked first.
    if heads.asksHowOften, options.count == 5,
      [" heel af en toe ", " heel soms ", " erg af en toe ", " zeer af en toe "].contains(where: {
        (" " + t.text + " ").contains($0)
      })
    {
      return .guess(.option(options[1].id))
    }
    // "wisselend", "hangt ervan af": it varies, which is the middle where the middle means
    // "mixed" or "sometimes"; checked first, since some mean they cannot say.
    if mixed || middleSaysSometimes(question) || heads.asksHowOften, Self.varies(t),
      scaleStep(t, heads: heads, mixedMiddle: mixed) == nil
    {
      return .guess(.option(middle))
    }
    // A bare "ja" or "nee" says nothing on a scale, unless the question asks for yes or no.
    if words.scaleUnclear.contains(t.text) {
      return yesOrNo(t) != nil ? yesNoStep(t, question: question) ?? .notUnderstood : .notUnderstood
    }
    if Self.middleIsRight(question), let result = amountStep(t, heads: heads, options: options) {
      return result
    }
    // "het is wel prima zo" to "Weinig / Precies genoeg / Veel": a good word that names no amount is
    // enough, checked first.
    if Self.middleIsEnough(question), !t.words.contains(where: Self.quantityWords.contains),
      let step = scaleStep(t, heads: heads), step > 6
    {
      return .guess(.option(options[1].id))
    }
    guard let step = scaleStep(t, heads: heads, mixedMiddle: mixed) else {
      if reading.chosen.isEmpty, let yesNo = yesNoStep(t, question: question) { return yesNo }
      if reading.chosen.count == 1, reading.excluded.isEmpty {
        return reading.sure ? .value(.option(reading.chosen[0])) : .guess(.option(reading.chosen[0]))
      }
      // "goedd", "slechtt": a scale word with a typo is only a guess, checked first.
      if let respelled = respelled(t), let step = scaleStep(respelled, heads: heads, mixedMiddle: mixed) {
        return .guess(.option(Self.option(step, of: options, heads: heads).id))
      }
      // "altiid", "nooiit" to the writer's own steps: one of their words with a slip, alone, is
      // only a guess, checked first.
      if reading.chosen.isEmpty, let id = respelledStep(t, options: options) { return .guess(.option(id)) }
      if reading.chosen.isEmpty, !heads.asksHowOften, let end = alwaysOrNever(t, question: question) {
        return .guess(.option(end ? options[options.count - 1].id : options[0].id))
      }
      if reading.chosen.isEmpty, let id = polarityGuess(t, question: question) { return .guess(.option(id)) }
      // "de collega's zijn stom maar het werk is leuk": a good part and a bad part is the
      // middle, where the middle means "mixed"; checked first.
      if mixed, opposed(t, heads: heads) {
        return .guess(.option(middle))
      }
      return .notUnderstood
    }
    // "leuk" to "Hoe druk is het?" (Kalm / Gaat wel / Te vol): a general word of liking
    // says nothing on steps that name a quality of their own and do not run from bad to good.
    // The middle ("gaat wel", "normaal"), how often, and words of the steps themselves stay.
    let labelWords = Set(options.flatMap { AnswerText($0.label, words: words).words })
      .subtracting(Self.littleWords)
    if question.ownSteps, step != 6, !heads.asksHowOften, !Self.yesNoSteps(question),
      !mixed, !heads.mirrored,
      !t.words.contains(where: { heads.step(of: $0) != nil || labelWords.contains($0) })
    {
      return .notUnderstood
    }
    let id = Self.option(step, of: options, heads: heads).id
    // A word between two steps ("matig", "een beetje slecht": half a step) is checked first too.
    // On three steps of how often, "weinig" between "Nooit" and "Soms" and "vaak" between
    // "Soms" and "Altijd" are too, unless the step names the word itself.
    let stepWords = AnswerText(Self.option(step, of: options, heads: heads).label, words: words).words
    let between =
      step % 2 == 1
      || (heads.asksHowOften && question.ownSteps && options.count == 3 && (step == 4 || step == 8)
        && !t.words.contains(where: stepWords.contains))
      || (step != 6 && degreeBetween(t, question: question))
      // "niet zo goed" on five steps: some mean "slecht", some the middle.
      || (options.count == 5 && (" " + t.text + " ").contains(" niet zo "))
    return shaky(t, heads: heads) || hedged(t, step: step, heads: heads) || between || turned(t)
      ? .guess(.option(id)) : .value(.option(id))
  }

  /// The step whose label is the chosen one's with a stronger word before it ("Heel leuk" for
  /// "Leuk"), when the answer puts a stronger word right before the chosen label's words.
  func strongerStep(_ t: AnswerText, than chosen: String, in options: [Option]) -> String? {
    guard
      let label = options.first(where: { $0.id == chosen }).map({ AnswerText($0.label, words: words).words }),
      let first = label.first, let at = t.words.firstIndex(of: first),
      at > 0 && (words.stronger.contains(t.words[at - 1]) || t.words[at - 1] == "echt")
        // "fijn fijn": a one-word step said twice in a row.
        || label.count == 1 && at + 1 < t.words.count && t.words[at + 1] == first
    else { return nil }
    return options.first { option in
      let words = AnswerText(option.label, words: self.words).words
      return words.count == label.count + 1 && Array(words.dropFirst()) == label
        && self.words.stronger.contains(words[0])
    }?.id
  }

  /// On such a scale: wanting more ("kan wel wat meer", "vaker") is too little and wanting
  /// less too much, both checked first; a good word without "te" ("prima") is the middle, a
  /// bad one neither end.
  func amountStep(_ t: AnswerText, heads: QuestionHeads, options: [Option]) -> Result? {
    let text = " " + t.text + " "
    // "niet genoeg", "bijna nooit": too little, said as too little of it.
    if [" niet genoeg ", " geen genoeg ", " onvoldoende ", " nooit ", " weinig "].contains(
      where: text.contains),
      !t.words.contains("te")
    {
      return .guess(.option(options[0].id))
    }
    let more = t.words.contains { ["meer", "vaker", "langer"].contains($0) }
    let less = t.words.contains { ["minder", "korter"].contains($0) }
    if more != less, !t.words.contains("te"), !t.words.contains(where: { words.negations.contains($0) }) {
      return .guess(.option((more ? options[0] : options[2]).id))
    }
    guard !more, !less, !t.words.contains("te"), let step = scaleStep(t, heads: heads), step != 6 else {
      return nil
    }
    // "slecht" says neither too little nor too much: asked again. How often ("heel vaak")
    // is no judgement of the amount: checked first.
    guard step > 6 else { return .notUnderstood }
    let often = t.words.contains { Self.frequencyWords.contains($0) }
    return often ? .guess(.option(options[1].id)) : .value(.option(options[1].id))
  }

  /// Words of how often or how much: turned round they mean less, not the opposite.
  static let frequencyWords: Set<String> = ["vaak", "altijd", "veel", "elke", "iedere", "meestal"]

  /// The option for a step read from bad to good: counted from the last option where the
  /// writer's steps run from good to bad.
  static func option(_ halves: Int, of options: [Option], heads: QuestionHeads) -> Option {
    let k = step(halves, on: options.count)
    return options[heads.mirrored ? options.count - k : k - 1]
  }

  /// A step of the general 5-step scale, in half steps (2 … 10), on a scale of `size` steps.
  /// On 5 steps a half step leans to its side ("kan beter" 2.5 is 🙁); on 3 steps 1-2 are the
  /// lowest, 2.5-3 the middle ("kan beter" is "Gaat wel"), 3.5-5 the highest.
  static func step(_ halves: Int, on size: Int) -> Int {
    switch size {
    case 5: return [1, 2, 2, 2, 3, 4, 4, 4, 5][halves - 2]
    case 3: return [1, 1, 1, 2, 2, 3, 3, 3, 3][halves - 2]
    default: return min(size, max(1, Int((Double(halves - 2) * Double(size - 1) / 8).rounded()) + 1))
    }
  }
}
