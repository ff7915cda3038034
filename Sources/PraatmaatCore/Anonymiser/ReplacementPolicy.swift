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
      let original = String(decoding: bytes[startByte..<byte], as: UTF8.self)
      out.append(contentsOf: tag(span, original: original, numbering: &numbering).utf8)
      copied = byte
    }
    out.append(contentsOf: bytes[copied...])
    return String(decoding: out, as: UTF8.self)
  }

  /// The numbers given so far, per kind of tag, by the folded words of the original.
  struct Numbering {
    var seen: [String: [(words: [[UInt8]], number: Int)]] = [:]

    /// A number taken by a tag already in the text: a new name gets the next one.
    mutating func reserve(_ word: String, _ number: Int) {
      // No word of a text folds to a NUL byte, so a reserved number never matches a name.
      seen[word, default: []].append(([[0]], number))
    }

    mutating func number(_ word: String, _ original: String) -> Int {
      let words = TextFold.key(original).split(whereSeparator: { !Self.isWordByte($0) }).map(Array.init)
      var known = seen[word, default: []]
      if let hit = known.first(where: { $0.words == words }) { return hit.number }
      // "Jan" after "Jan de Vries", "de Vries" after "Jan de Vries": the same person.
      if word == "naam", let last = words.last,
        let hit = known.first(where: {
          ($0.words.first == words.first && words.count == 1) || $0.words.last == last
        })
      {
        return hit.number
      }
      let number = (known.map(\.number).max() ?? 0) + 1
      known.append((words, number))
      seen[word] = known
      return number
    }

    static func isWordByte(_ b: UInt8) -> Bool {
      (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }
  }

  private func tag(_ span: PIISpan, original: String, numbering: inout Numbering) -> String {
    let word = Self.word(span.label, span.detail)
    switch span.label {
    case .person, .location, .institution:
      if span.detail == .postcode || span.detail == .removed { return "[\(word)]" }
      return "[\(word) \(numbering.number(word, original))]"
    case .age:
      if let age = DutchNumbers.age(in: original), age < 130 { return "[leeftijd \(AgeBand.of(age))]" }
      return "[leeftijd]"
    default:
      return "[\(word)]"
    }
  }

  /// The Dutch word in the tag.
  public static func word(_ label: PIISpan.Label, _ detail: PIISpan.Detail? = nil) -> String {
    switch (label, detail) {
    case (_, .removed): "weggehaald"
    case (.location, .street): "straat"
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
