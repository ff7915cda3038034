/// Plays a transcript through the engine and reports the first difference per case.
public struct TranscriptRunner: Sendable {
  /// The word knowledge answers are read with, as in a real conversation.
  let words: AnswerWords
  /// The sentences the conversation says.
  let texts: PhraseBook
  /// The anonymiser of a real conversation, for cases with `modus: echt`; nil: such a case fails.
  let anonymiser: (any Anonymiser)?

  public init(texts: PhraseBook, words: AnswerWords = AnswerWords(), anonymiser: (any Anonymiser)? = nil) {
    self.texts = texts
    self.words = words
    self.anonymiser = anonymiser
  }

  public struct Outcome: Sendable {
    public var passed: [String] = []
    public var failures: [Diagnostic] = []
  }

  public func run(_ transcript: Transcript, script: Script, fileName: String) -> Outcome {
    var outcome = Outcome()
    for testCase in transcript.cases {
      if let failure = run(testCase, script: script, fileName: fileName) {
        outcome.failures.append(failure)
      } else {
        outcome.passed.append(testCase.name)
      }
    }
    return outcome
  }

  private func run(_ testCase: Transcript.Case, script: Script, fileName: String) -> Diagnostic? {
    func fail(_ at: SourceLocation, _ message: String, _ hint: String? = nil) -> Diagnostic {
      Diagnostic(
        file: fileName, location: at, code: .transcriptMismatch,
        message: "[\(testCase.name)] \(message)", hint: hint)
    }
    var play = Play(texts: texts, words: words)
    if testCase.production {
      guard let anonymiser else {
        return fail(
          testCase.location, "'modus: echt' heeft de lijsten van het anonimiseren nodig.",
          "Draai de test met praatmaat test, dat ze leest uit Content/anonimiseren.")
      }
      play = Play(texts: texts, words: words, anonymiser: anonymiser)
    }
    var conversation = play.conversation(script, seed: testCase.seed)
    var turn = conversation.start()
    var pending = PlainRenderer.lines(turn.messages).map(Transcript.fold).filter { !$0.isEmpty }
    var skipping = false

    func leftover(_ at: SourceLocation) -> Diagnostic? {
      guard !skipping, let first = pending.first else { return nil }
      return fail(at, "De bot zegt nog: '\(first)'", "Zet die regel in de test, of schrijf '...'.")
    }

    for step in testCase.steps {
      switch step {
      case .skip:
        skipping = true
      case .expect(let line, let at):
        if skipping {
          guard let found = pending.firstIndex(of: line) else {
            return fail(at, "Verwacht: '\(line)', maar de bot zegt dat niet.", seen(pending, turn))
          }
          pending.removeFirst(found + 1)
          skipping = false
        } else {
          guard let first = pending.first else {
            return fail(at, "Verwacht: '\(line)', maar de bot zegt niets meer.", nextHint(turn))
          }
          guard first == line else {
            return fail(at, "Verwacht: '\(line)'", "De bot zegt: '\(first)'")
          }
          pending.removeFirst()
        }
      case .input(let text, let at):
        if let problem = leftover(at) { return problem }
        let shown: [Message]
        if play.isReviewing {
          shown = play.review(text, conversation: &conversation, turn: &turn)
        } else {
          guard case .answer = turn.next else {
            return fail(at, "Het gesprek wacht niet op een antwoord.", nextHint(turn))
          }
          turn = conversation.respond(to: text)
          shown = play.reviewOrShow(&conversation, turn: &turn)
        }
        pending = PlainRenderer.lines(shown).map(Transcript.fold).filter { !$0.isEmpty }
        skipping = false
      case .expectFinished(let at):
        if let problem = leftover(at) { return problem }
        guard turn.next == .finished else { return fail(at, "Verwacht: einde.", nextHint(turn)) }
        pending = []
      case .expectPaused(let at):
        if let problem = leftover(at) { return problem }
        guard turn.next == .paused else { return fail(at, "Verwacht: pauze.", nextHint(turn)) }
        pending = []
      }
    }
    return leftover(testCase.steps.last.map(location) ?? testCase.location)
  }

  private func location(_ step: Transcript.Step) -> SourceLocation {
    switch step {
    case .expect(_, let at), .skip(let at), .input(_, let at), .expectFinished(let at),
      .expectPaused(let at):
      at
    }
  }

  /// Where the bot is: its last lines before it waits, and what it waits for. The first lines
  /// after a `...` are where the test started skipping, not where it went wrong.
  private func seen(_ pending: [String], _ turn: Turn) -> String {
    guard !pending.isEmpty else { return "De bot zegt niets meer. " + nextHint(turn) }
    return "De bot zegt als laatste: '\(pending.suffix(3).joined(separator: "' / '"))'. " + nextHint(turn)
  }

  private func nextHint(_ turn: Turn) -> String {
    switch turn.next {
    case .answer(let id): "Het gesprek wacht op de vraag '\(id)'."
    case .paused: "Het gesprek is gepauzeerd."
    case .finished: "Het gesprek is klaar."
    }
  }
}
