import Foundation
import GRDB
import GRDBSQLite
import PraatmaatCore

/// The embedded SQLite store: WAL, durable commits, secure delete, 0600 file in a 0700 folder.
///
/// Every write is one transaction, so a killed process leaves either the whole answer or
/// nothing, never half a session.
public final class SQLiteStore: AnswerStore, @unchecked Sendable {
  /// A `DatabaseQueue`: one connection, so that a write and the reads around it never
  /// overlap. Everything else speaks to it as GRDB's `DatabaseWriter`.
  let writer: any DatabaseWriter
  public let path: String
  public var location: String { path }

  /// Opens (and on first use creates) the database at `path`; `":memory:"` for tests.
  /// With `create: false` a database that does not exist is refused and nothing is made:
  /// for commands that only read or change what is there (a mistyped `--db` must not leave
  /// an empty database behind).
  public init(path: String, create: Bool = true, readOnly: Bool = false) throws(StoreError) {
    self.path = path
    var config = Configuration()
    config.readonly = readOnly
    // Long enough for another program's short transaction (an import writes in batches).
    config.busyMode = .timeout(10)
    config.foreignKeysEnabled = true
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA secure_delete = ON")
      if !db.configuration.readonly, path != ":memory:" {
        try db.execute(sql: "PRAGMA journal_mode = WAL")
      }
      // Durable commits: an acknowledged answer survives a crash or a power cut.
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    do {
      if path == ":memory:" {
        writer = try DatabaseQueue(configuration: config)
      } else if readOnly {
        // The same refusals as for writing: a folder, a link, an unsafe place.
        if let refusal = Self.refusal(path) { throw refusal }
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path) }
        writer = try Self.openReading(path, config)
      } else {
        try Self.prepareFile(path, create: create)
        writer = try DatabaseQueue(path: path, configuration: config)
      }
      let migrator = Migrations.migrator
      let (superseded, complete) = try writer.read { db in
        (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
      }
      if superseded { throw StoreError.newerVersion(path) }
      if readOnly {
        guard complete else {
          throw StoreError.other(
            "de database \(path) is van een oudere praatmaat; open hem eerst één keer met praatmaat (het menu of praatmaat start), dan werkt praatmaat hem bij"
          )
        }
      } else if !complete {
        try Self.migrate(writer, with: migrator)
      }
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  /// Runs the migrations that are missing. Each one is a transaction of its own; while they
  /// run, a commit does not wait for the disk (in WAL mode that stays safe from corruption),
  /// so a new database is made without a sync for every migration. A power cut meanwhile
  /// costs at most migrations, which run again at the next start; the first durable commit
  /// after them (the session, an answer) syncs the log with them in it. When a migration
  /// fails, the store is not opened, so no answer is ever kept without a sync.
  static func migrate(_ writer: any DatabaseWriter, with migrator: DatabaseMigrator) throws {
    try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
    try migrator.migrate(writer)
    try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
  }

  /// Opens a database to read only. On a read-only disk SQLite cannot make the side file WAL
  /// needs: the database is then read as it is on disk, which nothing can change there.
  static func openReading(_ path: String, _ config: Configuration) throws -> DatabaseQueue {
    do {
      let queue = try DatabaseQueue(path: path, configuration: config)
      _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
      return queue
    } catch {
      var disk = statvfs()
      guard statvfs(path, &disk) == 0, disk.f_flag & UInt(ST_RDONLY) != 0 else { throw error }
      let uri =
        "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
        + "?immutable=1"
      return try DatabaseQueue(path: uri, configuration: config)
    }
  }

  /// An empty in-memory store, for tests.
  public static func inMemory() throws(StoreError) -> SQLiteStore {
    try SQLiteStore(path: ":memory:")
  }

  /// Creates the folder (0700) and the file (0600) before SQLite opens it, and refuses a path
  /// where someone else could read or swap the answers: a symbolic link (the file or a side
  /// file), something that is not a plain file, or a folder everyone may write to (like /tmp).
  static func prepareFile(_ path: String, create: Bool = true) throws(StoreError) {
    let folder = (path as NSString).deletingLastPathComponent
    if let refusal = refusal(path) { throw refusal }
    if !create, !FileManager.default.fileExists(atPath: path) { throw .missing(path) }
    if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } catch {
        throw .cannotOpen(path)
      }
    }
    if let reason = unsafeReason(path, folder: folder.isEmpty ? "." : folder) {
      throw .unsafePath(path, reason: reason)
    }
    if !FileManager.default.fileExists(atPath: path) {
      let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW, 0o600)
      guard fd >= 0 else { throw .cannotOpen(path) }
      close(fd)
    }
    tighten(path, folder: folder.isEmpty ? "." : folder)
  }

  /// An existing database that others may read is made private: the file and its side files
  /// 0600, and the folder 0700 when it is praatmaat's own folder. Only what this user owns.
  static func tighten(_ path: String, folder: String) {
    var info = stat()
    for file in [path, path + "-wal", path + "-shm", path + "-journal", path + "-sessies"]
    where lstat(file, &info) == 0 && info.st_uid == getuid() && info.st_mode & 0o077 != 0 {
      chmod(file, 0o600)
    }
    if (folder as NSString).lastPathComponent == "praatmaat", stat(folder, &info) == 0,
      info.st_uid == getuid(),
      info.st_mode & 0o077 != 0
    {
      chmod(folder, 0o700)
    }
  }

  /// Why the database cannot be at `path`, checked before anything is created: a folder
  /// where the file should be, or an unsafe place. Nil when nothing is wrong yet.
  static func refusal(_ path: String) -> StoreError? {
    var info = stat()
    if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return .isFolder(path) }
    let folder = (path as NSString).deletingLastPathComponent
    // A folder that does not exist yet is made private (0700) by `prepareFile`.
    guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder) else { return nil }
    return unsafeReason(path, folder: folder.isEmpty ? "." : folder).map { .unsafePath(path, reason: $0) }
  }

  /// Whether a database could be made at `path` now, without making anything: the place is
  /// safe and the nearest folder that exists may be written.
  public static func checkCanCreate(_ path: String) throws(StoreError) {
    if let refusal = refusal(path) { throw refusal }
    var folder = (path as NSString).deletingLastPathComponent
    if folder.isEmpty { folder = "." }
    while !FileManager.default.fileExists(atPath: folder) {
      let parent = (folder as NSString).deletingLastPathComponent
      if parent.isEmpty || parent == folder { break }
      folder = parent
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
      access(folder, W_OK | X_OK) == 0
    else {
      throw errno == EROFS ? .readOnly(path) : .cannotOpen(path)
    }
  }

  /// Whether the database can be written now: a write transaction that changes nothing.
  /// A read-only or locked database is found before anyone is asked anything.
  public func checkWritable() throws(StoreError) {
    do {
      // SQLite opens a file it may not write read-only without a word: ask it.
      let readOnly = try writer.writeWithoutTransaction { db in
        sqlite3_db_readonly(db.sqliteConnection, "main") == 1
      }
      if readOnly || (path != ":memory:" && access(path, W_OK) != 0) { throw StoreError.readOnly(path) }
      try writer.writeWithoutTransaction { db in try db.inTransaction(.immediate) { .rollback } }
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  /// Why `path` is not a safe place for the database, or nil when it is.
  static func unsafeReason(_ path: String, folder: String) -> String? {
    var info = stat()
    // A sticky bit stops others deleting the file, not planting a link before it exists.
    if stat(folder, &info) == 0, info.st_mode & S_IWOTH != 0 {
      return "iedereen mag schrijven in de map \(folder); kies een eigen map, zoals ~/.local/share/praatmaat"
    }
    for file in [path, path + "-wal", path + "-shm", path + "-journal"] where lstat(file, &info) == 0 {
      if info.st_mode & S_IFMT == S_IFLNK {
        return
          "\((file as NSString).lastPathComponent) is een symbolische link; geef de echte plek van het bestand"
      }
      if info.st_mode & S_IFMT != S_IFREG {
        return "\((file as NSString).lastPathComponent) is geen gewoon bestand"
      }
    }
    return nil
  }

  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try writer.write(body)
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try writer.read(body)
    } catch {
      throw StoreError.from(error, path: path)
    }
  }

  // MARK: Sessions

  public func create(_ session: SessionRecord) throws(StoreError) {
    try write { db in try Self.insert(session, db) }
  }

  /// The next number in the order sessions became ready for reports (see `ready`), after
  /// those of withdrawn sessions too: they keep their place.
  static let nextReady = """
    (SELECT COALESCE(MAX(r), 0) + 1 FROM
      (SELECT MAX(ready) AS r FROM session UNION ALL SELECT MAX(ready) FROM withdrawn))
    """

  /// Keeps a new session; a finished one takes the next place in the publication rounds.
  static func insert(_ s: SessionRecord, _ db: Database) throws {
    let ready = s.status == .finished ? try Int.fetchOne(db, sql: "SELECT " + nextReady) : nil
    try SessionRow(s, ready: ready).insert(db)
  }

  public func record(
    _ answers: [AnswerRecord], dropping dropped: [String], session code: SessionCode,
    state: ConversationState
  ) throws(StoreError) {
    try write { db in
      for id in dropped {
        // Notes stay: they belong to the conversation, not to the answer.
        try db.execute(
          sql: """
            DELETE FROM answer WHERE session_code = ? AND participant = '' AND question_id = ? AND kind != ?
            """,
          arguments: [code.value, id, "notitie"])
      }
      let ageBand = answers.first { $0.valueKind == "ageBand" }?.value
      try db.execute(
        sql: "UPDATE session SET state = ?, status = ?, age_band = COALESCE(?, age_band) WHERE code = ?",
        arguments: [
          try JSONEncoder().encode(state), SessionRecord.Status.running.rawValue, ageBand, code.value,
        ])
      guard db.changesCount == 1 else { throw StoreError.unknownSession(code.description) }
      for answer in answers { try Self.upsert(answer, session: code.value, db) }
    }
  }

  /// Keeps one row: an answer replaces the earlier answer to the same question by the same
  /// participant (after `terug`) and takes a new place in the order; a note is always added
  /// beside it.
  static func upsert(_ a: AnswerRecord, session: String, _ db: Database) throws {
    var entry = 0
    if a.kind == AnswerRole.note.rawValue {
      entry =
        try AnswerRow.filter(
          AnswerRow.Columns.sessionCode == session && AnswerRow.Columns.participant == a.participant
            && AnswerRow.Columns.questionID == a.questionID
        ).select(max(AnswerRow.Columns.entry), as: Int.self).fetchOne(db).map { $0 + 1 } ?? 1
    }
    try AnswerRow(a, session: session, entry: entry).insert(db, onConflict: .replace)
    // A Persona table's size goes on its session too: reports read it without the answers.
    if a.questionID == AnswerRecord.tablePeopleID, a.participant == "groep",
      let n = a.value.flatMap({ Int($0) })
    {
      try SessionRow.filter(key: session).updateAll(db, Column("people").set(to: n))
    }
  }

  /// Saves the engine state and status (paused, finished).
  public func update(_ code: SessionCode, status: SessionRecord.Status, state: ConversationState?)
    throws(StoreError)
  {
    try write { db in
      try db.execute(
        sql: """
          UPDATE session SET status = ?1, state = ?2,
            script_path = CASE WHEN ?3 THEN NULL ELSE script_path END,
            ready = CASE WHEN ?1 = 'finished' THEN COALESCE(ready, \(Self.nextReady)) ELSE ready END
          WHERE code = ?4
          """,
        // A finished session needs its script file no more: the path is not kept longer.
        arguments: [
          status.rawValue, try state.map { try JSONEncoder().encode($0) }, status == .finished, code.value,
        ])
      guard db.changesCount == 1 else { throw StoreError.unknownSession(code.description) }
    }
  }

  public func session(_ code: SessionCode) throws(StoreError) -> SessionRecord? {
    try read { db in try SessionRow.fetchOne(db, key: code.value)?.record() }
  }

  public func pausedSessions() throws(StoreError) -> [SessionRecord] {
    try read { db in
      try SessionRow.filter(
        [SessionRecord.Status.paused.rawValue, SessionRecord.Status.running.rawValue]
          .contains(Column("status"))
      )
      .order(SessionRow.Columns.month.desc, Column.rowID.desc).fetchAll(db).map { try $0.record() }
    }
  }

  /// A session's record key as kept: 32 bits in SQLite's 64-bit integer.
  static func recordKey(_ row: Row) -> UInt32? {
    (row["record_key"] as Int64?).map { UInt32(truncatingIfNeeded: $0) }
  }

  public func answers(_ code: SessionCode) throws(StoreError) -> [AnswerRecord] {
    try read { db in try Self.answers(code.value, db) }
  }

  static func answers(_ code: String, _ db: Database) throws -> [AnswerRecord] {
    try AnswerRow.of(code).fetchAll(db).map { try $0.record() }
  }

  /// A conversation's hold on its session: a lock beside the database file (`SessionLease`).
  public func lease(_ code: SessionCode) throws(StoreError) -> AnyObject? {
    try SessionLease.take(code, database: path)
  }

  public func holder(_ code: SessionCode) -> Int? {
    SessionLease.holder(code, database: path).map(Int.init)
  }

  public func counts() throws(StoreError) -> (sessions: Int, answers: Int) {
    try read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM session") ?? 0,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM answer") ?? 0
      )
    }
  }

  /// `PRAGMA integrity_check` says "ok".
  public func integrityOK() throws(StoreError) -> Bool {
    try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" }
  }
}
