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
  private static let shared: Set<String> = [
    "participants", "settingUp", "current", "queue", "later", "answers", "joining", "variables",
    "roundQuestion",
  ]

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: NamedKey.self)
    participants = try c.decodeIfPresent([Participant].self, forKey: NamedKey("participants")) ?? []
    settingUp = try c.decodeIfPresent(Bool.self, forKey: NamedKey("settingUp")) ?? true
    current = try c.decodeIfPresent(String.self, forKey: NamedKey("current"))
    queue = try c.decodeIfPresent([String].self, forKey: NamedKey("queue")) ?? []
    later = try c.decodeIfPresent([String].self, forKey: NamedKey("later")) ?? []
    answers = try c.decodeIfPresent([String: [String: AnswerValue]].self, forKey: NamedKey("answers")) ?? [:]
    joining = try c.decodeIfPresent(String.self, forKey: NamedKey("joining"))
    variables = try c.decodeIfPresent([String: [String: Value]].self, forKey: NamedKey("variables"))
    roundQuestion = try c.decodeIfPresent(String.self, forKey: NamedKey("roundQuestion"))
    for key in c.allKeys where !Self.shared.contains(key.stringValue) {
      methodFields[key.stringValue] = try c.decode(JSONValue.self, forKey: key)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: NamedKey.self)
    try c.encode(participants, forKey: NamedKey("participants"))
    try c.encode(settingUp, forKey: NamedKey("settingUp"))
    try c.encodeIfPresent(current, forKey: NamedKey("current"))
    try c.encode(queue, forKey: NamedKey("queue"))
    try c.encode(later, forKey: NamedKey("later"))
    try c.encode(answers, forKey: NamedKey("answers"))
    try c.encodeIfPresent(joining, forKey: NamedKey("joining"))
    try c.encodeIfPresent(variables, forKey: NamedKey("variables"))
    try c.encodeIfPresent(roundQuestion, forKey: NamedKey("roundQuestion"))
    for (key, value) in methodFields where !Self.shared.contains(key) {
      try c.encode(value, forKey: NamedKey(key))
    }
  }
}
