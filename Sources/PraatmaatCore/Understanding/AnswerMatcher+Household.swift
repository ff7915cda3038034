/// "met mijn vrouw en de kinderen", "mijn man en onze zoon": a household of a partner and
/// their children. To a choice with an option for living with a partner and one for family
/// (mostly "Bij mijn ouders of familie"), the children are the couple's own: the partner's
/// option, not a second one.
extension AnswerMatcher {
  /// Words that may stand beside the partner and the children: "ik woon samen met …".
  static let householdWords: Set<String> = [
    "woon", "wonen", "samen", "thuis", "twee", "drie", "vier", "allebei",
  ]

  /// The partner's option, when the answer names only a partner and children and exactly one
  /// option is for a partner and none for children; nil otherwise.
  func household(_ t: AnswerText, options: [Option]) -> Result? {
    let partner = words.groups["partner"] ?? []
    let children = words.groups["kinderen"] ?? []
    guard !partner.isEmpty, !children.isEmpty else { return nil }
    var namesPartner = false
    var namesChildren = false
    for word in t.words {
      if partner.contains(word) || partner.contains("mijn " + word) {
        namesPartner = true
      } else if children.contains(word) {
        namesChildren = true
      } else if !(Self.littleWords.contains(word) || Self.householdWords.contains(word) || Int(word) != nil) {
        return nil
      }
    }
    guard namesPartner, namesChildren else { return nil }
    func hits(_ option: Option, _ group: Set<String>, head: String) -> Bool {
      let label = AnswerText.plain(option.label).split(separator: " ").map(String.init)
      return label.contains(head) || label.contains { group.contains($0) && !Self.littleWords.contains($0) }
    }
    let forPartner = options.filter { hits($0, partner, head: "partner") }
    guard forPartner.count == 1, !options.contains(where: { hits($0, children, head: "kinderen") }) else {
      return nil
    }
    return .value(.option(forPartner[0].id))
  }
}
