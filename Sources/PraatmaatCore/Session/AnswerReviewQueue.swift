/// What the review leaves to keep, and what the supporter asked for on the way.
public struct ReviewedAnswers: Sendable, Equatable {
  /// The answers to keep, in their accepted form.
  public var kept: [AnswerEvent]
  /// A supporter's note was taken back: it is not kept.
  public var droppedNote: Bool
  /// The supporter paused at the review.
  public var paused: Bool

  public init(kept: [AnswerEvent], droppedNote: Bool = false, paused: Bool = false) {
    self.kept = kept
    self.droppedNote = droppedNote
    self.paused = paused
  }
}

/// The supporter's review of one turn's answers as a step machine without I/O: each free-text
/// answer in turn gets its "Zo bewaren we het: …" (`AnswerReviewState`); the other answers pass
/// as they are. A terminal and a transcript drive it the same way.
public struct AnswerReviewQueue: Sendable {
  private var events: [AnswerEvent]
  private var next = 0
  private var current: (event: AnswerEvent, state: AnswerReviewState)?
  private let anonymiser: any Anonymiser
  private let texts: PhraseBook
  public private(set) var result = ReviewedAnswers(kept: [])

  public init(_ answers: [AnswerEvent], anonymiser: any Anonymiser, texts: PhraseBook) {
    events = answers
    self.anonymiser = anonymiser
    self.texts = texts
  }

  /// Nothing is left to ask.
  public var isDone: Bool { current == nil && next >= events.count }

  /// The text the supporter looks at, for an answer that has one. A statement added on the
  /// spot was written for the panel by the supporter and language-checked before the start;
  /// the anonymiser alone passes over it. A Persona card line of an open question was
  /// anonymised when it was given: it is shown too.
  public static func text(toReview event: AnswerEvent) -> String? {
    switch event.value {
    case .text(let raw) where event.role != .statementText: raw
    case .kept(let line) where event.kind == .open && event.role == .answer: line
    default: nil
    }
  }

  /// The screen of the next text to look at; empty when there is none left. After a pause
  /// nobody is asked any more: the anonymiser's version is kept.
  public mutating func advance() -> [Message] {
    while next < events.count {
      let event = events[next]
      next += 1
      guard let text = Self.text(toReview: event) else {
        result.kept.append(event)
        continue
      }
      let state = AnswerReviewState(text, isNote: event.role == .note, anonymiser: anonymiser, texts: texts)
      if result.paused {
        decide(state.interrupted(), event)
        continue
      }
      current = (event, state)
      return state.screen
    }
    return []
  }

  /// The supporter typed `line` (nil: Ctrl-C or the end of input). What to show next.
  public mutating func respond(to line: String?) -> [Message] {
    guard var (event, state) = current else { return [] }
    let step = line.map { state.respond(to: $0) } ?? state.interrupted()
    current = (event, state)
    switch step {
    case .ask(let messages): return messages
    case .keep, .drop, .pause:
      current = nil
      decide(step, event)
      let shown: [Message] = if case .keep = step { [.echo(texts[.reviewAccepted])] } else { [] }
      return shown + advance()
    }
  }

  private mutating func decide(_ step: AnswerReviewState.Step, _ event: AnswerEvent) {
    var kept = event
    switch step {
    case .keep(let version):
      kept.value = .kept(version)
      result.kept.append(kept)
    case .drop:
      result.droppedNote = true
    case .pause(let version):
      result.paused = true
      if event.role == .note {
        result.droppedNote = true
      } else {
        kept.value = .kept(version)
        result.kept.append(kept)
      }
    case .ask:
      break
    }
  }
}

extension Conversation {
  /// The turn to show after its answers were reviewed: a note taken back says so, and a pause
  /// at the review pauses the conversation instead of asking the next question.
  public mutating func afterReview(_ reviewed: ReviewedAnswers, of turn: Turn) -> Turn {
    var shown = turn
    if reviewed.droppedNote {
      shown.messages = shown.messages.map { $0 == .echo(texts[.noteKept]) ? .echo(texts[.noteDropped]) : $0 }
    }
    guard reviewed.paused, case .answer = turn.next else { return shown }
    // The turn's own messages would ask the next question: the pause says goodbye.
    var paused = pause()
    paused.messages = (reviewed.droppedNote ? [.echo(texts[.noteDropped])] : []) + paused.messages
    return paused
  }
}
