import Foundation
import PraatmaatCore

/// The supporter's look at an open answer before it is kept: "Zo bewaren we het: …".
/// The supporter accepts it, or types words that must go too; only the accepted version
/// is stored. A supporter's note can also be taken back, or the conversation paused.
public protocol AnswerReview {
  /// The answers as they may be kept: free text replaced by its accepted, anonymised form.
  func review(_ answers: [AnswerEvent]) -> ReviewedAnswers
}

/// The review on a terminal, in simple Dutch.
public struct TerminalReview: AnswerReview {
  let terminal: any Terminal
  let prompt: String
  let anonymiser: any Anonymiser
  let texts: PhraseBook

  public init(terminal: any Terminal, prompt: String, anonymiser: any Anonymiser, texts: PhraseBook) {
    self.terminal = terminal
    self.texts = texts
    self.prompt = prompt
    self.anonymiser = anonymiser
  }

  public func review(_ answers: [AnswerEvent]) -> ReviewedAnswers {
    var queue = AnswerReviewQueue(answers, anonymiser: anonymiser, texts: texts)
    terminal.show(queue.advance())
    while !queue.isDone {
      switch terminal.readLine(prompt: prompt) {
      // Nobody to ask: the anonymiser's own version is kept, never the raw text.
      case .interrupt, .endOfInput: terminal.show(queue.respond(to: nil))
      case .line(let typed): terminal.show(queue.respond(to: typed))
      }
    }
    return queue.result
  }
}
