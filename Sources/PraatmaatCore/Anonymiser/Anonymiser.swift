/// Finds personal data in free text and decides what replaces it.
///
/// Recognisers find labelled spans; the policy turns them into readable Dutch tags.
/// Raw text only ever passes through here in memory.
public protocol Anonymiser: Sendable {
  func spans(in text: String) -> [PIISpan]
  /// What a word that a supporter marks by hand most likely is (default: a name).
  func label(forMarked word: String) -> PIISpan.Label
  /// Makes sure the anonymiser can work (its word lists read); throws the reason it cannot.
  func prepare() throws
}

extension Anonymiser {
  public func label(forMarked word: String) -> PIISpan.Label { .person }
  public func prepare() throws {}

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
