/// A short random code for a session that a supporter can read aloud and write down:
/// six characters in two groups, no look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
public struct SessionCode: Sendable, Hashable, Codable, CustomStringConvertible {
  static let alphabet = Array("ACDEFGHJKMNPQRTUVWXY34679")
  public let value: String

  /// A new random code (25^6, about 244 million possibilities).
  public static func random() -> SessionCode {
    var generator = SystemRandomNumberGenerator()
    let chars = (0..<6).map { _ in alphabet.randomElement(using: &generator)! }
    return SessionCode(checked: String(chars))
  }

  private init(checked: String) { value = checked }

  /// Reads a code as typed: any case, with or without a dash or spaces.
  public init?(_ typed: String) {
    let cleaned = typed.uppercased().filter { $0 != "-" && $0 != " " }
    guard cleaned.count == 6, cleaned.allSatisfy(Self.alphabet.contains) else { return nil }
    value = cleaned
  }

  /// `KMT-4HX`
  public var description: String { "\(value.prefix(3))-\(value.suffix(3))" }

  /// A number that is this code's alone (0 to 25^6 - 1): where its lock lives in a lock file.
  public var number: Int {
    value.reduce(0) { $0 * Self.alphabet.count + (Self.alphabet.firstIndex(of: $1) ?? 0) }
  }
}
