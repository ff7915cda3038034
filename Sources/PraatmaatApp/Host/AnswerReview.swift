import PraatmaatCore

/// The supporter's look at an open answer before it is kept: "Zo bewaren we het: …".
/// The supporter accepts it, or types words that must go too; only the accepted version
/// is stored.
public protocol AnswerReview {
  /// The answers as they may be kept: free text replaced by its accepted, anonymised form.
  func review(_ answers: [AnswerEvent]) -> [AnswerEvent]
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

  public func review(_ answers: [AnswerEvent]) -> [AnswerEvent] {
    answers.map { event in
      // A statement added on the spot was written for the panel by the supporter and
      // language-checked before the start; the anonymiser alone passes over it.
      guard case .text(let raw) = event.value, event.role != .statementText else { return event }
      var kept = event
      kept.value = .kept(reviewText(raw))
      return kept
    }
  }

  private func reviewText(_ raw: String) -> String {
    var marked: [String] = []
    var version = anonymiser.anonymise(raw)
    while true {
      terminal.show([.say("\(Phrases.reviewShown) \(version)"), .hint(Phrases.reviewAsk)])
      switch terminal.readLine(prompt: prompt) {
      case .interrupt, .endOfInput:
        // Nobody to ask: the anonymiser's own version is kept, never the raw text.
        return version
      case .line(let typed):
        let words = TextSafety.clean(typed).trimmingCharacters(in: .whitespaces)
        // "?" asks for help everywhere: here that is the question once more.
        if words == "?" { continue }
        if words.isEmpty || Consent.read(words) == .agreed {
          terminal.show([.echo(Phrases.reviewAccepted)])
          return version
        }
        marked += words.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty }
        version = anonymiser.anonymise(raw, hiding: marked)
      }
    }
  }
}
