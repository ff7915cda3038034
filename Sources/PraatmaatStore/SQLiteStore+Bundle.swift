import GRDB
import PraatmaatCore

/// What an import did, for the line `praatmaat import` prints.
public struct ImportSummary: Sendable, Equatable {
  /// Sessions that were not here yet.
  public var added = 0
  /// Sessions that were here, replaced by a copy that went on longer.
  public var updated = 0
  /// Sessions that were here already, as far as or further than the bundle's copy.
  public var known = 0
  /// Sessions left out because they were withdrawn (here or in a bundle).
  public var skippedWithdrawn = 0
  /// Sessions removed here because a bundle says they were withdrawn elsewhere.
  public var removed = 0
  /// When sessions were removed: why their old bytes are still in the file; nil when gone.
  public var tracesLeft: StoreError?

  public init() {}
}

extension SQLiteStore {
  /// Every session with its answers, for `praatmaat export`.
  public func exportEntries() throws(StoreError) -> [SessionBundle.Entry] {
    try read { db in
      let sessions = try SessionRow.order(SessionRow.Columns.month, SessionRow.Columns.code).fetchAll(db).map
      {
        try $0.record()
      }
      return try sessions.map { session in
        SessionBundle.Entry(session: session, answers: try Self.answers(session.code.value, db))
      }
    }
  }

  public func importEntries(_ entries: [SessionBundle.Entry], withdrawn: [SessionCode])
    throws(StoreError) -> ImportSummary
  {
    // Short transactions, one batch of sessions each: a conversation on the same database
    // writes its answers between them. A batch is whole or not there; importing again after
    // a stop adds nothing twice.
    var summary = try MergeRules.inBatches(entries, withdrawn: withdrawn) { batch, codes throws(StoreError) in
      try importBatch(batch, withdrawn: codes)
    }
    if summary.removed > 0 { summary.tracesLeft = clearTraces() }
    return summary
  }

  private func importBatch(_ entries: [SessionBundle.Entry], withdrawn: [SessionCode]) throws(StoreError)
    -> ImportSummary
  {
    try write { db in
      var summary = ImportSummary()
      for code in withdrawn {
        if try Self.isSession(code.value, db) {
          _ = try Self.remove(code.value, db)
          summary.removed += 1
        } else {
          try db.execute(sql: "INSERT OR IGNORE INTO withdrawn (code) VALUES (?)", arguments: [code.value])
        }
      }
      for entry in entries {
        guard let session = entry.session else { continue }
        let code = session.code.value
        if try Self.isWithdrawn(code, db) {
          summary.skippedWithdrawn += 1
          continue
        }
        guard
          let stored = try SessionRow.fetchOne(db, key: code)?.record()
        else {
          try Self.insert(session, db)
          for answer in entry.answers { try Self.upsert(answer, session: code, db) }
          summary.added += 1
          continue
        }
        let storedAnswers =
          try Int.fetchOne(db, sql: "SELECT count(*) FROM answer WHERE session_code = ?", arguments: [code])
          ?? 0
        guard stored.state == nil,
          MergeRules.wentOnLonger(session, entry.answers.count, than: stored, storedAnswers)
        else {
          summary.known += 1
          continue
        }
        try db.execute(sql: "DELETE FROM answer WHERE session_code = ?", arguments: [code])
        try db.execute(sql: "DELETE FROM session WHERE code = ?", arguments: [code])
        try Self.insert(session, db)
        for answer in entry.answers { try Self.upsert(answer, session: code, db) }
        summary.updated += 1
      }
      return summary
    }
  }
}
