/// A place named with ordinary words, followed by what kind of place it is: "bij de kurk, dat
/// is een sociale werkplaats", "naar de meeuw, een school voor …", "naar de brug voor
/// dagbesteding". Without the kind after it, "bij de kurk" is just a phrase; with it, the
/// words before name one place that can be found again.
extension NameRecogniser {
  /// `i` is the article after a preposition; the span runs from it to the end of the name.
  func namedByWhatItIs(_ tokens: Tokens, at i: Int, taken: [Bool]) -> (PIISpan, Int)? {
    guard i >= 1, i + 2 < tokens.count, tokens[i].flags.contains(.determiner),
      tokens.isAny(i, ["de", "het", "'t"]), tokens[i].joined, tokens[i + 1].joined,
      tokens[i - 1].end - tokens[i - 1].start <= 6, tokens.isAny(i - 1, Self.kindPrepositions)
    else { return nil }
    let k = i + 1
    // People, carers, doctors, animals, kinds of place and areas are what they say ("bij de
    // buurvrouw, een lieve vrouw"; "naar de tandarts, een praktijk"; "naar de stad, een grote
    // stad").
    let never: LexiconFlags = [
      .personCue, .personNoun, .title, .address, .placeHead, .organisationHead, .animal, .particle,
    ]
    guard tokens[k].flags.intersection(never).isEmpty, !tokens.isAny(k, Self.placeNouns),
      !tokens.isAny(k, Self.careWords), !tokens.key(k).ends(with: "arts"),
      !lexicon.endsInPlaceHead(tokens.key(k)), let last = namedAfterArticle(tokens, at: k, taken: taken),
      saysWhatItIs(tokens, after: last)
    else { return nil }
    return (PIISpan(start: tokens[i].start, end: tokens[last].end, label: .institution), last + 1)
  }

  /// Whether the words after `last` say what kind of place it is: "voor dagbesteding" (a kind
  /// of care or of place to spend the day), ", dat is een sociale werkplaats", "en dat is een
  /// school", ", een school voor …" (up to two words before the kind).
  func saysWhatItIs(_ tokens: Tokens, after last: Int) -> Bool {
    var j = last + 1
    guard j + 1 < tokens.count else { return false }
    if tokens.is(j, "voor") {
      return tokens.isAny(j + 1, Self.careWords) || tokens.isAny(j + 1, Self.stayWords)
    }
    let comma = tokens[j].kind == .other && tokens.scalars[tokens[j].start] == ","
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
