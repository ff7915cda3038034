import Foundation

/// A value in a condition or a variable: a word (option id, ja, nee) or a whole number.
public enum Value: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
  case word(String)
  case number(Int)

  public init(parsing text: String) {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let n = Int(t) { self = .number(n) } else { self = .word(t.lowercased()) }
  }

  public var description: String {
    switch self {
    case .word(let w): w
    case .number(let n): String(n)
    }
  }
}
