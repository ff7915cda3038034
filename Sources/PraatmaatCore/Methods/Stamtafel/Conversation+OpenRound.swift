/// Stamtafel's open round: "Wil iemand nog iets zeggen?", once round the table.
extension Conversation {
  var openRoundDone: Bool {
    state.table?.methodState(Stamtafel.Table.self).openRoundDone == true
  }

  mutating func startOpenRound(before: [Message]) -> Turn {
    guard var table = state.table, let first = table.participants.first else {
      state.status = .finished
      return Turn(messages: before, next: .finished)
    }
    table.current = first.id
    table.queue = table.participants.dropFirst().map(\.id)
    table.later = []
    table.updateMethodState(Stamtafel.Table.self) { $0.openRoundDone = true }
    state.table = table
    state.pending = .openRound
    return Turn(
      messages: before + [.say(texts[.openRound])] + turnLine()
        + [.ask(prompt(for: builtInQuestion(.openRound)))],
      next: .answer(Self.builtInPrefix + "nog-iets"))
  }

  /// Everyone had their turn in the open round: the script's closing lines come after it.
  mutating func openRoundFinished(before: [Message]) -> Turn {
    state.pending = nil
    guard let last = state.currentQuestion, script.question(last) != nil else {
      state.status = .finished
      return Turn(messages: before, next: .finished)
    }
    return continueAfter(last, before: before)
  }

  /// Someone's turn in the open round: a pass ("nee", "niks") or something to keep.
  mutating func acceptOpenRound(_ value: AnswerValue, question: Question, echo: Message) -> Turn {
    let passes = ["nee", "niets", "nee hoor", "nee dank je", "niks"]
    if !value.isAnswer {
      return nextInRound(question, before: [.echo(texts[.dontKnow])])
    }
    if case .text(let raw) = value, passes.contains(Normalised(raw).text) {
      return nextInRound(question, before: [.echo(texts[.dontKnow])])
    }
    let event = AnswerEvent(
      questionID: "nog-iets-zeggen", kind: .open, themes: script.header.themes,
      phases: script.header.phases,
      value: value, answeredBy: takeAnsweredBy(), participant: state.table?.current ?? "")
    var turn = nextInRound(question, before: [echo])
    turn.answers.insert(event, at: 0)
    return turn
  }
}
