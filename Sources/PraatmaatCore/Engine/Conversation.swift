/// The dialogue engine: a pure step machine over a script.
///
/// The host calls `start()` (or `resume()`), shows the messages of each `Turn`, stores its
/// `answers`, and passes the next line typed to `respond(to:)`. No I/O happens here; the
/// whole state is the `Codable` value `state`. Group methods (Stamtafel, Kwartetspel,
/// Persona, panel) run on the same machine, with a table of participants in the state.
public struct Conversation: Sendable {
  public let script: Script
  public internal(set) var state: ConversationState
  /// The answer waiting for "Klopt dat?", with its words; only in memory.
  var softAnswer: AnswerValue?
  /// True when the script walked around without asking anything until the step limit.
  public internal(set) var stalled = false
  /// The part where a stalled walk went round, for the supporter's reason.
  public internal(set) var loopSection: String?
  /// Decides whether a nickname could identify someone; true means it may be used.
  let nicknameCheck: @Sendable (String) -> Bool
  /// Anonymises group contributions kept in the state (Persona), so it holds no raw text.
  let anonymise: @Sendable (String) -> String
  /// The word knowledge answers are read with (Content/begrip).
  /// The word knowledge answers are read with; a host may give it once it is read, before
  /// the first answer.
  public var words: AnswerWords
  /// The sentences the conversation says (Content/teksten).
  public let texts: PhraseBook
  /// Variables that can differ per person at a table (see `Script.personalVariables`).
  let personalVariables: Set<String>
  /// Open questions whose answer a later text shows (`{waarom}`): their anonymised words are
  /// kept in the state; every other open answer is kept there without words.
  let filledIn: Set<String>
  /// A guard against scripts that jump around without ever asking anything.
  static let stepLimit = 10_000

  /// A new conversation at the start of the script.
  public init(
    script: Script, texts: PhraseBook, seed: UInt64 = 0,
    nicknameCheck: @escaping @Sendable (String) -> Bool = { _ in true },
    anonymise: @escaping @Sendable (String) -> String = { BasicAnonymiser().anonymise($0) },
    words: AnswerWords = AnswerWords()
  ) {
    self.script = script
    personalVariables = script.header.method.isGroup ? script.personalVariables : []
    filledIn = script.filledInQuestions
    self.nicknameCheck = nicknameCheck
    self.anonymise = anonymise
    self.words = words
    self.texts = texts
    state = ConversationState(
      scriptID: script.id, scriptVersion: script.header.version, seed: seed)
    for variable in script.header.variables { state.variables[variable.name] = variable.initial }
    if script.header.method.isGroup { state.table = TableState() }
    state.extraStatements = script.questions.filter { Script.isExtraStatement($0.id) }
      .compactMap(\.text.last)
    drawRandomOrders()
  }

  /// A new conversation as on a terminal: nicknames checked and group contributions
  /// anonymised by `anonymiser`.
  public init(
    script: Script, texts: PhraseBook, seed: UInt64, anonymiser: any Anonymiser, words: AnswerWords
  ) {
    self.init(
      script: script, texts: texts, seed: seed, nicknameCheck: { !anonymiser.looksLikeName($0) },
      anonymise: { anonymiser.anonymise($0) }, words: words)
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
  public init(
    script: Script, texts: PhraseBook, resuming original: ConversationState,
    nicknameCheck: @escaping @Sendable (String) -> Bool = { _ in true },
    anonymise: @escaping @Sendable (String) -> String = { BasicAnonymiser().anonymise($0) },
    words: AnswerWords = AnswerWords()
  ) throws(ResumeError) {
    let saved = Self.upgradingStatementIDs(original)
    guard saved.format <= ConversationState.currentFormat else {
      throw .newerFormat(saved.format)
    }
    guard saved.scriptID == script.id else {
      throw .otherScript(expected: saved.scriptID, found: script.id)
    }
    // A state with no question yet was saved before the first one: resume starts at the top.
    guard saved.status != .finished else { throw .alreadyFinished }
    if let current = saved.currentQuestion, saved.pending == nil,
      script.question(current) == nil, !current.hasPrefix(Self.builtInPrefix)
    {
      throw .questionGone(current)
    }
    self.init(
      script: script, texts: texts, seed: saved.seed, nicknameCheck: nicknameCheck, anonymise: anonymise,
      words: words)
    state = saved
    state.scriptVersion = script.header.version
    state.status = .running
    state.pendingSoftAnswer = nil
    state.pendingGuess = nil
    // A latecomer who had not said yes yet is not at the table.
    state.table?.joining = nil
    for variable in script.header.variables where state.variables[variable.name] == nil {
      state.variables[variable.name] = variable.initial
    }
    let known = Set(script.questions.map(\.id))
    state.history = state.history.filter { known.contains(Script.repeatedBase(of: $0)) }
    if var table = state.table {
      rules.resumed(&table, known: known)
      state.table = table
    }
    drawRandomOrders()
  }

  /// The host reads this conversation aloud; kept in the state so a resume does too.
  public var readAloud: Bool {
    get { state.readAloud == true }
    set { state.readAloud = newValue ? true : nil }
  }

  /// The speed the host reads this conversation aloud at; kept so a resume reads at it too.
  public var largeLayout: Bool {
    get { state.largeLayout == true }
    set { state.largeLayout = newValue ? true : nil }
  }

  public var speakRate: Int? {
    get { state.speakRate }
    set { state.speakRate = newValue }
  }

  /// Ids of the engine's own steps start with this, so they never clash with a script's.
  static let builtInPrefix = "_"

  // MARK: Steps

  /// Runs from the top of the script to the first question (or the table set-up).
  public mutating func start() -> Turn {
    guard !script.sections.isEmpty else {
      state.status = .finished
      return Turn(next: .finished)
    }
    if state.table != nil { return startTable() }
    return run(from: (0, 0), before: [])
  }

  /// Picks up a resumed conversation: a reminder and the question it stopped at.
  public mutating func resume() -> Turn {
    guard let question = awaiting else { return start() }
    var messages: [Message] = [.say(texts[.resumed])]
    if let table = state.table, !table.participants.isEmpty {
      messages.append(.say(texts.atTable(table.participants.map(\.nickname))))
    }
    messages.append(.say(texts[.resumedAt]))
    messages += turnLine(question)
    messages += followedUp(question)
    messages += repeated(question, resuming: true)
    return Turn(messages: messages, next: .answer(question.id))
  }

  /// The question on screen again, with whose turn it is; nothing changes.
  public func again() -> Turn {
    guard let question = awaiting else { return Turn(next: state.status == .paused ? .paused : .finished) }
    return Turn(messages: turnLine(question) + repeated(question), next: .answer(question.id))
  }

  /// Pauses from outside (Ctrl-C, end of input); the current question is kept.
  public mutating func pause() -> Turn {
    if state.status == .running { state.status = .paused }
    state.table?.joining = nil
    return Turn(
      messages: [.say(texts[.paused])], next: state.status == .finished ? .finished : .paused)
  }

  /// The question waiting for an answer: a script question or one of the engine's own.
  public var awaiting: Question? {
    guard state.status == .running else { return nil }
    if state.table?.joining != nil { return latecomerQuestion() }
    if let pending = state.pending { return builtInQuestion(pending) }
    return state.currentQuestion.flatMap(script.question)
  }

  /// Takes one typed line as the answer to the current question.
  public mutating func respond(to raw: String) -> Turn {
    guard let question = awaiting else {
      return Turn(next: state.status == .paused ? .paused : .finished)
    }
    let id = question.id
    var input = TextSafety.clean(raw).trimmingCharacters(in: .whitespacesAndNewlines)
    if input.count > TextSafety.maximumAnswerLength {
      return failed(question, reason: texts[.tooLong])
    }
    if state.table?.joining != nil { return answerLatecomer(input, question: question) }

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
      case .table(let command):
        return tableCommand(command, question: question)
      case .note(let text):
        return note(text, at: question)
      case .emptyNote:
        return Turn(messages: [.hint(SupporterCommand.emptyNoteLine)], next: .answer(id))
      case .pause:
        return pause()
      case .code:
        return again()
      case .help, .unknown:
        // After the help, the question again and whose turn it is: nobody has to scroll up.
        let lines = SupporterCommand.helpLines + (state.table != nil ? SupporterCommand.tableHelpLines : [])
        return Turn(messages: lines.map(Message.hint) + turnLine() + repeated(question), next: .answer(id))
      }
    }

    // "leuk? ik vind het er heerlijk": a word of the question said back first is no answer;
    // what follows is (as `AnswerMatcher.understand` reads it).
    if question.kind != .open, state.pendingGuess == nil, state.pendingSoftAnswer == nil,
      let echo = AnswerMatcher.echoed(input)
    {
      input = echo
    }
    // "ik typ voor haar: eens", "… en kiest dan 2": the supporter's note is no part of the answer,
    // and the choice settled on is (as `AnswerMatcher.understand` reads them).
    if state.pendingGuess == nil, state.pendingSoftAnswer == nil {
      input = AnswerMatcher(words: words).answerPart(input, for: question)
    }
    let reply = BuiltInReply.recognise(input, openQuestion: question.kind == .open, typos: false)
    // "Bedoel je: …?": ja keeps the guess, nee asks the question again; anything else is a
    // new answer to the question.
    if let guess = state.pendingGuess {
      state.pendingGuess = nil
      if reply == nil {
        switch AnswerMatcher(words: words).match(input, for: Consent.yesNo(texts)) {
        case .value(.option("ja")): return check(guess, for: question)
        case .value(.option("nee")):
          return Turn(messages: [.say(texts[.guessWrong]), .ask(prompt(for: question))], next: .answer(id))
        default: break
        }
      }
    }
    if let pending = state.pendingSoftAnswer, reply == nil || reply == .help {
      switch AnswerMatcher(words: words).match(input, for: Consent.yesNo(texts)) {
      case .value(.option("ja")): return accept(softAnswer ?? pending, for: question)
      case .value(.option("nee")):
        state.pendingSoftAnswer = nil
        softAnswer = nil
        return Turn(
          messages: [.say(texts[.tryAgain]), .ask(prompt(for: question))], next: .answer(id))
      default:
        return Turn(messages: [.hint(texts[.confirmSoft])], next: .answer(id))
      }
    }
    state.pendingSoftAnswer = nil
    softAnswer = nil
    if reply == nil, let turn = answerSkipOffer(input, for: question) { return turn }

    if AnswerMatcher.notKnowingIsNo(reply, question) { return guessed(.option("nee"), for: question) }
    // "liever niet" to "Wil je …?" is no (as `AnswerMatcher.understand` reads it).
    if reply == .refuse, AnswerMatcher.declinedWish(input, question) {
      return check(.option("nee"), for: question)
    }
    if let reply, !(question.kind == .statement && reply == .dontKnow) {
      return handle(reply, for: question)
    }
    // On a panel statement "weet ik niet (goed)" is one of the options.
    if reply == .dontKnow, question.options.contains(where: { $0.id == "weet-niet" }) {
      return check(.option("weet-niet"), for: question)
    }
    if let turn = answerScaleScreen(input, for: question) { return turn }
    let matcher = AnswerMatcher(words: words)
    switch matcher.match(input, for: question) {
    case .notUnderstood:
      // A reply with a typo ("overslan"), when the answer means nothing else.
      if let typo = BuiltInReply.recognise(input, openQuestion: question.kind == .open) {
        return handle(typo, for: question)
      }
      // A method may read its own step its own way (a card game's theme by its name).
      if case .method(let step)? = state.pending, let value = rules.read(input, at: step, in: self) {
        return accept(value, for: question)
      }
      // "telt mijn kat ook mee?": a question back is a question about the question.
      if question.kind != .open, BuiltInReply.asksBack(input) { return handle(.explain, for: question) }
      return failed(
        question,
        reasons: [input.isEmpty && question.kind == .open ? texts[.openEmpty] : texts[.notUnderstood]],
        closest: matcher.closest(input, for: question))
    // "ja tuurlijk 🙄": meant the other way round; asked again, never stored. With "not" at the
    // end the other way round is the answer, checked first ("echt leuk not").
    case .value(let value) where AnswerMatcher.ironic(input):
      if let other = AnswerMatcher.meantOtherWay(value, input, for: question) {
        return guessed(other, for: question)
      }
      return failed(question, reasons: [texts[.notUnderstood]], closest: [])
    case .value(let value):
      return check(value, for: question)
    case .guess(let value):
      return guessed(AnswerMatcher.meantOtherWay(value, input, for: question) ?? value, for: question)
    }
  }

  /// "Bedoel je: …?" with how to answer it; the guess waits for ja or nee.
  private mutating func guessed(_ value: AnswerValue, for question: Question) -> Turn {
    state.pendingGuess = value.withoutText
    return Turn(
      messages: [.hint(didYouMean(value, for: question)), .hint(texts[.confirmGuessHow])],
      next: .answer(question.id)
    )
  }
}
