/// The kind of organisation that leads its name ("zorgboerderij [organisatie]", "judoclub
/// [organisatie]", "stichting [organisatie]") is part of that name: with the kind, a name that
/// is made of ordinary words can be found again ("the care farm in that village"), so the whole
/// name goes. A kind word on its own ("ik werk bij een bakkerij") or before no name stays.
extension DutchAnonymiser {
  func withKind(_ tokens: Tokens, _ spans: [PIISpan]) -> [PIISpan] {
    guard spans.contains(where: { $0.label == .institution }) else { return spans }
    return spans.map { span in
      guard span.label == .institution else { return span }
      let first = tokens.index(atOrAfter: span.start)
      guard first > 0, first < tokens.count, tokens[first].start == span.start, tokens[first].joined,
        isKind(tokens, first - 1)
      else { return span }
      var result = span
      result.start = tokens[first - 1].start
      return result
    }
  }

  /// Whether the word at `i` names a kind of place or organisation: listed as one, or made on
  /// one ("dansschool", "hoveniersbedrijf"). Grammar words and titles never are; words of the
  /// social domain that name no kind ("begeleiding") stay.
  func isKind(_ tokens: Tokens, _ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.flags.intersection([.function, .determiner, .title]).isEmpty else {
      return false
    }
    return lexicon.namesAKind(t.flags, tokens.key(i))
  }
}
