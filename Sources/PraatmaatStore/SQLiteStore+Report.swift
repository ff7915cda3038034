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

  /// Streams every answer with its session's context, without loading them all at once.
  /// Periods are not filtered here: a report needs every month to keep small groups hidden.
  public func forEachReportRow(script: String?, _ body: (ReportRow) -> Void) throws(StoreError) {
    try read { db in
      var sql = """
        SELECT a.session_code, a.participant, a.question_id, a.script_id, a.script_version, a.method,
          a.kind, a.themes, a.phases, a.value_kind, a.value, a.answered_by, a.month, s.municipality, s.month
        FROM answer a JOIN session s ON s.code = a.session_code
        WHERE s.status != 'withdrawn'
        """
      var arguments: StatementArguments = []
      if let script {
        sql += " AND a.script_id = ?"
        arguments += [script]
      }
      let statement = try db.makeStatement(sql: sql)
      try statement.setArguments(arguments)
      try ReportColumns.forEach(statement, in: db, body)
    }
  }
}
