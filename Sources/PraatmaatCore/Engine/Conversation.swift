/// The dialogue engine: a pure step machine over a script.
///
/// The host calls `start()` (or `resume()`), shows the messages of each `Turn`, stores its
/// `accepted` answer, and passes the next line typed to `respond(to:)`. No I/O happens here;
/// the whole state is the `Codable` value `state`.
public struct Conversation: Sendable {
  public let script: Script
  public private(set) var state: ConversationState
  /// True when the script walked around without asking anything until the step limit.
  public private(set) var stalled = false
  /// A guard against scripts that jump around without ever asking anything.
  static let stepLimit = 10_000

  /// A new conversation at the start of the script.
  public init(script: Script, seed: UInt64 = 0) {
    self.script = script
    state = ConversationState(
      scriptID: script.id, scriptVersion: script.header.version, seed: seed)
    for variable in script.header.variables { state.variables[variable.name] = variable.initial }
    drawRandomOrders()
  }

  /// Why a saved conversation cannot go on with this script.
  public enum ResumeError: Error, Equatable, Sendable {
    case otherScript(expected: String, found: String)
    case newerFormat(Int)
    case questionGone(String)
    case alreadyFinished
  }

  /// Continues a saved conversation. Works after script edits as long as the
  /// question it stopped at still exists.
  public init(script: Script, resuming saved: ConversationState) throws(ResumeError) {
    guard saved.format <= ConversationState.currentFormat else {
      throw .newerFormat(saved.format)
    }
    guard saved.scriptID == script.id else {
      throw .otherScript(expected: saved.scriptID, found: script.id)
    }
    guard saved.status != .finished, let current = saved.currentQuestion else {
      throw .alreadyFinished
    }
    guard script.question(current) != nil else { throw .questionGone(current) }
    self.script = script
    state = saved
    state.scriptVersion = script.header.version
    state.status = .running
    state.pendingSoftAnswer = nil
    for variable in script.header.variables where state.variables[variable.name] == nil {
      state.variables[variable.name] = variable.initial
    }
    let known = Set(script.questions.map(\.id))
    state.history = state.history.filter { known.contains($0) }
    drawRandomOrders()
  }

  // MARK: Steps

  /// Runs from the top of the script to the first question.
  public mutating func start() -> Turn {
    guard !script.sections.isEmpty else {
      state.status = .finished
      return Turn(next: .finished)
    }
    return run(from: (0, 0), before: [])
  }

  /// Picks up a resumed conversation: a reminder and the question it stopped at.
  public mutating func resume() -> Turn {
    guard let id = state.currentQuestion, let q = script.question(id) else { return start() }
    return Turn(
      messages: [.say(Phrases.resumed), .say(Phrases.resumedAt), .ask(prompt(for: q))],
      next: .answer(id))
  }

  /// Pauses from outside (Ctrl-C, end of input); the current question is kept.
  public mutating func pause() -> Turn {
    if state.status == .running { state.status = .paused }
    return Turn(messages: [.say(Phrases.paused)], next: state.status == .finished ? .finished : .paused)
  }

  /// Takes one typed line as the answer to the current question.
  public mutating func respond(to raw: String) -> Turn {
    guard state.status == .running, let id = state.currentQuestion,
      let question = script.question(id)
    else { return Turn(next: state.status == .paused ? .paused : .finished) }
    var input = TextSafety.clean(raw).trimmingCharacters(in: .whitespacesAndNewlines)
    if input.count > TextSafety.maximumAnswerLength {
      return failed(question, reason: Phrases.tooLong)
    }

    if input.hasPrefix("/") {
      switch SupporterCommand.parse(input) {
      case .mark(let by, let rest):
        state.nextAnsweredBy = by
        if rest.isEmpty {
          return Turn(messages: [.hint(SupporterCommand.marked(by))], next: .answer(id))
        }
        input = rest
      case .alternative:
        let text = question.alternative ?? question.text.last ?? id
        return Turn(messages: [.say(text)], next: .answer(id))
      case .help, .unknown:
        return Turn(messages: SupporterCommand.helpLines.map(Message.hint), next: .answer(id))
      }
    }

    if let pending = state.pendingSoftAnswer {
      switch AnswerMatcher().match(input, for: Question(id: id, kind: .yesNo, location: question.location)) {
      case .value(.option("ja")): return accept(pending, for: question)
      case .value(.option("nee")):
        state.pendingSoftAnswer = nil
        return Turn(messages: [.say(Phrases.tryAgain), .ask(prompt(for: question))], next: .answer(id))
      default:
        return Turn(messages: [.hint(Phrases.confirmSoft)], next: .answer(id))
      }
    }

    if let reply = BuiltInReply.recognise(input) {
      return handle(reply, for: question)
    }
    switch AnswerMatcher().match(input, for: question) {
    case .notUnderstood:
      return failed(question, reason: input.isEmpty && question.kind == .open ? Phrases.openEmpty : nil)
    case .value(let value):
      return check(value, for: question)
    }
  }

  // MARK: Answers

  private mutating func handle(_ reply: BuiltInReply, for question: Question) -> Turn {
    let id = question.id
    switch reply {
    case .repeatQuestion:
      return Turn(messages: [.ask(prompt(for: question))], next: .answer(id))
    case .help:
      var lines = [Phrases.helpIntro] + Phrases.helpWords
      if let hint = prompt(for: question).hint { lines.insert(hint, at: 0) }
      return Turn(messages: lines.map(Message.hint), next: .answer(id))
    case .dontKnow: return accept(.dontKnow, for: question)
    case .refuse: return accept(.refused, for: question)
    case .skip: return accept(.skipped, for: question)
    case .pause:
      return pause()
    case .back:
      guard let previous = state.history.popLast(), let q = script.question(previous) else {
        return Turn(messages: [.hint(Phrases.noBack), .ask(prompt(for: question))], next: .answer(id))
      }
      state.currentQuestion = previous
      state.failedTries = 0
      return Turn(messages: [.say(Phrases.back), .ask(prompt(for: q))], next: .answer(previous))
    }
  }

  private mutating func check(_ value: AnswerValue, for question: Question) -> Turn {
    if case .number(let n) = value {
      if let min = question.minimum, n < min { return failed(question, reason: numberRange(question)) }
      if let max = question.maximum, n > max { return failed(question, reason: numberRange(question)) }
    }
    var answers = state.answers
    answers[question.id] = value
    let evaluator = ConditionEvaluator(answers: answers, variables: state.variables)
    for check in question.checks where !evaluator.holds(check.condition) {
      if check.isSoft {
        state.pendingSoftAnswer = value
        return Turn(
          messages: [.hint(check.message ?? Phrases.softCheckDefault), .hint(Phrases.confirmSoft)],
          next: .answer(question.id))
      }
      return failed(question, reason: check.message ?? Phrases.hardCheckDefault)
    }
    return accept(value, for: question)
  }

  private mutating func failed(_ question: Question, reason: String?) -> Turn {
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

  private mutating func accept(_ value: AnswerValue, for question: Question, echo: String? = nil)
    -> Turn
  {
    let event = AnswerEvent(
      questionID: question.id, kind: question.kind, themes: script.themes(of: question),
      phases: script.phases(of: question), value: value, answeredBy: state.nextAnsweredBy)
    state.answers[question.id] = value.withoutText
    state.history.append(question.id)
    state.failedTries = 0
    state.pendingSoftAnswer = nil
    state.nextAnsweredBy = .participant
    let echoed = Message.echo(echo ?? self.echo(value, for: question))
    guard let position = position(of: question.id) else {
      state.status = .finished
      return Turn(messages: [echoed], accepted: event, next: .finished)
    }
    var turn = run(from: (position.section, position.item + 1), before: [echoed])
    turn.accepted = event
    return turn
  }

  private func echo(_ value: AnswerValue, for question: Question) -> String {
    func shown(_ id: String) -> String {
      question.options.first { $0.id == id }?.shown ?? id
    }
    switch value {
    case .option(let id): return "\(Phrases.youChose) \(shown(id))"
    case .options(let ids): return "\(Phrases.youChose) \(ids.map(shown).joined(separator: ", "))"
    case .number(let n): return "\(Phrases.youTyped) \(n)"
    case .text, .openAnswered: return Phrases.openThanks
    case .dontKnow: return Phrases.dontKnow
    case .refused: return Phrases.refused
    case .skipped: return Phrases.skipped
    }
  }

  // MARK: Walking the script

  /// Walks items from a position, saying lines and applying jumps, up to the next question.
  private mutating func run(from start: (section: Int, item: Int), before: [Message]) -> Turn {
    var messages = before
    var section = start.section
    var index = start.item
    var steps = 0
    while section < script.sections.count {
      let items = effectiveItems(section)
      guard index < items.count else {
        section += 1
        index = 0
        continue
      }
      steps += 1
      if steps > Self.stepLimit {
        stalled = true
        break
      }
      let item = items[index]
      index += 1
      let evaluator = ConditionEvaluator(answers: state.answers, variables: state.variables)
      guard evaluator.holds(item.condition) else { continue }
      switch item {
      case .say(let say): messages.append(.say(say.text))
      case .set(let assignment): state.variables[assignment.variable] = assignment.value
      case .jump(let jump):
        if jump.target == Jump.end {
          section = script.sections.count
        } else if let target = script.sectionIndex(named: jump.target) {
          section = target
          index = 0
        }
      case .ask(let question):
        state.currentQuestion = question.id
        state.failedTries = 0
        messages.append(.ask(prompt(for: question)))
        return Turn(messages: messages, next: .answer(question.id))
      }
    }
    state.currentQuestion = nil
    state.status = .finished
    return Turn(messages: messages, next: .finished)
  }

  /// A section's items, with the questions of a random section in their drawn order.
  func effectiveItems(_ index: Int) -> [Item] {
    let section = script.sections[index]
    guard section.randomPick != nil, let order = state.randomOrders[section.name] else {
      return section.items
    }
    let fixed = section.items.filter { $0.question == nil }
    let questions = order.compactMap { id in section.items.first { $0.question?.id == id } }
    return fixed + questions
  }

  private func position(of questionID: String) -> (section: Int, item: Int)? {
    for s in script.sections.indices {
      if let i = effectiveItems(s).firstIndex(where: { $0.question?.id == questionID }) {
        return (s, i)
      }
    }
    return nil
  }

  private mutating func drawRandomOrders() {
    for section in script.sections {
      guard let pick = section.randomPick else { continue }
      let ids = section.items.compactMap(\.question?.id)
      if let kept = state.randomOrders[section.name] {
        state.randomOrders[section.name] = kept.filter { ids.contains($0) }
        continue
      }
      var generator = SeededGenerator(seed: state.seed ^ SeededGenerator.hash(section.name))
      state.randomOrders[section.name] = Array(ids.shuffled(using: &generator).prefix(pick))
    }
  }

  // MARK: Showing questions

  /// The question as shown: text, numbered options and a hint how to answer.
  public func prompt(for question: Question) -> Prompt {
    let hint: String? =
      switch question.kind {
      case .yesNo, .choice, .scale: Phrases.hintChoice
      case .multiChoice: Phrases.hintMulti
      case .number:
        question.minimum != nil || question.maximum != nil ? numberRange(question) : Phrases.hintNumber
      case .open: nil
      }
    return Prompt(
      questionID: question.id, kind: question.kind,
      lines: question.text.isEmpty ? [question.id] : question.text, options: question.options,
      hint: hint)
  }

  private func numberRange(_ q: Question) -> String {
    switch (q.minimum, q.maximum) {
    case (let lo?, let hi?):
      Phrases.numberBetween.replacingOccurrences(of: "%d tot %d", with: "\(lo) tot \(hi)")
    case (let lo?, nil): Phrases.numberAtLeast.replacingOccurrences(of: "%d", with: "\(lo)")
    case (nil, let hi?): Phrases.numberAtMost.replacingOccurrences(of: "%d", with: "\(hi)")
    default: Phrases.hintNumber
    }
  }

  private func example(for q: Question) -> String {
    if let example = q.example { return example }
    switch q.kind {
    case .yesNo: return "ja"
    case .choice, .scale: return "1"
    case .multiChoice: return q.options.count >= 3 ? "1 3" : "1 2"
    case .number: return String(q.minimum ?? 3)
    case .open: return Phrases.hintOpen
    }
  }
}
