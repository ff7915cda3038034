/// Open answers that a later text shows (`Je zei: {waarom}`): kept in the state anonymised,
/// and as the supporter accepted them after the review.
extension Conversation {
  /// What the state keeps of an answer: as `kept(_:for:)`, and for an open question a later
  /// text shows (`{waarom}`) its words anonymised, replaced by the supporter's version after
  /// the review (`keepReviewed`).
  func keptInState(_ value: AnswerValue, for question: Question) -> AnswerValue {
    if case .text(let raw) = value, filledIn.contains(Script.repeatedBase(of: question.id)) {
      return .kept(anonymise(raw))
    }
    return Self.kept(value, for: question)
  }

  /// The words of open answers a later text shows, as the supporter accepted them at the
  /// review; the host calls this before the state is kept.
  /// Lines of `turn` already on their way that show the earlier version are changed too.
  /// Without a review the words are the anonymiser's: raw text never enters the state.
  public mutating func keepReviewed(_ reviewed: ReviewedAnswers, in turn: inout Turn) {
    for event in reviewed.kept where filledIn.contains(Script.repeatedBase(of: event.questionID)) {
      let words: String
      switch event.value {
      case .kept(let accepted): words = accepted
      case .text(let typed): words = anonymise(typed)
      default: continue
      }
      let atTable = state.table != nil && state.table?.answers[event.participant] != nil
      let before =
        atTable ? state.table?.answers[event.participant]?[event.questionID] : state.answers[event.questionID]
      guard case .kept(let earlier)? = before else { continue }
      if atTable {
        state.table?.answers[event.participant]?[event.questionID] = .kept(words)
      } else {
        state.answers[event.questionID] = .kept(words)
      }
      guard earlier != words else { continue }
      turn.messages = turn.messages.map { $0.replacing(earlier, with: words) }
    }
  }
}
