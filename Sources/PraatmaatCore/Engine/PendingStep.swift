/// A step the engine asks itself, outside the script's questions.
public enum PendingStep: Sendable, Equatable {
  /// Asking the nickname of the next participant.
  case nickname
  /// `anders-namelijk:`: what "Iets anders" is, right after it was chosen.
  case namely(question: String)
  /// A step the table's method asks itself (Persona's "Klopt de kaart?", the panel's
  /// "Waarom vind je dat?"): its rules ask it and take the answer.
  case method(MethodStep)
}

/// One of a method's own steps, as saved: its name, and the script question it is about.
public struct MethodStep: Sendable, Equatable {
  public var name: String
  public var about: String?

  public init(_ name: String, about: String? = nil) { (self.name, self.about) = (name, about) }
}

extension PendingStep: Codable {
  /// Saved as `{"<name>": {"about": …}}`. A step saved before methods had their own steps
  /// named what it was about `statement` or `question`; both still read.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: NamedKey.self)
    guard let key = c.allKeys.first else {
      throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: "no step"))
    }
    let fields = try c.decode([String: String].self, forKey: key)
    let about = fields["about"] ?? fields["question"] ?? fields["statement"]
    switch key.stringValue {
    case "nickname": self = .nickname
    case "namely": self = .namely(question: about ?? "")
    default: self = .method(MethodStep(key.stringValue, about: about))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: NamedKey.self)
    switch self {
    case .nickname: try c.encode([String: String](), forKey: NamedKey("nickname"))
    case .namely(let question): try c.encode(["question": question], forKey: NamedKey("namely"))
    case .method(let step):
      try c.encode(step.about.map { ["about": $0] } ?? [:], forKey: NamedKey(step.name))
    }
  }
}

/// A coding key made from any name: for values saved with keys that are data, not code.
public struct NamedKey: CodingKey {
  public var stringValue: String
  public var intValue: Int? { nil }
  public init(_ string: String) { stringValue = string }
  public init?(stringValue: String) { self.init(stringValue) }
  public init?(intValue: Int) { nil }
}
