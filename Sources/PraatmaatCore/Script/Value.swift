import Foundation

/// A value in a condition or a variable: a word (option id, ja, nee) or a whole number.
public enum Value: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
  case word(String)
  case number(Int)

  public init(parsing text: String) {
    let t = text.trimmingWhitespace()
    if let n = Int(t) { self = .number(n) } else { self = .word(t.lowercased()) }
  }

  /// The whole number, for a number value.
  public var number: Int? {
    if case .number(let n) = self { return n }
    return nil
  }

  public var description: String {
    switch self {
    case .word(let w): w
    case .number(let n): String(n)
    }
  }
}

/// `teller + 1`, `punten - straf`: whole numbers and names added up, for `zet:`.
public struct Sum: Sendable, Equatable {
  public struct Addend: Sendable, Equatable {
    public var negative: Bool
    /// A variable or question; nil for a number.
    public var name: String?
    public var number: Int
  }

  public var addends: [Addend]

  /// Reads `a + 1 - b`: names and numbers with a space-separated + or - between them; nil
  /// when the text is not a sum (a plain value such as `ja` or `weet-ik-niet`).
  public init?(parsing text: String) {
    let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
    guard parts.count >= 3, parts.count % 2 == 1 else { return nil }
    var addends: [Addend] = []
    for (i, part) in parts.enumerated() {
      if i % 2 == 1 {
        guard part == "+" || part == "-" else { return nil }
        continue
      }
      let negative = i > 0 && parts[i - 1] == "-"
      if let n = Int(part) {
        addends.append(Addend(negative: negative, name: nil, number: n))
      } else {
        guard Identifier.isValid(part) else { return nil }
        addends.append(Addend(negative: negative, name: part, number: 0))
      }
    }
    self.addends = addends
  }

  /// The names the sum reads.
  public var names: [String] { addends.compactMap(\.name) }
}
