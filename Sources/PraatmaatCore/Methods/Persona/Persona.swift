/// Persona: the group builds one fictional person step by step, answering each question
/// together; the card is read back, corrected if the group wants, and kept as the group's.
public struct Persona: MethodRules {
  public let id = "persona"
  public var pictogram: String { "🧑" }
  public var answersTogether: Bool { true }

  /// What a Persona keeps for itself.
  struct Table: MethodState {
    /// What the group said per step (anonymised text or option ids).
    var contributions: [String: [String]] = [:]
  }

  public func acceptAtTable(
    _ talk: inout Conversation, _ event: AnswerEvent, question: Question, echo: Message
  ) -> Turn? {
    // Contributions belong to the group, not to one person: kept anonymised in the state.
    let kept = talk.contribution(event.value)
    talk.state.table?.updateMethodState(Table.self) {
      $0.contributions[question.id, default: []].append(kept)
    }
    return talk.nextInRound(question, before: [echo])
  }

  public func tableFinished(_ talk: inout Conversation, before: [Message]) -> Turn? {
    talk.showPersona(before: before)
  }

  public func stopped(_ talk: inout Conversation, before: [Message]) -> Turn? {
    talk.personaSteps.isEmpty ? nil : talk.showPersona(before: before)
  }

  // MARK: Own steps

  /// "Klopt de kaart?", "Welke regel?", and that line answered again by the group.
  static let check = "personaCheck"
  static let fix = "personaFix"
  static let redo = "personaRedo"

  public func question(for step: MethodStep, in talk: Conversation) -> Question? {
    switch step.name {
    case Self.check:
      return Conversation.builtIn("persona-klopt", .yesNo, [talk.texts[.personaQuestion]])
    case Self.fix:
      var q = Conversation.builtIn("persona-regel", .number, [talk.texts[.personaFix]])
      q.minimum = 1
      q.maximum = max(1, talk.personaSteps.count)
      return q
    case Self.redo:
      let id = step.about ?? ""
      return talk.script.question(id) ?? Conversation.builtIn(id, .open, [id])
    default:
      return nil
    }
  }

  public func accept(
    _ step: MethodStep, _ talk: inout Conversation, value: AnswerValue, question: Question, echo: Message
  ) -> Turn? {
    [Self.check, Self.fix, Self.redo].contains(step.name)
      ? talk.acceptPersona(step, value: value, question: question, echo: echo) : nil
  }

  /// The card stays in sight while the group looks at it.
  public func context(of step: MethodStep, in talk: Conversation, resuming: Bool) -> [Message] {
    let card = talk.personaCard().map(Message.say)
    switch step.name {
    case Self.check: return [.say(talk.texts[.personaIntro])] + card
    case Self.fix: return card
    default: return []
    }
  }
}

extension PendingStep {
  static var personaCheck: PendingStep { .method(MethodStep(Persona.check)) }
  static var personaFix: PendingStep { .method(MethodStep(Persona.fix)) }
  static func personaRedo(question: String) -> PendingStep {
    .method(MethodStep(Persona.redo, about: question))
  }
}

extension Method {
  public static let persona = Method(builtIn: "persona")
}
