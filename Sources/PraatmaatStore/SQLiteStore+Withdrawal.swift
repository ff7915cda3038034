import Foundation
import GRDB
import PraatmaatCore

/// What `forget` did, told honestly: the rows are removed in one transaction; clearing the
/// old bytes from the file can still be blocked by another program reading the database.
public struct Withdrawal: Sendable, Equatable {
  /// How many answers were removed now; 0 when the session had been withdrawn before.
  public var answers: Int
  /// The session had been withdrawn before: only its code was left.
  public var wasWithdrawn: Bool
  /// Why the old bytes are still in the database file; nil when they are gone.
  public var tracesLeft: StoreError?

  public init(answers: Int, wasWithdrawn: Bool, tracesLeft: StoreError?) {
    self.answers = answers
    self.wasWithdrawn = wasWithdrawn
    self.tracesLeft = tracesLeft
  }
}

extension SQLiteStore {
  /// How often clearing the old bytes is tried before giving up, and the pause between.
  static let clearAttempts = 3
  static let clearPause: useconds_t = 300_000

  /// Removes a session and all its answers and keeps its code as withdrawn (with its place in
  /// the publication rounds, never an answer),
  /// then checkpoints the WAL and vacuums so the bytes are gone from the file.
  /// A session withdrawn before is not an error: the clearing is tried again.
  public func forget(_ code: SessionCode) throws(StoreError) -> Withdrawal {
    let (answers, wasWithdrawn): (Int, Bool) = try write { db in
      if try Self.isSession(code.value, db) {
        let answers = try Self.remove(code.value, db)
        return (answers, false)
      }
      if try Self.isWithdrawn(code.value, db) { return (0, true) }
      throw StoreError.unknownSession(code.description)
    }
    return Withdrawal(answers: answers, wasWithdrawn: wasWithdrawn, tracesLeft: clearTraces())
  }

  /// The codes of every withdrawn session, sorted: they travel in a bundle.
  public func withdrawnCodes() throws(StoreError) -> [SessionCode] {
    try read { db in
      try String.fetchAll(db, sql: "SELECT code FROM withdrawn ORDER BY code").compactMap(SessionCode.init)
    }
  }

  /// Deletes a session with its answers and keeps its code as withdrawn; returns how many
  /// answers it had. Runs inside the caller's transaction.
  static func remove(_ code: String, _ db: Database) throws -> Int {
    let answers =
      try Int.fetchOne(db, sql: "SELECT count(*) FROM answer WHERE session_code = ?", arguments: [code]) ?? 0
    // Its place in the publication rounds stays (script, municipality, month, order, people; no
    // answer):
    // the rounds after it are cut as before, and only its own answers leave the reports.
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO withdrawn (code, script_id, month, ready, people, municipality)
        SELECT s.code, s.script_id, s.month, s.ready, \(Self.sessionPeople), s.municipality
        FROM session s WHERE s.code = ?
        """, arguments: [code])
    try db.execute(sql: "INSERT OR IGNORE INTO withdrawn (code) VALUES (?)", arguments: [code])
    try db.execute(sql: "DELETE FROM answer WHERE session_code = ?", arguments: [code])
    try db.execute(sql: "DELETE FROM session WHERE code = ?", arguments: [code])
    return answers
  }

  static func isSession(_ code: String, _ db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM session WHERE code = ?)", arguments: [code])
      ?? false
  }

  static func isWithdrawn(_ code: String, _ db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM withdrawn WHERE code = ?)", arguments: [code])
      ?? false
  }

  /// Copies the WAL into the file, vacuums and empties the WAL: with secure delete on, the
  /// bytes of removed rows are then overwritten everywhere. A program that keeps the
  /// database open for reading blocks this; it is tried a few times.
  /// Returns nil when the bytes are gone, else why they are not.
  func clearTraces() -> StoreError? {
    var last: StoreError?
    for attempt in 0..<Self.clearAttempts {
      if attempt > 0 { usleep(Self.clearPause) }
      do {
        try writer.writeWithoutTransaction { db in
          // A reader elsewhere keeps the old bytes: do not wait the long busy time for each
          // try, the tries wait themselves.
          try db.execute(sql: "PRAGMA busy_timeout = 500")
          defer { try? db.execute(sql: "PRAGMA busy_timeout = 10000") }
          _ = try db.checkpoint(.truncate)
          try db.execute(sql: "VACUUM")
          _ = try db.checkpoint(.truncate)
        }
        return nil
      } catch {
        last = StoreError.from(error, path: path)
        // Only waiting can help against another reader; a full disk or a broken file not.
        if last != .busy { return last }
      }
    }
    return last
  }
}
