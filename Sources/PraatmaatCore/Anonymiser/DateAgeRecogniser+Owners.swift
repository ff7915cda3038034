/// Ages that belong to no person: an animal's ("mijn konijn is 6", "onze poes, ze is al 13") or a
/// thing's ("mijn scooter is 9 jaar oud").
extension DateAgeRecogniser {
  /// Whether the number at token `i`, after a be-verb, is the age of an animal or a thing.
  func animalOrThingAge(_ tokens: Tokens, _ i: Int) -> Bool {
    var k = i - 1
    if k >= 0, tokens.isAny(k, Self.ageHedges) { k -= 1 }
    guard k >= 1, tokens.isAny(k, ["is", "was", "wordt", "werd"]) else { return false }
    // A thing right before the verb, after "mijn", "de", "het": a word of the dictionary that
    // is no person word and no name.
    let j = k - 1
    let person: LexiconFlags = [.personNoun, .personCue, .subject, .firstName, .function]
    let f = tokens[j].flags
    // "ons kleintje is 7 weken oud": weeks and months are a baby's age.
    let baby = i + 1 < tokens.count && tokens.isAny(i + 1, Self.babyUnits)
    if !baby, tokens[j].kind == .word, !tokens[j].capital,
      f.contains(.animal) || f.contains(.word) && f.isDisjoint(with: person),
      tokens.isAny(j - 1, ["mijn", "mn", "m'n", "de", "het", "onze", "ons", "zijn", "haar"]),
      // "de oudste is 11": the eldest is a child; "Piet van de tuinclub is 77": Piet is.
      !tokens.isAny(j, ["oudste", "jongste", "middelste"]), !tokens.isAny(j - 2, ["van", "bij", "uit", "op"])
    {
      return true
    }
    // An animal earlier in the sentence, with no person word between it and the verb; its
    // name and "hij", "ze" may stand between.
    guard tokens.hasAnimal else { return false }
    var m = k - 1
    while m >= 0, m >= k - 10 {
      if tokens.isAny(m, [".", "!", "?"]) { return false }
      let f = tokens[m].flags
      if f.contains(.animal) { return true }
      if !f.isDisjoint(with: [.personNoun, .personCue]) || tokens.isAny(m, ["ik", "mij", "we", "wij"]) {
        return false
      }
      m -= 1
    }
    return false
  }
}
