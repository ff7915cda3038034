/// What a participant answered to one question.
public enum AnswerValue: Sendable, Equatable, Codable {
  /// One option id (also `ja`/`nee` and scale steps `1`…`5`).
  case option(String)
  /// Several option ids, in the order of the options.
  case options([String])
  case number(Int)
  /// Free text as typed. Lives only in memory: the state keeps `.openAnswered` instead.
  case text(String)
  /// An open question was answered; the words themselves are not kept in the state.
  case openAnswered
  /// Text that is already anonymised (a Persona card line): kept as it is.
  case kept(String)
  case dontKnow
  case refused
  case skipped

  /// The value without raw text, safe to keep in the engine state.
  public var withoutText: AnswerValue {
    if case .text = self { return .openAnswered }
    return self
  }

  /// Whether there is a real answer (not skipped, refused or "weet ik niet").
  public var isAnswer: Bool {
    switch self {
    case .dontKnow, .refused, .skipped: false
    default: true
    }
  }
}

/// Who gave the answer: the participant, the participant with help, or the supporter.
public enum AnsweredBy: String, Sendable, Equatable, Codable, CaseIterable {
  case participant = "alleen"
  case withHelp = "samen"
  case supporter = "begeleider"
}

/// What an answer row holds: an answer to a question, or something kept beside the answers.
public enum AnswerRole: String, Sendable, Equatable, CaseIterable {
  case answer
  /// The text of a panel statement added on the spot, so a report can show it.
  case statementText = "stellingtekst"
  /// A supporter's note at a question (`/notitie`); never an answer to it.
  case note = "notitie"
}

/// An accepted answer, with everything a store needs to keep it.
public struct AnswerEvent: Sendable, Equatable {
  public var questionID: String
  public var kind: QuestionKind
  public var themes: [String]
  public var phases: [PolicyPhase]
  public var value: AnswerValue
  public var answeredBy: AnsweredBy
  /// The anonymous participant ("1" … "8"), "groep" for the whole table, "" for one person.
  public var participant: String
  /// An answer, or a row kept beside the answers (a statement's text, a note).
  public var role: AnswerRole

  public init(
    questionID: String, kind: QuestionKind, themes: [String], phases: [PolicyPhase],
    value: AnswerValue, answeredBy: AnsweredBy, participant: String = "", role: AnswerRole = .answer
  ) {
    self.participant = participant
    self.role = role
    self.questionID = questionID
    self.kind = kind
    self.themes = themes
    self.phases = phases
    self.value = value
    self.answeredBy = answeredBy
  }
}
