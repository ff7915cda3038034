import Foundation
import GRDB
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("SQLite store on disk: modes, WAL, damaged and newer files, withdrawal leaves no trace")
struct SQLiteStoreFileTests {
  let script = parseScript(proefScript)

  @Test("A new database is 0600 in a new 0700 folder")
  func modes() throws {
    let folder = TemporaryFolder()
    let path = folder.path("nieuw/praatmaat.sqlite")
    let store = try SQLiteStore(path: path)
    _ = try #require(try start(script, typing: ["ja", "1"], store: store))
    #expect(try permissions(path) == 0o600)
    #expect(try permissions(folder.path("nieuw")) == 0o700)
    // SQLite gives its side files the mode of the database.
    for side in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + side) {
      #expect(try permissions(path + side) == 0o600, "\(side)")
    }
  }

  @Test("An existing folder keeps its mode; the file is still 0600")
  func existingFolder() throws {
    let folder = TemporaryFolder()
    let path = folder.path("praatmaat.sqlite")
    _ = try SQLiteStore(path: path)
    #expect(try permissions(path) == 0o600)
  }

  @Test("The journal mode is WAL, in the connection and in the file header")
  func walMode() throws {
    let folder = TemporaryFolder()
    let path = folder.path("db/praatmaat.sqlite")
    let store = try SQLiteStore(path: path)
    let mode = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode?.lowercased() == "wal")
    let secure = try store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA secure_delete") }
    #expect(secure == 1)
    // Bytes 18 and 19 of the header are 2 for a WAL database.
    let header = try #require(FileManager.default.contents(atPath: path))
    #expect(header.count >= 100)
    #expect(Array(header[18...19]) == [2, 2])
  }

  @Test("Commits are durable once the store is open: a new database and an older one alike")
  func durableAfterMigrations() throws {
    let folder = TemporaryFolder()
    let path = folder.path("db/praatmaat.sqlite")
    // FULL is 2: the migrations ran without a sync each, the answers after them do not.
    let made = try SQLiteStore(path: path)
    #expect(try made.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 2)
    let reopened = try SQLiteStore(path: path)
    #expect(try reopened.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 2)
    _ = try #require(try start(script, typing: ["ja", "1"], store: reopened))
  }

  @Test("A file of random bytes is not a database")
  func randomBytes() throws {
    let folder = TemporaryFolder()
    let path = folder.path("kapot.sqlite")
    var generator = SeededGenerator(seed: 42)
    let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(throws: StoreError.notADatabase(path)) { try SQLiteStore(path: path) }
    #expect(StoreError.notADatabase(path).description.contains("geen praatmaat-database"))
  }

  @Test("A database with a migration from a newer praatmaat is refused")
  func newerVersion() throws {
    let folder = TemporaryFolder()
    let path = folder.path("praatmaat.sqlite")
    do {
      let store = try SQLiteStore(path: path)
      try store.writer.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: future')")
      }
    }
    #expect(throws: StoreError.newerVersion(path)) { try SQLiteStore(path: path) }
  }

  @Test("A read-only database file gives a read-only error, not a crash")
  func readOnly() throws {
    let folder = TemporaryFolder()
    let path = folder.path("praatmaat.sqlite")
    do { _ = try SQLiteStore(path: path) }
    #expect(chmod(path, 0o400) == 0)
    defer { chmod(path, 0o600) }
    // As root a 0400 file can still be written, so there is nothing to observe; the
    // assertion only means something for an ordinary user.
    guard !runningAsRoot else { return }
    let record = SessionRecord(
      code: SessionCode.random(), scriptID: "proef", scriptVersion: 1, method: .gesprek,
      municipality: nil, status: .running, month: testMonth, state: nil)
    do {
      let store = try SQLiteStore(path: path)
      #expect(throws: StoreError.readOnly(path)) { try store.create(record) }
    } catch {
      #expect(error == .readOnly(path))
    }
  }

  @Test("forget leaves no trace of an open answer in the database file or its WAL")
  func forgetLeavesNoBytes() throws {
    let folder = TemporaryFolder()
    let path = folder.path("db/praatmaat.sqlite")
    let store = try SQLiteStore(path: path)
    let secret = "zoutvlinder kwastjespaleis"
    let gone = try #require(
      try start(script, typing: ["ja", "1", "30", "ik droom van een \(secret)"], store: store))
    let stays = try #require(try start(script, typing: ["ja", "2", "60", "gewoon blijven"], store: store))
    let folderURL = folder.url.appendingPathComponent("db")
    // The search works: before forget the words are on disk (database or WAL).
    #expect(!planted([secret], in: [folderURL]).isEmpty)

    #expect(try store.forget(gone.code) == Withdrawal(answers: 3, wasWithdrawn: false, tracesLeft: nil))
    #expect(planted([secret, "zoutvlinder", "kwastjespaleis"], in: [folderURL]) == [])
    let wal = path + "-wal"
    if FileManager.default.fileExists(atPath: wal) {
      #expect(try FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int == 0)
    }
    #expect(try store.integrityOK())
    #expect(try store.answers(stays.code).count == 3)

    // Reopened from disk, the session is gone.
    let reopened = try SQLiteStore(path: path)
    #expect(try reopened.session(gone.code) == nil)
    #expect(try reopened.counts() == (1, 3))
  }

  @Test("forget while another program reads: the removal is reported, and that the bytes are still there")
  func forgetWhileRead() throws {
    let folder = TemporaryFolder()
    let path = folder.path("db/praatmaat.sqlite")
    let store = try SQLiteStore(path: path)
    let secret = "zoutvlinder kwastjespaleis"
    let gone = try #require(
      try start(script, typing: ["ja", "1", "30", "ik droom van een \(secret)"], store: store))
    let reader = try SQLiteStore(path: path)
    var first: Withdrawal?
    try reader.writer.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN")
      _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM answer")
      first = try store.forget(gone.code)
      try db.execute(sql: "ROLLBACK")
    }
    // The rows are gone, and the store says honestly that the old bytes are not yet.
    #expect(first == Withdrawal(answers: 3, wasWithdrawn: false, tracesLeft: .busy))
    #expect(try store.session(gone.code) == nil)
    #expect(try store.counts() == (0, 0))

    // Once the reader is done, forget again clears them.
    #expect(try store.forget(gone.code) == Withdrawal(answers: 0, wasWithdrawn: true, tracesLeft: nil))
    #expect(planted([secret], in: [folder.url.appendingPathComponent("db")]) == [])
  }

  @Test("A database that must exist is refused when it does not, and nothing is made")
  func mustExist() throws {
    let folder = TemporaryFolder()
    let path = folder.path("getypt/fout.sqlite")
    #expect(throws: StoreError.missing(path)) { try SQLiteStore(path: path, create: false) }
    #expect(!FileManager.default.fileExists(atPath: folder.path("getypt")))
    #expect(StoreError.missing(path).description == "de database \(path) bestaat niet; kijk of het pad klopt")
  }

  @Test("Whether a database could be made is checked without making it")
  func canCreate() throws {
    let folder = TemporaryFolder()
    try SQLiteStore.checkCanCreate(folder.path("a/b/praatmaat.sqlite"))
    #expect(!FileManager.default.fileExists(atPath: folder.path("a")))
    #expect(throws: StoreError.isFolder(folder.path)) { try SQLiteStore.checkCanCreate(folder.path) }
  }
}

@Suite("A row the store does not understand is an error, never made-up data")
struct DamagedRowTests {
  @Test("an unknown method, code or phase in a row: reading it fails with the value named")
  func damagedRows() throws {
    for (sql, named) in [
      ("UPDATE session SET method = 'toveren'", "toveren"),
      ("PRAGMA foreign_keys = OFF; UPDATE session SET code = 'geen-code'", "geen-code"),

    ] {
      let store = try SQLiteStore.inMemory()
      _ = try #require(try start(parseScript(proefScript), typing: ["ja", "1"], store: store))
      try store.writer.writeWithoutTransaction { db in try db.execute(sql: sql) }
      #expect {
        _ = try store.pausedSessions()
      } throws: { error in
        guard case .damagedRow(let what) = error as? StoreError else { return false }
        return what.contains(named)
      }
    }
    let store = try SQLiteStore.inMemory()
    let played = try #require(try start(parseScript(proefScript), typing: ["ja", "1"], store: store))
    try store.writer.write { db in try db.execute(sql: "UPDATE session SET status = 'zwevend'") }
    #expect(throws: StoreError.damagedRow("status 'zwevend'")) { _ = try store.session(played.code) }
    try store.writer.write { db in try db.execute(sql: "UPDATE answer SET phases = 'oogsttijd'") }
    #expect(throws: StoreError.self) { _ = try store.answers(played.code) }
    #expect(throws: StoreError.self) { try store.forEachReportRow(script: nil) { _ in } }
  }
}
