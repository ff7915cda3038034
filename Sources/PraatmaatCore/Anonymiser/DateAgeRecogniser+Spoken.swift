/// Ages as people say them: around a decade ("midden veertig"), roughly ("een jaar of 60"), a
/// time between "word" and the number ("ik word volgende maand 40"), a number word after "is"
/// ("de kok is zevenenvijftig"), and several in brackets ("(6 en 8)").
extension DateAgeRecogniser {
  /// Words for the part of a decade: "begin vijftig", "midden veertig".
  static let decadeParts: [StaticString] = ["begin", "midden", "eind", "half"]
  /// Words of a time between "word" and the age: "volgende week", "in mei", "morgen".
  static let soonWords: [StaticString] = [
    "volgende", "volgend", "deze", "dit", "week", "maand", "jaar", "morgen", "overmorgen", "straks",
    "binnenkort", "in", "op", "zaterdag", "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
  ]
  /// What may stand before "is" when the number after it is no age: "het is 30", "dat was 40".
  /// (Words that name a measure, "prijs", "huisnummer", are found by `measure`.)
  static let notAPerson: [StaticString] = [
    "het", "dat", "dit", "er", "wat", "alles", "huur", "rekening", "uitslag", "kosten", "tijd",
  ]

  func spokenAge(_ tokens: Tokens, at i: Int, span: PIISpan, next: Int) -> PIISpan? {
    // Every rule below looks at the word right before the number first: most numbers stop here.
    guard i >= 1,
      tokens.isAny(i - 1, Self.decadeParts) || tokens.isAny(i - 1, ["of", "is", "was", "wordt", "("])
        || tokens.isAny(i - 1, Self.soonWords) || tokens[i - 1].flags.contains(.month)
    else { return nil }
    let value = tokens.number(i) ?? tokens.numberWord(i)
    let endsPhrase =
      next >= tokens.count || tokens[next].kind == .other
      || tokens.isAny(
        next, ["en", "maar", "denk", "geloof", "ofzo", "of", "jaar", "want", "dus", "nu", "al"])
    // "is midden veertig", "mijn oom is begin vijftig": the part of a decade and a tens word.
    if i >= 2, tokens.isAny(i - 1, Self.decadeParts), tokens[i].kind == .word, let v = value, v % 10 == 0,
      (20...90).contains(v), tokens[i - 2].flags.contains(.beVerb) || tokens.isAny(i - 2, ["wordt", "word"])
    {
      return PIISpan(start: tokens[i - 1].start, end: span.end, label: .age)
    }
    // "is een jaar of 60": roughly, after a be-verb.
    if i >= 4, tokens.is(i - 1, "of"), tokens.is(i - 2, "jaar"), tokens.is(i - 3, "een"),
      tokens[i - 4].flags.contains(.beVerb) || tokens.isAny(i - 4, ["wordt", "word"])
    {
      return PIISpan(start: tokens[i - 3].start, end: span.end, label: .age)
    }
    // "ik word volgende maand 40", "ze wordt in mei 50": a time between becoming and the age.
    var k = i - 1
    var between = 0
    while k >= 0, between < 3, tokens.isAny(k, Self.soonWords) || tokens[k].flags.contains(.month) {
      k -= 1
      between += 1
    }
    if between > 0, k >= 1, tokens.isAny(k, ["word", "wordt"]), !tokens.isAny(k - 1, Self.notAPerson),
      !Self.measure(tokens, k - 1),
      !(next < tokens.count && tokens[next].flags.contains(.unit)), endsPhrase
    {
      return span
    }
    // "de kok is zevenenvijftig", "de buurman was 67 toen": a grown-up's age after "is", where
    // the phrase ends; not after "het", "dat" or a price.
    if i >= 2, let v = value, (13...110).contains(v), tokens.isAny(i - 1, ["is", "was", "wordt"]),
      tokens[i - 2].kind == .word, !tokens.isAny(i - 2, Self.notAPerson), !Self.measure(tokens, i - 2),
      endsPhrase,
      !(next < tokens.count && tokens[next].flags.contains(.unit))
    {
      return span
    }
    // "(6 en 8)": more ages in brackets after names.
    if i >= 2, tokens.is(i - 1, "("), tokens[i - 2].kind == .word, next + 2 < tokens.count,
      tokens.isAny(next, ["en", ","]), ageNumber(tokens, next + 1), tokens.is(next + 2, ")")
    {
      return span
    }
    return nil
  }

  /// Whether a word names a measure ("kledingmaat", "huisnummer", "eindcijfer"): a number after it
  /// is that measure, not an age.
  static func measure(_ tokens: Tokens, _ i: Int) -> Bool {
    let key = String(decoding: tokens.key(i), as: UTF8.self)
    return [
      "maat", "nummer", "cijfer", "score", "prijs", "bedrag", "stand", "gewicht", "lengte", "temperatuur",
    ]
    .contains { key.hasSuffix($0) }
  }
}
