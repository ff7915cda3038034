import Foundation
import GRDB
import PraatmaatCore

/// A row of a table, whose columns are its property names in snake case (`scriptID` is
/// `script_id`).
protocol StoredRow: Codable, FetchableRecord, PersistableRecord {}

extension StoredRow {
  static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
  static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy {
    .custom { NamedKey(propertyName(ofColumn: $0)) }
  }

  /// `script_id` is `scriptID`, `age_band` is `ageBand`: the way back from snake case, with
  /// "id" in capitals as Swift writes it.
  static func propertyName(ofColumn column: String) -> String {
    column.split(separator: "_").enumerated().map { index, word in
      index == 0 ? String(word) : word == "id" ? "ID" : word.capitalized
    }.joined()
  }
}

/// A row of the `session` table, by column name (a GRDB record). What it holds is checked
/// when it becomes a `SessionRecord`: a value praatmaat does not know is an error.
struct SessionRow: StoredRow {
  var code: String
  var scriptID: String
  var scriptVersion: Int
  var method: String
  /// The official name of the municipality the answers are from.
  var municipality: String?
  var ageBand: String?
  var status: String
  /// `2026-11`: the month, never the day or time.
  var month: String
  var state: Data?
  var scriptPath: String?
  /// 32 bits in SQLite's 64-bit integer.
  var recordKey: Int64?
  var ready: Int?
  var people: Int?

  static let databaseTableName = "session"
  /// The columns queries sort and filter by.
  enum Columns {
    static let code = Column("code")
    static let month = Column("month")
  }

  /// A session to keep; a session without a record key gets a random one now, for good.
  init(_ s: SessionRecord, ready: Int?) throws {
    code = s.code.value
    scriptID = s.scriptID
    scriptVersion = s.scriptVersion
    method = s.method.rawValue
    municipality = s.municipality
    ageBand = s.ageBand
    status = s.status.rawValue
    month = s.month
    state = try s.state.map { try JSONEncoder().encode($0) }
    scriptPath = s.scriptPath
    recordKey = Int64(s.recordKey ?? UInt32.random(in: .min ... .max))
    self.ready = ready
  }

  func record() throws -> SessionRecord {
    SessionRecord(
      code: try StoreError.parsed(SessionCode(code), "gesprekscode", code),
      scriptID: scriptID, scriptVersion: scriptVersion,
      method: try StoreError.parsed(Method(rawValue: method), "methode", method),
      municipality: municipality, ageBand: ageBand,
      status: try StoreError.parsed(SessionRecord.Status(rawValue: status), "status", status),
      month: month, state: try state.map { try JSONDecoder().decode(ConversationState.self, from: $0) },
      scriptPath: scriptPath, recordKey: recordKey.map { UInt32(truncatingIfNeeded: $0) })
  }
}

/// A row of the `answer` table, by column name: an answer, or with `entry` 1, 2 … a note
/// beside it.
struct AnswerRow: StoredRow {
  var sessionCode: String
  /// "1", "2" … at a table; empty for one person.
  var participant: String
  var questionID: String
  /// 0 for the answer itself; 1, 2 … for the notes beside it.
  var entry: Int
  var scriptID: String
  var scriptVersion: Int
  var method: String
  var kind: String
  /// Comma-separated.
  var themes: String
  /// Comma-separated.
  var phases: String
  var valueKind: String
  var value: String?
  var answeredBy: String
  var month: String

  static let databaseTableName = "answer"
  /// The columns queries filter by.
  enum Columns {
    static let sessionCode = Column("session_code")
    static let participant = Column("participant")
    static let questionID = Column("question_id")
    static let entry = Column("entry")
  }

  init(_ a: AnswerRecord, session: String, entry: Int) {
    sessionCode = session
    participant = a.participant
    questionID = a.questionID
    self.entry = entry
    scriptID = a.scriptID
    scriptVersion = a.scriptVersion
    method = a.method.rawValue
    kind = a.kind
    themes = a.themes.joined(separator: ",")
    phases = a.phases.map(\.rawValue).joined(separator: ",")
    valueKind = a.valueKind
    value = a.value
    answeredBy = a.answeredBy.rawValue
    month = a.month
  }

  func record() throws -> AnswerRecord {
    AnswerRecord(
      questionID: questionID, participant: participant, scriptID: scriptID, scriptVersion: scriptVersion,
      method: try StoreError.parsed(Method(rawValue: method), "methode", method),
      kind: kind, themes: themes.split(separator: ",").map(String.init),
      phases: try PolicyPhase.parsing(phases), valueKind: valueKind, value: value,
      answeredBy: try StoreError.parsed(AnsweredBy(rawValue: answeredBy), "wie antwoordde", answeredBy),
      month: month)
  }

  /// A session's answers in the order they were kept.
  static func of(_ code: String) -> QueryInterfaceRequest<AnswerRow> {
    filter(Columns.sessionCode == code).order(Column.rowID)
  }
}
