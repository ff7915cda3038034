/// Replaces spans with tags that keep the sentence readable: `[naam 1]`, `[straat 1]`,
/// `[telefoon]`, `[leeftijd 30-39]`.
///
/// Names, places and organisations are numbered within one answer, so the same person twice
/// is `[naam 1]` both times ("Jan" after "Jan de Vries" too) and a second person `[naam 2]`.
///
/// Tags already in the text stay as they are, and new ones are numbered after them: text
/// that was anonymised before (an imported bundle) comes out unchanged.
public struct ReplacementPolicy: Sendable {
  public init() {}

  public func apply(_ spans: [PIISpan], to text: String) -> String {
    let tags = Tags.find(in: text)
    let merged = Self.merged(tags.isEmpty ? spans : Tags.outside(tags, spans, in: text))
    guard !merged.isEmpty else { return text }
    // Work on UTF-8 bytes: find the byte offset of every span boundary in one pass.
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + merged.count * 8)
    var numbering = Numbering()
    for tag in tags { if let number = tag.number { numbering.reserve(tag.word, number) } }
    var scalar = 0
    var byte = 0
    var copied = 0
    for span in merged where span.start >= scalar && span.start < span.end {
      while scalar < span.start && byte < bytes.count {
        byte += 1
        while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
        scalar += 1
      }
      let startByte = byte
      while scalar < span.end && byte < bytes.count {
        byte += 1
        while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
        scalar += 1
      }
      guard startByte < bytes.count else { break }
      out.append(contentsOf: bytes[copied..<startByte])
      appendTag(span, original: bytes[startByte..<byte], numbering: &numbering, to: &out)
      copied = byte
    }
    out.append(contentsOf: bytes[copied...])
    return String(decoding: out, as: UTF8.self)
  }

  /// The numbers given so far, per kind of tag, by the folded words of the original. An
  /// answer has few of them: a list searched in order beats a dictionary built per answer.
  struct Numbering {
    var given: [(word: String, words: [[UInt8]], number: Int)] = []

    /// A number taken by a tag already in the text: a new name gets the next one.
    mutating func reserve(_ word: String, _ number: Int) {
      // No word of a text folds to a NUL byte, so a reserved number never matches a name.
      given.append((word, [[0]], number))
    }

    mutating func number(_ word: String, _ original: ArraySlice<UInt8>) -> Int {
      // Most names are plain ASCII: folded byte by byte, without decoding them.
      let folded =
        original.allSatisfy { $0 < 0x80 }
        ? original.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        : TextFold.key(String(decoding: original, as: UTF8.self))
      let words = Self.words(folded)
      var highest = 0
      var sameName: Int?
      for entry in given where entry.word == word {
        if entry.words == words { return entry.number }
        highest = max(highest, entry.number)
        // "Jan" after "Jan de Vries", "de Vries" after "Jan de Vries": the same person.
        if sameName == nil, word == "naam", let last = words.last,
          (entry.words.first == words.first && words.count == 1) || entry.words.last == last
        {
          sameName = entry.number
        }
      }
      if let sameName { return sameName }
      given.append((word, words, highest + 1))
      return highest + 1
    }

    /// The runs of word bytes in a folded key.
    static func words(_ key: [UInt8]) -> [[UInt8]] {
      var words: [[UInt8]] = []
      var start = -1
      for (k, b) in key.enumerated() {
        if isWordByte(b) {
          if start < 0 { start = k }
        } else if start >= 0 {
          words.append(Array(key[start..<k]))
          start = -1
        }
      }
      if start >= 0 { words.append(Array(key[start...])) }
      return words
    }

    static func isWordByte(_ b: UInt8) -> Bool {
      (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }
  }

  /// Appends the tag for one span; `original` is the UTF-8 of what it replaces, read only for
  /// names (their number) and ages (their band).
  private func appendTag(
    _ span: PIISpan, original: ArraySlice<UInt8>, numbering: inout Numbering, to out: inout [UInt8]
  ) {
    let word = Self.word(span.label, span.detail)
    out.append(0x5B)
    out.append(contentsOf: word.utf8)
    switch span.label {
    case .person, .location, .institution:
      if span.detail != .postcode && span.detail != .removed {
        out.append(0x20)
        out.append(contentsOf: String(numbering.number(word, original)).utf8)
      }
    case .age:
      if let age = DutchNumbers.age(in: String(decoding: original, as: UTF8.self)), age < 130 {
        out.append(0x20)
        out.append(contentsOf: AgeBand.of(age).utf8)
      }
    default:
      break
    }
    out.append(0x5D)
  }

  /// The Dutch word in the tag.
  public static func word(_ label: PIISpan.Label, _ detail: PIISpan.Detail? = nil) -> String {
    switch (label, detail) {
    case (_, .removed): "weggehaald"
    case (.location, .street): "straat"
    case (.location, .address): "adres"
    case (.location, .postcode): "postcode"
    case (.location, .neighbourhood): "wijk"
    case (.location, .country): "land"
    case (.id, .licencePlate): "kenteken"
    case (.person, _): "naam"
    case (.location, _): "plaats"
    case (.institution, _): "organisatie"
    case (.date, _): "datum"
    case (.age, _): "leeftijd"
    case (.phone, _): "telefoon"
    case (.email, _): "e-mail"
    case (.url, _): "website"
    case (.id, _): "nummer"
    case (.iban, _): "rekeningnummer"
    }
  }

  /// Sorted, with overlapping spans joined (the first, longest span's label wins).
  public static func merged(_ spans: [PIISpan]) -> [PIISpan] {
    // Most lists are already sorted, apart and not empty: then they are their own result.
    if spans.indices.allSatisfy({ k in
      spans[k].end > spans[k].start && (k == 0 || spans[k - 1].end <= spans[k].start)
    }) {
      return spans
    }
    var result: [PIISpan] = []
    result.reserveCapacity(spans.count)
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
