import Foundation
import PraatmaatApp
import PraatmaatCore

/// The supporter's review of a turn's answers on a terminal, on its own: the review queue
/// driven line by line, as the session does it between a turn's answers and its keeping.
public struct TerminalReview {
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
