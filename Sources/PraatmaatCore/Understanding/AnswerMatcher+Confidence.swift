/// How sure a reading of a scale or a number is. A careful interviewer notes an answer at once
/// when it says only the step or the number ("niet zo goed", "ik denk 25 jaar"). When the
/// answer says more than that, and the step or number is read from a whole story ("ik ben
/// bang als het donker wordt en niemand thuis is", "een half uur met de tram en dan nog
/// fietsen"), it is only what the answer probably means: the conversation checks it with
/// "Bedoel je: …?" before keeping it.
extension AnswerMatcher {
  /// A sure reading of an answer with more than `unsureAfter - 1` words the reading cannot
  /// place becomes a guess.
  static let unsureAfter = 1

  func checked(_ result: Result, _ t: AnswerText, question: Question) -> Result {
    guard case .value(let value) = result, unplaced(t, question: question) >= Self.unsureAfter else {
      return result
    }
    return .guess(value)
  }

  /// The words of the answer that say something the reading of a scale or number does not
  /// place: not a word of the question or its options, no little word, and no scale word,
  /// modifier, number, unit or period.
  func unplaced(_ t: AnswerText, question: Question) -> Int {
    var placed = [Bool](repeating: false, count: t.words.count)
    let asked = askedWords(question.text + question.options.map(\.label))
    switch question.kind {
    case .scale:
      var term = [Bool](repeating: false, count: t.words.count)
      for phrase in t.phrases(in: words.scaleSteps, longest: words.longestPhrase) {
        for k in phrase.start..<phrase.start + phrase.length {
          placed[k] = true
          term[k] = true
        }
      }
      let modifiers = words.negations.union(words.stronger).union(words.weaker).union(words.scaleUnclear)
      for i in t.words.indices {
        for length in 1...3
        where i + length <= t.words.count && modifiers.contains(t.phrase(from: i, length: length)) {
          for k in i..<i + length { placed[k] = true }
        }
      }
      let heads = heads(for: question)
      for (i, word) in t.words.enumerated() {
        if heads.step(of: word) != nil
          || Self.uninflected(word).map({ words.scaleSteps[$0] != nil || heads.step(of: $0) != nil }) == true
        {
          placed[i] = true
          term[i] = true
        } else if DutchNumbers.value(word) != nil || Self.ordinals[word] != nil
          || ["nummer", "optie", "stap"].contains(word)
        {
          placed[i] = true
        }
      }
      // "slecht, het regende de hele dag": a judgement that stands on its own, with a reason beside
      // it, is as sure as the judgement alone.
      var clause = 0
      var clauses: [Int] = []
      for (i, word) in t.words.enumerated() {
        if i > 0 && (t.clauses[i] != t.clauses[i - 1] || Self.reasonWords.contains(word)) { clause += 1 }
        clauses.append(clause)
      }
      // "leuk werk maar mn collega's pesten me": a judgement turned by what follows "maar"
      // does not stand alone.
      let turned = t.words.indices.contains { t.words[$0] == "maar" && $0 + 1 < t.words.count }
      let standsAlone =
        !turned
        && Set(clauses).contains { c in
          let members = t.words.indices.filter { clauses[$0] == c }
          return members.contains { term[$0] }
            && members.allSatisfy { placed[$0] || isLittle(t.words[$0], asked: asked) }
        }
      if standsAlone { return 0 }
    case .number:
      let people = NumberReader.personWords.union(words.groups["familie"] ?? [])
        .union(words.groups["vrienden"] ?? []).union(words.groups["ouders"] ?? [])
      for (i, word) in t.words.enumerated()
      where word.contains(where: \.isNumber) || DutchNumbers.value(word) != nil
        || NumberReader.unitWords.contains(word) || NumberReader.hedges.contains(word)
        || NumberReader.dayNames[word] != nil || NumberReader.dayShort[word] != nil
        || Self.amountWords.contains(word) || people.contains(word)
      {
        placed[i] = true
      }
    default:
      return 0
    }
    return t.words.indices.filter { !placed[$0] && !isLittle(t.words[$0], asked: asked) }.count
  }

  /// The words of the question's lines (and labels), read as an answer is read.
  func askedWords(_ lines: [String]) -> Set<String> {
    Set(lines.flatMap { AnswerText($0, words: words).words })
  }

  /// A word that says nothing of its own here: a little word, a word of the question.
  func isLittle(_ word: String, asked: Set<String>) -> Bool {
    asked.contains(word) || Self.littleWords.contains(word) || Self.negationWords.contains(word)
      || Self.saying.contains(word) || Self.reasonWords.contains(word) || word.count <= 1
      || word.allSatisfy(\.isNumber)
  }

  /// Words that start a reason or a condition after a judgement.
  static let reasonWords: Set<String> = ["want", "omdat", "dus"]

  /// Words around a number that only say how much or how often.
  static let amountWords: Set<String> = [
    "per", "elke", "iedere", "bijna", "stuk", "oud", "jaar", "x", "ongeveer", "zo'n", "zon", "rond", "de",
    "half", "halve", "anderhalf", "kwartier", "uurtje", "weekend", "werkdag", "werkdagen", "nul", "eentje",
  ]

  /// "ze zegt: …": the supporter says whose answer it is.
  static let saying: Set<String> = ["zegt", "zei", "zeggen", "vindt", "denkt"]
}
