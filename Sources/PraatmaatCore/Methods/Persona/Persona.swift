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
}

extension Method {
  public static let persona = Method(builtIn: "persona")
}
