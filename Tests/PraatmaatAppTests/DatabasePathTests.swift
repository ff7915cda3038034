import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("Database paths: no symbolic links, no folders everyone may write to")
struct DatabasePathTests {
  /// The reason in a refusal, or nil when the store opened.
  func refusal(_ path: String) -> String? {
    do {
      _ = try SQLiteStore(path: path)
      return nil
    } catch {
      guard case .unsafePath(let refused, let reason) = error else { return "other error: \(error)" }
      #expect(refused == path)
      return reason
    }
  }

  @Test("A database path that is a symbolic link to a file elsewhere is refused; the target stays as it is")
  func symlinkToFile() throws {
    let folder = TemporaryFolder()
    let elsewhere = folder.folder("elders").appendingPathComponent("echt.sqlite").path
    _ = try SQLiteStore(path: elsewhere)
    let before = try #require(FileManager.default.contents(atPath: elsewhere))
    let link = folder.folder("db").appendingPathComponent("praatmaat.sqlite").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: elsewhere)

    let reason = try #require(refusal(link))
    #expect(reason.contains("symbolische link"))
    #expect(FileManager.default.contents(atPath: elsewhere) == before)
  }

  @Test("A dangling symbolic link is refused and nothing is created where it points")
  func danglingSymlink() throws {
    let folder = TemporaryFolder()
    let target = folder.folder("elders").appendingPathComponent("nieuw.sqlite").path
    let link = folder.folder("db").appendingPathComponent("praatmaat.sqlite").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)

    #expect(refusal(link)?.contains("symbolische link") == true)
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test("A symbolic link planted as the WAL file is refused")
  func symlinkedSideFile() throws {
    let folder = TemporaryFolder()
    let path = folder.folder("db").appendingPathComponent("praatmaat.sqlite").path
    _ = try SQLiteStore(path: path)
    try? FileManager.default.removeItem(atPath: path + "-wal")
    let target = folder.folder("elders").appendingPathComponent("wal").path
    try FileManager.default.createSymbolicLink(atPath: path + "-wal", withDestinationPath: target)

    #expect(refusal(path)?.contains("praatmaat.sqlite-wal is een symbolische link") == true)
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test("A folder at the database path is said to be a folder, also in a folder everyone may write to")
  func folderAtPath() throws {
    let folder = TemporaryFolder()
    let path = folder.folder("db/praatmaat.sqlite").path
    #expect(throws: StoreError.isFolder(path)) { try SQLiteStore(path: path) }
    let open = folder.folder("open")
    #expect(chmod(open.path, 0o1777) == 0)
    let inOpen = folder.folder("open/map").path
    #expect(throws: StoreError.isFolder(inOpen)) { try SQLiteStore(path: inOpen) }
    #expect(StoreError.isFolder(inOpen).description.contains("is een map"))
  }

  @Test(
    "A database directly in a folder everyone may write to is refused, with or without the sticky bit",
    arguments: [0o777, 0o1777, 0o773])
  func worldWritableFolder(mode: Int) throws {
    let folder = TemporaryFolder()
    let open = folder.folder("open")
    #expect(chmod(open.path, mode_t(mode)) == 0)
    let path = open.appendingPathComponent("praatmaat.sqlite").path

    #expect(refusal(path)?.contains("iedereen mag schrijven in de map") == true)
    #expect(!FileManager.default.fileExists(atPath: path), "nothing is created there")
    // A private folder below it is fine: that is where praatmaat makes its own.
    #expect(refusal(open.appendingPathComponent("eigen/praatmaat.sqlite").path) == nil)
    #expect(try permissions(open.appendingPathComponent("eigen").path) == 0o700)
  }

  @Test("An ordinary folder and a symbolic link to a folder above the file are fine")
  func ordinaryPaths() throws {
    let folder = TemporaryFolder()
    #expect(refusal(folder.path("praatmaat.sqlite")) == nil)
    let real = folder.folder("echt")
    let linked = folder.path("via-link")
    try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: real.path)
    #expect(refusal(linked + "/praatmaat.sqlite") == nil)
    #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("praatmaat.sqlite").path))
  }

  @Test("praatmaat refuses an unsafe --db or $PRAATMAAT_DB with exit 2 and one line", arguments: [0, 1])
  func commandRefuses(kind: Int) throws {
    let sandbox = Sandbox()
    let elsewhere = sandbox.root.folder("elders").appendingPathComponent("echt.sqlite").path
    let open = sandbox.root.folder("open")
    chmod(open.path, 0o1777)
    let path: String
    switch kind {
    case 0:
      path = sandbox.root.folder("db").appendingPathComponent("link.sqlite").path
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: elsewhere)
    default: path = open.appendingPathComponent("praatmaat.sqlite").path
    }
    for arguments in [
      ["start", "wonen", "--db", path], ["report", "--db", path], ["forget", "KMT-4HX", "--db", path],
    ] {
      let result = try sandbox.run(arguments, lines: ["ja", "2"])
      #expect(result.status == 2, "\(arguments): \(result.err)")
      #expect(result.errLines.count == 1, "\(arguments): \(result.err)")
      #expect(result.err.contains("niet veilig"), "\(arguments): \(result.err)")
      #expect(!result.out.contains(dutch[.codeIs, ["code": ""]]), "no conversation starts")
    }
    sandbox.overrides["PRAATMAAT_DB"] = path
    let viaEnvironment = try sandbox.run(["start", "wonen"], lines: ["ja", "2"])
    #expect(viaEnvironment.status == 2, "\(viaEnvironment.err)")
    #expect(viaEnvironment.errLines.count == 1)
    #expect(!FileManager.default.fileExists(atPath: elsewhere))
    #expect(!FileManager.default.fileExists(atPath: open.appendingPathComponent("praatmaat.sqlite").path))
  }

  @Test("--db naming a folder: the one line says it is a folder, whatever folder it is in")
  func commandRefusesFolder() throws {
    let sandbox = Sandbox()
    let open = sandbox.root.folder("open")
    chmod(open.path, 0o1777)
    let folder = sandbox.root.folder("open/map").path
    for arguments in [
      ["start", "wonen", "--db", folder], ["report", "--db", folder], ["export", "--db", folder],
    ] {
      let result = try sandbox.run(arguments, lines: ["ja", "2"])
      #expect(result.status == 2, "\(arguments): \(result.err)")
      #expect(result.errLines.count == 1, "\(arguments): \(result.err)")
      #expect(result.err.contains(StoreError.isFolder(folder).description), "\(arguments): \(result.err)")
      #expect(!result.out.contains(dutch[.codeIs, ["code": ""]]))
    }
  }

  @Test("An empty --db is a usage error, not the default database")
  func emptyFlag() throws {
    let sandbox = Sandbox()
    for arguments in [
      ["start", "wonen", "--db", ""], ["export", "--db", " "], ["import", "x.jsonl", "--db", ""],
    ] {
      let result = try sandbox.run(arguments, lines: ["ja", "2"])
      #expect(result.status == 2, "\(arguments): \(result.err)")
      #expect(result.errLines.count == 1)
      #expect(result.err.contains("--db is leeg"))
    }
    #expect(!FileManager.default.fileExists(atPath: sandbox.databaseFolder.path))
  }

  @Test(
    "export, report, forget and resume refuse a database that is not there, and make nothing",
    arguments: [["export"], ["report"], ["forget", "KMT-4HX"], ["resume", "KMT-4HX"]])
  func mistypedDatabase(command: [String]) throws {
    let sandbox = Sandbox()
    let mistyped = sandbox.root.path("getypt/fout.sqlite")
    let result = try sandbox.run(command + ["--db", mistyped])
    #expect(result.status == 2, "\(result.err)")
    #expect(result.errLines == ["praatmaat: \(StoreError.missing(mistyped))"])
    #expect(!FileManager.default.fileExists(atPath: sandbox.root.path("getypt")))
  }

  @Test("nee to consent leaves no folder and no database behind")
  func declinedMakesNothing() throws {
    let sandbox = Sandbox()
    let result = try sandbox.run(["start", "wonen"], lines: ["nee"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains(dutch[.consentDeclined]))
    #expect(!FileManager.default.fileExists(atPath: sandbox.databaseFolder.path))
  }
}
