/// One session as a step machine, from consent to the end: the consent question, the code,
/// the conversation, the supporter's review of each free-text answer, and the close. No I/O:
/// every step returns effects as data, in the order the host must carry them out, so a
/// terminal is one host among others (a tablet page, a chat channel, a test).
///
/// The host shows what `.show` holds, makes the session on `.open`, keeps what `.record` and
/// `.checkpoint` hold before it shows anything after them, and stops at `.close` or
/// `.declined`. When keeping fails, the host stops: nothing after the failed effect is shown.
public struct SessionMachine: Sendable {
  public enum Phase: Sendable, Equatable {
    /// The consent question is on screen.
    case consent
    /// The code is on screen until the supporter says it is written down.
    case code
    /// A question of the conversation waits for its answer.
    case conversation
    /// The supporter looks at a free-text answer before it is kept.
    case review
    /// Nothing more to do.
    case ended
  }

  public enum Input: Sendable, Equatable {
    case line(String)
    /// Ctrl-C or the end of input: no consent at the consent question, a pause elsewhere.
    case interrupt
  }

  public enum Outcome: Sendable, Equatable {
    case finished
    case paused
  }

  public private(set) var conversation: Conversation
  public private(set) var phase: Phase = .consent
  let texts: PhraseBook
  /// The anonymiser the supporter's review shows its version with; nil: no review, the
  /// anonymiser's version is kept as it is.
  let reviewer: (any Anonymiser)?
  /// Whether the code waits for `ok`: on a screen where someone writes it down.
  let confirmsCode: Bool
  private var consentTries = 0
  /// The first question's turn, shown once the code is written down.
  private var first: Turn?
  /// The turn whose free text is being reviewed, and the review.
  private var reviewed: (turn: Turn, queue: AnswerReviewQueue)?
  /// The state last kept; nil before anything was kept.
  private var saved: ConversationState?

  public init(
    conversation: Conversation, texts: PhraseBook, reviewer: (any Anonymiser)? = nil,
    confirmsCode: Bool = false
  ) {
    self.conversation = conversation
    self.texts = texts
    self.reviewer = reviewer
    self.confirmsCode = confirmsCode
  }

  /// A new session: the consent question, for one person or for a whole table.
  public mutating func start() -> [SessionEffect] {
    phase = .consent
    return [.show([.ask(consentPrompt)])]
  }

  /// A paused session going on where it stopped: no consent, no new code.
  public mutating func resume() -> [SessionEffect] {
    phase = .conversation
    saved = conversation.state
    return take(conversation.resume())
  }

  /// A conversation whose consent was given elsewhere (a trial), from its first turn.
  public mutating func begin(_ first: Turn) -> [SessionEffect] {
    phase = .conversation
    return take(first)
  }

  /// The word knowledge answers are read with, once the host has read it.
  public mutating func give(_ words: AnswerWords) { conversation.words = words }

  /// Whether the next line must be read without showing it: a secret question at a table.
  public var readsSecretly: Bool {
    phase == .conversation && conversation.state.table != nil && conversation.awaiting?.isPrivate == true
  }

  /// The next line typed, or an interrupt.
  public mutating func step(_ input: Input) -> [SessionEffect] {
    switch phase {
    case .consent: return consent(input)
    case .code: return codeWritten(input)
    case .conversation:
      switch input {
      case .line(let text) where SupporterCommands.isCode(text):
        // `/code`: the session's code again, then the question.
        return [.showCode] + take(conversation.again())
      case .line(let text): return take(conversation.respond(to: text))
      case .interrupt: return take(conversation.pause())
      }
    case .review:
      guard var (turn, queue) = reviewed else { return [] }
      let typed: String? = if case .line(let text) = input { text } else { nil }
      let shown = queue.respond(to: typed)
      reviewed = (turn, queue)
      guard queue.isDone else { return [.show(shown)] }
      reviewed = nil
      phase = .conversation
      return [.show(shown)] + keep(queue.result, of: &turn)
    case .ended: return []
    }
  }

  // MARK: Consent and the code

  var consentPrompt: Prompt {
    let atTable = conversation.script.header.method.isGroup
    return Prompt(
      questionID: "toestemming", kind: .yesNo,
      lines: texts.consentLines(atTable: atTable) + [texts[.consentQuestion]],
      options: Consent.yesNo(texts).options, hint: texts[.hintChoice])
  }

  /// Only a clear yes agrees; no, Ctrl-C or three answers not understood keep nothing.
  private mutating func consent(_ input: Input) -> [SessionEffect] {
    let reply: Consent.Reply
    switch input {
    case .interrupt: reply = .declined
    case .line(let text): reply = Consent.read(text, texts: texts, words: conversation.words)
    }
    switch reply {
    case .agreed:
      // The session is made at the first question, so a session killed right after its code
      // was shown still resumes there.
      let turn = conversation.start()
      saved = conversation.state
      var effects: [SessionEffect] = [
        .show([.echo(texts[.consentAgreed])]), .open(conversation.state), .showCode,
      ]
      if confirmsCode {
        phase = .code
        first = turn
        effects.append(.show([.hint(texts[.codeWritten])]))
      } else {
        phase = .conversation
        effects += take(turn)
      }
      return effects
    case .declined:
      return decline()
    case .repeatQuestion:
      return [.show([.ask(consentPrompt)])]
    case .notUnderstood:
      consentTries += 1
      if consentTries >= 3 { return decline() }
      return [
        .show([.hint(texts[.notUnderstood]), .hint(texts[.consentQuestion]), .hint(texts[.consentAnswerHow])])
      ]
    }
  }

  private mutating func decline() -> [SessionEffect] {
    phase = .ended
    return [.show([.say(texts[.consentDeclined])]), .declined]
  }

  /// Words that say the code is written down.
  static let written: Set<String> = ["ok", "oke", "oké", "okay", "ja", "klaar", "opgeschreven", "gedaan"]

  private mutating func codeWritten(_ input: Input) -> [SessionEffect] {
    switch input {
    case .interrupt:
      // Nobody wrote the code down: the session pauses at its first question.
      _ = conversation.pause()
      phase = .ended
      return [.close(conversation.state, .paused)]
    case .line(let text):
      let word = text.trimmingWhitespace().lowercased().trimmingCharacters(
        in: .punctuationCharacters)
      guard Self.written.contains(word), let turn = first else {
        return [.show([.hint(texts[.codeWritten])])]
      }
      first = nil
      phase = .conversation
      return take(turn)
    }
  }

  // MARK: Turns

  /// A turn of the conversation: its answers reviewed (when there is free text) and kept, or
  /// the state kept when it changed, then its messages, then the close when it ended.
  private mutating func take(_ turn: Turn) -> [SessionEffect] {
    var turn = turn
    if !turn.answers.isEmpty {
      guard let reviewer else { return keep(ReviewedAnswers(kept: turn.answers), of: &turn) }
      var queue = AnswerReviewQueue(turn.answers, anonymiser: reviewer, texts: texts)
      let screen = queue.advance()
      if queue.isDone { return (screen.isEmpty ? [] : [.show(screen)]) + keep(queue.result, of: &turn) }
      reviewed = (turn, queue)
      phase = .review
      return [.show(screen)]
    }
    var effects: [SessionEffect] = []
    if conversation.state != saved, case .answer = turn.next {
      effects.append(.checkpoint(conversation.state))
      saved = conversation.state
    }
    return effects + shown(turn)
  }

  /// What the review left is kept, then the turn is shown as the review changed it.
  private mutating func keep(_ result: ReviewedAnswers, of turn: inout Turn) -> [SessionEffect] {
    // The words a later text shows (`{waarom}`) are the ones the supporter accepted.
    conversation.keepReviewed(result, in: &turn)
    let effect: SessionEffect =
      result.kept.isEmpty && turn.dropped.isEmpty
      ? .checkpoint(conversation.state)
      : .record(result.kept, dropping: turn.dropped, state: conversation.state)
    saved = conversation.state
    return [effect] + shown(conversation.afterReview(result, of: turn))
  }

  /// The turn's messages, with the code where the engine put it (after a latecomer's
  /// welcome), then the close when the conversation paused or finished.
  private mutating func shown(_ turn: Turn) -> [SessionEffect] {
    var effects: [SessionEffect]
    if let at = turn.codeBefore, at <= turn.messages.count {
      effects = [.show(Array(turn.messages[..<at])), .showCode, .show(Array(turn.messages[at...]))]
    } else {
      effects = [.show(turn.messages)]
    }
    effects.removeAll { $0 == .show([]) }
    switch turn.next {
    case .finished:
      phase = .ended
      effects.append(.close(conversation.state, .finished))
    case .paused:
      phase = .ended
      effects.append(.close(conversation.state, .paused))
    case .answer:
      break
    }
    return effects
  }
}

/// What a session asks its host to do, in order.
public enum SessionEffect: Sendable, Equatable {
  /// Show these messages.
  case show([Message])
  /// Consent was given: make the session now, with the state at its first question.
  case open(ConversationState)
  /// Show the session's code.
  case showCode
  /// Keep these answers, drop the answers to `dropping`, and keep the state: one transaction,
  /// before anything after it is shown.
  case record([AnswerEvent], dropping: [String], state: ConversationState)
  /// Keep the state: it changed without a new answer (a group contribution, a turn).
  case checkpoint(ConversationState)
  /// The conversation paused or finished: keep its state.
  case close(ConversationState, SessionMachine.Outcome)
  /// No consent: nothing was kept, and nothing will be.
  case declined
}
