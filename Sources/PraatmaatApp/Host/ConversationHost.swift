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
  }

  let terminal: any Terminal
  let recorder: (any ConversationRecorder)?
  let prompt: String
  /// The supporter's review of open answers; nil keeps the anonymiser's version as it is.
  let review: (any AnswerReview)?

  public init(
    terminal: any Terminal, recorder: (any ConversationRecorder)?, prompt: String = "> ",
    review: (any AnswerReview)? = nil
  ) {
    self.terminal = terminal
    self.recorder = recorder
    self.prompt = prompt
    self.review = review
  }

  /// Runs until the conversation ends or pauses. A failing store stops it with the reason.
  public func run(_ conversation: inout Conversation, first: Turn) throws -> Outcome {
    var turn = first
    // nil: the state before the first question has not been kept yet.
    var saved: ConversationState?
    while true {
      if !turn.answers.isEmpty {
        try record(review?.review(turn.answers) ?? turn.answers, dropping: turn.dropped, conversation.state)
        saved = conversation.state
      } else if conversation.state != saved, case .answer = turn.next {
        try record([], conversation.state)
        saved = conversation.state
      }
      terminal.show(turn.messages)
      switch turn.next {
      case .finished:
        try update(conversation.state)
        return .finished
      case .paused:
        try update(conversation.state)
        return .paused
      case .answer:
        switch terminal.readLine(prompt: prompt) {
        case .line(let text): turn = conversation.respond(to: text)
        case .interrupt, .endOfInput: turn = conversation.pause()
        }
      }
    }
  }

  private func record(_ answers: [AnswerEvent], dropping dropped: [String] = [], _ state: ConversationState)
    throws
  {
    do {
      if answers.isEmpty {
        try recorder?.checkpoint(state)
      } else {
        try recorder?.record(answers, dropping: dropped, state: state)
      }
    } catch {
      throw AppError.usage("Het antwoord is niet bewaard: \(error). Het gesprek stopt hier.")
    }
  }

  private func update(_ state: ConversationState) throws {
    do {
      try recorder?.update(state)
    } catch {
      throw AppError.usage("Het gesprek is niet bewaard: \(error).")
    }
  }
}
