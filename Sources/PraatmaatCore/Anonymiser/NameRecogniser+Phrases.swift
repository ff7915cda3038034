/// Listed entries of several words ("den bosch", "albert heijn", "van den berg"), and the
/// phrases that are kept as they are.
extension NameRecogniser {
  /// A listed entry of several words at token `i`: "den bosch", "albert heijn", "van den berg".
  /// Returns the span (nil for a phrase that is kept as it is) and the next token.
  func phrase(_ tokens: Tokens, at i: Int, taken: [Bool], scratch: inout [UInt8]) -> (PIISpan?, Int)? {
    let head = tokens[i].flags
    guard head.contains(.phraseHead) else { return nil }
    var length = 1
    let longest = head.phraseLength
    while length < longest, i + length < tokens.count, tokens[i + length].kind == .word,
      tokens[i + length].joined, !taken[i + length]
    {
      length += 1
    }
    length = reach(tokens, at: i, upTo: length, scratch: &scratch)
    guard length >= 2 else { return nil }
    for n in stride(from: length, through: 2, by: -1) {
      let f = lexicon.phrase(tokens, from: i, to: i + n, scratch: &scratch)
      guard !f.isEmpty else { continue }
      if f.contains(.keep) { return (nil, i + n) }
      if f.contains(.particle) && f.intersection(.entity).isEmpty { continue }
      let entity = f.intersection(.entity)
      guard !entity.isEmpty else { continue }
      // Ambiguous when every word of it is an ordinary word or a particle: "de pijp", "van den berg".
      let strongWord = (i..<(i + n)).contains { k in
        let g = tokens[k].flags
        return !g.contains(.word) && !g.contains(.function) && !g.contains(.particle)
      }
      // Two or more words of substance that together make a listed name: "zilveren kruis".
      let allContent = (i..<(i + n)).allSatisfy { k in
        tokens[k].flags.intersection([.function, .particle, .determiner, .numberWord, .unit, .calendar])
          .isEmpty
      }
      let strongHead = tokens.isAny(i, ["den", "'s", "s", "sint", "st"]) || allContent
      let cue = cue(tokens, before: i)
      let label = Self.label(f, cue: cue)
      let cap = (i..<(i + n)).contains { capital(tokens, $0) && !tokens[$0].flags.contains(.particle) }
      let cueFits =
        (cue == .person && label == .person) || (cue == .place && label == .location)
        || (cue == .organisation && label == .institution)
      // "ik woon in de wijk": a listed place that is only an article and a kind of place ("De
      // Wijk") is that kind of place in lower case, whatever the cue.
      let kindOfPlace = !cap && !strongWord && tokens.isAny(i + n - 1, Self.placeNouns)
      // "de jongerenwerker in de baarsjes", "het buurthuis in de meern": a listed neighbourhood
      // right after "in" or "uit" where a place, an organisation, a person or living comes
      // before ("een lek in de pijp" is a pipe).
      let inArea =
        f.contains(.neighbourhood) && i > 1 && tokens.isAny(i - 1, ["in", "uit"])
        && !tokens[i - 2].flags.isDisjoint(with: Self.areaContext)
      guard strongWord || strongHead || cap || (cueFits || inArea) && !kindOfPlace else { continue }
      var span = PIISpan(start: tokens[i].start, end: tokens[i + n - 1].end, label: label)
      var next = i + n
      if label == .person {
        next = extendPerson(tokens, from: next, taken: taken)
        span.end = tokens[next - 1].end
      }
      span.detail = detail(label, flags: f, cue: cue)
      return (span, next)
    }
    return nil
  }

  /// What may stand before "in" and a neighbourhood: a place, an organisation, a person, living.
  static let areaContext: LexiconFlags = [
    .placeHead, .organisationHead, .domain, .organisation, .town, .neighbourhood, .personNoun, .personCue,
    .liveVerb, .firstName,
  ]

  /// A verb's ending (-t, -te, -de, -en): "kookt", "kookte", "komen".
  static func verbLike(_ key: ArraySlice<UInt8>) -> Bool {
    key.last == UInt8(ascii: "t") || key.ends(with: "te") || key.ends(with: "de") || key.ends(with: "en")
  }

  /// The tokens inside a listed phrase that is never personal ("jan modaal", "jan en alleman"):
  /// no rule and no model may take them.
  func keptPhrases(_ tokens: Tokens) -> [Bool] {
    var kept = [Bool](repeating: false, count: tokens.count)
    var scratch: [UInt8] = []
    for i in 0..<tokens.count where tokens[i].flags.contains(.keepPhraseHead) {
      var length = 1
      while length < tokens[i].flags.phraseLength, i + length < tokens.count,
        tokens[i + length].kind == .word,
        tokens[i + length].joined
      {
        length += 1
      }
      for n in stride(from: reach(tokens, at: i, upTo: length, scratch: &scratch), through: 2, by: -1)
      where lexicon.phrase(tokens, from: i, to: i + n, scratch: &scratch).contains(.keep) {
        for k in i..<i + n { kept[k] = true }
        break
      }
    }
    return kept
  }

  /// How many words from token `i` (at most `limit`) some listed phrase can still hold: it
  /// stops at the first word no phrase continues with, so most "de …" cost one look-up.
  func reach(_ tokens: Tokens, at i: Int, upTo limit: Int, scratch: inout [UInt8]) -> Int {
    var n = 1
    while n < limit, !lexicon.phrase(tokens, from: i, to: i + n + 1, scratch: &scratch).isEmpty { n += 1 }
    return n
  }
}
