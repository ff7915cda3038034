import GRDB
import PraatmaatCore

extension SQLiteStore {
  /// How many answers a report would read (for the progress bar).
  public func answerCount(script: String?) throws(StoreError) -> Int {
    try read { db in
      if let script {
        return try Int.fetchOne(
          db, sql: "SELECT count(*) FROM answer WHERE script_id = ?", arguments: [script]) ?? 0
      }
      return try Int.fetchOne(db, sql: "SELECT count(*) FROM answer") ?? 0
    }
  }

  /// The people of session `s`: the seats that answered, or a Persona table's people.
  static let sessionPeople = """
    max(1, COALESCE(s.people, 0),
      (SELECT count(DISTINCT a.participant) FROM answer a WHERE a.session_code = s.code AND a.participant != 'groep'))
    """

  /// Every session a report may one day show, with what publication rounds need of it and
  /// its record key; and the places withdrawn sessions held in the rounds.
  public func reportSessions() throws(StoreError) -> [ReportSession] {
    try read { db in
      let sessions = try Row.fetchAll(
        db,
        sql: """
          SELECT s.code, s.script_id, s.municipality, s.ready, s.month, s.record_key,
            \(Self.sessionPeople) AS people
          FROM session s
          WHERE s.status != 'withdrawn'
          """
      ).map { row in
        ReportSession(
          code: row["code"], script: row["script_id"], municipality: row["municipality"], ready: row["ready"],
          month: row["month"], people: min(TableState.maximumParticipants, row["people"]),
          recordKey: Self.recordKey(row) ?? 0)
      }
      let withdrawn = try Row.fetchAll(
        db,
        sql: """
          SELECT code, script_id, municipality, month, ready, people FROM withdrawn
          WHERE ready IS NOT NULL AND script_id IS NOT NULL
          """
      ).map { row in
        ReportSession(
          code: row["code"], script: row["script_id"], municipality: row["municipality"], ready: row["ready"],
          month: row["month"] ?? "",
          people: row["people"] ?? 1, recordKey: 0, withdrawn: true)
      }
      return sessions + withdrawn
    }
  }

  /// Streams every answer with its session's context, without loading them all at once.
  /// Periods are not filtered here: a report needs every month to keep small groups hidden.
  /// The sessions' place and month are read once, beforehand: a join per answer would cost
  /// a lookup in the session table for each of a million rows.
  public func forEachReportRow(script: String?, _ body: (ReportRow) -> Void) throws(StoreError) {
    try read { db in
      var places: [String: ReportColumns.Place] = [:]
      let sessions = try db.makeStatement(
        sql: "SELECT code, municipality, month FROM session WHERE status != 'withdrawn'")
      try ReportColumns.places(sessions, in: db) { places[$0] = $1 }
      var sql = """
        SELECT a.session_code, a.participant, a.question_id, a.script_id, a.script_version, a.method,
          a.kind, a.themes, a.phases, a.value_kind, a.value, a.answered_by, a.month
        FROM answer a
        """
      var arguments: StatementArguments = []
      if let script {
        sql += " WHERE a.script_id = ?"
        arguments += [script]
      }
      let statement = try db.makeStatement(sql: sql)
      try statement.setArguments(arguments)
      try ReportColumns.forEach(statement, in: db, places: places, body)
    }
  }
}
