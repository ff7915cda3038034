/// What is kept of a session: coarse context and the engine state (which holds no raw text).
public struct SessionRecord: Sendable, Equatable {
  public enum Status: String, Sendable, Codable, CaseIterable {
    case running
    case paused
    case finished
    case withdrawn
  }

  public var code: SessionCode
  public var scriptID: String
  public var scriptVersion: Int
  public var method: Method
  public var municipality: String?
  public var ageBand: String?
  public var status: Status
  /// `2026-11`: the month, never the day or time.
  public var month: String
  public var state: ConversationState?
  /// The absolute path of the script file, for a session started from a file outside
  /// `Content/scripts`; nil for a script found by id. Never leaves this computer.
  public var scriptPath: String?
  /// The session's record key for the cell key method: a random number given once, when the
  /// session is first kept, that travels with it in bundles. Every report on any computer
  /// adds the same keys, so the same cell always gets the same noise. Nil until kept.
  public var recordKey: UInt32?

  public init(
    code: SessionCode, scriptID: String, scriptVersion: Int, method: Method, municipality: String?,
    ageBand: String? = nil, status: Status, month: String, state: ConversationState?,
    scriptPath: String? = nil, recordKey: UInt32? = nil
  ) {
    self.scriptPath = scriptPath
    self.recordKey = recordKey
    self.code = code
    self.scriptID = scriptID
    self.scriptVersion = scriptVersion
    self.method = method
    self.municipality = municipality
    self.ageBand = ageBand
    self.status = status
    self.month = month
    self.state = state
  }
}

/// One kept answer: the closed value or the anonymised text, with its tags.
public struct AnswerRecord: Sendable, Equatable, Codable {
  public var questionID: String
  /// An anonymous participant in a group session ("1", "2" …); empty for one person.
  public var participant: String
  public var scriptID: String
  public var scriptVersion: Int
  public var method: Method
  /// The question's kind ("keuze", "open" …), or for a row beside the answers its role:
  /// "stellingtekst" (a panel statement's text) or "notitie" (a supporter's note).
  public var kind: String
  public var themes: [String]
  public var phases: [PolicyPhase]
  /// option, options, number, text, dontKnow, refused, skipped, ageBand
  public var valueKind: String
  /// The option id(s) (comma-separated), the number, or the anonymised text.
  public var value: String?
  public var answeredBy: AnsweredBy
  public var month: String

  public init(
    questionID: String, participant: String = "", scriptID: String, scriptVersion: Int,
    method: Method, kind: String, themes: [String], phases: [PolicyPhase], valueKind: String,
    value: String?, answeredBy: AnsweredBy, month: String
  ) {
    self.questionID = questionID
    self.participant = participant
    self.scriptID = scriptID
    self.scriptVersion = scriptVersion
    self.method = method
    self.kind = kind
    self.themes = themes
    self.phases = phases
    self.valueKind = valueKind
    self.value = value
    self.answeredBy = answeredBy
    self.month = month
  }

  /// What may be kept of an accepted answer: open text anonymised, an age as its band.
  public static func keeping(
    _ event: AnswerEvent, script: Script, month: String, anonymiser: any Anonymiser
  ) -> AnswerRecord {
    let (valueKind, value): (String, String?) =
      switch event.value {
      case .option(let id): ("option", id)
      case .options(let ids): ("options", ids.joined(separator: ","))
      case .number(let n) where Self.isAge(event.questionID): ("ageBand", AgeBand.of(n))
      case .number(let n): ("number", String(n))
      case .text(let raw): ("text", anonymiser.anonymise(raw))
      case .kept(let text): ("text", text)
      case .openAnswered: ("text", nil)
      case .dontKnow: ("dontKnow", nil)
      case .refused: ("refused", nil)
      case .skipped: ("skipped", nil)
      }
    return AnswerRecord(
      questionID: event.questionID, participant: event.participant, scriptID: script.id,
      scriptVersion: script.header.version,
      method: script.header.method, kind: event.role == .answer ? event.kind.word : event.role.rawValue,
      themes: event.themes,
      phases: event.phases, valueKind: valueKind, value: value, answeredBy: event.answeredBy,
      month: month)
  }

  /// A `getal` question with this id asks for an age; only its band is kept.
  public static func isAge(_ questionID: String) -> Bool {
    questionID == "leeftijd" || questionID.hasSuffix("-leeftijd")
  }
}

extension AnswerRecord {
  /// Kept by a Persona table when its card is done: how many people sat at the table.
  public static let tablePeopleID = "tafel-mensen"
}
