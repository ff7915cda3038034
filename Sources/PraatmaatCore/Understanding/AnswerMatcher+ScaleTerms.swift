/// The scale terms of an answer: the words and phrases that say a step, each weighed by what
/// stands before it, and the one step they agree on.
extension AnswerMatcher {
  /// Scale words that are also a preposition or a verb form: "naar" (nasty; towards), "zat"
  /// (plenty; sat).
  static let alsoFunctionWords: Set<String> = ["naar", "zat"]

  /// The words of a question's lines without such a word where more follows it: "naar" in "Hoe
  /// vaak ga je naar de bieb?" or "Mijn coach kijkt naar wat ik kan." is a preposition, not
  /// "nasty".
  static func judgingWords(of question: Question, words: AnswerWords) -> [String] {
    question.text.flatMap { line in
      let ws = AnswerText(line, words: words).words
      return ws.enumerated().compactMap { k, word in
        alsoFunctionWords.contains(word) && k < ws.count - 1 ? nil : word
      }
    }
  }

  /// Words that say how often, on a scale of how often.
  static let frequencyTermWords: Set<String> = [
    "nooit", "soms", "vaak", "altijd", "weinig", "zelden", "regelmatig", "toe", "keer", "keren", "dag",
    "dagen", "week", "weken", "maand", "elke", "iedere", "meestal", "nauwelijks", "amper", "steeds",
    "dagelijks", "wekelijks", "constant", "continu", "veel", "weleens", "eens", "telkens", "tijd", "jaar",
    "paar", "keertje",
  ]

  /// Words that only say "it goes": the middle when nothing else judges.
  static let fillers: Set<String> = ["gaat", "het gaat", "gewoon", "normaal", "ging", "het ging"]

  /// An adjective without its inflection: "goede" → "goed", "waardeloze" → "waardeloos",
  /// "lieve" → "lief", "veilige" → "veilig"; nil for a word that has none.
  static func uninflected(_ word: String) -> String? {
    guard word.count >= 4, word.hasSuffix("e") else { return nil }
    var base = String(word.dropLast())
    if base.hasSuffix("z") { base = String(base.dropLast()) + "s" }
    if base.hasSuffix("v") { base = String(base.dropLast()) + "f" }
    return base
  }

  /// Prefixes that make a word as strong as it goes: "kerngezond", "oersaai", "allerfijnst".
  static let intensifiers = [
    "aller", "kern", "oer", "hyper", "reuze", "bloed", "stok", "snoei", "bere", "kei", "mega", "super",
    "dood",
  ]

  /// "fijnste", "allerfijnste", "oersaai", "slechtste": a scale word made as strong as it
  /// goes, the end of its side; nil for any other word ("eerste", "meeste").
  func strengthened(_ word: String) -> Int? {
    var stem = word
    if let prefix = Self.intensifiers.first(where: { word.hasPrefix($0) && word.count >= $0.count + 3 }) {
      stem = String(word.dropFirst(prefix.count))
    }
    if words.scaleSteps[stem] == nil, stem.hasSuffix("ste"), stem.count >= 6 {
      stem = String(stem.dropLast(3))
    }
    guard stem != word, let step = words.scaleSteps[stem], step <= 4 || step >= 8 else { return nil }
    return step > 6 ? 10 : 2
  }

  /// One evaluative word or phrase in the answer, with its step on the 5-step scale in halves.
  struct ScaleTerm {
    var start: Int
    var length: Int
    var step: Int
  }

  /// The answer's step on the 5-step scale, in half steps: every scale term with what stands
  /// before it (niet, heel, een beetje) weighed; nil when there is none, or terms disagree.
  /// `mixedMiddle`: the middle step means "some good, some bad", as on a scale from bad to good.
  func scaleStep(_ t: AnswerText, heads: QuestionHeads, mixedMiddle: Bool = true) -> Int? {
    var terms = t.phrases(in: words.scaleSteps, longest: words.longestPhrase)
      .map { ScaleTerm(start: $0.start, length: $0.length, step: $0.value) }
    // A phrase on the side of the question's own head ("elke avond" beside "vaak"), longest first.
    func taken(_ k: Int) -> Bool { terms.contains { $0.start <= k && k < $0.start + $0.length } }
    for i in t.words.indices where !taken(i) {
      for length in stride(from: min(4, t.words.count - i), through: 2, by: -1)
      where !(i..<(i + length)).contains(where: taken) {
        guard let step = heads.step(of: t.phrase(from: i, length: length), sameSideOnly: true) else {
          continue
        }
        terms.append(ScaleTerm(start: i, length: length, step: step))
        break
      }
    }
    for (i, word) in t.words.enumerated()
    where !terms.contains(where: { $0.start <= i && i < $0.start + $0.length }) {
      if let step = heads.step(of: word)
        ?? Self.uninflected(word).flatMap({ words.scaleSteps[$0] ?? heads.step(of: $0) })
        ?? strengthened(word)
      {
        terms.append(ScaleTerm(start: i, length: 1, step: step))
      }
    }
    // "naar buiten", "ik zat thuis": a scale word that is also a preposition or a verb form
    // ("het was naar", "tijd zat") counts only at the end of its clause.
    terms.removeAll { term in
      let end = term.start + term.length
      return term.length == 1 && Self.alsoFunctionWords.contains(t.words[term.start]) && end < t.words.count
        && t.clauses[end] == t.clauses[term.start]
    }
    // "Hoe vaak is er ruzie?", "Hoe vaak verveel je je?": on a scale of how often, a
    // judgement ("gezellig") or the thing asked about ("vervelen") says nothing about how often;
    // only words of frequency count.
    if heads.asksHowOften {
      terms.removeAll { term in
        !(term.start..<term.start + term.length).contains { Self.frequencyTermWords.contains(t.words[$0]) }
      }
    }
    // "altijd 😞", "te veel herrie 😣": a pictogram shows a feeling; beside words that answer,
    // the words count.
    let pictogram = { (term: ScaleTerm) in
      t.words[term.start].unicodeScalars.first.map {
        !$0.properties.isAlphabetic && !("0"..."9").contains($0)
      } ?? false
    }
    if terms.contains(where: { !pictogram($0) }) { terms.removeAll(where: pictogram) }
    // "het gaat", "gewoon": a word without a judgement is no middle when a real judgement
    // stands beside it ("het slot zit goed dus veilig"), nor when its clause goes on ("ik ga
    // nooit met de trein": a verb of going).
    let isFiller = { (term: ScaleTerm) in
      Self.fillers.contains(t.phrase(from: term.start, length: term.length))
    }
    let goesOn = { (term: ScaleTerm) -> Bool in
      let next = term.start + term.length
      return next < t.words.count && t.clauses[next] == t.clauses[term.start]
        && !["het", "hoor", "nog", "eigenlijk"].contains(t.words[next]) && !t.words[next].hasPrefix("wel")
    }
    terms.removeAll { $0.step == 6 && isFiller($0) && goesOn($0) }
    if terms.contains(where: { $0.step != 6 }) {
      terms.removeAll { $0.step == 6 && isFiller($0) }
    }
    let sorted = terms.sorted { $0.start < $1.start }
    // "het gaat goed": a middle word right before another scale word only carries it.
    let carried = sorted.enumerated().filter { k, term in
      k + 1 < sorted.count && term.step == 6 && sorted[k + 1].start == term.start + term.length
        && t.clauses[term.start] == t.clauses[sorted[k + 1].start]
    }.map(\.offset)
    let steps = sorted.enumerated().filter { !carried.contains($0.offset) }.compactMap {
      weighed($0.element, in: t)
    }
    guard let first = steps.first else {
      // "soms", "een beetje" on a question with a head ("Hoe vaak …?", "Past de hulp?"): the middle.
      let weak = t.words.indices.contains { i in
        (1...3).contains { words.weaker.contains(t.phrase(from: i, length: $0)) }
      }
      return terms.isEmpty && !heads.isEmpty && weak ? 6 : nil
    }
    // "soms goed, soms slecht": both sides, each only sometimes, is the middle.
    if t.words.filter({ $0 == "soms" }).count >= 2, steps.contains(where: { $0 > 6 }),
      steps.contains(where: { $0 < 6 })
    {
      return mixedMiddle ? 6 : nil
    }
    // "heel goed, hij is echt aardig": terms on one side agree; "goed maar soms slecht" does not.
    guard steps.allSatisfy({ abs($0 - first) <= 2 && ($0 - 6) * (first - 6) >= 0 }) else { return nil }
    // "gespannen maar ging wel": a side and the middle together are the middle.
    // "goed geholpen, heel blij": terms on one side go as far as the strongest.
    return steps.contains(6) ? 6 : steps.max { abs($0 - 6) < abs($1 - 6) } ?? first
  }

  /// A term's step after the words before it: "niet" turns it around, "heel" makes it
  /// stronger, "een beetje" weaker; nil when the result is no step ("niet gaat wel").
  func weighed(_ term: ScaleTerm, in t: AnswerText) -> Int? {
    var step = term.step
    var negated = false
    var strong = false
    var weak = false
    var at = term.start
    // Up to three modifiers right before the term, in the same clause.
    scan: while at > 0, term.start - at < 4, t.clauses[at - 1] == t.clauses[term.start] {
      for length in stride(from: min(3, at), through: 1, by: -1) {
        let phrase = t.phrase(from: at - length, length: length)
        if Self.negationWords.contains(phrase) || words.negations.contains(phrase) {
          negated.toggle()
          if phrase.split(separator: " ").count > 1 && !phrase.hasSuffix(" zo") { strong = true }
        } else if words.stronger.contains(phrase) && phrase != "best"
          || phrase == t.phrase(from: term.start, length: term.length)
        {
          // "goed goed", "saai saai saai": said again, a term is said more strongly.
          strong = true
        } else if words.weaker.contains(phrase) && phrase != "best" {
          weak = true
        } else if length == 1 && ["zo", "echt", "wel", "het", "is", "was", "vind", "ik"].contains(phrase) {
          if phrase == "echt" { strong = true }
        } else {
          continue
        }
        at -= length
        continue scan
      }
      break
    }
    // "leuk vind ik het niet": a negation at the end of the clause.
    let end = term.start + term.length
    let after = (end..<t.words.count).filter { t.clauses[$0] == t.clauses[term.start] }.map { t.words[$0] }
    // "nooit niet", "niks niet": after a word that is itself a "no", "niet" only makes it
    // stronger (spoken Dutch doubles the negation); it does not turn it around.
    let selfNegative = Self.negationWords.subtracting(["niet"]).contains(
      t.phrase(from: term.start, length: 1))
    // "durf niet naar beneden in het donker": "niet" right after the term turns it, however
    // long the clause goes on.
    if !negated, !selfNegative, after.count <= 4 && after.contains("niet") || after.first == "niet" {
      negated = true
    }
    if negated {
      // In half steps: "niet heel goed" is gaat wel, "niet goed" slecht, "niet slecht" goed.
      guard step != 6 else { return nil }
      if Self.frequencyWords.contains(t.phrase(from: term.start, length: 1)) {
        // "niet zo vaak", "niet altijd": an amount turned round is less of it, just below the middle.
        step = step > 6 ? 5 : 7
      } else {
        step = [2: 6, 3: 7, 4: 8, 5: 7, 7: 5, 8: 4, 9: 5, 10: 6][step] ?? step
      }
    }
    if strong { step = step > 6 ? 10 : step < 6 ? 2 : 6 }
    // "bijna altijd", "bijna nooit": almost always is often, still on its side of the scale.
    let absolute = ["altijd", "nooit"].contains(t.phrase(from: term.start, length: 1))
    if absolute && at < term.start && t.words[term.start - 1] == "bijna" {
      weak = false
      step = step > 6 ? min(step, 8) : max(step, 4)
    }
    if weak && !negated { step = [10: 8, 9: 8, 8: 7, 4: 5, 3: 4, 2: 4][step] ?? step }
    return step
  }
}
