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
        let capital = tokens[k].capital && !tokens[k].sentenceStart && !tokens.shouting
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
