/// Sports clubs by the letters Dutch clubs put before their name: "sv blauw wit", "vv de
/// meeuwen", "FC Wierden". The letters say it is a club, so the words after them are its name,
/// however ordinary ("oranje", "blauw"), up to a word that goes on with the sentence.
extension DutchAnonymiser {
  static let clubLetters: [StaticString] = [
    "sv", "vv", "fc", "sc", "svv", "rkvv", "rksv", "rkv", "csv", "hv", "vc", "hc", "kv", "zv", "tc",
  ]

  static func clubs(_ tokens: Tokens) -> [PIISpan] {
    var found: [PIISpan] = []
    var i = 0
    while i + 1 < tokens.count {
      defer { i += 1 }
      guard tokens[i].isWord, tokens.isAny(i, clubLetters) else { continue }
      var last = i
      // A name of at most three words, each right after the other; "de" may start it.
      while last + 1 < tokens.count, last - i < 3, tokens[last + 1].joined,
        tokens[last + 1].isWord
          || tokens[last + 1].kind == .number && tokens[last + 1].end - tokens[last + 1].start <= 2,
        last == i && tokens.isAny(last + 1, ["de", "het"])
          || tokens[last + 1].flags.intersection([.function, .verb, .determiner, .calendar, .domain, .unit])
            .isEmpty
      {
        last += 1
      }
      // "de" alone after the letters names nothing.
      while last > i, tokens.isAny(last, ["de", "het"]) { last -= 1 }
      guard last > i else { continue }
      found.append(PIISpan(start: tokens[i].start, end: tokens[last].end, label: .institution))
      i = last
    }
    return found
  }
}
