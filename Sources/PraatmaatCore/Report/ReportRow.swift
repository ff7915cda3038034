/// One kept answer with the context of its session, as a report reads it.
public struct ReportRow: Sendable, Equatable {
  public var session: String
  public var municipality: String?
  public var answer: AnswerRecord

  public init(session: String, municipality: String?, answer: AnswerRecord) {
    self.session = session
    self.municipality = municipality
    self.answer = answer
  }
}
