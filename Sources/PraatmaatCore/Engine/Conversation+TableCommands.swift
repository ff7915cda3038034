/// What the facilitator can do at a group table: add a latecomer (after their consent),
/// skip someone, come back to them later, show the table, stop.
extension Conversation {

  /// The consent question for a latecomer, the same words as at the start.
  func latecomerQuestion() -> Question {
    var q = Question(
      id: Self.builtInPrefix + "erbij", kind: .yesNo, location: SourceLocation(line: 0, column: 0))
    q.text = texts.consentLines(atTable: true) + [texts[.consentQuestion]]
    return q
  }

  /// The latecomer's answer to the consent question: a seat at the table, or kindly not.
  mutating func answerLatecomer(_ input: String, question: Question) -> Turn {
    guard var table = state.table, let name = table.joining else { return Turn(next: .finished) }
    var messages: [Message]
    switch Consent.read(input, texts: texts, words: words) {
    case .agreed:
      let newID = String((table.participants.compactMap { Int($0.id) }.max() ?? 0) + 1)
      table.participants.append(Participant(id: newID, nickname: name))
      // A card game gives the latecomer a turn when the turn comes round to them.
      if table.current != nil, !rules.drawsCards { table.queue.append(newID) }
      messages = [
        .echo(texts[.joined]), .hint(texts.atTable(table.participants.map(\.nickname))),
      ]
    case .declined:
      messages = [.say(texts[.joinDeclined]), .say(texts[.joinNothingKept])]
    case .repeatQuestion:
      return Turn(messages: [.ask(prompt(for: question))], next: .answer(question.id))
    case .notUnderstood:
      return Turn(
        messages: [.hint(texts[.notUnderstood]), .hint(texts[.consentAnswerHow])], next: .answer(question.id))
    }
    table.joining = nil
    state.table = table
    // The person whose turn it is sees their question again.
    let joined = table.participants.last?.nickname == name && !messages.isEmpty
    var turn = Turn(messages: messages, next: .finished)
    if let current = awaiting {
      turn = Turn(messages: messages + turnLine(current) + repeated(current), next: .answer(current.id))
    }
    if joined, case .echo = messages[0] { turn.codeBefore = messages.count }
    return turn
  }

  // MARK: Facilitator

  mutating func tableCommand(_ command: SupporterCommand.TableCommand, question: Question) -> Turn {
    let id = question.id
    guard var table = state.table, !table.settingUp || command == .list || command == .end else {
      return Turn(messages: SupporterCommand.helpLines.map(Message.hint), next: .answer(id))
    }
    switch command {
    case .list:
      return Turn(
        messages: [.hint(texts.atTable(table.participants.map(\.nickname)))], next: .answer(id))
    case .later, .skipTurn:
      if let turn = rules.skipTurn(&self, question: question) { return turn }
      guard let current = table.current, state.pending == nil || state.pending.map(passesTurns) == true
      else {
        return Turn(messages: [.hint(texts[.everyoneDone])], next: .answer(id))
      }
      // On a follow-up the person already answered the round's question: both go to the next.
      let round = table.roundQuestion.flatMap(script.question)
      if command == .later, round == nil {
        guard !(table.queue.isEmpty && table.later.isEmpty) else {
          return Turn(messages: [.hint(texts[.everyoneDone])], next: .answer(id))
        }
        table.later.append(current)
      }
      state.table = table
      let note = command == .later && round == nil ? texts[.later] : texts[.skippedTurn]
      return nextInRound(round ?? question, before: [.hint(note)])
    case .add(let name):
      guard
        table.participants.count
          < min(TableState.maximumParticipants, script.header.groupSize?.upperBound ?? .max)
      else {
        return Turn(messages: [.hint(texts[.tableFull])], next: .answer(id))
      }
      let seat = (table.participants.compactMap { Int($0.id) }.max() ?? 0) + 1
      if let problem = nicknameProblem(name, seat: seat, table: table) {
        return Turn(messages: problem.map(Message.hint), next: .answer(id))
      }
      // Consent comes first, for a latecomer too: nothing is kept of them before a yes.
      table.joining = name
      state.table = table
      let consent = latecomerQuestion()
      return Turn(
        messages: [.say(texts.latecomer(name)), .ask(prompt(for: consent))], next: .answer(consent.id))
    case .end:
      state.pending = nil
      table.current = nil
      table.queue = []
      state.table = table
      state.currentQuestion = nil
      let stopped = [Message.say(texts[rules.stopText])]
      if !table.settingUp, let turn = rules.stopped(&self, before: stopped) { return turn }
      state.status = .finished
      return Turn(messages: stopped, next: .finished)
    }
  }

  /// Whether the turn can be given on during this step: only during a method's own round.
  func passesTurns(_ pending: PendingStep) -> Bool {
    if case .method(let step) = pending { rules.passesTurns(at: step) } else { false }
  }
}
