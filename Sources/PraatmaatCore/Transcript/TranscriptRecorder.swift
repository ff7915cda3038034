/// Writes a transcript test from what was typed: the inputs are played again through the
/// engine, the way `praatmaat test` plays them, and every line the bot says is written down.
/// So a writer plays once (or types only the `>` lines) and keeps the result as a test.
public struct TranscriptRecorder: Sendable {
  /// How each case is played: its sentences and word knowledge, and the anonymiser of a real
  /// conversation; with it the case is `modus: echt`, with the supporter's review of every
  /// free-text answer written down too.
  let played: TranscriptRunner.Play

  public init(texts: PhraseBook, words: AnswerWords = AnswerWords(), anonymiser: (any Anonymiser)? = nil) {
    played = TranscriptRunner.Play(texts: texts, words: words, anonymiser: anonymiser)
  }

  var anonymiser: (any Anonymiser)? { played.anonymiser }

  /// One case: `=== name`, its seed and mode, the bot's lines, the inputs, and how it ended.
  /// Inputs after the end of the conversation are left out.
  public func record(name: String, script: Script, seed: UInt64, inputs: [String]) -> String {
    var play = played
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

  /// What was typed in a played conversation, as it may be written to a file: the words of an
  /// answer the supporter reviewed as they accepted them (with `ja` for the review), a nickname
  /// that was refused as a real name left out, anything else anonymised. The lines are played
  /// again here, in memory, to know which is which; played back, the result gives the same
  /// conversation without the raw words.
  public func writable(_ typed: [String], script: Script, seed: UInt64) -> [String] {
    guard let anonymiser else { return typed }
    var play = played
    var conversation = play.conversation(script, seed: seed)
    var turn = conversation.start()
    var out: [String] = []
    // The engine line whose review goes on, with the free texts it gave.
    var reviewed: (index: Int, raw: String, texts: [(AnswerEvent, String)])?
    for line in typed {
      if play.isReviewing {
        _ = play.review(line, conversation: &conversation, turn: &turn)
        guard !play.isReviewing, let open = reviewed, let result = play.lastReviewed else { continue }
        var written = open.raw
        for (event, text) in open.texts {
          let accepted = result.kept.first {
            $0.questionID == event.questionID && $0.participant == event.participant
          }
          switch accepted?.value {
          case .kept(let words)?, .text(let words)?: written = Self.replacing(text, in: written, with: words)
          default: written = Self.replacing(text, in: written, with: "")
          }
        }
        out[open.index] = written
        out.append(result.paused ? "pauze" : "ja")
        reviewed = nil
        continue
      }
      guard case .answer = turn.next else { break }
      let nickname = conversation.awaiting?.id == Conversation.builtInPrefix + "bijnaam"
      turn = conversation.respond(to: line)
      let texts = turn.answers.compactMap { event in
        AnswerReviewQueue.text(toReview: event).map { (event, $0) }
      }
      _ = play.reviewOrShow(&conversation, turn: &turn)
      if nickname, anonymiser.looksLikeName(line) { continue }
      out.append(anonymiser.anonymise(line))
      if play.isReviewing { reviewed = (out.count - 1, line, texts) }
    }
    return out
  }

  /// The typed line with the free text in it replaced; a line that is the text is the new text.
  static func replacing(_ text: String, in line: String, with words: String) -> String {
    let clean = TextSafety.clean(line)
    guard clean.contains(text), clean != text else { return words }
    return clean.replacingOccurrences(of: text, with: words)
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
