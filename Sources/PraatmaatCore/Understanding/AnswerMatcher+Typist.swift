import Foundation

/// What the supporter writes around the answer when typing for the participant: a note that
/// they are typing ("ik typ voor haar:", "(begeleider typt)"), and the choice the participant
/// settled on after some doubt ("… en kiest dan 2", "hij blijft bij vaak").
extension AnswerMatcher {
  /// The line without the supporter's note that they type for the participant; nil when it
  /// has none, or nothing is left.
  static func withoutTypist(_ input: String) -> String? {
    var text = input
    // "(begeleider typt)", "(typt de ondersteuner)": a remark in brackets about the typing.
    while let open = text.firstIndex(of: "("),
      let close = text[open...].firstIndex(of: ")"),
      Self.aboutTyping(Normalised(String(text[open...close])).words.map(String.init))
    {
      text.removeSubrange(open...close)
    }
    // "ik typ voor hem:", "ik ben zijn broer en typ dit voor hem.", "de begeleider:": a first part
    // that says so, or names the supporter before a colon.
    if let end = text.firstIndex(where: { ":.,".contains($0) }) {
      let first = Normalised(String(text[..<end])).words.map(String.init)
      let role = text[end] == ":" && Self.supporterNamed(first)
      if first.count <= 8, Self.aboutTyping(first) || role { text = String(text[text.index(after: end)...]) }
    } else {
      // "ik typ voor hem hij zegt 3": without a mark, the four words of the note.
      let w = Normalised(text).words.map(String.init)
      if w.count > 4, Self.aboutTyping(Array(w.prefix(4))), ["hem", "haar"].contains(w[3]) {
        text = Normalised(text).words.dropFirst(4).joined(separator: " ")
      }
    }
    let rest = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard rest != input.trimmingCharacters(in: .whitespacesAndNewlines),
      rest.contains(where: { $0.isLetter || $0.isNumber })
    else { return nil }
    return rest
  }

  /// Whether words say that someone types for another: a verb of typing or writing with "voor
  /// hem", "voor haar" or "namens", or a supporter's role beside "typt" ("begeleider typt").
  static func aboutTyping(_ words: [String]) -> Bool {
    let typing: Set<String> = ["typ", "type", "typt", "tik", "tikt"]
    let writing = typing.union(["schrijf", "schrijft"])
    let forOther = zip(words, words.dropFirst()).contains { $0 == "voor" && ["hem", "haar"].contains($1) }
    if words.contains(where: writing.contains), forOther || words.contains("namens") { return true }
    let roles: Set<String> = ["begeleider", "begeleiding", "ondersteuner"]
    return words.contains(where: typing.contains) && words.contains(where: roles.contains)
  }

  /// "de begeleider", "begeleider typt", "ondersteuner": the supporter named, and no more.
  static func supporterNamed(_ words: [String]) -> Bool {
    let role: Set<String> = ["begeleider", "begeleidster", "begeleiding", "ondersteuner", "supporter"]
    let rest = words.filter { !["de", "typt", "tikt", "schrijft", "mijn", "zijn", "haar"].contains($0) }
    return rest.count == 1 && role.contains(rest[0])
  }

  /// What follows the last word that says the participant settled on a choice: "hij twijfelt
  /// tussen 2 en 3 en kiest dan 2", "hij blijft bij vaak", "hij zei uiteindelijk soms";
  /// nil when no such word, or too much follows it to be a choice.
  static func settledOn(_ input: String) -> String? {
    let w = Normalised(input).words.map(String.init)
    // "uiteindelijk" only as what was said in the end: "hij zei uiteindelijk soms".
    let settling = w.indices.filter { i in
      ["kiest", "koos", "kies", "blijft"].contains(w[i])
        || w[i] == "uiteindelijk" && i > 0 && ["zegt", "zei", "kiest", "koos"].contains(w[i - 1])
    }
    // After some doubt told before it, or a subject alone ("hij kiest de middelste"); "ik kies
    // zelf wat ik eet" is an answer as a whole.
    guard let at = settling.last,
      at >= 3 || at > 0 && w[..<at].allSatisfy({ ["hij", "ze", "zij"].contains($0) })
    else { return nil }
    var rest = Array(w[(at + 1)...])
    // "blijft bij", "kiest toch", "kiest hij": the words of settling, not of the choice.
    while let first = rest.first, ["bij", "toch", "voor", "hij", "ze", "zij", "dan", "maar"].contains(first) {
      rest.removeFirst()
    }
    guard (1...4).contains(rest.count) else { return nil }
    return rest.joined(separator: " ")
  }
}
