/// Stamtafel: everyone at the table answers each question in turn; at the end an open round
/// ("Wil iemand nog iets zeggen?") goes once round the table.
public struct Stamtafel: MethodRules {
  public let id = "stamtafel"
  public var pictogram: String { "🍽️" }

  /// What a Stamtafel keeps for itself.
  struct Table: MethodState {
    /// The closing "anyone else?" round has been held.
    var openRoundDone = false
  }

  public func roundFinished(_ talk: inout Conversation, question: Question, before: [Message]) -> Turn? {
    if talk.state.pending == .openRound { return talk.openRoundFinished(before: before) }
    let lastAsked = talk.script.followUps(of: question.id).last?.id ?? question.id
    guard lastAsked == talk.script.questions.last?.id, !talk.openRoundDone else { return nil }
    return talk.startOpenRound(before: before)
  }

  public func tableFinished(_ talk: inout Conversation, before: [Message]) -> Turn? {
    talk.openRoundDone ? nil : talk.startOpenRound(before: before)
  }

  // MARK: Own step

  /// "Wil iemand nog iets zeggen?", once round the table.
  static let openRound = "openRound"

  public func question(for step: MethodStep, in talk: Conversation) -> Question? {
    guard step.name == Self.openRound else { return nil }
    var q = Conversation.builtIn(
      "nog-iets", .open, [talk.texts[.openRoundQuestion], talk.texts[.openRoundHint]])
    q.example = "Ik wil nog iets zeggen over de bus."
    return q
  }

  public func accept(
    _ step: MethodStep, _ talk: inout Conversation, value: AnswerValue, question: Question, echo: Message
  ) -> Turn? {
    step.name == Self.openRound ? talk.acceptOpenRound(value, question: question, echo: echo) : nil
  }

  public func keptUnder(_ step: MethodStep, in talk: Conversation) -> (id: String, source: Question?)? {
    step.name == Self.openRound ? ("nog-iets-zeggen", nil) : nil
  }

  /// The open round goes round the table: a turn can be passed on.
  public func passesTurns(at step: MethodStep) -> Bool { step.name == Self.openRound }
}

extension PendingStep {
  static var openRound: PendingStep { .method(MethodStep(Stamtafel.openRound)) }
}

extension Method {
  public static let stamtafel = Method(builtIn: "stamtafel")
}
