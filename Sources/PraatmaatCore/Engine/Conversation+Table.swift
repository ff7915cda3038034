/// Group sessions: nicknames at the start, questions that go round the table, and what
/// the facilitator can do (come back to someone later, skip, add a latecomer, stop).
extension Conversation {
  mutating func startTable() -> Turn {
    state.pending = .nickname
    let question = builtInQuestion(.nickname)
    return Turn(
      messages: [.say(texts[.welcome]), .say(texts[.chooseName]), .ask(prompt(for: question))],
      next: .answer(question.id))
  }

  /// The engine's own questions, shown and read like a script's.
  func builtInQuestion(_ pending: PendingStep) -> Question {
    let table = state.table ?? TableState()
    switch pending {
    case .nickname:
      let number = table.participants.count + 1
      var text = [texts.participant(number), texts[.nameQuestion]]
      if number > max(1, script.header.groupSize?.lowerBound ?? 1) { text.append(texts[.nameDone]) }
      var q = Self.builtIn("bijnaam", .open, text)
      q.example = freeNickname(table)
      return q
    case .namely(let id):
      var q = Self.builtIn("namelijk", .open, [texts[.namelyQuestion]])
      q.themes = script.question(id).map(script.themes(of:)) ?? []
      return q
    case .method(let step):
      return rules.question(for: step, in: self) ?? Self.builtIn(step.name, .open, [step.name])
    }
  }

  /// One of the engine's own questions: its id starts with `builtInPrefix`.
  public static func builtIn(_ id: String, _ kind: QuestionKind, _ text: [String]) -> Question {
    var q = Question(id: builtInPrefix + id, kind: kind, location: SourceLocation(line: 0, column: 0))
    q.text = text
    return q
  }

  /// "🙋 Nu is Tijger aan de beurt." when a participant has the turn; for a secret question
  /// (`geheim: ja`) also that only they look at the screen.
  func turnLine(_ question: Question? = nil) -> [Message] {
    guard let table = state.table, let current = table.current, !table.settingUp else { return [] }
    let name = table.nickname(current)
    guard question?.isPrivate == true else { return [.say(texts.turn(name))] }
    return [
      .say(texts.turn(name)), .say(texts[.privateQuestion]), .say(texts.privateLook(name)),
    ]
  }

  // MARK: Rounds

  /// Starts a question round with everyone for whom its condition holds; nil when nobody.
  mutating func startRound(_ question: Question, before: [Message]) -> Turn? {
    guard var table = state.table else { return nil }
    let queue = table.participants.map(\.id).filter { personEvaluator($0).holds(question.condition) }
    guard let first = queue.first else { return nil }
    table.current = first
    table.queue = Array(queue.dropFirst())
    table.later = []
    table.roundQuestion = nil
    state.table = table
    state.currentQuestion = question.id
    var turn = Turn(
      messages: before + turnLine(question) + [.ask(prompt(for: question))], next: .answer(question.id))
    if Script.isExtraStatement(question.id), let text = question.text.last {
      // Kept with the votes, so a report can show the statement itself, not only its id.
      turn.answers.append(
        AnswerEvent(
          questionID: question.id, kind: question.kind, themes: script.themes(of: question),
          phases: script.phases(of: question), value: .text(text), answeredBy: .supporter,
          participant: "groep", role: .statementText))
    }
    return turn
  }

  /// Gives the turn to the next participant, or ends the round.
  mutating func nextInRound(_ question: Question, before: [Message]) -> Turn {
    guard var table = state.table else { return Turn(next: .finished) }
    // Back from a follow-up: the round's question is the one on screen again.
    if table.roundQuestion != nil { state.currentQuestion = question.id }
    table.roundQuestion = nil
    if table.queue.isEmpty, !table.later.isEmpty {
      table.queue = table.later
      table.later = []
    }
    guard !table.queue.isEmpty else {
      table.current = nil
      state.table = table
      return roundFinished(question, before: before)
    }
    table.current = table.queue.removeFirst()
    state.table = table
    return Turn(
      messages: before + turnLine(question) + [.ask(prompt(for: question))], next: .answer(question.id))
  }

  /// After someone's answer at a table: what stands between the question and its last
  /// follow-up (`vervolg: ja`) is walked for them now — lines, `zet:` and the follow-ups
  /// whose condition holds for them — and then the turn goes on in the round.
  mutating func followUpOrNext(after answered: Question, before: [Message]) -> Turn {
    let round = state.table?.roundQuestion.flatMap(script.question) ?? answered
    guard let current = state.table?.current, let end = script.followUps(of: round.id).last,
      let at = position(of: answered.id), let last = position(of: end.id), at.section == last.section,
      at.item < last.item
    else { return nextInRound(round, before: before) }
    var messages = before
    let items = effectiveItems(at.section)
    for item in items[(at.item + 1)...last.item] {
      let evaluator = personEvaluator(current)
      guard evaluator.holds(item.condition) else { continue }
      switch item {
      case .say(let say):
        messages.append(.say(TextFill.fill(say.text, answers: evaluator.answers, script: script)))
      case .set(let assignment): set(assignment, for: current)
      case .jump: break
      case .ask(let followUp):
        state.table?.roundQuestion = round.id
        state.currentQuestion = followUp.id
        let look = followUp.isPrivate ? turnLine(followUp) : []
        return Turn(messages: messages + look + [.ask(prompt(for: followUp))], next: .answer(followUp.id))
      }
    }
    return nextInRound(round, before: messages)
  }

  /// `toon: stemmen`: how many at the table gave each answer, after the round.
  func tally(_ question: Question) -> [Message] {
    var counts: [String: Int] = [:]
    var none = 0
    for person in state.table?.participants ?? [] {
      switch state.table?.answers[person.id]?[question.id] {
      case .option(let id)?: counts[id, default: 0] += 1
      case .options(let ids)?: for id in ids { counts[id, default: 0] += 1 }
      default: none += 1
      }
    }
    var lines = [Message.say(texts[.tally])]
    lines += shownOptions(question).map { .say("\($0.shown): \(counts[$0.id] ?? 0)") }
    if none > 0 { lines.append(.say(texts.noAnswer(none))) }
    return lines
  }

  /// What happens when everyone had their turn on a question.
  mutating func roundFinished(_ question: Question, before: [Message]) -> Turn {
    if let turn = rules.roundFinished(&self, question: question, before: before) { return turn }
    let shown = question.showsTally ? before + tally(question) : before
    // The follow-ups were asked in the round; the walk goes on below the last one.
    return continueAfter(script.followUps(of: question.id).last?.id ?? question.id, before: shown)
  }

  /// A script answer at the table: the method may take it its own way; otherwise it is kept
  /// as the answer of the person whose turn it is, and the round goes on.
  mutating func acceptAtTable(_ event: AnswerEvent, question: Question, echo: Message) -> Turn {
    guard let current = state.table?.current else { return Turn(next: .finished) }
    if let turn = rules.acceptAtTable(&self, event, question: question, echo: echo) { return turn }
    keep(event.value, for: question, by: current)
    var turn: Turn
    if let namely = askNamely(question, value: event.value, before: [echo]) {
      turn = namely
    } else {
      let done: [Message] = question.isPrivate ? [echo, .say(texts[.privateDone])] : [echo]
      turn = followUpOrNext(after: question, before: done)
    }
    turn.answers.insert(event, at: 0)
    return turn
  }

  /// A script answer at the table, in the state of the person who gave it.
  mutating func keep(_ value: AnswerValue, for question: Question, by person: String) {
    let kept = keptInState(value, for: question)
    state.table?.answers[person, default: [:]][question.id] = kept
  }

  /// Answers to the engine's own questions.
  mutating func acceptPending(_ pending: PendingStep, value: AnswerValue, question: Question, echo: Message)
    -> Turn
  {
    switch pending {
    case .nickname:
      return acceptNickname(value, question: question)
    case .namely(let id):
      return acceptNamely(id, value: value, echo: echo)
    case .method(let step):
      return rules.accept(step, &self, value: value, question: question, echo: echo) ?? Turn(next: .finished)
    }
  }

  mutating func takeAnsweredBy() -> AnsweredBy {
    defer { state.nextAnsweredBy = .participant }
    return state.nextAnsweredBy
  }

  /// The end of the script at a table: the method may have more to do (Stamtafel's open
  /// round, Persona's card); otherwise the conversation ends.
  mutating func finishTable(before: [Message]) -> Turn {
    if let turn = rules.tableFinished(&self, before: before) { return turn }
    state.status = .finished
    state.pending = nil
    return Turn(messages: before, next: .finished)
  }
}
