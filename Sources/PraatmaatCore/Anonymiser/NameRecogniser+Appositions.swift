/// A place named with ordinary words, followed by what kind of place it is: "bij de kurk, dat
/// is een sociale werkplaats", "naar de meeuw, een school voor …", "naar de brug voor
/// dagbesteding". Without the kind after it, "bij de kurk" is just a phrase; with it, the
/// words before name one place that can be found again.
extension NameRecogniser {
  /// `i` is the article after a preposition; the span runs from it to the end of the name.
  func namedByWhatItIs(_ tokens: Tokens, at i: Int, taken: [Bool]) -> (PIISpan, Int)? {
    // Where one goes or works, not a room one is in ("in het magazijn, dat is een groot bedrijf").
    guard i >= 1, i + 2 < tokens.count, tokens[i].flags.contains(.determiner),
      tokens.isAny(i, ["de", "het", "'t"]), tokens[i].joined, tokens[i + 1].joined,
      tokens.isAny(i - 1, ["bij", "naar", "op", "van"]),
      let last = namedAfterArticle(tokens, at: i + 1, taken: taken),
      (i + 1...last).allSatisfy({ ordinaryNamePart(tokens, $0) }), saysWhatItIs(tokens, after: last)
    else { return nil }
    return (PIISpan(start: tokens[i].start, end: tokens[last].end, label: .institution), last + 1)
  }

  /// Whether a word of such a name is no person, carer, doctor, animal, kind of place or area:
  /// those are what they say ("bij de buurvrouw, een lieve vrouw"; "naar de tandarts, een
  /// praktijk"; "naar de nieuwe school, dat is een praktijkschool").
  func ordinaryNamePart(_ tokens: Tokens, _ k: Int) -> Bool {
    let key = tokens.key(k)
    return tokens[k].flags.isDisjoint(with: Self.saysWhatItIs) && !tokens.isAny(k, Self.placeNouns)
      && !tokens.isAny(k, Self.careWords) && !key.ends(with: "arts") && !key.ends(with: "therapeut")
      && !lexicon.endsInPlaceHead(key)
  }

  /// Whether the words after `last` say what kind of place it is: "voor dagbesteding" (a place
  /// to spend the day), ", dat is een sociale werkplaats", "en dat is een school", ", een
  /// school voor …" (up to two words before the kind).
  func saysWhatItIs(_ tokens: Tokens, after last: Int) -> Bool {
    var j = last + 1
    guard j + 1 < tokens.count else { return false }
    if tokens.is(j, "voor") {
      return tokens.isAny(j + 1, ["dagbesteding", "werkplaats", "soos", "logeerhuis", "dagopvang"])
    }
    let comma = tokens.is(j, ",")
    if comma || tokens.is(j, "en") { j += 1 }
    var told = false
    if j + 1 < tokens.count, tokens.isAny(j, ["dat", "die", "dit"]), tokens.isAny(j + 1, ["is", "was"]) {
      j += 2
      told = true
    }
    guard told || comma, j < tokens.count, tokens.is(j, "een") else { return false }
    for k in (j + 1)..<min(j + 4, tokens.count) {
      guard tokens[k].kind == .word, tokens[k].flags.isDisjoint(with: [.function, .determiner]) else {
        return false
      }
      if lexicon.namesAKind(tokens[k].flags, tokens.key(k)) { return true }
    }
    return false
  }
}
