extension TranscriptRunner {
  /// How a case is played: as a test of the script (a plain anonymiser, every nickname
  /// allowed, no review), or as on a terminal (`modus: echt`): the real anonymiser and nickname
  /// check, and the supporter's review of each free-text answer before the bot goes on.
  struct Play {
    let words: AnswerWords
    let texts: PhraseBook
    var anonymiser: (any Anonymiser)?
    /// The review of the turn being played, and that turn's own messages, held until it is done.
    private var review: AnswerReviewQueue?
    /// What the last finished review kept, as the supporter accepted it.
    private(set) var lastReviewed: ReviewedAnswers?

    init(texts: PhraseBook, words: AnswerWords, anonymiser: (any Anonymiser)? = nil) {
      self.texts = texts
      self.words = words
      self.anonymiser = anonymiser
    }

    var isReviewing: Bool { review != nil }

    func conversation(_ script: Script, seed: UInt64) -> Conversation {
      guard let anonymiser else {
        return Conversation(script: script, texts: texts, seed: seed, words: words)
      }
      return Conversation(script: script, texts: texts, seed: seed, anonymiser: anonymiser, words: words)
    }

    /// What is shown after a turn: its messages, or first the review of its free text.
    mutating func reviewOrShow(_ conversation: inout Conversation, turn: inout Turn) -> [Message] {
      guard let anonymiser, !turn.answers.isEmpty else { return turn.messages }
      var queue = AnswerReviewQueue(turn.answers, anonymiser: anonymiser, texts: texts)
      let screen = queue.advance()
      review = queue
      return screen + finish(&conversation, turn: &turn)
    }

    /// A line typed at the review.
    mutating func review(_ text: String, conversation: inout Conversation, turn: inout Turn) -> [Message] {
      guard var queue = review else { return [] }
      let shown = queue.respond(to: text)
      review = queue
      return shown + finish(&conversation, turn: &turn)
    }

    /// When the review is done: the turn's messages as the host shows them.
    private mutating func finish(_ conversation: inout Conversation, turn: inout Turn) -> [Message] {
      guard let queue = review, queue.isDone else { return [] }
      review = nil
      lastReviewed = queue.result
      conversation.keepReviewed(queue.result, in: &turn)
      turn = conversation.afterReview(queue.result, of: turn)
      return turn.messages
    }
  }
}
