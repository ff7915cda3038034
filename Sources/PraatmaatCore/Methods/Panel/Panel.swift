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

  // MARK: Own steps

  /// "Waarom vind je dat?" after a vote, and "Klopt dit advies?" after a round.
  static let why = "why"
  static let advice = "advice"

  public func question(for step: MethodStep, in talk: Conversation) -> Question? {
    let statement = step.about.flatMap(talk.script.question)
    switch step.name {
    case Self.why:
      var q = Conversation.builtIn("waarom", .open, [talk.texts[.why]])
      q.example = "Ik vind het een goed plan."
      q.themes = statement.map(talk.script.themes(of:)) ?? []
      return q
    case Self.advice:
      return Conversation.builtIn("advies", .yesNo, [talk.texts[.adviceQuestion]])
    default:
      return nil
    }
  }

  public func accept(
    _ step: MethodStep, _ talk: inout Conversation, value: AnswerValue, question: Question, echo: Message
  ) -> Turn? {
    guard let statement = step.about else { return nil }
    switch step.name {
    case Self.why: return talk.acceptWhy(statement, value: value, echo: echo)
    case Self.advice: return talk.acceptAdvice(statement, value: value)
    default: return nil
    }
  }

  /// "Waarom vind je dat?" alone does not say what it is about: on resume the plan comes first.
  public func context(of step: MethodStep, in talk: Conversation, resuming: Bool) -> [Message] {
    guard resuming, step.name == Self.why, let plan = step.about.flatMap(talk.script.question) else {
      return []
    }
    return plan.text.map(Message.say)
  }

  public func keptUnder(_ step: MethodStep, in talk: Conversation) -> (id: String, source: Question?)? {
    guard let statement = step.about else { return nil }
    let suffix = step.name == Self.why ? "-waarom" : "-advies"
    return (statement + suffix, talk.script.question(statement))
  }
}

extension PendingStep {
  static func why(statement: String) -> PendingStep { .method(MethodStep(Panel.why, about: statement)) }
  static func advice(statement: String) -> PendingStep {
    .method(MethodStep(Panel.advice, about: statement))
  }
}

extension Method {
  public static let panel = Method(builtIn: "panel")
}
