import Foundation
import PraatmaatCore

/// The supporter's look at an open answer before it is kept: "Zo bewaren we het: …".
/// The supporter accepts it, or types words that must go too; only the accepted version
/// is stored. A supporter's note can also be taken back, or the conversation paused.
public protocol AnswerReview {
  /// The answers as they may be kept: free text replaced by its accepted, anonymised form.
  func review(_ answers: [AnswerEvent]) -> ReviewedAnswers
}

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

/// The review on a terminal, in simple Dutch.
public struct TerminalReview: AnswerReview {
  let terminal: any Terminal
  let prompt: String
  let anonymiser: any Anonymiser

  public init(terminal: any Terminal, prompt: String, anonymiser: any Anonymiser) {
    self.terminal = terminal
    self.prompt = prompt
    self.anonymiser = anonymiser
  }

  public func review(_ answers: [AnswerEvent]) -> ReviewedAnswers {
    var result = ReviewedAnswers(kept: [])
    for event in answers {
      // A statement added on the spot was written for the panel by the supporter and
      // language-checked before the start; the anonymiser alone passes over it. A Persona
      // card line of an open question was anonymised when it was given: it is shown too.
      let text: String
      switch event.value {
      case .text(let raw) where event.role != .statementText: text = raw
      case .kept(let line) where event.kind == .open && event.role == .answer: text = line
      default:
        result.kept.append(event)
        continue
      }
      let isNote = event.role == .note
      var state = AnswerReviewState(text, isNote: isNote, anonymiser: anonymiser)
      // After a pause nobody is asked any more: the anonymiser's version is kept.
      let decision = result.paused ? state.interrupted() : reviewText(&state)
      var kept = event
      switch decision {
      case .keep(let version):
        kept.value = .kept(version)
        result.kept.append(kept)
      case .drop:
        result.droppedNote = true
      case .pause(let version):
        result.paused = true
        if isNote {
          result.droppedNote = true
        } else {
          kept.value = .kept(version)
          result.kept.append(kept)
        }
      case .ask:
        break
      }
    }
    return result
  }

  /// Shows the review and reads lines until the supporter decided.
  func reviewText(_ state: inout AnswerReviewState) -> AnswerReviewState.Step {
    terminal.show(state.screen)
    while true {
      let step: AnswerReviewState.Step
      switch terminal.readLine(prompt: prompt) {
      // Nobody to ask: the anonymiser's own version is kept, never the raw text.
      case .interrupt, .endOfInput: step = state.interrupted()
      case .line(let typed): step = state.respond(to: typed)
      }
      switch step {
      case .ask(let messages): terminal.show(messages)
      case .keep:
        terminal.show([.echo(Phrases.reviewAccepted)])
        return step
      case .drop, .pause: return step
      }
    }
  }
}
