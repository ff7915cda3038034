import Foundation
import PostgresNIO
import PraatmaatCore
import PraatmaatStore

extension PostgresStore {
  public func create(_ session: SessionRecord) throws(StoreError) {
    try transaction(roundsOrder: session.status == .finished) { try insert(session) }
  }

  func insert(_ s: SessionRecord) throws {
    _ = try query(
      """
      INSERT INTO session (code, script_id, script_version, method, municipality, age_band, status, month, state,
        script_path, record_key, ready)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11, floor(random() * 4294967296)::bigint),
        CASE WHEN $7 = 'finished' THEN praatmaat_next_ready() END)
      """,
      [
        s.code.value, s.scriptID, s.scriptVersion, s.method.rawValue, s.municipality, s.ageBand,
        s.status.rawValue, s.month, try s.state.map(Self.encode), s.scriptPath,
        s.recordKey.map { Int64($0) },
      ])
  }

  static func encode(_ state: ConversationState) throws -> String {
    String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
  }

  public func record(
    _ answers: [AnswerRecord], dropping dropped: [String], session code: SessionCode, state: ConversationState
  ) throws(StoreError) {
    try transaction {
      for id in dropped {
        // Notes stay: they belong to the conversation, not to the answer.
        _ = try query(
          """
          DELETE FROM answer WHERE session_code = $1 AND participant = '' AND question_id = $2 AND kind != $3
          """, [code.value, id, AnswerRole.note.rawValue])
      }
      let ageBand = answers.first { $0.valueKind == "ageBand" }?.value
      let changed = try query(
        "UPDATE session SET state = $1, status = $2, age_band = COALESCE($3, age_band) WHERE code = $4 RETURNING 1",
        [try Self.encode(state), SessionRecord.Status.running.rawValue, ageBand, code.value])
      guard changed.count == 1 else { throw StoreError.unknownSession(code.description) }
      for answer in answers { try upsert(answer, session: code.value) }
    }
  }

  /// Keeps one row: an answer replaces the earlier answer to the same question by the same
  /// participant (after `terug`) and takes a new place in the order; a note is added beside it.
  func upsert(_ a: AnswerRecord, session: String) throws {
    var entry = 0
    if a.kind == AnswerRole.note.rawValue {
      entry =
        try scalar(
          Int.self,
          """
          SELECT COALESCE(MAX(entry), 0) + 1 FROM answer
          WHERE session_code = $1 AND participant = $2 AND question_id = $3
          """, [session, a.participant, a.questionID]) ?? 1
    }
    _ = try query(
      """
      INSERT INTO answer (session_code, participant, question_id, entry, script_id, script_version,
        method, kind, themes, phases, value_kind, value, answered_by, month)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
      ON CONFLICT (session_code, participant, question_id, entry) DO UPDATE SET
        script_id = EXCLUDED.script_id, script_version = EXCLUDED.script_version, method = EXCLUDED.method,
        kind = EXCLUDED.kind, themes = EXCLUDED.themes, phases = EXCLUDED.phases,
        value_kind = EXCLUDED.value_kind, value = EXCLUDED.value, answered_by = EXCLUDED.answered_by,
        month = EXCLUDED.month, seq = nextval(pg_get_serial_sequence('answer', 'seq'))
      """,
      [
        session, a.participant, a.questionID, entry, a.scriptID, a.scriptVersion, a.method.rawValue, a.kind,
        a.themes.joined(separator: ","), a.phases.map(\.rawValue).joined(separator: ","),
        a.valueKind, a.value, a.answeredBy.rawValue, a.month,
      ])
    // A Persona table's size goes on its session too: reports read it without the answers.
    if a.questionID == AnswerRecord.tablePeopleID, a.participant == "groep",
      let n = a.value.flatMap({ Int($0) })
    {
      _ = try query("UPDATE session SET people = $1 WHERE code = $2", [n, session])
    }
  }

  public func update(_ code: SessionCode, status: SessionRecord.Status, state: ConversationState?)
    throws(StoreError)
  {
    try transaction(roundsOrder: status == .finished) {
      // A finished session needs its script file no more: the path is not kept longer.
      let changed = try query(
        """
        UPDATE session SET status = $1, state = $2,
          script_path = CASE WHEN $3 THEN NULL ELSE script_path END,
          ready = CASE WHEN $1 = 'finished' THEN COALESCE(ready, praatmaat_next_ready()) ELSE ready END
        WHERE code = $4 RETURNING 1
        """, [status.rawValue, try state.map(Self.encode), status == .finished, code.value])
      guard changed.count == 1 else { throw StoreError.unknownSession(code.description) }
    }
  }

  static let sessionColumns = """
    code, script_id, script_version, method, municipality, age_band, status, month, state, script_path,
    record_key
    """

  public func session(_ code: SessionCode) throws(StoreError) -> SessionRecord? {
    try reading {
      try query("SELECT \(Self.sessionColumns) FROM session WHERE code = $1", [code.value]).first.map(
        Self.session)
    }
  }

  public func pausedSessions() throws(StoreError) -> [SessionRecord] {
    try reading {
      try query(
        """
        SELECT \(Self.sessionColumns) FROM session WHERE status IN ('paused', 'running')
        ORDER BY month DESC, seq DESC
        """
      ).map(Self.session)
    }
  }

  /// A session from a row of `sessionColumns`; a value praatmaat does not know is an error.
  static func session(_ row: PostgresRow) throws -> SessionRecord {
    let r = row.makeRandomAccess()
    let code = try r[0].decode(String.self)
    let method = try r[3].decode(String.self)
    let status = try r[6].decode(String.self)
    let state = try r[8].decode(String?.self).map {
      try JSONDecoder().decode(ConversationState.self, from: Data($0.utf8))
    }
    return SessionRecord(
      code: try StoreError.parsed(SessionCode(code), "gesprekscode", code),
      scriptID: try r[1].decode(String.self), scriptVersion: try r[2].decode(Int.self),
      method: try StoreError.parsed(Method(rawValue: method), "methode", method),
      municipality: try r[4].decode(String?.self), ageBand: try r[5].decode(String?.self),
      status: try StoreError.parsed(SessionRecord.Status(rawValue: status), "status", status),
      month: try r[7].decode(String.self), state: state, scriptPath: try r[9].decode(String?.self),
      recordKey: try r[10].decode(Int64?.self).map { UInt32(truncatingIfNeeded: $0) })
  }

  static let answerColumns = """
    question_id, participant, script_id, script_version, method, kind, themes, phases, value_kind, value,
    answered_by, month
    """

  public func answers(_ code: SessionCode) throws(StoreError) -> [AnswerRecord] {
    try reading { try answers(code.value) }
  }

  func answers(_ code: String) throws -> [AnswerRecord] {
    try query("SELECT \(Self.answerColumns) FROM answer WHERE session_code = $1 ORDER BY seq", [code])
      .map { try Self.answer($0) }
  }

  /// An answer from a row of `answerColumns`.
  /// An answer from a row of `answerColumns`; a value praatmaat does not know is an error.
  static func answer(_ row: PostgresRow) throws -> AnswerRecord {
    let r = row.makeRandomAccess()
    let method = try r[4].decode(String.self)
    let answeredBy = try r[10].decode(String.self)
    return AnswerRecord(
      questionID: try r[0].decode(String.self), participant: try r[1].decode(String.self),
      scriptID: try r[2].decode(String.self), scriptVersion: try r[3].decode(Int.self),
      method: try StoreError.parsed(Method(rawValue: method), "methode", method),
      kind: try r[5].decode(String.self),
      themes: try r[6].decode(String.self).split(separator: ",").map(String.init),
      phases: try PolicyPhase.parsing(try r[7].decode(String.self)),
      valueKind: try r[8].decode(String.self), value: try r[9].decode(String?.self),
      answeredBy: try StoreError.parsed(AnsweredBy(rawValue: answeredBy), "wie antwoordde", answeredBy),
      month: try r[11].decode(String.self))
  }

  public func counts() throws(StoreError) -> (sessions: Int, answers: Int) {
    try reading {
      (
        try scalar(Int.self, "SELECT count(*) FROM session") ?? 0,
        try scalar(Int.self, "SELECT count(*) FROM answer") ?? 0
      )
    }
  }
}
