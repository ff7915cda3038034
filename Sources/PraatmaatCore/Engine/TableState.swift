/// Someone at the table, known only by a nickname or number chosen on the spot.
public struct Participant: Sendable, Equatable, Codable {
  /// "1" … "8": what is stored with their answers.
  public var id: String
  /// Checked by the anonymiser before it is taken; shown on screen only.
  public var nickname: String
}

/// The state of a group session: who is at the table and whose turn it is, plus the state
/// the table's method keeps for itself (`MethodState`: a Kwartetspel deck, a Persona card).
/// Part of `ConversationState`, so pause/resume restores the table.
public struct TableState: Sendable, Equatable {
  public static let maximumParticipants = 8

  public var participants: [Participant] = []
  /// Still asking nicknames.
  public var settingUp = true
  /// Who answers the current question now.
  public var current: String?
  /// Who still has a turn on the current question, in order.
  public var queue: [String] = []
  /// Who asked to come back later this round (`/later`).
  public var later: [String] = []
  /// Answers per participant id, per question id (no raw text).
  public var answers: [String: [String: AnswerValue]] = [:]
  /// A latecomer (`/erbij`) who is asked for consent before taking a seat; nothing is kept
  /// of them until they say yes.
  public var joining: String?
  /// Variables set per person at the table (`zet:` with a condition on their own answers),
  /// by participant id. They go before the table's own variables.
  public var variables: [String: [String: Value]]?
  /// The question whose round is going on, while someone answers a follow-up (`vervolg: ja`).
  public var roundQuestion: String?
  /// The method's own state, as saved: its fields sit beside the ones above.
  var methodFields: [String: JSONValue] = [:]

  public init() {}

  /// The method's own state; a new one when nothing is kept yet.
  public func methodState<S: MethodState>(_ type: S.Type = S.self) -> S {
    JSONValue.value(S.self, from: methodFields) ?? S()
  }

  /// Keeps the method's own state (a table has one method, so this replaces what was kept).
  public mutating func setMethodState<S: MethodState>(_ value: S) {
    methodFields = JSONValue.members(of: value)
  }

  /// Changes the method's own state in place.
  public mutating func updateMethodState<S: MethodState>(_ type: S.Type, _ change: (inout S) -> Void) {
    var value = methodState(type)
    change(&value)
    setMethodState(value)
  }

  public func nickname(_ id: String?) -> String {
    participants.first { $0.id == id }?.nickname ?? (id ?? "")
  }
}

/// What a method keeps for itself at a table, saved and resumed with it. Its field names
/// share the table's namespace (`participants`, `current`, … are taken).
public protocol MethodState: Codable, Sendable {
  init()
}

extension TableState: Codable {
  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { nil }
  }

  private static let shared: Set<String> = [
    "participants", "settingUp", "current", "queue", "later", "answers", "joining", "variables",
    "roundQuestion",
  ]

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    participants = try c.decodeIfPresent([Participant].self, forKey: Key("participants")) ?? []
    settingUp = try c.decodeIfPresent(Bool.self, forKey: Key("settingUp")) ?? true
    current = try c.decodeIfPresent(String.self, forKey: Key("current"))
    queue = try c.decodeIfPresent([String].self, forKey: Key("queue")) ?? []
    later = try c.decodeIfPresent([String].self, forKey: Key("later")) ?? []
    answers = try c.decodeIfPresent([String: [String: AnswerValue]].self, forKey: Key("answers")) ?? [:]
    joining = try c.decodeIfPresent(String.self, forKey: Key("joining"))
    variables = try c.decodeIfPresent([String: [String: Value]].self, forKey: Key("variables"))
    roundQuestion = try c.decodeIfPresent(String.self, forKey: Key("roundQuestion"))
    for key in c.allKeys where !Self.shared.contains(key.stringValue) {
      methodFields[key.stringValue] = try c.decode(JSONValue.self, forKey: key)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    try c.encode(participants, forKey: Key("participants"))
    try c.encode(settingUp, forKey: Key("settingUp"))
    try c.encodeIfPresent(current, forKey: Key("current"))
    try c.encode(queue, forKey: Key("queue"))
    try c.encode(later, forKey: Key("later"))
    try c.encode(answers, forKey: Key("answers"))
    try c.encodeIfPresent(joining, forKey: Key("joining"))
    try c.encodeIfPresent(variables, forKey: Key("variables"))
    try c.encodeIfPresent(roundQuestion, forKey: Key("roundQuestion"))
    for (key, value) in methodFields where !Self.shared.contains(key) {
      try c.encode(value, forKey: Key(key))
    }
  }
}

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
  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { nil }
  }

  /// Saved as `{"<name>": {"about": …}}`. A step saved before methods had their own steps
  /// named what it was about `statement` or `question`; both still read.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
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
    var c = encoder.container(keyedBy: Key.self)
    switch self {
    case .nickname: try c.encode([String: String](), forKey: Key("nickname"))
    case .namely(let question): try c.encode(["question": question], forKey: Key("namely"))
    case .method(let step):
      try c.encode(step.about.map { ["about": $0] } ?? [:], forKey: Key(step.name))
    }
  }
}
