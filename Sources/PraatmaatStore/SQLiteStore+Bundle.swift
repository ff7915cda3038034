import GRDB
import PraatmaatCore

extension SQLiteStore {
  /// Every session with its answers, for `praatmaat export`.
  public func exportEntries() throws(StoreError) -> [SessionBundle.Entry] {
    try read { db in
      let sessions = try Row.fetchAll(db, sql: "SELECT * FROM session ORDER BY month, code").map(Self.session)
      return try sessions.map { session in
        let answers = try Row.fetchAll(
          db, sql: "SELECT * FROM answer WHERE session_code = ? ORDER BY rowid",
          arguments: [session.code.value]
        ).map(Self.answer)
        return SessionBundle.Entry(session: session, answers: answers)
      }
    }
  }

  /// Adds the sessions that are not here yet, all in one transaction.
  /// Returns how many sessions were added and how many were already here.
  public func importEntries(_ entries: [SessionBundle.Entry]) throws(StoreError) -> (added: Int, known: Int) {
    try write { db in
      var added = 0
      var known = 0
      for entry in entries {
        guard let session = entry.session else { continue }
        let exists =
          try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM session WHERE code = ?)", arguments: [session.code.value])
          ?? false
        if exists {
          known += 1
          continue
        }
        try Self.insert(session, db)
        for answer in entry.answers { try Self.upsert(answer, session: session.code.value, db) }
        added += 1
      }
      return (added, known)
    }
  }
}
