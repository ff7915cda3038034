/// Where the name of a place or an organisation starts and ends: its article or short title
/// before it ("de [wijk]", "op [straat]", "st. [ziekenhuis]"), the capitalised words of an
/// organisation before a part of town ("Wijkcentrum Oost"), and after it a house number, a part
/// of town, a family firm's ending ("en zonen") or the word that ends an organisation's name.
/// Used by `whole`.
extension DutchAnonymiser {
  static func placeStart(_ tokens: Tokens, _ name: Int, institution: Bool) -> Int {
    var first = name
    // "st. annadal", "dr. jacobslaan", "burg. de bruinstraat": a saint's, doctor's, mayor's or
    // prince's short title starts the name of a street, hospital or school.
    let dot = first >= 2 && tokens.is(first - 1, ".") && tokens[first - 1].start == tokens[first - 2].end
    let short = dot ? first - 2 : first - 1
    if short >= 0, dot || tokens[first].joined,
      tokens.isAny(short, ["st", "sint", "dr", "pr", "mr", "prof", "burg"])
    {
      return short
    }
    // "stichting [organisatie]", "huize [organisatie]": a word that only ever starts the name
    // of an organisation is part of it (a kind of place before a name stays outside:
    // "woongroep [organisatie]").
    if institution, first > 0, tokens[first].joined,
      tokens.isAny(first - 1, ["stichting", "huize", "vv", "sv", "fc", "rkvv", "svv", "hsv"])
    {
      return withArticle(tokens, first - 1)
    }
    // "Bartels [organisatie]", "de <onbekend woord> [organisatie]": a word before an
    // organisation that is capitalised in running text, or that is no Dutch word, is part of
    // its name.
    if institution, first > 0, tokens[first].joined, tokens[first - 1].isWord {
      let before = tokens[first - 1]
      let ordinary = !before.flags.intersection([.word, .function, .verb, .domain, .compound, .determiner])
        .isEmpty
      let capitalised = before.capital && !before.sentenceStart && !tokens.shouting
      if capitalised && before.flags.intersection([.function, .determiner, .title]).isEmpty || !ordinary {
        first -= 1
      }
    }
    // "bakkerij van [organisatie]": a particle between a kind of business and the name
    // belongs to the name (a family name made a business).
    if institution, first >= 2, tokens[first].joined, tokens[first - 1].joined,
      tokens.isAny(first - 1, ["van", "ten", "ter"]), tokens[first - 2].isWord,
      !tokens[first - 2].flags.intersection([.organisationHead, .placeHead]).isEmpty
    {
      return first - 1
    }
    // The article of the name goes with it: "[wijk]" of "de <wijk>", "[organisatie]" of "de
    // boog", "in [straat]" of "in het <park>": the article and a name made of ordinary words
    // together say which place it is ("op [straat]" reads as well as "op de [straat]").
    return withArticle(tokens, first)
  }

  /// The start of a name with the article right before it, if one: "de" of "de <wijk>".
  static func withArticle(_ tokens: Tokens, _ first: Int) -> Int {
    first > 0 && tokens[first].joined && tokens.isAny(first - 1, articles) ? first - 1 : first
  }

  /// Where an organisation named by capitalised words and a part of town ("Wijkcentrum Oost")
  /// starts, when `first…last` is that part of town alone; nil otherwise ("Amsterdam Noord"
  /// stays a place).
  static func organisationBeforeTownPart(_ tokens: Tokens, _ first: Int, _ last: Int, _ span: PIISpan) -> Int?
  {
    guard span.label == .location || span.label == .person, first == last, first > 0, tokens[first].joined,
      tokens[first].capital, !tokens.shouting, tokens.isAny(first, Self.townParts)
    else { return nil }
    // Back over the capitalised words of the name, to the start of the sentence at most.
    var start = first
    while start > 0, tokens[start].joined, !tokens[start].sentenceStart, tokens[start - 1].isWord,
      tokens[start - 1].capital,
      tokens[start - 1].flags.intersection(
        LexiconFlags.entity.union([.function, .determiner, .title, .verb])
      )
      .isEmpty
    {
      start -= 1
    }
    return start < first ? start : nil
  }

  /// The articles that can start the name of a place or an organisation ("t" as typed for "'t").
  static let articles: [StaticString] = ["de", "het", "den", "'t", "t"]

  static let townParts: [StaticString] = [
    "centraal", "centrum", "noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost", "zuidwest",
  ]

  /// "[naam] en zonen", "[organisatie] & co": a family firm's ending after the name at `last`.
  static func firmEnding(_ tokens: Tokens, after last: Int) -> Bool {
    last + 2 < tokens.count && tokens.isAny(last + 1, ["en", "&"]) && tokens[last + 1].joined
      && tokens[last + 2].joined
      && tokens.isAny(last + 2, ["zonen", "zoon", "zn", "co", "dochters", "partners"])
  }

  static func placeEnd(_ tokens: Tokens, _ name: Int, institution: Bool) -> Int {
    var last = name
    let limit = min(tokens.count - 1, name + 3)
    while last < limit {
      let next = tokens[last + 1]
      // "[straat] 12b": a house number, unless a unit says it is an amount ("in utrecht 3 jaar").
      if !institution, next.joined, next.kind == .number || next.kind == .mixed, next.end - next.start <= 5,
        last + 2 >= tokens.count
          || tokens[last + 2].flags.intersection([.unit, .years, .month, .calendar]).isEmpty
      {
        return last + 1
      }
      // "[plaats] centraal", "[plaats] noord": a station or a part of the town goes with its name.
      if !institution, next.joined, tokens.isAny(last + 1, Self.townParts) { return last + 1 }
      guard institution else { return last }
      if firmEnding(tokens, after: last) { return last + 2 }
      // "[organisatie] & zn", "[organisatie].college".
      if last + 2 <= limit, tokens[last + 2].isWord,
        tokens.is(last + 1, "&") && next.joined && tokens[last + 2].joined
          || tokens.is(last + 1, ".") && next.start == tokens[last].end && tokens[last + 2].start == next.end
            && tokens[last + 2].flags.contains(.organisationTail)
      {
        last += 2
        continue
      }
      guard next.joined, next.isWord else { return last }
      // "[organisatie] zorg", "[organisatie] Utrecht", "[organisatie] ziekenhuis": a word that
      // ends an organisation's name, a town, a kind of place or organisation right after its
      // name, or a capitalised word.
      let ends =
        !next.flags.intersection([.organisationTail, .town, .country, .placeHead, .organisationHead]).isEmpty
      let capitalised =
        next.capital && !tokens.shouting && next.flags.intersection([.function, .verb]).isEmpty
      guard ends || capitalised else { return last }
      last += 1
    }
    return last
  }
}
