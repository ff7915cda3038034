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

/// Hosts a session on a terminal: carries out what the session machine asks (show, make the
/// session, keep each accepted answer before anything else is shown, show the code) and
/// passes each line typed back to it; Ctrl-C, Ctrl-D and the end of input are an interrupt.
public struct ConversationHost {
  public enum Outcome: Equatable, Sendable {
    case finished
    case paused
    /// The session was forgotten meanwhile; nothing more was kept.
    case forgotten
    /// No consent: nothing was kept.
    case declined
  }

  let terminal: any Terminal
  /// The sentences the host says itself: the code, a session forgotten meanwhile.
  let texts: PhraseBook
  var recorder: (any ConversationRecorder)?
  var prompt = "> "
  /// The session's code: shown after consent, with `/code`, and to a latecomer who says yes.
  var code: SessionCode?
  /// Done once, after the first question is on screen and before its answer is read: what
  /// the answer needs and may still be loading (the word lists).
  var beforeFirstAnswer: ((inout SessionMachine) throws -> Void)?
  /// Done before a consent reply is read: the word lists, unless a plain yes or no needs none.
  var beforeConsentReply: ((String, inout SessionMachine) throws -> Void)?
  /// Makes the session when consent is given, at the state of its first question: its code,
  /// and what keeps its answers.
  var open: ((ConversationState) throws -> (SessionCode, any ConversationRecorder))?

  /// "Je code is: …" and "Schrijf de code op. …", the same words as at the start.
  /// In a box of two lines, so it stands out from the conversation.
  public static func codeMessages(_ code: SessionCode, texts: PhraseBook) -> [Message] {
    let rule = String(repeating: "─", count: texts[.codeNote].count)
    return [.hint(rule), .say(texts.codeIs(code.description)), .say(texts[.codeNote]), .hint(rule)]
  }

  /// A conversation whose consent was given elsewhere, from its first turn, with the
  /// supporter's review of free text when `reviewer` is given.
  public func run(_ conversation: inout Conversation, first: Turn, reviewer: (any Anonymiser)? = nil) throws
    -> Outcome
  {
    var machine = SessionMachine(conversation: conversation, texts: texts, reviewer: reviewer)
    var host = self
    defer { conversation = machine.conversation }
    return try host.run(&machine, machine.begin(first))
  }

  /// Runs the session from `effects` until it ends, pauses or is declined. A failing store
  /// stops it with the reason; nothing after the failed effect is shown.
  public mutating func run(_ machine: inout SessionMachine, _ effects: [SessionEffect]) throws -> Outcome {
    do {
      var effects = effects
      var prepare = beforeFirstAnswer
      while true {
        for effect in effects {
          if let end = try perform(effect) { return end }
        }
        if machine.phase == .ended { return .paused }
        if machine.phase == .conversation, let once = prepare {
          try once(&machine)
          prepare = nil
        }
        // A question is on screen: the word lists are read while the person reads it.
        if machine.phase != .consent { BackgroundThread.release() }
        let read =
          machine.readsSecretly ? terminal.readSecret(prompt: prompt) : terminal.readLine(prompt: prompt)
        switch read {
        case .line(let text):
          if machine.phase == .consent { try beforeConsentReply?(text, &machine) }
          effects = machine.step(.line(text))
        case .interrupt, .endOfInput:
          effects = machine.step(.interrupt)
        }
      }
    } catch is SessionForgotten {
      terminal.show([.say(texts[.forgotten])])
      return .forgotten
    }
  }

  /// Carries out one effect; the outcome when the session ended with it.
  private mutating func perform(_ effect: SessionEffect) throws -> Outcome? {
    switch effect {
    case .show(let messages):
      terminal.show(messages)
    case .open(let state):
      guard let open else { break }
      (code, recorder) = try open(state)
    case .showCode:
      if let code { terminal.show(Self.codeMessages(code, texts: texts)) }
    case .record(let answers, let dropped, let state):
      try keep({ "Het antwoord is niet bewaard: \($0). Het gesprek stopt hier." }) {
        try recorder?.record(answers, dropping: dropped, state: state)
      }
    case .checkpoint(let state):
      try keep({ "Het antwoord is niet bewaard: \($0). Het gesprek stopt hier." }) {
        try recorder?.checkpoint(state)
      }
    case .close(let state, let outcome):
      try keep({ "Het gesprek is niet bewaard: \($0)." }) { try recorder?.update(state) }
      return outcome == .finished ? .finished : .paused
    case .declined:
      return .declined
    }
    return nil
  }

  /// Keeps something; a store fault becomes the one-line reason `message` says for it.
  private func keep(_ message: (any Error) -> String, _ work: () throws -> Void) throws {
    do {
      try work()
    } catch let forgotten as SessionForgotten {
      throw forgotten
    } catch {
      throw AppError.storing(error, message(error))
    }
  }
}
