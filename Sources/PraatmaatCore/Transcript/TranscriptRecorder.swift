/// Writes a transcript test from what was typed: the inputs are played again through the
/// engine, the way `praatmaat test` plays them, and every line the bot says is written down.
/// So a writer plays once (or types only the `>` lines) and keeps the result as a test.
public struct TranscriptRecorder: Sendable {
  let words: AnswerWords
  /// The anonymiser of a real conversation: with it the case is `modus: echt`, with the
  /// supporter's review of every free-text answer written down too.
  let anonymiser: (any Anonymiser)?

  public init(words: AnswerWords = AnswerWords(), anonymiser: (any Anonymiser)? = nil) {
    self.words = words
    self.anonymiser = anonymiser
  }

  /// One case: `=== name`, its seed and mode, the bot's lines, the inputs, and how it ended.
  /// Inputs after the end of the conversation are left out.
  public func record(name: String, script: Script, seed: UInt64, inputs: [String]) -> String {
    var play = TranscriptRunner.Play(words: words, anonymiser: anonymiser)
    var conversation = play.conversation(script, seed: seed)
    var turn = conversation.start()
    var out = ["=== \(name)"]
    if seed != 0 { out.append("seed: \(seed)") }
    if anonymiser != nil { out.append("modus: echt") }
    out += Self.written(turn.messages)
    for input in inputs {
      let shown: [Message]
      if play.isReviewing {
        shown = play.review(input, conversation: &conversation, turn: &turn)
      } else {
        guard case .answer = turn.next else { break }
        turn = conversation.respond(to: input)
        shown = play.reviewOrShow(&conversation, turn: &turn)
      }
      out.append("> \(Transcript.fold(input))")
      out += Self.written(shown)
    }
    if !play.isReviewing {
      switch turn.next {
      case .finished: out.append("[einde]")
      case .paused: out.append("[pauze]")
      case .answer: break
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The bot's lines as a transcript holds them. A line that would read as something else in
  /// a transcript (an input, a comment, a new case) becomes `...`, which skips it.
  static func written(_ messages: [Message]) -> [String] {
    var lines: [String] = []
    for line in PlainRenderer.lines(messages).map(Transcript.fold) where !line.isEmpty {
      if Transcript.isSyntax(line) {
        if lines.last != "..." { lines.append("...") }
      } else {
        lines.append(line)
      }
    }
    return lines
  }
}
