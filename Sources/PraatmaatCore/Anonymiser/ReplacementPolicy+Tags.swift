extension ReplacementPolicy {
  /// The tags this policy writes, found again in a text: `[naam 2]`, `[telefoon]`,
  /// `[leeftijd 30-39]`. Only exact tags count, so a tag word with a phone number in it, or a
  /// name in brackets (`[Jan]`), is no tag
  /// and is anonymised like any other text.
  enum Tags {
    /// A tag in a text, in Unicode scalar offsets (end exclusive).
    struct Found: Equatable {
      var start: Int
      var end: Int
      var word: String
      var number: Int?
    }

    /// Words that carry a number in their tag.
    static let numbered: Set<String> = Set(
      [PIISpan.Label.person, .location, .institution].flatMap { label in
        [nil, .street, .neighbourhood, .country].map { ReplacementPolicy.word(label, $0) }
      })

    /// Words whose tag stands alone.
    static let plain: Set<String> = Set(
      PIISpan.Label.allCases.flatMap { label in
        ([nil] + [PIISpan.Detail.postcode, .licencePlate, .removed]).map { ReplacementPolicy.word(label, $0) }
      }
    ).subtracting(numbered)

    /// Every tag in `text`, in order.
    static func find(in text: String) -> [Found] {
      // Nearly every answer has no bracket at all: a byte scan settles it.
      guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(0x5B) }) ?? text.utf8.contains(0x5B)
      else {
        return []
      }
      let scalars = Array(text.unicodeScalars)
      var found: [Found] = []
      var i = 0
      while i < scalars.count {
        guard scalars[i] == "[",
          let close = scalars[(i + 1)..<min(scalars.count, i + 24)].firstIndex(of: "]")
        else {
          i += 1
          continue
        }
        var inner = String.UnicodeScalarView()
        inner.append(contentsOf: scalars[(i + 1)..<close])
        if let (word, number) = parse(String(inner)) {
          found.append(Found(start: i, end: close + 1, word: word, number: number))
          i = close + 1
        } else {
          i += 1
        }
      }
      return found
    }

    /// The word and number of a tag's inside, or nil when it is no tag.
    static func parse(_ inner: String) -> (String, Int?)? {
      if plain.contains(inner) { return (inner, nil) }
      let parts = inner.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 2 else { return nil }
      if parts[0] == "leeftijd", AgeBand.all.contains(parts[1]) { return (parts[0], nil) }
      guard numbered.contains(parts[0]), let number = Int(parts[1]), (1...99).contains(number),
        String(number) == parts[1]
      else { return nil }
      return (parts[0], number)
    }

    /// The spans with every tag cut out of them: a tag stays, what a recogniser found beside
    /// it ("[naam 1] de Vries") is still replaced. Pieces without a letter or digit go.
    static func outside(_ tags: [Found], _ spans: [PIISpan], in text: String) -> [PIISpan] {
      let scalars = Array(text.unicodeScalars)
      var result: [PIISpan] = []
      for span in spans {
        var pieces = [(span.start, span.end)]
        for tag in tags {
          pieces = pieces.flatMap { piece -> [(Int, Int)] in
            guard tag.start < piece.1, piece.0 < tag.end else { return [piece] }
            return [(piece.0, tag.start), (tag.end, piece.1)].filter { $0.0 < $0.1 }
          }
        }
        for (start, end) in pieces {
          var from = max(0, start)
          var to = min(scalars.count, end)
          while from < to, scalars[from].properties.isWhitespace { from += 1 }
          while to > from, scalars[to - 1].properties.isWhitespace { to -= 1 }
          guard scalars[from..<to].contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
          else { continue }
          result.append(PIISpan(start: from, end: to, label: span.label, detail: span.detail))
        }
      }
      return result
    }
  }
}
