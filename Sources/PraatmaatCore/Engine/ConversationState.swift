/// The whole state of a conversation, keyed by question ids so a paused session
/// survives edits to the script. Holds no raw text: open answers are only marked answered.
public struct ConversationState: Sendable, Equatable, Codable {
  /// Bumped when the shape of this value changes.
  public static let currentFormat = 1

  public enum Status: String, Sendable, Codable {
    case running
    case paused
    case finished
  }

  public var format: Int = Self.currentFormat
  public var scriptID: String
  public var scriptVersion: Int
  public var seed: UInt64
  public var status: Status = .running
  /// The question waiting for an answer; nil before the start and after the end.
  public var currentQuestion: String?
  public var answers: [String: AnswerValue] = [:]
  public var variables: [String: Value] = [:]
  /// Question ids in the order they were answered, for `terug`.
  public var history: [String] = []
  /// Failed tries on the current question.
  public var failedTries: Int = 0
  /// A soft check is waiting for "Klopt dat?".
  public var pendingSoftAnswer: AnswerValue?
  /// A 5-step scale whose side was chosen (1 the lower, 5 the upper): its second screen.
  public var scaleSide: Int?
  /// An answer read on weak grounds, waiting for "Bedoel je: …?" (never free text).
  public var pendingGuess: AnswerValue?
  /// Who answers the next question (set by `/samen` or `/begeleider`).
  public var nextAnsweredBy: AnsweredBy = .participant
  /// Question order per random section, drawn once from the seed.
  public var randomOrders: [String: [String]] = [:]
  /// Group methods only: who is at the table and whose turn it is.
  public var table: TableState?
  /// A step outside the script's questions that waits for an answer.
  public var pending: PendingStep?
  /// Panel statements added on the spot, so a resumed panel asks them too.
  public var extraStatements: [String] = []
  /// Set by the host when it read the conversation aloud, so a resume reads aloud again.
  /// The engine itself does nothing with it.
  public var readAloud: Bool?
  /// The voice's speed in words per minute when it read aloud, so a resume reads at the
  /// same speed. Set by the host too.
  public var speakRate: Int?
  /// Set by the host when it showed the large layout (`--large`), so a resume does too.
  public var largeLayout: Bool?
  /// Questions answered after the one `terug` went back to. Their answers count until a new
  /// answer is given there; then they are dropped (the walk asks again what is still on
  /// the path).
  public var revisit: [String]?
  /// The variables as they were when each question was asked, so that `terug` also takes
  /// back what a `zet:` after it did.
  public var variablesAsked: [String: [String: Value]]?
  /// The pass through a repeated section (`herhaal-voor:`) going on now.
  public var repeatPass: RepeatPass?

  /// Which section is being repeated, for which options, and which one is asked now.
  public struct RepeatPass: Sendable, Equatable, Codable {
    public var section: String
    public var items: [String]
    public var index: Int

    public var item: String? { index < items.count ? items[index] : nil }
  }

  public init(scriptID: String, scriptVersion: Int, seed: UInt64) {
    self.scriptID = scriptID
    self.scriptVersion = scriptVersion
    self.seed = seed
  }
}
