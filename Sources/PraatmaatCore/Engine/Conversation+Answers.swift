/// Reading answers: built-in replies, checks, the re-ask rule, and accepting.
extension Conversation {
  mutating func handle(_ reply: BuiltInReply, for question: Question) -> Turn {
    let id = question.id
    switch reply {
    case .repeatQuestion:
      return Turn(messages: [.ask(prompt(for: question))], next: .answer(id))
    case .help:
      // At a table there is no way back, but everyone can pass.
      let words =
        state.table == nil
        ? Phrases.helpWords : Phrases.helpWords.filter { !$0.hasPrefix("terug") } + [GroupPhrases.passWord]
      var lines = [Phrases.helpIntro] + words
      if let hint = prompt(for: question).hint { lines.insert(hint, at: 0) }
      return Turn(messages: lines.map(Message.hint), next: .answer(id))
    case .dontKnow: return accept(.dontKnow, for: question)
    case .refuse: return accept(.refused, for: question)
    case .skip: return accept(.skipped, for: question)
    case .pause:
      return pause()
    case .back:
      guard state.table == nil, state.pending == nil, let previous = state.history.popLast(),
        let q = script.question(previous)
      else {
        let reason = state.table == nil ? Phrases.noBack : GroupPhrases.noBackAtTable
        return Turn(messages: [.hint(reason), .ask(prompt(for: question))], next: .answer(id))
      }
      state.currentQuestion = previous
      state.failedTries = 0
      return Turn(messages: [.say(Phrases.back), .ask(prompt(for: q))], next: .answer(previous))
    }
  }

  mutating func check(_ value: AnswerValue, for question: Question) -> Turn {
    if case .number(let n) = value {
      if let min = question.minimum, n < min {
        return failed(question, reason: numberRange(question))
      }
      if let max = question.maximum, n > max {
        return failed(question, reason: numberRange(question))
      }
    }
    var answers = currentAnswers
    answers[question.id] = value
    let evaluator = ConditionEvaluator(answers: answers, variables: state.variables)
    // Hard checks first: a soft "Klopt dat?" must never let an impossible answer through.
    let ordered = question.checks.filter { !$0.isSoft } + question.checks.filter(\.isSoft)
    for check in ordered where !evaluator.holds(check.condition) {
      if check.isSoft {
        // The state is saved to disk: it only gets the answer without its words.
        state.pendingSoftAnswer = Self.kept(value, for: question)
        softAnswer = value
        return Turn(
          messages: [
            .hint(check.message ?? Phrases.softCheckDefault), .hint(Phrases.confirmSoft),
          ],
          next: .answer(question.id))
      }
      return failed(question, reason: check.message ?? Phrases.hardCheckDefault)
    }
    return accept(value, for: question)
  }

  mutating func failed(_ question: Question, reason: String?) -> Turn {
    state.failedTries += 1
    let tries = state.failedTries
    if tries >= 6 {
      var turn = accept(.skipped, for: question, echo: Phrases.autoSkip)
      turn.messages.insert(.hint(reason ?? Phrases.notUnderstood), at: 0)
      return turn
    }
    var messages: [Message] = [.hint(reason ?? Phrases.notUnderstood)]
    if tries >= 3 {
      messages += [.hint(Phrases.offerSkip), .hint(Phrases.offerSkipHow)]
    } else if tries == 1 {
      messages.append(.hint("\(Phrases.forExample) \(example(for: question))"))
    } else {
      messages.append(.hint(Phrases.tryAgain))
    }
    return Turn(messages: messages, next: .answer(question.id))
  }

  /// Takes an answer: the engine's own steps go their own way; a script answer is
  /// recorded for the person whose turn it is, echoed, and the conversation moves on.
  mutating func accept(_ value: AnswerValue, for question: Question, echo: String? = nil) -> Turn {
    state.failedTries = 0
    state.pendingSoftAnswer = nil
    softAnswer = nil
    let echoed = Message.echo(echo ?? self.echo(value, for: question))
    if let pending = state.pending {
      return acceptPending(pending, value: value, question: question, echo: echoed)
    }
    let participant = state.table?.current ?? ""
    let event = AnswerEvent(
      questionID: question.id, kind: question.kind, themes: script.themes(of: question),
      phases: script.phases(of: question), value: value, answeredBy: state.nextAnsweredBy,
      participant: participant)
    state.nextAnsweredBy = .participant
    if state.table != nil {
      return acceptAtTable(event, question: question, echo: echoed)
    }
    state.answers[question.id] = Self.kept(value, for: question)
    state.history.append(question.id)
    guard let position = position(of: question.id) else {
      state.status = .finished
      return Turn(messages: [echoed], accepted: event, next: .finished)
    }
    var turn = run(from: (position.section, position.item + 1), before: [echoed])
    turn.answers.insert(event, at: 0)
    return turn
  }

  /// What the saved state keeps of an answer: never its words, and of an age only the
  /// lowest age of its band (34 → 30), enough for conditions like `leeftijd >= 18`.
  static func kept(_ value: AnswerValue, for question: Question) -> AnswerValue {
    if case .number(let n) = value, AnswerRecord.isAge(question.id) { return .number(AgeBand.floor(of: n)) }
    return value.withoutText
  }

  func echo(_ value: AnswerValue, for question: Question) -> String {
    func shown(_ id: String) -> String {
      question.options.first { $0.id == id }?.shown ?? id
    }
    switch value {
    case .option(let id): return "\(Phrases.youChose) \(shown(id))"
    case .options(let ids):
      return "\(Phrases.youChose) \(ids.map(shown).joined(separator: ", "))"
    case .number(let n): return "\(Phrases.youTyped) \(n)"
    case .text, .openAnswered, .kept: return Phrases.openThanks
    case .dontKnow: return Phrases.dontKnow
    case .refused: return Phrases.refused
    case .skipped: return Phrases.skipped
    }
  }

  /// The answers conditions see: the shared ones, and at a table those of whoever's turn it is.
  var currentAnswers: [String: AnswerValue] {
    guard let table = state.table, let current = table.current else { return state.answers }
    return state.answers.merging(table.answers[current] ?? [:]) { _, own in own }
  }
}
