import PraatmaatCore

/// Keeps what a conversation leaves behind. The store adapter implements it; the
/// host calls it before anything else is shown, so an echoed answer is always kept.
public protocol ConversationRecorder: AnyObject {
  /// Answers were accepted; `state` is the engine state after them. The answers to
  /// `dropped` questions are removed. One transaction.
  func record(_ answers: [AnswerEvent], dropping dropped: [String], state: ConversationState) throws
  /// The state changed without a new answer (a group contribution, a turn): keep it.
  func checkpoint(_ state: ConversationState) throws
  /// The conversation paused or finished.
  func update(_ state: ConversationState) throws
}

/// Drives a conversation on a terminal: shows each turn, records each accepted answer,
/// and turns Ctrl-C, Ctrl-D and the end of input into a pause.
public struct ConversationHost {
  public enum Outcome: Equatable, Sendable {
    case finished
    case paused
    /// The session was forgotten meanwhile; nothing more was kept.
    case forgotten
  }

  let terminal: any Terminal
  /// The sentences the host says itself: the code, a session forgotten meanwhile.
  let texts: PhraseBook
  let recorder: (any ConversationRecorder)?
  let prompt: String
  /// The supporter's review of open answers; nil keeps the anonymiser's version as it is.
  let review: (any AnswerReview)?
  /// The session's code: a latecomer who says yes is shown it, as everyone was at the start.
  let code: SessionCode?
  /// Done once, after the first question is on screen and before its answer is read: what
  /// the answer needs and may still be loading (the word lists).
  var beforeFirstAnswer: ((inout Conversation) throws -> Void)?

  public init(
    terminal: any Terminal, texts: PhraseBook, recorder: (any ConversationRecorder)?, prompt: String = "> ",
    review: (any AnswerReview)? = nil, code: SessionCode? = nil
  ) {
    self.terminal = terminal
    self.texts = texts
    self.recorder = recorder
    self.prompt = prompt
    self.review = review
    self.code = code
  }

  /// "Je code is: …" and "Schrijf de code op. …", the same words as at the start.
  /// In a box of two lines, so it stands out from the conversation.
  public static func codeMessages(_ code: SessionCode, texts: PhraseBook) -> [Message] {
    let rule = String(repeating: "─", count: texts[.codeNote].count)
    return [.hint(rule), .say(texts.codeIs(code.description)), .say(texts[.codeNote]), .hint(rule)]
  }

  /// Runs until the conversation ends or pauses. A failing store stops it with the reason.
  public func run(_ conversation: inout Conversation, first: Turn) throws -> Outcome {
    do {
      return try drive(&conversation, first: first)
    } catch is SessionForgotten {
      terminal.show([.say(texts[.forgotten])])
      return .forgotten
    }
  }

  private func drive(_ conversation: inout Conversation, first: Turn) throws -> Outcome {
    var turn = first
    // nil: the state before the first question has not been kept yet.
    var saved: ConversationState?
    var prepare = beforeFirstAnswer
    while true {
      if !turn.answers.isEmpty {
        let reviewed = review?.review(turn.answers) ?? ReviewedAnswers(kept: turn.answers)
        // The words a later text shows (`{waarom}`) are the ones the supporter accepted.
        conversation.keepReviewed(reviewed, in: &turn)
        try record(reviewed.kept, dropping: turn.dropped, conversation.state)
        saved = conversation.state
        turn = conversation.afterReview(reviewed, of: turn)
      } else if conversation.state != saved, case .answer = turn.next {
        try record([], conversation.state)
        saved = conversation.state
      }
      terminal.show(withCode(turn))
      switch turn.next {
      case .finished:
        try update(conversation.state)
        return .finished
      case .paused:
        try update(conversation.state)
        return .paused
      case .answer:
        if let once = prepare {
          try once(&conversation)
          prepare = nil
        }
        // A secret question at a table: the others must not read what is typed.
        let secret = conversation.state.table != nil && conversation.awaiting?.isPrivate == true
        switch secret ? terminal.readSecret(prompt: prompt) : terminal.readLine(prompt: prompt) {
        case .line(let text) where code != nil && SupporterCommands.isCode(text):
          // `/code`: the session's code again, then the question.
          terminal.show(Self.codeMessages(code!, texts: texts))
          turn = conversation.again()
        case .line(let text): turn = conversation.respond(to: text)
        case .interrupt, .endOfInput: turn = conversation.pause()
        }
      }
    }
  }

  /// The consent text promised a latecomer a code: it follows the welcome at the table,
  /// where the engine says.
  private func withCode(_ turn: Turn) -> [Message] {
    guard let code, let at = turn.codeBefore, at <= turn.messages.count else { return turn.messages }
    var shown = turn.messages
    shown.insert(contentsOf: Self.codeMessages(code, texts: texts), at: at)
    return shown
  }

  private func record(_ answers: [AnswerEvent], dropping dropped: [String] = [], _ state: ConversationState)
    throws
  {
    do {
      if answers.isEmpty && dropped.isEmpty {
        try recorder?.checkpoint(state)
      } else {
        try recorder?.record(answers, dropping: dropped, state: state)
      }
    } catch let forgotten as SessionForgotten {
      throw forgotten
    } catch {
      throw AppError.storing(error, "Het antwoord is niet bewaard: \(error). Het gesprek stopt hier.")
    }
  }

  private func update(_ state: ConversationState) throws {
    do {
      try recorder?.update(state)
    } catch let forgotten as SessionForgotten {
      throw forgotten
    } catch {
      throw AppError.storing(error, "Het gesprek is niet bewaard: \(error).")
    }
  }
}
