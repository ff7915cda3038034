/// Stamtafel: everyone at the table answers each question in turn; at the end an open round
/// ("Wil iemand nog iets zeggen?") goes once round the table.
public struct Stamtafel: MethodRules {
  public let id = "stamtafel"
  public var pictogram: String { "🍽️" }

  /// What a Stamtafel keeps for itself.
  struct Table: MethodState {
    /// The closing "anyone else?" round has been held.
    var openRoundDone = false
  }

  public func roundFinished(_ talk: inout Conversation, question: Question, before: [Message]) -> Turn? {
    if talk.state.pending == .openRound { return talk.openRoundFinished(before: before) }
    let lastAsked = talk.script.followUps(of: question.id).last?.id ?? question.id
    guard lastAsked == talk.script.questions.last?.id, !talk.openRoundDone else { return nil }
    return talk.startOpenRound(before: before)
  }

  public func tableFinished(_ talk: inout Conversation, before: [Message]) -> Turn? {
    talk.openRoundDone ? nil : talk.startOpenRound(before: before)
  }
}

extension Method {
  public static let stamtafel = Method(builtIn: "stamtafel")
}
