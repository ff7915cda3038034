/// Names of several capitalised words of which the lists and rules found only one: "bij Rood
/// [naam]", "[organisatie] Bouwen". A word with a capital inside a sentence, right beside a
/// found name, is part of it, also a little word ("Voor [organisatie]"), in text whose writer
/// does not capitalise ordinary words. So is a club's year after it ("[organisatie] '58").
extension DutchAnonymiser {
  static func withCapitalNeighbours(_ tokens: Tokens, _ spans: [PIISpan]) -> [PIISpan] {
    guard !tokens.shouting, spans.contains(where: { [.person, .institution].contains($0.label) }) else {
      return spans
    }
    // Words that stand beside a name with a capital of their own: a title or form of address
    // ("Meneer [naam]"), a greeting, a day, a person ("Ik", "Mijn Zus"), a joining word.
    let never: LexiconFlags = [
      .subject, .calendar, .title, .address, .greeting, .personCue, .numberWord, .verb,
    ]
    func joins(_ k: Int) -> Bool {
      let t = tokens[k]
      return t.kind == .word && t.capital && !t.allCapitals && !t.sentenceStart
        && t.flags.isDisjoint(with: never)
        && !tokens.isAny(k, ["en", "maar", "of", "want", "dus", "toen", "als", "met", "de", "het", "een"])
    }
    return spans.map { span in
      guard [.person, .institution].contains(span.label), span.detail == nil,
        let first = tokenStarting(at: span.start, in: tokens)
      else { return span }
      var last = tokens.index(atOrAfter: span.end) - 1
      guard last >= first else { return span }
      // "Maatschappelijk Werk [plaats]", "Ambulant [organisatie]": up to three capitalised words
      // on each side; their own capitals do not count as a writer's habit of capitals.
      var start = first
      while start > 0, first - start < 3, tokens[start].joined, joins(start - 1) { start -= 1 }
      let spanLast = last
      while last + 1 < tokens.count, last - spanLast < 3, tokens[last + 1].joined, joins(last + 1) {
        last += 1
      }
      if start < first, capitalisesWords(tokens, at: start, besides: start...last) { start = first }
      if last > spanLast, capitalisesWords(tokens, at: last, besides: start...last) { last = spanLast }
      // "Kwiekers '58", "VVK'31": the year a club was founded goes with its name.
      var club = false
      if last + 2 < tokens.count, tokens.is(last + 1, "'"), tokens[last + 2].kind == .number,
        tokens[last + 2].end - tokens[last + 2].start == 2, tokens[last + 2].start == tokens[last + 1].end
      {
        last += 2
        club = true
      }
      guard start < first || last > tokens.index(atOrAfter: span.end) - 1 else { return span }
      var grown = span
      grown.start = tokens[start].start
      grown.end = max(span.end, tokens[last].end)
      if club { grown.label = .institution }
      return grown
    }
  }

  /// Whether the writer capitalises ordinary words near token `k`: two or more other Dutch
  /// words that no list has as a name, with a capital inside a sentence within fifteen tokens,
  /// outside the name being grown.
  static func capitalisesWords(_ tokens: Tokens, at k: Int, besides name: ClosedRange<Int>) -> Bool {
    let around = max(0, k - 15)..<min(tokens.count, k + 16)
    let common: LexiconFlags = [.word, .frequent, .function, .verb]
    return around.filter { i in
      !name.contains(i) && tokens[i].isWord && tokens[i].capital && !tokens[i].sentenceStart
        && !tokens[i].flags.isDisjoint(with: common)
        && tokens[i].flags.intersection(LexiconFlags.entity).isEmpty
    }.count >= 2
  }
}
