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
    func make(_ id: String, _ kind: QuestionKind, _ text: [String]) -> Question {
      var q = Question(id: Self.builtInPrefix + id, kind: kind, location: SourceLocation(line: 0, column: 0))
      q.text = text
      return q
    }
    let table = state.table ?? TableState()
    switch pending {
    case .nickname:
      let number = table.participants.count + 1
      var text = [texts.participant(number), texts[.nameQuestion]]
      if number > max(1, script.header.groupSize?.lowerBound ?? 1) { text.append(texts[.nameDone]) }
      var q = make("bijnaam", .open, text)
      q.example = freeNickname(table)
      return q
    case .why(let statement):
      var q = make("waarom", .open, [texts[.why]])
      q.example = "Ik vind het een goed plan."
      q.themes = script.question(statement).map(script.themes(of:)) ?? []
      return q
    case .advice:
      return make("advies", .yesNo, [texts[.adviceQuestion]])
    case .chooseTheme:
      var q = make("thema", .choice, [texts[.chooseTheme]])
      q.options = themeOptions()
      return q
    case .personaCheck:
      return make("persona-klopt", .yesNo, [texts[.personaQuestion]])
    case .personaFix:
      var q = make("persona-regel", .number, [texts[.personaFix]])
      q.minimum = 1
      q.maximum = max(1, personaSteps.count)
      return q
    case .personaRedo(let id):
      return script.question(id) ?? make(id, .open, [id])
    case .namely(let id):
      var q = make("namelijk", .open, [texts[.namelyQuestion]])
      q.themes = script.question(id).map(script.themes(of:)) ?? []
      return q
    case .openRound:
      var q = make("nog-iets", .open, [texts[.openRoundQuestion], texts[.openRoundHint]])
      q.example = "Ik wil nog iets zeggen over de bus."
      return q
    }
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
    if state.pending == .openRound {
      state.pending = nil
      // Back to where the open round began: the script's closing lines come after it.
      guard let last = state.currentQuestion, script.question(last) != nil else {
        state.status = .finished
        return Turn(messages: before, next: .finished)
      }
      return continueAfter(last, before: before)
    }
    let lastAsked = script.followUps(of: question.id).last?.id ?? question.id
    if script.header.method == .stamtafel, lastAsked == script.questions.last?.id,
      state.table?.openRoundDone == false
    {
      return startOpenRound(before: before)
    }
    if question.kind == .statement { return panelSummary(question, before: before) }
    let shown = question.showsTally ? before + tally(question) : before
    // The follow-ups were asked in the round; the walk goes on below the last one.
    return continueAfter(script.followUps(of: question.id).last?.id ?? question.id, before: shown)
  }

  /// A script answer at the table: kept per participant (Persona: as the group's), then on.
  mutating func acceptAtTable(_ event: AnswerEvent, question: Question, echo: Message) -> Turn {
    guard let current = state.table?.current else { return Turn(next: .finished) }
    switch script.header.method {
    case .persona:
      // Contributions belong to the group, not to one person: kept anonymised in the state.
      let kept = contribution(event.value)
      state.table?.contributions[question.id, default: []].append(kept)
      return nextInRound(question, before: [echo])
    case .kwartetspel:
      keep(event.value, for: question, by: current)
      var turn = afterCard(question, before: [echo])
      turn.answers.insert(event, at: 0)
      return turn
    default:
      keep(event.value, for: question, by: current)
      var turn: Turn
      if question.kind == .statement, event.value.isAnswer || event.value == .dontKnow {
        state.pending = .why(statement: question.id)
        turn = Turn(
          messages: [echo, .ask(prompt(for: builtInQuestion(.why(statement: question.id))))],
          next: .answer(Self.builtInPrefix + "waarom"))
      } else if let namely = askNamely(question, value: event.value, before: [echo]) {
        turn = namely
      } else {
        let done: [Message] = question.isPrivate ? [echo, .say(texts[.privateDone])] : [echo]
        turn = followUpOrNext(after: question, before: done)
      }
      turn.answers.insert(event, at: 0)
      return turn
    }
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
    case .why(let statement):
      state.pending = nil
      guard let q = script.question(statement) else { return Turn(next: .finished) }
      let event = AnswerEvent(
        questionID: statement + "-waarom", kind: .open, themes: script.themes(of: q),
        phases: script.phases(of: q),
        value: value, answeredBy: takeAnsweredBy(), participant: state.table?.current ?? "")
      var turn = nextInRound(q, before: [echo])
      turn.answers.insert(event, at: 0)
      return turn
    case .advice(let statement):
      return acceptAdvice(statement, value: value)
    case .namely(let id):
      return acceptNamely(id, value: value, echo: echo)
    case .chooseTheme:
      return drawCard(value)
    case .personaCheck, .personaFix, .personaRedo:
      return acceptPersona(pending, value: value, question: question, echo: echo)
    case .openRound:
      // "Nee" or "pas" to "anyone else?" is a pass, not something to keep.
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
      if value.isAnswer { turn.answers.insert(event, at: 0) }
      return turn
    }
  }

  mutating func takeAnsweredBy() -> AnsweredBy {
    defer { state.nextAnsweredBy = .participant }
    return state.nextAnsweredBy
  }

  /// Stamtafel ends with an open round, Persona with the card; the others simply end.
  mutating func finishTable(before: [Message]) -> Turn {
    switch script.header.method {
    case .stamtafel where state.table?.openRoundDone == false:
      return startOpenRound(before: before)
    case .persona:
      return showPersona(before: before)
    default:
      break
    }
    state.status = .finished
    state.pending = nil
    return Turn(messages: before, next: .finished)
  }

  /// Stamtafel: "Wil iemand nog iets zeggen?", once round the table.
  mutating func startOpenRound(before: [Message]) -> Turn {
    guard var table = state.table, let first = table.participants.first else {
      state.status = .finished
      return Turn(messages: before, next: .finished)
    }
    table.current = first.id
    table.queue = table.participants.dropFirst().map(\.id)
    table.later = []
    table.openRoundDone = true
    state.table = table
    state.pending = .openRound
    return Turn(
      messages: before + [.say(texts[.openRound])] + turnLine()
        + [.ask(prompt(for: builtInQuestion(.openRound)))],
      next: .answer(Self.builtInPrefix + "nog-iets"))
  }
}
