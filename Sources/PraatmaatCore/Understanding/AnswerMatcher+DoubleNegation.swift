/// Answers to a statement or a yes/no question that turn a word of it round twice, or answer
/// a wish: "niet onveilig" to "Ik voel me veilig" and "niet slecht" to "Ik slaap goed" agree
/// (modestly, so checked first); "liever niet" to "Wil je …?" is no; "gaat wel" to a statement
/// is neither agreeing nor not.
extension AnswerMatcher {
  /// Whether the answer says "not" before the opposite of a word of the question ("niet
  /// onveilig", "niet echt ongezond"), or before a bad word when the question has none ("niet
  /// slecht"), with no yes, no or other negation of its own.
  func notTheOpposite(_ t: AnswerText, question: Question) -> Bool {
    let asked = Self.plainWords(of: question)
    let negations = t.words.indices.filter { Self.negationWords.contains(t.words[$0]) }
    guard negations.count == 1, !t.words.contains(where: Self.voteWords.contains) else { return false }
    let n = negations[0]
    // "niet onveilig", "niet echt ongezond", "niet zo slecht": the opposite within two words.
    for i in (n + 1)..<min(t.words.count, n + 3) where t.clauses[i] == t.clauses[n] {
      let word = t.words[i]
      let opposite = asked.contains { own in
        words.opposites[own]?.contains(word) == true || word == "on" + own
      }
      if opposite { return true }
      // "niet slecht", "niet zo slecht hoor" to a statement with no bad word in it: bad is
      // what it is not. Only "niet", and the bad word last ("niet naar de dokter" is no).
      let bad = { (w: String) in (self.polarity(of: w) ?? 0) <= -Self.clearPolarity }
      let rest = t.words[(i + 1)...].filter { !["hoor", "eigenlijk", "hoo"].contains($0) }
      if question.kind == .statement, t.words[n] == "niet", rest.isEmpty, bad(word),
        !asked.contains(where: bad)
      {
        return true
      }
      guard ["echt", "zo", "erg", "heel"].contains(word) else { return false }
    }
    return false
  }

  /// Whether the question asks what the participant wants: "Wil je …?", "Zou je … willen?".
  static func asksAWish(_ question: Question) -> Bool {
    guard question.kind == .yesNo, let line = question.text.last else { return false }
    let w = AnswerText.plain(line).split(separator: " ").map(String.init)
    return ["wil", "zou", "wilt"].contains(w.first ?? "")
      && w.dropFirst().prefix(1).contains { ["je", "jij", "u"].contains($0) }
  }

  /// "liever niet", "nee, liever niet eigenlijk" to a question of what the participant wants:
  /// no, not a refusal to answer. "liever niet zeggen" stays a refusal.
  static func declinedWish(_ input: String, _ question: Question) -> Bool {
    guard asksAWish(question) else { return false }
    var w = Normalised(input).words.map(String.init)
    while let last = w.last, ["hoor", "eigenlijk", "nee"].contains(last) { w.removeLast() }
    if w.first == "nee" { w.removeFirst() }
    return w == ["liever", "niet"]
  }

  /// "gaat wel", "het gaat wel hoor": so-so, to a statement.
  static func soSo(_ t: AnswerText) -> Bool {
    var w = t.words
    if w.last == "hoor" { w.removeLast() }
    if w.first == "het" { w.removeFirst() }
    return w == ["gaat", "wel"]
  }
}
