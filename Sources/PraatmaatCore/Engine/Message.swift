/// Something the conversation shows the participant.
public enum Message: Sendable, Equatable {
  /// A line from the script or from the engine.
  case say(String)
  /// A question with its numbered options and a hint how to answer.
  case ask(Prompt)
  /// The echo of an understood answer ("Je koos: 🏠 Bij mijn ouders").
  case echo(String)
  /// Help, or why an answer was not understood.
  case hint(String)

  /// The message with `old` replaced by `new` in what the script says and asks.
  func replacing(_ old: String, with new: String) -> Message {
    switch self {
    case .say(let line): return .say(line.replacingOccurrences(of: old, with: new))
    case .ask(var prompt):
      prompt.lines = prompt.lines.map { $0.replacingOccurrences(of: old, with: new) }
      return .ask(prompt)
    case .echo, .hint: return self
    }
  }
}

/// A question as shown: its text lines, numbered options and a hint.
public struct Prompt: Sendable, Equatable {
  public var questionID: String
  public var kind: QuestionKind
  public var lines: [String]
  public var options: [Option]
  public var hint: String?
  /// For the supporter only (`begeleider:`): shown marked, never read aloud.
  public var supporter: String?

  public init(
    questionID: String, kind: QuestionKind, lines: [String], options: [Option], hint: String?,
    supporter: String? = nil
  ) {
    self.supporter = supporter
    self.questionID = questionID
    self.kind = kind
    self.lines = lines
    self.options = options
    self.hint = hint
  }
}

/// What the conversation says after a step, and what happens next.
public struct Turn: Sendable, Equatable {
  public enum Next: Sendable, Equatable {
    /// Waiting for an answer to this question.
    case answer(String)
    case paused
    case finished
  }

  public var messages: [Message] = []
  /// The answers accepted in this step, to be stored before anything else is shown.
  public var answers: [AnswerEvent] = []
  /// Questions whose earlier answers no longer count: after `terug`, a new answer left the
  /// path they were on. The host removes them together with keeping `answers`.
  public var dropped: [String] = []
  public var next: Next
  /// Someone joined the table and was promised the table's code: a host that keeps codes
  /// shows it before the message at this index (after the welcome and who is at the table).
  public var codeBefore: Int?

  /// The first answer accepted in this step, if any.
  public var accepted: AnswerEvent? { answers.first }

  public init(messages: [Message] = [], accepted: AnswerEvent? = nil, next: Next) {
    self.messages = messages
    self.answers = accepted.map { [$0] } ?? []
    self.next = next
  }
}
