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
  public func forEachReportRow(script: String?, from: String?, to: String?, _ body: (ReportRow) -> Void)
    throws(StoreError)
  {
    try read { db in
      var sql = """
        SELECT a.*, s.municipality FROM answer a JOIN session s ON s.code = a.session_code
        WHERE s.status != 'withdrawn'
        """
      var arguments: StatementArguments = []
      if let script {
        sql += " AND a.script_id = ?"
        arguments += [script]
      }
      if let from {
        sql += " AND a.month >= ?"
        arguments += [from]
      }
      if let to {
        sql += " AND a.month <= ?"
        arguments += [to]
      }
      let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      while let row = try rows.next() {
        body(
          ReportRow(session: row["session_code"], municipality: row["municipality"], answer: Self.answer(row))
        )
      }
    }
  }
}
