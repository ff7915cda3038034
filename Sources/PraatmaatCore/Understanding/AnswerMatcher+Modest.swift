/// Modest answers to a statement or a yes/no question: a word of the question turned round
/// twice ("niet gevaarlijk" to "Ik fiets veilig", "niet zo slecht" to "Ik eet gezond") agrees,
/// checked first; "gaat wel" to a statement is neither agreeing nor not.
extension AnswerMatcher {
  /// Whether the answer says "not" before the opposite of a word of the question ("niet
  /// gevaarlijk", "niet echt ongezond"), or before a bad word when the question has none and
  /// wishes for nothing ("niet zo slecht"), with no yes, no or other negation of its own.
  func notTheOpposite(_ t: AnswerText, question: Question) -> Bool {
    let asked = Self.plainWords(of: question)
    let negations = t.words.indices.filter { Self.negationWords.contains(t.words[$0]) }
    guard negations.count == 1, !t.words.contains(where: Self.voteWords.contains) else { return false }
    let n = negations[0]
    // "niet ongezond", "niet echt gevaarlijk", "niet zo slecht": the opposite within two words.
    for i in (n + 1)..<min(t.words.count, n + 3) where t.clauses[i] == t.clauses[n] {
      let word = t.words[i]
      let opposite = asked.contains { own in
        words.opposites[own]?.contains(word) == true || own.count >= 4 && word == "on" + own
      }
      if opposite { return true }
      // "niet slecht", "niet zo slecht hoor" to a statement with no bad word in it: bad is
      // what it is not. Only "niet", and the bad word last ("niet naar de dokter" is no).
      let bad = { (w: String) in (self.polarity(of: w) ?? 0) <= -Self.clearPolarity }
      let rest = t.words[(i + 1)...].filter { !["hoor", "eigenlijk"].contains($0) }
      if question.kind == .statement, t.words[n] == "niet", rest.isEmpty, bad(word),
        !asked.contains(where: bad)
      {
        return true
      }
      guard ["echt", "zo", "erg", "heel"].contains(word) else { return false }
    }
    return false
  }

  /// "gaat wel", "het gaat wel hoor": so-so, to a statement.
  static func soSo(_ t: AnswerText) -> Bool {
    var w = t.words
    if w.last == "hoor" { w.removeLast() }
    if w.first == "het" { w.removeFirst() }
    return w == ["gaat", "wel"]
  }
}
