extension DutchAnonymiser {
  /// Particles right before a found surname belong to the name: "mevrouw el [naam]" and
  /// "garage Van der [naam]" become "mevrouw [naam]" and "garage [naam]". A particle that is
  /// also an ordinary word ("de", "van", "ben", "al") counts only with a capital, beside
  /// another particle, or after a title or form of address ("mevrouw de …"): so "in de
  /// [naam]", "de moeder van [naam]" and "ik ben [naam]" keep their words.
  static func withParticles(_ tokens: Tokens, _ spans: [PIISpan]) -> [PIISpan] {
    guard spans.contains(where: { $0.label == .person }) else { return spans }
    return spans.map { span in
      guard span.label == .person, let first = tokenStarting(at: span.start, in: tokens), first > 0 else {
        return span
      }
      var k = first
      var strong = false
      while k > 0, tokens[k].joined, tokens[k - 1].kind == .word, tokens[k - 1].flags.contains(.particle) {
        k -= 1
        let ordinary = !tokens[k].flags.intersection([.word, .function, .verb]).isEmpty
        // "El Khatib belde": opening the sentence, a capital counts when the name has one too.
        let capital =
          tokens[k].capital && !tokens.shouting && (!tokens[k].sentenceStart || tokens[first].capital)
        if !ordinary || capital || first - k >= 2 { strong = true }
      }
      guard k < first else { return span }
      // "de juf van Pieter" is Pieter's teacher: a lone "van" after a form of address stays.
      let addressed =
        k > 0 && tokens[k].joined && !tokens[k - 1].flags.intersection([.title, .address]).isEmpty
        && !(first - k == 1 && tokens.isAny(k, ["van"]))
      guard strong || addressed else { return span }
      var extended = span
      extended.start = tokens[k].start
      return extended
    }
  }

  /// The token that starts at `position`, found by halving: tokens are in text order.
  static func tokenStarting(at position: Int, in tokens: Tokens) -> Int? {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].start < position { low = mid + 1 } else { high = mid }
    }
    return low < tokens.count && tokens[low].start == position ? low : nil
  }
}

extension DutchAnonymiser {
  /// A surname with its particles after a found first name: "anna de boer", "joost ter
  /// kamp". The particles and the word after them must together be a surname of the list
  /// ("de groot"), so "kim de hele dag" and "jan van de buren" keep their words.
  static func withSurnameAfter(_ tokens: Tokens, _ spans: [PIISpan], lexicon: AnonymiserLexicon) -> [PIISpan]
  {
    guard spans.contains(where: { $0.label == .person }) else { return spans }
    var scratch: [UInt8] = []
    return spans.map { span in
      guard span.label == .person, let first = tokenStarting(at: span.start, in: tokens) else { return span }
      let last = tokens.index(atOrAfter: span.end) - 1
      guard last == first, tokens[first].flags.contains(.firstName) else { return span }
      var k = last + 1
      while k < tokens.count, k - last <= 3, tokens[k].joined, tokens[k].kind == .word,
        tokens[k].flags.contains(.particle)
      {
        k += 1
      }
      guard k > last + 1, k < tokens.count, tokens[k].joined, tokens[k].kind == .word,
        lexicon.phrase(tokens, from: last + 1, to: k + 1, scratch: &scratch).contains(.surname)
      else { return span }
      var extended = span
      extended.end = tokens[k].end
      return extended
    }
  }
}
