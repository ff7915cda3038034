/// G-kracht panel: each member votes on statements (`type: stelling`) and says why; the bot
/// sums up the panel's advice and reads it back for agreement.
public struct Panel: MethodRules {
  public let id = "panel"
  public var pictogram: String { "🗳️" }
  public var hasStatements: Bool { true }

  public func acceptAtTable(
    _ talk: inout Conversation, _ event: AnswerEvent, question: Question, echo: Message
  ) -> Turn? {
    guard question.kind == .statement, event.value.isAnswer || event.value == .dontKnow,
      let current = talk.state.table?.current
    else { return nil }
    talk.keep(event.value, for: question, by: current)
    return talk.askWhy(question, event: event, echo: echo)
  }

  public func roundFinished(_ talk: inout Conversation, question: Question, before: [Message]) -> Turn? {
    question.kind == .statement ? talk.panelSummary(question, before: before) : nil
  }
}

extension Method {
  public static let panel = Method(builtIn: "panel")
}
