import Foundation

/// Any JSON value. A method's own table state is kept in this shape inside `TableState`, so
/// the table can be saved and resumed without knowing which method it belongs to.
public enum JSONValue: Sendable, Equatable, Codable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .null: try c.encodeNil()
    case .bool(let b): try c.encode(b)
    case .number(let n):
      // Whole numbers stay whole, so a saved count reads back as an Int.
      if n == n.rounded(), abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
    case .string(let s): try c.encode(s)
    case .array(let a): try c.encode(a)
    case .object(let o): try c.encode(o)
    }
  }

  /// The fields of a `Codable` value, as an object's members.
  static func members<T: Encodable>(of value: T) -> [String: JSONValue] {
    guard let data = try? JSONEncoder().encode(value),
      case .object(let members)? = try? JSONDecoder().decode(JSONValue.self, from: data)
    else { return [:] }
    return members
  }

  /// A `Codable` value read from an object's members; nil when they do not fit it.
  static func value<T: Decodable>(_ type: T.Type, from members: [String: JSONValue]) -> T? {
    guard let data = try? JSONEncoder().encode(JSONValue.object(members)) else { return nil }
    return try? JSONDecoder().decode(type, from: data)
  }
}
