/// "samen met mijn man en onze zoon", "mijn vriendin en de kids": a household of the
/// participant's partner and children. To a choice with an option for living with a partner and
/// one for family (mostly "Bij mijn ouders of familie"), the children are the couple's own: the
/// partner's option, not a second one.
extension AnswerMatcher {
  /// Words that may stand beside the partner and the children: "ik woon samen met …".
  static let householdWords: Set<String> = [
    "met", "mijn", "mn", "me", "de", "onze", "ons", "en", "ik", "woon", "wonen", "samen", "thuis", "twee",
    "drie", "vier",
    "allebei",
  ]

  /// The partner's option, when the answer names only the participant's own partner ("mijn
  /// vrouw", not "haar vriend") and children, and exactly one option is for a partner and none
  /// for children or a family of one's own; nil otherwise. A word that may also be a friend
  /// ("vriendin") is checked first.
  func household(_ t: AnswerText, options: [Option]) -> Result? {
    let partner = words.group("partner")
    let children = words.group("kinderen")
    guard !partner.isEmpty, !children.isEmpty else { return nil }
    var namesPartner = false
    var namesChildren = false
    var maybeFriend = false
    let friends = words.group("vrienden")
    for (i, word) in t.words.enumerated() {
      if i > 0, ["mijn", "mn", "me", "m'n"].contains(t.words[i - 1]),
        partner.contains(word) || partner.contains("mijn " + word)
      {
        namesPartner = true
        maybeFriend = maybeFriend || friends.contains(word)
      } else if children.contains(word) {
        namesChildren = true
      } else if !(Self.householdWords.contains(word) || Int(word) != nil) {
        return nil
      }
    }
    guard namesPartner, namesChildren else { return nil }
    func hits(_ option: Option, _ group: Set<String>, head: String) -> Bool {
      let label = AnswerText.plain(option.label).split(separator: " ").map(String.init)
      return label.contains(head) || label.contains { group.contains($0) && !Self.littleWords.contains($0) }
    }
    let forPartner = options.filter { hits($0, partner, head: "partner") }
    let ownFamily = options.contains {
      hits($0, children, head: "kinderen")
        || AnswerText.plain($0.label).split(separator: " ").contains("gezin")
    }
    guard forPartner.count == 1, !ownFamily else { return nil }
    return maybeFriend ? .guess(.option(forPartner[0].id)) : .value(.option(forPartner[0].id))
  }
}
