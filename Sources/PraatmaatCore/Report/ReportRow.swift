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

/// A session as a report sees it before reading its answers: for publication rounds and for
/// the record keys of its people.
public struct ReportSession: Sendable, Equatable {
  /// What publication rounds need of it.
  public var round: PublicationRounds.Session
  public var recordKey: UInt32
  /// Where it was held: a report for one municipality publishes its own rounds.
  public var municipality: String?

  public init(
    code: String, script: String, municipality: String? = nil, ready: Int?, month: String, people: Int,
    recordKey: UInt32, withdrawn: Bool = false
  ) {
    self.municipality = municipality
    round = PublicationRounds.Session(
      code: code, script: script, ready: ready, month: month, people: people, withdrawn: withdrawn)
    self.recordKey = recordKey
  }

  public var code: String { round.code }
  public var script: String { round.script }
  public var ready: Int? { round.ready }
  public var people: Int { round.people }
  /// Withdrawn: only its place in the rounds is left, no answer.
  public var withdrawn: Bool { round.withdrawn }
}
