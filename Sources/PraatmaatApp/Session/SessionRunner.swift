import PraatmaatCore
import PraatmaatStore

/// Starts and resumes conversations against the store: consent first, a session code,
/// every answer kept as it is accepted, and a clear word on how to go on later.
public struct SessionRunner {
  /// The database: checked before anything is asked, made only after consent.
  public let database: StoreAccess
  public let terminal: any Terminal
  let prompt: String
  let anonymiser: any Anonymiser
  /// The word knowledge answers are read with (Content/begrip), read meanwhile.
  let preparedWords: PreparedAnswerWords

  /// The sentences the conversation says (Content/teksten).
  public let texts: PhraseBook
  /// Whether the supporter reviews each open answer before it is kept.
  let reviewsAnswers: Bool
  /// Whether the session code waits for `ok` (on a terminal, where someone writes it down).
  public var confirmsCode = false
  /// Whether the terminal shows the large layout; kept with the session, so a resume does too.
  public var largeLayout = false

  public init(
    store: any AnswerStore, terminal: any Terminal, prompt: String, anonymiser: any Anonymiser,
    texts: PhraseBook, words: AnswerWords = AnswerWords(), reviewsAnswers: Bool = false
  ) {
    self.init(
      database: StoreAccess(store), terminal: terminal, prompt: prompt, anonymiser: anonymiser, texts: texts,
      words: PreparedAnswerWords(words), reviewsAnswers: reviewsAnswers)
  }

  public init(
    database: StoreAccess, terminal: any Terminal, prompt: String, anonymiser: any Anonymiser,
    texts: PhraseBook, words: PreparedAnswerWords = PreparedAnswerWords(AnswerWords()),
    reviewsAnswers: Bool = false
  ) {
    self.texts = texts
    self.database = database
    self.terminal = terminal
    self.prompt = prompt
    self.anonymiser = anonymiser
    self.preparedWords = words
    self.reviewsAnswers = reviewsAnswers
  }

  /// The word knowledge, once read.
  var words: AnswerWords {
    get throws(AppError) { try preparedWords.get() }
  }

  /// The store, opened (and made) on first use.
  public var store: any AnswerStore {
    get throws(StoreError) { try database.store() }
  }

  /// A new conversation. Returns nil when there was no consent (nothing was stored).
  /// `file` is the absolute path of a script that is not in `Content/scripts`, kept to resume.
  @discardableResult
  public func start(
    script: Script, file: String? = nil, seed: UInt64, municipality: String?, month: String
  ) throws -> (SessionCode, ConversationHost.Outcome)? {
    // A store that cannot keep answers says so before anyone is asked anything.
    do {
      try database.checkWritable()
    } catch {
      throw AppError.storing(error, "Het gesprek kan niet worden bewaard: \(error).")
    }
    // The anonymiser's and the matcher's lists were found before consent and are read
    // meanwhile: consent and the first question are shown at once; an answer waits for the
    // matcher's lists, and nothing is kept before the anonymiser's are ready (the recorder
    // waits).
    let known = preparedWords.ifReady()
    var conversation = Conversation(
      script: script, texts: texts, seed: seed, nicknameCheck: nicknameCheck, anonymise: anonymiser.anonymise,
      words: known ?? AnswerWords())
    keepVoice(in: &conversation)
    var machine = SessionMachine(
      conversation: conversation, texts: texts, reviewer: reviewsAnswers ? anonymiser : nil,
      confirmsCode: confirmsCode)
    var host = ConversationHost(terminal: terminal, texts: texts, recorder: nil, prompt: prompt)
    let prepared = preparedWords
    let texts = self.texts
    host.beforeConsentReply = { text, machine in
      // "ja" and "nee" need no word lists; anything else waits until they are read.
      let plain = Consent.read(text, texts: texts, words: prepared.ifReady() ?? AnswerWords())
      if plain != .agreed && plain != .declined { machine.give(try prepared.get()) }
    }
    if known == nil { host.beforeFirstAnswer = { machine in machine.give(try prepared.get()) } }
    let opened = OpenedSession()
    host.open = { state in
      try self.open(state, script: script, file: file, municipality: municipality, month: month, into: opened)
    }
    let outcome = try host.run(&machine, machine.start())
    defer { withExtendedLifetime(opened) {} }
    guard let code = opened.code, outcome != .declined else { return nil }
    return (code, try finish(outcome, machine, code: code))
  }

  /// The session made at consent: its code, and the lease that keeps other processes out
  /// while it runs.
  final class OpenedSession {
    var code: SessionCode?
    var lease: AnyObject?
  }

  /// Makes the session in the store at the state of its first question, so a session killed
  /// right after its code was shown still resumes there.
  private func open(
    _ state: ConversationState, script: Script, file: String?, municipality: String?, month: String,
    into opened: OpenedSession
  ) throws -> (SessionCode, any ConversationRecorder) {
    var code = SessionCode.random()
    let store: any AnswerStore
    do {
      store = try database.store()
      // A code is drawn again while it is taken: on a region's server with half a million
      // sessions a random code is taken about once in 500 conversations.
      while try store.session(code) != nil { code = SessionCode.random() }
      let record = SessionRecord(
        code: code, scriptID: script.id, scriptVersion: script.header.version, method: script.header.method,
        municipality: municipality, status: .running, month: month, state: state, scriptPath: file)
      // Taken before the session exists, so no other process can resume it meanwhile.
      opened.lease = try store.lease(code)
      try store.create(record)
    } catch {
      throw AppError.storing(error, "Het gesprek kan niet worden bewaard: \(error).")
    }
    opened.code = code
    return (
      code, StoreRecorder(store: store, code: code, script: script, month: month, anonymiser: anonymiser)
    )
  }

  /// Continues a paused conversation at the question where it stopped.
  public func resume(code: SessionCode, library: ContentLibrary, scriptFile: String? = nil, month: String)
    throws
    -> ConversationHost.Outcome
  {
    let prepared: (any AnswerStore, SessionRecord, Script, Conversation)
    do {
      prepared = try prepareResume(code: code, library: library, scriptFile: scriptFile)
    } catch is AlreadyDone {
      terminal.note(texts[.savedAll])
      return .finished
    }
    let (store, session, script, resumed) = prepared
    // One live process per conversation: a second resume of the same code is refused
    // before anything is shown, and nothing it would echo can be lost.
    let lease: AnyObject?
    do {
      lease = try store.lease(code)
    } catch {
      throw AppError.storing(error, "\(error).".capitalisedFirstLetter)
    }
    defer { withExtendedLifetime(lease) {} }
    var conversation = resumed
    keepVoice(in: &conversation)
    var machine = SessionMachine(
      conversation: conversation, texts: texts, reviewer: reviewsAnswers ? anonymiser : nil)
    let recorder = StoreRecorder(
      store: store, code: code, script: script, month: session.month, anonymiser: anonymiser)
    var host = ConversationHost(
      terminal: terminal, texts: texts, recorder: recorder, prompt: prompt, code: code)
    let outcome = try host.run(&machine, machine.resume())
    return try finish(outcome, machine, code: code)
  }

  /// Why a session cannot go on here, or nil when it can; nothing is shown or kept.
  public func resumeProblem(code: SessionCode, library: ContentLibrary) -> AppError? {
    do {
      _ = try prepareResume(code: code, library: library)
      return nil
    } catch let error as AppError {
      return error
    } catch {
      return AppError.storing(error, "\(error)")
    }
  }

  /// Everything a resume needs, checked before anything is shown.
  private func prepareResume(code: SessionCode, library: ContentLibrary, scriptFile: String? = nil) throws
    -> (any AnswerStore, SessionRecord, Script, Conversation)
  {
    guard let store = try database.existing(), let session = try store.session(code) else {
      throw AppError.session(.unknownCode(code))
    }
    switch session.status {
    case .finished: throw AppError.session(.alreadyFinished(code))
    case .withdrawn: throw AppError.session(.withdrawn(code))
    case .paused, .running: break
    }
    guard let state = session.state else {
      throw AppError.session(.elsewhere(code))
    }
    // Nothing is shown before it is sure that the answers can be kept and anonymised.
    do {
      try store.checkWritable()
    } catch {
      throw AppError.storing(error, "Het gesprek kan niet worden bewaard: \(error).")
    }
    do {
      try anonymiser.prepare()
    } catch {
      throw AppError.usage("\(error)")
    }
    let script = try self.script(of: session, state: state, library: library, file: scriptFile)
      .addingStatements(state.extraStatements)
    let conversation: Conversation
    let words = try self.words
    do {
      conversation = try Conversation(
        script: script, texts: texts, resuming: state, nicknameCheck: nicknameCheck,
        anonymise: anonymiser.anonymise,
        words: words)
    } catch .questionGone(let id) {
      throw AppError.session(.questionGone(script: script.id, question: id))
    } catch .newerFormat {
      throw AppError.session(.newerFormat)
    } catch .otherScript(let expected, let found) {
      throw AppError.session(
        session.scriptPath.map { .fileHoldsOtherScript(file: $0, found: found, expected: expected) }
          ?? .scriptNotFound(expected))
    } catch .alreadyFinished {
      // Killed after its last answer was kept but before it was marked finished: it is.
      if session.status != .finished {
        do {
          try store.update(code, status: .finished, state: nil)
        } catch {
          throw AppError.storing(error, "Het gesprek kan niet worden bewaard: \(error).")
        }
        throw AlreadyDone()
      }
      throw AppError.session(.alreadyFinished(code))
    }
    return (store, session, script, conversation)
  }

  /// After the session: a script that went round is said so; otherwise how to go on.
  private func finish(_ outcome: ConversationHost.Outcome, _ machine: SessionMachine, code: SessionCode)
    throws
    -> ConversationHost.Outcome
  {
    let conversation = machine.conversation
    if conversation.stalled {
      throw AppError.session(
        .goesRound(script: conversation.script.id, part: conversation.loopSection ?? "?"))
    }
    switch outcome {
    case .finished: terminal.note(texts[.savedAll])
    case .paused: terminal.note("Verder gaan kan met: praatmaat resume \(code)")
    case .forgotten, .declined: break
    }
    return outcome
  }

  /// Whether this runner's terminal reads aloud; kept with the session, so a resume does too.
  public var readsAloud: Bool { terminal is SpeakingTerminal }

  /// The speed of this runner's voice, in words per minute; nil without espeak-ng.
  public var speakRate: Int? {
    ((terminal as? SpeakingTerminal)?.speaker as? EspeakSpeaker)?.rate
  }

  /// The same runner with its voice at `rate`; nil without espeak-ng.
  public func speaking(at rate: Int) -> SessionRunner? {
    let plain = (terminal as? SpeakingTerminal)?.inner ?? terminal
    return TerminalFactory.speakingIfPossible(plain, rate: rate).map(on)
  }

  /// Keeps in the state that, and how fast, this conversation is read aloud.
  private func keepVoice(in conversation: inout Conversation) {
    if largeLayout { conversation.largeLayout = true }
    guard readsAloud else { return }
    conversation.readAloud = true
    if let speakRate { conversation.speakRate = speakRate }
  }

  /// The same runner on another terminal (the same one with a voice).
  public func on(_ terminal: any Terminal) -> SessionRunner {
    var runner = SessionRunner(
      database: database, terminal: terminal, prompt: prompt, anonymiser: anonymiser, texts: texts,
      words: preparedWords, reviewsAnswers: reviewsAnswers)
    runner.confirmsCode = confirmsCode
    runner.largeLayout = largeLayout
    return runner
  }

  /// A nickname may be used when it does not look like a real name.
  var nicknameCheck: @Sendable (String) -> Bool {
    let anonymiser = self.anonymiser
    return { !anonymiser.looksLikeName($0) }
  }
}

extension String {
  /// "het gesprek …" as the start of a sentence.
  var capitalisedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}

/// A session whose last answer was kept, but that was stopped before it was marked finished:
/// resuming it finishes it, with nothing more to ask.
struct AlreadyDone: Error {}
