/// `anders-namelijk:`: what "Iets anders" is, asked right after that option is chosen.
extension Conversation {
  /// `anders-namelijk: anders`: when that option is chosen, "Wat bedoel je precies?" comes
  /// right after it, before anything else.
  mutating func askNamely(_ question: Question, value: AnswerValue, before: [Message]) -> Turn? {
    guard let namely = question.namely else { return nil }
    switch value {
    case .option(namely): break
    case .options(let ids) where ids.contains(namely): break
    default: return nil
    }
    state.pending = .namely(question: question.id)
    let ask = builtInQuestion(.namely(question: question.id))
    return Turn(messages: before + [.ask(prompt(for: ask))], next: .answer(ask.id))
  }

  /// What "Iets anders" is: kept as an open answer beside the choice, then on as after the choice.
  mutating func acceptNamely(_ id: String, value: AnswerValue, echo: Message) -> Turn {
    state.pending = nil
    guard let question = script.question(id) else { return Turn(next: .finished) }
    let event = AnswerEvent(
      questionID: id + Self.namelySuffix, kind: .open, themes: script.themes(of: question),
      phases: script.phases(of: question), value: value, answeredBy: takeAnsweredBy(),
      participant: state.table?.current ?? "")
    var turn =
      state.table != nil ? followUpOrNext(after: question, before: [echo]) : continueAfter(id, before: [echo])
    if value.isAnswer { turn.answers.insert(event, at: 0) }
    return turn
  }

  /// The id the words of "Iets anders" are kept under: `vervoer-namelijk`.
  public static let namelySuffix = "-namelijk"
}
