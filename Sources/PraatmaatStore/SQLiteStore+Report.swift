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
      // Columns by position and the few distinct tag lists parsed once: a million rows.
      var themes: [String: [String]] = [:]
      var phases: [String: [PolicyPhase]] = [:]
      let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      while let row = try rows.next() {
        let themeText: String = row[7]
        let phaseText: String = row[8]
        if themes[themeText] == nil { themes[themeText] = themeText.split(separator: ",").map(String.init) }
        if phases[phaseText] == nil {
          phases[phaseText] = phaseText.split(separator: ",").compactMap { PolicyPhase(rawValue: String($0)) }
        }
        let answer = AnswerRecord(
          questionID: row[2], participant: row[1], scriptID: row[3], scriptVersion: row[4],
          method: Method(rawValue: row[5]) ?? .gesprek, kind: row[6], themes: themes[themeText]!,
          phases: phases[phaseText]!, valueKind: row[9], value: row[10],
          answeredBy: AnsweredBy(rawValue: row[11]) ?? .participant, month: row[12])
        body(ReportRow(session: row[0], municipality: row[13], sessionMonth: row[14], answer: answer))
      }
    }
  }
}
