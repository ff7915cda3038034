/// Reading answers: built-in replies, checks, the re-ask rule, and accepting.
extension Conversation {
  mutating func handle(_ reply: BuiltInReply, for question: Question) -> Turn {
    let id = question.id
    switch reply {
    case .repeatQuestion:
      return Turn(messages: repeated(question), next: .answer(id))
    case .help:
      // At a table there is no way back, but everyone can pass.
      var lines = texts.helpLines(atTable: state.table != nil)
      if let hint = prompt(for: question).hint { lines.insert(hint, at: 0) }
      return Turn(messages: lines.map(Message.hint), next: .answer(id))
    case .explain:
      // The question in other words when the script has them, else once more; then the
      // options and how to answer, and that not knowing is an answer too.
      let said: [Message] =
        question.alternative.map { other in
          var asked = prompt(for: question)
          asked.lines = [other]
          return [.say(texts[.explainOther]), .ask(asked)]
        }
        ?? [.say(texts[.explainAgain])] + repeated(question)
      return Turn(messages: said + [.hint(texts[.explainStill])], next: .answer(id))
    case .dontKnow: return accept(.dontKnow, for: question)
    case .refuse: return accept(.refused, for: question)
    case .skip: return accept(.skipped, for: question)
    case .pause:
      return pause()
    case .back:
      // On the second screen of a scale, back is the first screen.
      if state.scaleSide != nil {
        state.scaleSide = nil
        return Turn(messages: [.ask(prompt(for: question))], next: .answer(id))
      }
      guard state.table == nil, state.pending == nil, let previous = state.history.popLast(),
        let q = script.question(previous)
      else {
        let reason = state.table == nil ? texts[.noBack] : texts[.noBackAtTable]
        return Turn(messages: [.hint(reason)] + repeated(question), next: .answer(id))
      }
      state.currentQuestion = previous
      restorePass(for: previous)
      state.failedTries = 0
      state.revisit = (state.revisit ?? []) + [previous]
      if let before = state.variablesAsked?[previous] { state.variables = before }
      return Turn(messages: [.say(texts[.back]), .ask(prompt(for: q))], next: .answer(previous))
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
    if case .options(let ids) = value, ids.count > 1,
      let alone = question.options.first(where: { question.alone.contains($0.id) && ids.contains($0.id) })
    {
      return failed(question, reason: texts.chooseAlone(alone.label))
    }
    if case .options(let ids) = value, let range = choiceRange(question),
      ids.count < (question.minimum ?? 0) || ids.count > (question.maximum ?? Int.max)
    {
      return failed(question, reason: range)
    }
    var evaluator = currentEvaluator
    evaluator.answers[question.id] = value
    // Hard checks first: a soft "Klopt dat?" must never let an impossible answer through.
    let ordered = question.checks.filter { !$0.isSoft } + question.checks.filter(\.isSoft)
    for check in ordered where !evaluator.holds(check.condition) {
      if check.isSoft {
        // The state is saved to disk: it only gets the answer without its words.
        state.pendingSoftAnswer = Self.kept(value, for: question)
        softAnswer = value
        return Turn(
          messages: [
            .hint(check.message ?? texts[.softCheckDefault]), .hint(texts[.confirmSoft]),
          ],
          next: .answer(question.id))
      }
      return failed(question, reason: check.message ?? texts[.hardCheckDefault])
    }
    return accept(value, for: question)
  }

  mutating func failed(_ question: Question, reason: String?) -> Turn {
    failed(question, reasons: [reason ?? texts[.notUnderstood]])
  }

  /// "Bedoel je: 🏠 Bij mijn ouders?", "Bedoel je: 24?", "Bedoel je: ja?"
  func didYouMean(_ value: AnswerValue, for question: Question) -> String {
    func shown(_ id: String) -> String { question.options.first { $0.id == id }?.label ?? id }
    let what: String
    switch value {
    case .option(let id): what = shown(id)
    case .options(let ids): what = ids.map(shown).joined(separator: " \(texts[.andWord]) ")
    case .number(let n): what = String(n)
    default: what = echo(value, for: question)
    }
    return texts.didYouMean(what)
  }

  /// The hint after a first miss: the options closest to what was typed ("Bedoel je een van
  /// deze? 1 Bij mijn ouders of 4 Ergens anders"), else an example made of the options.
  func missHint(_ question: Question, closest: [String]) -> String {
    let shown = shownOptions(question)
    let numbered = shown.enumerated().filter { closest.contains($0.element.id) }
      .map { "\($0.offset + 1) \($0.element.label)" }
    if !numbered.isEmpty, numbered.count < shown.count || numbered.count <= 2 {
      return texts.closest(numbered)
    }
    return texts.forExample(example(for: question))
  }

  /// Why the answer was not taken, one sentence per line, then the re-ask rule.
  mutating func failed(_ question: Question, reasons: [String], closest: [String] = []) -> Turn {
    state.failedTries += 1
    let tries = state.failedTries
    if tries >= 6 {
      var turn = accept(.skipped, for: question, echo: texts[.autoSkip])
      turn.messages.insert(contentsOf: reasons.map(Message.hint), at: 0)
      return turn
    }
    var messages = reasons.map(Message.hint)
    if tries >= 3 {
      // At a table one person passes; a pause would stop the whole group.
      messages += [.hint(texts[.offerSkip])]
      messages +=
        state.table == nil
        ? [.hint(texts[.offerSkipHow])] : [.hint(texts[.offerPassHow]), .hint(texts[.orTryAgain])]
    } else if tries == 1 {
      messages.append(.hint(missHint(question, closest: closest)))
    } else {
      messages.append(.hint(texts[.tryAgain]))
    }
    return Turn(messages: messages, next: .answer(question.id))
  }

  /// "Zullen we deze vraag overslaan?" was asked after the third try: "ja" skips the
  /// question (at a table: this person passes), "nee" asks it again (and the offer comes back
  /// after the next try that fails). Anything else is read as an answer to the question. Nil
  /// when no offer is open.
  mutating func answerSkipOffer(_ input: String, for question: Question) -> Turn? {
    guard state.failedTries >= 3, state.pending == nil else { return nil }
    // Only the words themselves: "2" or "goed" stay answers to the question.
    let typed = Normalised(input).text
    if YesNoWords.yes.contains(typed) { return accept(.skipped, for: question) }
    guard YesNoWords.no.contains(typed) else { return nil }
    state.failedTries = 2
    return Turn(messages: [.say(texts[.tryAgain]), .ask(prompt(for: question))], next: .answer(question.id))
  }

  /// Takes an answer: the engine's own steps go their own way; a script answer is
  /// recorded for the person whose turn it is, echoed, and the conversation moves on.
  mutating func accept(_ value: AnswerValue, for question: Question, echo: String? = nil) -> Turn {
    state.failedTries = 0
    state.scaleSide = nil
    state.pendingSoftAnswer = nil
    softAnswer = nil
    // A secret answer at the table is not read out on the screen the others see again.
    let secret = question.isPrivate && state.table != nil && value.isAnswer
    let echoed = Message.echo(echo ?? (secret ? texts[.openThanks] : self.echo(value, for: question)))
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
    // After `terug`, a new answer starts a new path: what was answered after this question
    // no longer counts, and the walk below asks again whatever is still on the path.
    var dropped = (state.revisit ?? []).filter { $0 != question.id && state.answers[$0] != nil }
    for id in dropped { state.answers[id] = nil }
    // What "Iets anders" was, on this path: asked again if it is still chosen.
    dropped += (state.revisit ?? []).filter { script.question($0)?.namely != nil }.map {
      $0 + Self.namelySuffix
    }
    state.revisit = nil
    state.answers[question.id] = keptInState(value, for: question)
    state.history.append(question.id)
    guard let position = position(of: question.id) else {
      state.status = .finished
      var turn = Turn(messages: [echoed], accepted: event, next: .finished)
      turn.dropped = dropped
      return turn
    }
    var turn =
      askNamely(question, value: value, before: [echoed])
      ?? run(from: (position.section, position.item + 1), before: [echoed])
    turn.answers.insert(event, at: 0)
    turn.dropped = dropped
    return turn
  }

  /// The question asked again (`herhaal`, after a note, on resume): at a method's own step,
  /// with what the method shows above it (the persona card, so it is never out of sight).
  func repeated(_ question: Question, resuming: Bool = false) -> [Message] {
    guard case .method(let step)? = state.pending, state.table?.joining == nil else {
      return [.ask(prompt(for: question))]
    }
    return rules.context(of: step, in: self, resuming: resuming) + [.ask(prompt(for: question))]
  }

  /// `/notitie`: the supporter's note is kept at once beside the answers, for the question
  /// on screen and the person whose turn it is; the question is asked again, unanswered.
  mutating func note(_ text: String, at question: Question) -> Turn {
    let (id, source) = noteTarget(question)
    let event = AnswerEvent(
      questionID: id, kind: .open, themes: source.map(script.themes(of:)) ?? script.header.themes,
      phases: source.map(script.phases(of:)) ?? script.header.phases, value: .text(text),
      answeredBy: .supporter, participant: state.table.map { $0.current ?? "groep" } ?? "", role: .note)
    // While "Klopt dat?" waits, that is the question to answer.
    let again: [Message] =
      state.pendingSoftAnswer != nil ? [.hint(texts[.confirmSoft])] : turnLine() + repeated(question)
    return Turn(messages: [.echo(texts[.noteKept])] + again, accepted: event, next: .answer(question.id))
  }

  /// "Wat maakt dat zo?" alone does not say what it is about: on resume, an open question
  /// right after an answered closed one shows that question and the answer first.
  func followedUp(_ question: Question) -> [Message] {
    guard question.kind == .open, state.table == nil else { return [] }
    let all = script.questions
    guard let at = all.firstIndex(where: { $0.id == question.id }), at > 0 else { return [] }
    let before = all[at - 1]
    guard before.kind.isClosed, let value = state.answers[before.id], value != .skipped else { return [] }
    // "Je antwoord was: 🙂 Goed": a reminder, not a new "Je koos:".
    guard let said = shownAnswer(value, for: before) else { return before.text.map(Message.say) }
    return before.text.map(Message.say) + [.say(texts.yourAnswerWas(said))]
  }

  /// The question id a note is kept under, and the script question it belongs to: for the
  /// engine's own steps, the id their answers are kept under.
  func noteTarget(_ question: Question) -> (id: String, source: Question?) {
    switch state.pending {
    case .method(let step)?:
      rules.keptUnder(step, in: self) ?? (question.id, script.question(question.id))
    case .namely(let id)?: (id + Self.namelySuffix, script.question(id))
    default: (question.id, script.question(question.id))
    }
  }

  /// What the saved state keeps of an answer: never its words, and of an age only the
  /// lowest age of its band (34 → 30), enough for conditions like `leeftijd >= 18`.
  static func kept(_ value: AnswerValue, for question: Question) -> AnswerValue {
    if case .number(let n) = value, AnswerRecord.isAge(question.id) { return .number(AgeBand.floor(of: n)) }
    return value.withoutText
  }

  /// A chosen option or a number as shown ("🙂 Goed", "3"); nil for other answers.
  func shownAnswer(_ value: AnswerValue, for question: Question) -> String? {
    func shown(_ id: String) -> String {
      question.options.first { $0.id == id }?.shown ?? id
    }
    switch value {
    case .option(let id): return shown(id)
    case .options(let ids): return ids.map(shown).joined(separator: ", ")
    case .number(let n): return String(n)
    default: return nil
    }
  }

  func echo(_ value: AnswerValue, for question: Question) -> String {
    switch value {
    case .option, .options: return texts.youChose(shownAnswer(value, for: question) ?? "")
    case .number(let n): return texts.youTyped(n)
    case .text, .openAnswered, .kept: return texts[.openThanks]
    case .dontKnow: return texts[.dontKnow]
    case .refused: return texts[.refused]
    case .skipped: return texts[.skipped]
    }
  }
}
