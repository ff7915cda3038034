/// Finds personal data in free text and decides what replaces it.
///
/// Recognisers find labelled spans; the policy turns them into readable Dutch tags.
/// Raw text only ever passes through here in memory.
public protocol Anonymiser: Sendable {
  func spans(in text: String) -> [PIISpan]
}

extension Anonymiser {
  /// The text with every span replaced by its tag.
  public func anonymise(_ text: String) -> String {
    ReplacementPolicy().apply(spans(in: text), to: text)
  }
}

/// A piece of personal data: where it is (Unicode scalar offsets, end exclusive) and what.
public struct PIISpan: Sendable, Equatable, Codable {
  public enum Label: String, Sendable, Codable, CaseIterable {
    case person = "PERSON"
    case location = "LOCATION"
    case institution = "INSTITUTION"
    case date = "DATE"
    case age = "AGE"
    case phone = "PHONE"
    case email = "EMAIL"
    case url = "URL"
    case id = "ID"
    case iban = "IBAN"
  }

  public var start: Int
  public var end: Int
  public var label: Label

  public init(start: Int, end: Int, label: Label) {
    self.start = start
    self.end = end
    self.label = label
  }
}

/// Replaces spans with tags that keep the sentence readable: `[naam 1]`, `[telefoon]`.
/// The same name twice in one answer gets the same number.
public struct ReplacementPolicy: Sendable {
  public init() {}

  public func apply(_ spans: [PIISpan], to text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var cursor = 0
    var numbers: [PIISpan.Label: [String: Int]] = [:]
    for span in Self.merged(spans) where span.start >= cursor && span.end <= scalars.count {
      out.append(contentsOf: scalars[cursor..<span.start])
      let original = String(String.UnicodeScalarView(scalars[span.start..<span.end])).lowercased()
      out.append(contentsOf: tag(span.label, original: original, numbers: &numbers).unicodeScalars)
      cursor = span.end
    }
    out.append(contentsOf: scalars[min(cursor, scalars.count)...])
    return String(out)
  }

  private func tag(_ label: PIISpan.Label, original: String, numbers: inout [PIISpan.Label: [String: Int]])
    -> String
  {
    switch label {
    case .person, .location, .institution:
      var known = numbers[label, default: [:]]
      let n = known[original] ?? known.count + 1
      known[original] = n
      numbers[label] = known
      return "[\(Self.word(label)) \(n)]"
    case .age:
      let digits = original.filter(\.isNumber)
      if let age = Int(digits), age < 130 { return "[leeftijd \(AgeBand.of(age))]" }
      return "[leeftijd]"
    default:
      return "[\(Self.word(label))]"
    }
  }

  static func word(_ label: PIISpan.Label) -> String {
    switch label {
    case .person: "naam"
    case .location: "plaats"
    case .institution: "organisatie"
    case .date: "datum"
    case .age: "leeftijd"
    case .phone: "telefoon"
    case .email: "e-mail"
    case .url: "website"
    case .id: "nummer"
    case .iban: "rekeningnummer"
    }
  }

  /// Sorted, with overlapping spans joined (the first label wins).
  static func merged(_ spans: [PIISpan]) -> [PIISpan] {
    var result: [PIISpan] = []
    for span in spans.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
      if let last = result.last, span.start < last.end {
        result[result.count - 1].end = max(last.end, span.end)
      } else {
        result.append(span)
      }
    }
    return result
  }
}

/// Ten-year age bands, which policymakers need and which single nobody out.
public enum AgeBand {
  /// The lowest age in the band of `age`.
  public static func floor(of age: Int) -> Int {
    switch age {
    case ..<18: 0
    case 18..<30: 18
    case 90...: 90
    default: age / 10 * 10
    }
  }

  public static func of(_ age: Int) -> String {
    switch age {
    case ..<18: return "0-17"
    case 18..<30: return "18-29"
    case 90...: return "90+"
    default:
      let low = age / 10 * 10
      return "\(low)-\(low + 9)"
    }
  }
}
