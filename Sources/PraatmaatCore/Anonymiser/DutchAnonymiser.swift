/// The Dutch anonymiser for informal answers: pure Swift, no network, no model.
///
/// Recognisers find labelled spans (shapes such as phone numbers and IBANs first, then dates
/// and ages, then names, places and organisations from the lexicon and the words around
/// them); `ReplacementPolicy` decides what replaces them.
public struct DutchAnonymiser: Anonymiser {
  public let lexicon: AnonymiserLexicon

  public init(lexicon: AnonymiserLexicon) {
    self.lexicon = lexicon
  }

  /// Texts longer than this are read in pieces cut at a space, to keep memory small.
  static let pieceLength = 65_536

  public func spans(in text: String) -> [PIISpan] {
    let scalars = text.unicodeScalars
    guard scalars.count > Self.pieceLength * 2 else { return spans(inPiece: text) }
    var found: [PIISpan] = []
    var start = scalars.startIndex
    var offset = 0
    while start < scalars.endIndex {
      var end =
        scalars.index(start, offsetBy: Self.pieceLength, limitedBy: scalars.endIndex) ?? scalars.endIndex
      // Cut at a space (within a few thousand characters), so no word is split.
      var extra = 0
      while end < scalars.endIndex, scalars[end] != " ", scalars[end] != "\n", extra < 4096 {
        end = scalars.index(after: end)
        extra += 1
      }
      let piece = String(scalars[start..<end])
      found += spans(inPiece: piece).map {
        PIISpan(start: $0.start + offset, end: $0.end + offset, label: $0.label, detail: $0.detail)
      }
      offset += Self.pieceLength + extra
      start = end
    }
    return found
  }

  private func spans(inPiece text: String) -> [PIISpan] {
    let tokens = Tokens(text, lexicon: lexicon)
    var found = Self.resolved(PatternRecogniser().spans(tokens))
    // Dates and ages only where no shape was found (both lists are sorted).
    var k = 0
    var dated: [PIISpan] = []
    for span in Self.resolved(DateAgeRecogniser().spans(tokens)) {
      while k < found.count && found[k].end <= span.start { k += 1 }
      if k < found.count && found[k].start < span.end { continue }
      dated.append(span)
    }
    found = Self.resolved(found + dated)
    var taken = [Bool](repeating: false, count: tokens.count)
    var s = 0
    for i in 0..<tokens.count {
      let t = tokens[i]
      while s < found.count && found[s].end <= t.start { s += 1 }
      if s < found.count && found[s].start < t.end { taken[i] = true }
    }
    found += NameRecogniser(lexicon: lexicon).spans(tokens, taken: taken)
    return Self.resolved(found)
  }

  public func label(forMarked word: String) -> PIISpan.Label {
    let f = lexicon.flags(of: word)
    return NameRecogniser.label(f, cue: .none)
  }

  static func overlap(_ a: PIISpan, _ b: PIISpan) -> Bool { a.start < b.end && b.start < a.end }

  /// Sorted by position; where spans overlap, the first and longest keeps its label and detail.
  static func resolved(_ spans: [PIISpan]) -> [PIISpan] {
    var result: [PIISpan] = []
    for span in spans.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) where span.end > span.start {
      if let last = result.last, span.start < last.end {
        result[result.count - 1].end = max(last.end, span.end)
      } else {
        result.append(span)
      }
    }
    return result
  }
}
