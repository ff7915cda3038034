/// Group sessions: nicknames at the start, questions that go round the table, and what
/// the facilitator can do (come back to someone later, skip, add a latecomer, stop).
extension Conversation {
  mutating func startTable() -> Turn {
    state.pending = .nickname
    let question = builtInQuestion(.nickname)
    return Turn(
      messages: [.say(GroupPhrases.welcome), .say(GroupPhrases.chooseName), .ask(prompt(for: question))],
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
      var text = [GroupPhrases.participant(number), GroupPhrases.nameQuestion]
      if number > 1 { text.append(GroupPhrases.nameDone) }
      var q = make("bijnaam", .open, text)
      q.example = freeNickname(table)
      return q
    case .why(let statement):
      var q = make("waarom", .open, [GroupPhrases.why])
      q.example = "Ik vind het een goed plan."
      q.themes = script.question(statement).map(script.themes(of:)) ?? []
      return q
    case .advice:
      return make("advies", .yesNo, [GroupPhrases.adviceQuestion])
    case .chooseTheme:
      var q = make("thema", .choice, [GroupPhrases.chooseTheme])
      q.options = themeOptions()
      return q
    case .personaCheck:
      return make("persona-klopt", .yesNo, [GroupPhrases.personaQuestion])
    case .personaFix:
      var q = make("persona-regel", .number, [GroupPhrases.personaFix])
      q.minimum = 1
      q.maximum = max(1, personaSteps.count)
      return q
    case .personaRedo(let id):
      return script.question(id) ?? make(id, .open, [id])
    case .openRound:
      var q = make("nog-iets", .open, [GroupPhrases.openRoundQuestion, GroupPhrases.openRoundHint])
      q.example = "Ik wil nog iets zeggen over de bus."
      return q
    }
  }

  /// "🙋 Nu is Tijger aan de beurt." when a participant has the turn.
  func turnLine() -> [Message] {
    guard let table = state.table, let current = table.current, !table.settingUp else { return [] }
    return [.say(GroupPhrases.turn(table.nickname(current)))]
  }

  // MARK: Nicknames

  mutating func acceptNickname(_ value: AnswerValue, question: Question) -> Turn {
    guard var table = state.table else { return Turn(next: .finished) }
    let number = table.participants.count + 1
    var messages: [Message] = []
    switch value {
    case .text(let raw):
      let name = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if name.lowercased() == "klaar" {
        guard !table.participants.isEmpty else {
          return Turn(
            messages: [.hint(GroupPhrases.nobodyYet), .ask(prompt(for: question))], next: .answer(question.id)
          )
        }
        return finishSetup(before: [])
      }
      if let problem = nicknameProblem(name, seat: number, table: table) {
        return failed(question, reasons: problem)
      }
      table.participants.append(Participant(id: String(number), nickname: name))
      messages.append(.echo("\(Phrases.youTyped) \(name)"))
    default:
      // "weet ik niet", "overslaan": the bot picks a nickname nobody has yet.
      let name = freeNickname(table)
      table.participants.append(Participant(id: String(number), nickname: name))
      messages.append(.echo(GroupPhrases.nameGiven(name)))
    }
    state.table = table
    if table.participants.count >= TableState.maximumParticipants {
      return finishSetup(before: messages + [.say(GroupPhrases.tableFull)])
    }
    return Turn(
      messages: messages + [.ask(prompt(for: builtInQuestion(.nickname)))], next: .answer(question.id))
  }

  /// Why a nickname cannot be used, one sentence per line, or nil when it can.
  /// `seat` is the number of the person who would get it.
  func nicknameProblem(_ name: String, seat: Int, table: TableState) -> [String]? {
    // A real name first: "Jan de Vries" is a name before it is a long one.
    if !nicknameCheck(name) { return [GroupPhrases.nameIsReal, GroupPhrases.nameInstead] }
    if name.count > 20 || name.split(separator: " ").count > 2 { return [GroupPhrases.nameTooLong] }
    let core = Self.nicknameCore(name)
    if table.participants.contains(where: { Self.nicknameCore($0.nickname) == core }) {
      return [GroupPhrases.nameTaken]
    }
    // "1" or "Deelnemer 1" for someone else than number 1 reads as if it were them.
    if let n = Int(core), n != seat, table.participants.contains(where: { $0.id == String(n) }) {
      return [GroupPhrases.numberTaken]
    }
    return nil
  }

  /// A nickname as compared with the others: "Deelnemer 2", "nummer 2" and "2" are one.
  static func nicknameCore(_ name: String) -> String {
    var words = Normalised(name).words.map(String.init)
    if words.count == 2, ["deelnemer", "speler", "nummer", "nr"].contains(words[0]) { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// The first nickname of the list that nobody at the table has.
  func freeNickname(_ table: TableState) -> String {
    let seat = table.participants.count + 1
    return GroupPhrases.nicknames.first { nicknameProblem($0, seat: seat, table: table) == nil }
      ?? "Deelnemer \(seat)"
  }

  mutating func finishSetup(before: [Message]) -> Turn {
    state.table?.settingUp = false
    state.pending = nil
    let names = state.table?.participants.map(\.nickname) ?? []
    let messages = before + [.say(GroupPhrases.atTable(names))]
    if script.header.method == .kwartetspel { return startKwartet(before: messages) }
    return run(from: (0, 0), before: messages)
  }

  // MARK: Rounds

  /// Starts a question round with everyone for whom its condition holds; nil when nobody.
  mutating func startRound(_ question: Question, before: [Message]) -> Turn? {
    guard var table = state.table else { return nil }
    let queue = table.participants.map(\.id).filter { id in
      let answers = state.answers.merging(table.answers[id] ?? [:]) { _, own in own }
      return ConditionEvaluator(answers: answers, variables: state.variables).holds(question.condition)
    }
    guard let first = queue.first else { return nil }
    table.current = first
    table.queue = Array(queue.dropFirst())
    table.later = []
    state.table = table
    state.currentQuestion = question.id
    var turn = Turn(messages: before + turnLine() + [.ask(prompt(for: question))], next: .answer(question.id))
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
    return Turn(messages: before + turnLine() + [.ask(prompt(for: question))], next: .answer(question.id))
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
    if script.header.method == .stamtafel, question.id == script.questions.last?.id,
      state.table?.openRoundDone == false
    {
      return startOpenRound(before: before)
    }
    if question.kind == .statement { return panelSummary(question, before: before) }
    return continueAfter(question.id, before: before)
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
      state.table?.answers[current, default: [:]][question.id] = Self.kept(event.value, for: question)
      var turn = afterCard(question, before: [echo])
      turn.answers.insert(event, at: 0)
      return turn
    default:
      state.table?.answers[current, default: [:]][question.id] = Self.kept(event.value, for: question)
      var turn: Turn
      if question.kind == .statement, event.value.isAnswer || event.value == .dontKnow {
        state.pending = .why(statement: question.id)
        turn = Turn(
          messages: [echo, .ask(prompt(for: builtInQuestion(.why(statement: question.id))))],
          next: .answer(Self.builtInPrefix + "waarom"))
      } else {
        turn = nextInRound(question, before: [echo])
      }
      turn.answers.insert(event, at: 0)
      return turn
    }
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
    case .chooseTheme:
      return drawCard(value)
    case .personaCheck, .personaFix, .personaRedo:
      return acceptPersona(pending, value: value, question: question, echo: echo)
    case .openRound:
      // "Nee" or "pas" to "anyone else?" is a pass, not something to keep.
      let passes = ["nee", "niets", "nee hoor", "nee dank je", "niks"]
      if !value.isAnswer {
        return nextInRound(question, before: [.echo(Phrases.dontKnow)])
      }
      if case .text(let raw) = value, passes.contains(Normalised(raw).text) {
        return nextInRound(question, before: [.echo(Phrases.dontKnow)])
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
      messages: before + [.say(GroupPhrases.openRound)] + turnLine()
        + [.ask(prompt(for: builtInQuestion(.openRound)))],
      next: .answer(Self.builtInPrefix + "nog-iets"))
  }

  // MARK: Latecomers

  /// The consent question for a latecomer, the same words as at the start.
  func latecomerQuestion() -> Question {
    var q = Question(
      id: Self.builtInPrefix + "erbij", kind: .yesNo, location: SourceLocation(line: 0, column: 0))
    q.text = Consent.lines + [Consent.question]
    return q
  }

  /// The latecomer's answer to the consent question: a seat at the table, or kindly not.
  mutating func answerLatecomer(_ input: String, question: Question) -> Turn {
    guard var table = state.table, let name = table.joining else { return Turn(next: .finished) }
    var messages: [Message]
    switch Consent.read(input) {
    case .agreed:
      let newID = String((table.participants.compactMap { Int($0.id) }.max() ?? 0) + 1)
      table.participants.append(Participant(id: newID, nickname: name))
      if table.current != nil, script.header.method != .kwartetspel { table.queue.append(newID) }
      messages = [
        .echo(GroupPhrases.joined), .hint(GroupPhrases.atTable(table.participants.map(\.nickname))),
      ]
    case .declined:
      messages = [.say(GroupPhrases.joinDeclined), .say(GroupPhrases.joinNothingKept)]
    case .repeatQuestion:
      return Turn(messages: [.ask(prompt(for: question))], next: .answer(question.id))
    case .notUnderstood:
      return Turn(
        messages: [.hint(Phrases.notUnderstood), .hint(Consent.answerHow)], next: .answer(question.id))
    }
    table.joining = nil
    state.table = table
    // The person whose turn it is sees their question again.
    guard let current = awaiting else { return Turn(messages: messages, next: .finished) }
    return Turn(messages: messages + turnLine() + repeated(current), next: .answer(current.id))
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
        messages: [.hint(GroupPhrases.atTable(table.participants.map(\.nickname)))], next: .answer(id))
    case .later where script.header.method == .kwartetspel,
      .skipTurn where script.header.method == .kwartetspel:
      guard state.pending == .chooseTheme || state.pending == nil else {
        return Turn(messages: [.hint(GroupPhrases.everyoneDone)], next: .answer(id))
      }
      return passTurn(before: [.hint(GroupPhrases.skippedTurn)])
    case .later, .skipTurn:
      guard let current = table.current, state.pending == nil || state.pending == .openRound
      else {
        return Turn(messages: [.hint(GroupPhrases.everyoneDone)], next: .answer(id))
      }
      if command == .later {
        guard !(table.queue.isEmpty && table.later.isEmpty) else {
          return Turn(messages: [.hint(GroupPhrases.everyoneDone)], next: .answer(id))
        }
        table.later.append(current)
      }
      state.table = table
      let note = command == .later ? GroupPhrases.later : GroupPhrases.skippedTurn
      return nextInRound(question, before: [.hint(note)])
    case .add(let name):
      guard table.participants.count < TableState.maximumParticipants else {
        return Turn(messages: [.hint(GroupPhrases.tableFull)], next: .answer(id))
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
        messages: [.say(GroupPhrases.latecomer(name)), .ask(prompt(for: consent))], next: .answer(consent.id))
    case .end:
      state.pending = nil
      table.current = nil
      table.queue = []
      table.openRoundDone = true
      state.table = table
      let stopped = script.header.method == .kwartetspel ? GroupPhrases.gameStopped : GroupPhrases.groupStops
      state.currentQuestion = nil
      if table.settingUp || script.header.method != .persona || personaSteps.isEmpty {
        state.status = .finished
        return Turn(messages: [.say(stopped)], next: .finished)
      }
      return showPersona(before: [.say(stopped)])
    }
  }
}
