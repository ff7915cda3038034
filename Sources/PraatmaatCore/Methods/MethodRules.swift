/// What one "Praat met mij" method does its own way. The engine, the checker, the reports
/// and the hosts ask the method through this, instead of branching on which method it is.
///
/// Every member has a default: a new method states only what makes it different, in its own
/// file, and is registered with one line (`MethodCatalog`). The hooks return nil to let the
/// engine do what it does for a plain round at the table.
public protocol MethodRules: Sendable {
  /// The word in a script's header: `methode: stamtafel`.
  var id: String { get }
  /// Played at a table with a group of participants, each with a nickname.
  var isGroup: Bool { get }
  /// Shown before the script's name in the menu.
  var pictogram: String { get }
  /// Everyone answers the same question in turn (a round), so a tally (`toon: stemmen`) and
  /// a secret question make sense.
  var answersInRounds: Bool { get }
  /// The group answers every question together, once: one card of group answers
  /// (participant "groep") comes out of it, and no answer is anyone's own.
  var answersTogether: Bool { get }
  /// Players draw question cards instead of walking down the script (`na:` orders them).
  var drawsCards: Bool { get }
  /// Statements the table votes on (`vraag: … stelling`) belong to this method.
  var hasStatements: Bool { get }
  /// What the table hears when the facilitator stops (`/stop`).
  var stopText: PhraseKey { get }

  /// The table is set (nicknames done): the first turn. Nil walks the script from the top.
  func startTable(_ talk: inout Conversation, before: [Message]) -> Turn?
  /// Someone at the table answered a script question. Nil keeps it as their own and goes on
  /// with the round.
  func acceptAtTable(_ talk: inout Conversation, _ event: AnswerEvent, question: Question, echo: Message)
    -> Turn?
  /// Everyone had their turn on `question`. Nil goes on below it in the script.
  func roundFinished(_ talk: inout Conversation, question: Question, before: [Message]) -> Turn?
  /// The script's walk came to its end at a table. Nil ends the conversation.
  func tableFinished(_ talk: inout Conversation, before: [Message]) -> Turn?
  /// The facilitator skipped a turn or asked to come back later while `question` was on
  /// screen. Nil handles it in the round.
  func skipTurn(_ talk: inout Conversation, question: Question) -> Turn?
  /// The facilitator stopped the table (`before` says so). Nil ends the conversation.
  func stopped(_ talk: inout Conversation, before: [Message]) -> Turn?
  /// A paused table goes on with a script that may have changed: `known` are its question ids.
  func resumed(_ table: inout TableState, known: Set<String>)

  /// The question of one of the method's own steps (`PendingStep.method`).
  func question(for step: MethodStep, in talk: Conversation) -> Question?
  /// The answer to one of the method's own steps. Nil: not a step of this method.
  func accept(
    _ step: MethodStep, _ talk: inout Conversation, value: AnswerValue, question: Question, echo: Message
  )
    -> Turn?
  /// What stands above the step's question when it is shown again (`herhaal`, after a
  /// note) or on resume: a card, the statement a "why" is about.
  func context(of step: MethodStep, in talk: Conversation, resuming: Bool) -> [Message]
  /// The id a note at this step is kept under, and the script question it is about.
  func keptUnder(_ step: MethodStep, in talk: Conversation) -> (id: String, source: Question?)?
  /// A typed answer the matcher did not understand, read the method's own way (a theme chosen
  /// by its name). Nil: not understood.
  func read(_ input: String, at step: MethodStep, in talk: Conversation) -> AnswerValue?
  /// Whether the facilitator can give the turn on (`/later`, `/volgende`) during this step.
  func passesTurns(at step: MethodStep) -> Bool
}

extension MethodRules {
  public var isGroup: Bool { true }
  public var pictogram: String { "💬" }
  public var answersInRounds: Bool { isGroup && !answersTogether && !drawsCards }
  public var answersTogether: Bool { false }
  public var drawsCards: Bool { false }
  public var hasStatements: Bool { false }
  public var stopText: PhraseKey { .groupStops }

  public func startTable(_ talk: inout Conversation, before: [Message]) -> Turn? { nil }
  public func acceptAtTable(
    _ talk: inout Conversation, _ event: AnswerEvent, question: Question, echo: Message
  ) -> Turn? { nil }
  public func roundFinished(_ talk: inout Conversation, question: Question, before: [Message]) -> Turn? {
    nil
  }
  public func tableFinished(_ talk: inout Conversation, before: [Message]) -> Turn? { nil }
  public func skipTurn(_ talk: inout Conversation, question: Question) -> Turn? { nil }
  public func stopped(_ talk: inout Conversation, before: [Message]) -> Turn? { nil }
  public func resumed(_ table: inout TableState, known: Set<String>) {}

  public func question(for step: MethodStep, in talk: Conversation) -> Question? { nil }
  public func accept(
    _ step: MethodStep, _ talk: inout Conversation, value: AnswerValue, question: Question, echo: Message
  ) -> Turn? { nil }
  public func context(of step: MethodStep, in talk: Conversation, resuming: Bool) -> [Message] { [] }
  public func keptUnder(_ step: MethodStep, in talk: Conversation) -> (id: String, source: Question?)? { nil }
  public func read(_ input: String, at step: MethodStep, in talk: Conversation) -> AnswerValue? { nil }
  public func passesTurns(at step: MethodStep) -> Bool { false }
}
