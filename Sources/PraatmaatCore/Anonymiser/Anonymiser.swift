/// Finds personal data in free text and decides what replaces it.
///
/// Recognisers find labelled spans; the policy turns them into readable Dutch tags.
/// Raw text only ever passes through here in memory.
public protocol Anonymiser: Sendable {
  func spans(in text: String) -> [PIISpan]
  /// What a word that a supporter marks by hand is: a name, place or organisation when the
  /// anonymiser knows it as one, else just "taken out" (default).
  func markedKind(_ word: String) -> (label: PIISpan.Label, detail: PIISpan.Detail?)
  /// Makes sure the anonymiser can work (its word lists read); throws the reason it cannot.
  func prepare() throws
  /// Whether a nickname typed at the table looks like a real name (default: anything found).
  func looksLikeName(_ nickname: String) -> Bool
}

extension Anonymiser {
  public func markedKind(_ word: String) -> (label: PIISpan.Label, detail: PIISpan.Detail?) {
    (.person, .removed)
  }
  public func prepare() throws {}
  public func looksLikeName(_ nickname: String) -> Bool { !spans(in: nickname).isEmpty }

  /// The text with every span replaced by its tag.
  public func anonymise(_ text: String) -> String {
    ReplacementPolicy().apply(spans(in: text), to: text)
  }
}

/// A piece of personal data: where it is (Unicode scalar offsets, end exclusive) and what.
public struct PIISpan: Sendable, Equatable, Hashable, Codable {
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

  /// A finer kind within a label, for a more readable tag: a street is `[straat 1]`.
  public enum Detail: String, Sendable, Codable {
    case street, postcode, neighbourhood, country, licencePlate
    /// A street with its postcode or town: one address.
    case address
    /// A word the supporter took out by hand that is no known name: `[weggehaald]`.
    case removed
  }

  public var start: Int
  public var end: Int
  public var label: Label
  public var detail: Detail?

  public init(start: Int, end: Int, label: Label, detail: Detail? = nil) {
    self.start = start
    self.end = end
    self.label = label
    self.detail = detail
  }
}
