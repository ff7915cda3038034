/// One kept answer with the context of its session, as a report reads it.
public struct ReportRow: Sendable, Equatable {
  public var session: String
  public var municipality: String?
  /// The month the session began: a session belongs to one period, so that small groups
  /// stay hidden however reports for different periods are put side by side.
  public var sessionMonth: String
  public var answer: AnswerRecord

  public init(session: String, municipality: String?, sessionMonth: String? = nil, answer: AnswerRecord) {
    self.session = session
    self.municipality = municipality
    self.sessionMonth = sessionMonth ?? answer.month
    self.answer = answer
  }
}
