/// Answers made of parts: a list of which one part names no option, a remark after a comma.
extension ChoiceReading {
  /// The parts, as their words, that name no option, where the answer is a list ("a en b", "a,
  /// b", "a of b", "soms a soms b") of which some part names an option and another part, with
  /// words of substance, names none; empty otherwise.
  static func unnamedParts(_ t: AnswerText, hits: [Hit], words: AnswerWords, labelWords: Set<String>)
    -> [[String]]
  {
    guard !hits.isEmpty else { return [] }
    var parts: [[Int]] = [[]]
    for i in t.words.indices {
      let breaks = ["en", "of", "soms", "/", "plus"].contains(t.words[i])
      // A comma starts a new part; "maar" and "want" only add a remark.
      let comma = i > 0 && t.clauses[i] != t.clauses[i - 1] && !["maar", "want"].contains(t.words[i])
      if breaks || comma {
        if !(parts.last?.isEmpty ?? true) { parts.append([]) }
        if breaks { continue }
      }
      parts[parts.count - 1].append(i)
    }
    guard parts.count > 1 else { return [] }
    let covered = Set(hits.flatMap { $0.start..<($0.start + $0.length) })
    var named = false
    var unnamed: [[String]] = []
    for part in parts where !part.isEmpty {
      if part.contains(where: covered.contains) {
        named = true
      } else if part.contains(where: {
        isSubstance(t.words[$0], words) && !Self.durationWords.contains(t.words[$0])
          && !Self.judgement(t.words[$0], words)
      }),
        !remark(part, in: t) || part.contains(where: { labelWords.contains(t.words[$0]) })
      {
        unnamed.append(part.map { t.words[$0] })
      }
    }
    return named ? unnamed : []
  }

  /// Whether each part names a thing of the same kind as some option, by the groups of
  /// `AnswerWords`: "fietsen" beside "Zwemmen" and "Wandelen" (all sport).
  static func sameKind(_ parts: [[String]], as options: [Option], words: AnswerWords) -> Bool {
    let kinds = Set(
      options.flatMap { AnswerText($0.label, words: words).words.flatMap { words.heads[$0] ?? [] } })
    return !parts.isEmpty
      && parts.allSatisfy { part in part.contains { !(words.heads[$0] ?? []).isDisjoint(with: kinds) } }
  }

  /// A word that says how something is, not what: a word of feeling or judgement ("gezellig",
  /// "fijn") or of a scale ("dichtbij", "vaak", "makkelijk"). After a choice it is a remark on
  /// it ("lopend, dichtbij"), not one more thing in a list; a part that names an option is
  /// never asked about here.
  static func judgement(_ word: String, _ words: AnswerWords) -> Bool {
    words.polarity[word] != nil || words.scaleSteps[word] != nil || words.opposites[word] != nil
  }

  /// How long something takes: a remark beside a choice ("lopend, 10 minuutjes").
  static let durationWords: Set<String> = [
    "minuten", "minuutjes", "minuut", "min", "kwartier", "kwartiertje", "uur", "uurtje", "halfuur",
    "seconden",
  ]

  /// A part after a comma that is a sentence of its own, not one more thing in a list: it has
  /// a subject or a verb ("thuis, mijn huisgenoot schreeuwt veel", "in de trein, er zitten
  /// rare mensen"), or is four words or more. A word of an option's label in it still counts.
  static func remark(_ part: [Int], in t: AnswerText) -> Bool {
    guard let first = part.first, first > 0, t.clauses[first] != t.clauses[first - 1] else { return false }
    return part.count >= 4 || part.contains { clauseWords.contains(t.words[$0]) }
  }
}
