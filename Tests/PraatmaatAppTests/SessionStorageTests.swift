import Foundation
import GRDB
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

/// When the database is made, when it is checked, and what a conversation leaves in it after
/// `terug` or when it was started from a file.
@Suite("Session storage: made after consent, checked before asking, kept honestly")
struct SessionStorageTests {
  let script = parseScript(proefScript)

  /// A runner on a database file that does not exist yet.
  func runner(_ path: String, _ terminal: any Terminal) -> SessionRunner {
    SessionRunner(
      database: StoreAccess(path: path), terminal: terminal, prompt: "> ",
      anonymiser: PackageContent.anonymiser, texts: dutch)
  }

  @Test("Saying nee to consent makes no folder and no database", arguments: [["nee"], []])
  func noConsentMakesNothing(typed: [String]) throws {
    let folder = TemporaryFolder()
    let path = folder.path("nieuw/praatmaat.sqlite")
    let terminal = MemoryTerminal(typing: typed)
    let result = try runner(path, terminal).start(
      script: script, seed: 1, municipality: nil, month: testMonth)
    #expect(result == nil)
    #expect(terminal.output.last == dutch[.consentDeclined])
    #expect(!FileManager.default.fileExists(atPath: folder.path("nieuw")))
  }

  @Test("With consent the database is made, private, and the answers are in it")
  func consentMakesTheDatabase() throws {
    let folder = TemporaryFolder()
    let path = folder.path("nieuw/praatmaat.sqlite")
    let terminal = MemoryTerminal(typing: ["ja", "1"])
    let (code, _) = try #require(
      try runner(path, terminal).start(script: script, seed: 1, municipality: nil, month: testMonth))
    #expect(try permissions(path) == 0o600)
    #expect(try permissions(folder.path("nieuw")) == 0o700)
    #expect(try SQLiteStore(path: path).answers(code).count == 1)
  }

  @Test("A locked database is found before consent or a question, with one line and exit 1 (a store fault)")
  func lockedBeforeAnything() throws {
    let folder = TemporaryFolder()
    let path = folder.path("db/praatmaat.sqlite")
    let paused = try #require(try start(script, typing: ["ja", "1"], store: try SQLiteStore(path: path)))
    let holder = try SQLiteStore(path: path)
    try holder.writer.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      defer { try? db.execute(sql: "ROLLBACK") }
      let content = ContentFolder(["proef": proefScript])
      for resuming in [false, true] {
        let terminal = MemoryTerminal(typing: ["ja", "1"])
        let error = #expect(throws: AppError.self) {
          if resuming {
            _ = try runner(path, terminal).resume(
              code: paused.code, library: content.library, month: testMonth)
          } else {
            _ = try runner(path, terminal).start(script: script, seed: 1, municipality: nil, month: testMonth)
          }
        }
        #expect(error?.exitCode == 1, "nothing the user typed was wrong")
        #expect(error?.description.contains("in gebruik") == true, "\(String(describing: error))")
        #expect(error?.description.contains("\n") == false)
        #expect(terminal.output.isEmpty, "nothing is asked: \(terminal.output)")
      }
    }
  }

  @Test("Consent that is not understood is asked again, one sentence per line")
  func consentNotUnderstood() throws {
    let terminal = MemoryTerminal(typing: ["blauw", "nee"])
    _ = try sessionRunner(try SQLiteStore.inMemory(), terminal).start(
      script: script, seed: 1, municipality: nil, month: testMonth)
    let at = try #require(terminal.output.firstIndex(of: dutch[.notUnderstood]))
    #expect(
      Array(terminal.output[at...].prefix(3)) == [
        dutch[.notUnderstood], dutch[.consentQuestion], "Typ ja of nee.",
      ])
    #expect(!terminal.output.contains(dutch[.confirmSoft]))
  }

  // MARK: terug

  static let helpScript = """
    id: hulp
    titel: Hulp
    methode: gesprek
    thema: hulp
    fase: uitvoering
    versie: 1

    vraag: helpers meerkeuze
      tekst: Wie helpt jou thuis?
      optie familie: 👪 Mijn familie
      optie niemand: 🙅 Niemand
    vraag: hulp_dagen getal
      als: helpers != niemand
      tekst: Hoeveel dagen per week komt er iemand?
    vraag: slot ja/nee
      tekst: Was het een fijn gesprek?
    """

  @Test("familie and 3 days, terug twice, niemand: the stored 3 days are gone with the new answer")
  func backDropsStoredAnswers() throws {
    let store = try SQLiteStore.inMemory()
    let played = try #require(
      try start(
        parseScript(Self.helpScript), typing: ["ja", "1", "3", "terug", "terug", "2", "ja"], store: store))
    #expect(played.outcome == .finished)
    let answers = try store.answers(played.code)
    #expect(answers.map(\.questionID) == ["helpers", "slot"])
    #expect(answers.first?.value == "niemand")
  }

  // MARK: A script from a file

  @Test("A session started from a script file resumes from that file; a file that is gone is said clearly")
  func resumeFromFile() throws {
    let folder = TemporaryFolder()
    let file = folder.path("eigen/mini.gesprek")
    _ = folder.folder("eigen")
    let mini = proefScript.replacingOccurrences(of: "id: proef", with: "id: mini")
    try Data(mini.utf8).write(to: URL(fileURLWithPath: file))
    let content = ContentFolder()
    let store = try SQLiteStore.inMemory()
    let terminal = MemoryTerminal(typing: ["ja", "1"])
    let (code, outcome) = try #require(
      try sessionRunner(store, terminal).start(
        script: try content.library.loadScript(file), file: file, seed: 1, municipality: nil, month: testMonth
      ))
    #expect(outcome == .paused)
    #expect(try store.session(code)?.scriptPath == file)
    #expect(!SessionBundle.encode(try store.exportEntries()).contains("eigen/mini"), "the path stays here")

    // The file is gone: one line that says so.
    let moved = folder.path("eigen/weg.gesprek")
    try FileManager.default.moveItem(atPath: file, toPath: moved)
    let error = #expect(throws: AppError.self) {
      try resume(code, typing: ["40"], store: store, library: content.library)
    }
    #expect(error?.description.contains("staat niet meer op \(file)") == true, "\(String(describing: error))")

    try FileManager.default.moveItem(atPath: moved, toPath: file)
    let resumed = try resume(code, typing: ["40", "Fijn.", "ja"], store: store, library: content.library)
    #expect(resumed.outcome == .finished)
    #expect(try store.answers(code).count == 4)
    #expect(try store.session(code)?.scriptPath == nil, "a finished session forgets the path")
  }
}
