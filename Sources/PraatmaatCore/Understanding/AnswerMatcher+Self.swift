/// The participant as one of several options ("Wie regelt je afspraken? Je mag meer kiezen."
/// with "Dat doe ik alleen"): "zelf", "dat regel ik zelf", "mezelf" or "alleen" on its own name
/// that option, beside the people the answer names ("mijn oom en ik zelf"); to "Wie …?" with no
/// option for nobody, "niemand" means the participant does it alone.
extension AnswerMatcher {
  /// Whether the question asks who: "Wie …?", "Met wie …?".
  static func asksWho(_ question: Question) -> Bool {
    question.text.last.map { AnswerText.plain($0).split(separator: " ").contains("wie") } ?? false
  }

  /// The option that is the participant doing it: "Ik zelf", "Dat doe ik alleen", or to
  /// "Wie …?" an option with "zelf" ("Zelf koken").
  static func ownOption(_ options: [Option], question: Question) -> Option? {
    let asksWho = asksWho(question)
    let found = options.filter { option in
      let label = AnswerText.plain(option.label).split(separator: " ")
      return isSelf(option) || asksWho && label.contains("zelf")
        || label.contains("ik") && (label.contains("alleen") || label.contains("zelf"))
    }
    return found.count == 1 ? found[0] : nil
  }

  /// The participant's own option added to what the answer names, when it says the participant
  /// does it: value when that is all it says, checked first beside other options. Nil when the
  /// answer says nothing of the participant, or turns it round ("zelf lukt het niet").
  func withOwnOption(_ t: AnswerText, chosen: [String], question: Question) -> Result? {
    guard let own = Self.ownOption(question.options, question: question), !chosen.contains(own.id) else {
      return nil
    }
    let w = t.words
    let selfWords: Set<String> = ["zelf", "mezelf", "mijzelf", "ikzelf"]
    let doing: Set<String> = ["ik", "doe", "het", "dat", "regel", "alles", "gewoon", "allemaal", "helemaal"]
    let alone = w.contains("alleen") && w.allSatisfy { $0 == "alleen" || doing.contains($0) }
    let nobody =
      w == ["niemand"] && Self.asksWho(question)
      && !question.options.contains { ChoiceReading.isNone($0, words: words) }
    let negated = w.contains { Self.negationWords.contains($0) }
    // "zelf" of the participant: with "ik", first, or as all that is said ("mijn begeleider doet
    // het zelf" is someone else doing it).
    let ownSelf =
      w.contains(where: selfWords.contains)
      && (w.contains("ik") || selfWords.contains(w[0])
        || w.allSatisfy { selfWords.contains($0) || doing.contains($0) })
    guard nobody || alone || ownSelf && !negated else { return nil }
    let ids = question.options.map(\.id).filter { chosen.contains($0) || $0 == own.id }
    let onlySelf = chosen.isEmpty && w.allSatisfy { selfWords.contains($0) || doing.contains($0) }
    if nobody { return .guess(.options(ids)) }
    return onlySelf || alone ? .value(.options(ids)) : .guess(.options(ids))
  }
}
