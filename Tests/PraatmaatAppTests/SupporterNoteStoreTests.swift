import Foundation
import GRDB
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

/// `/notitie`: a supporter's note is kept at once, anonymised, beside the answers and never
/// in their place.
@Suite("Supporter notes in the store")
struct SupporterNoteStoreTests {
  @Test("notes are kept at once, anonymised, for the question on screen; the answer keeps its own row")
  func notesBesideAnswers() throws {
    let store = try SQLiteStore.inMemory()
    let terminal = InspectingTerminal(typing: ["ja", "/notitie Jan was moe.", "/notitie Ze lachte.", "1"]) {
      _ in
    }
    let runner = sessionRunner(store, terminal)
    let (code, _) = try #require(
      try runner.start(script: parseScript(proefScript), seed: 1, municipality: nil, month: testMonth))
    #expect(terminal.output.filter { $0 == dutch[.noteKept] }.count == 2)
    let answers = try store.answers(code)
    let notes = answers.filter { $0.kind == "notitie" }
    #expect(notes.map(\.value) == ["[naam 1] was moe.", "Ze lachte."])
    #expect(
      notes.allSatisfy { $0.questionID == "woonplek" && $0.participant == "" && $0.valueKind == "text" })
    #expect(notes.allSatisfy { $0.answeredBy == .supporter })
    #expect(notes.allSatisfy { $0.themes == ["wonen"] && $0.phases == [.agendavorming] })
    let answer = try #require(answers.first { $0.kind != "notitie" })
    #expect(answer.questionID == "woonplek" && answer.value == "ouders")
  }

  @Test(
    "on a terminal a note is shown for review first; terug, nee, pauze and Ctrl-C keep nothing",
    arguments: [
      (["terug"], false), (["nee"], false), (["Nee."], false), (["pauze"], true), (["/pauze"], true),
      ([], true),
    ])
  func noteTakenBackAtReview(typed: [String], pauses: Bool) throws {
    let store = try SQLiteStore.inMemory()
    let terminal = MemoryTerminal(typing: ["ja", "/notitie Jan was moe."] + typed + (pauses ? [] : ["1"]))
    let runner = SessionRunner(
      store: store, terminal: terminal, prompt: "> ", anonymiser: PackageContent.anonymiser, texts: dutch,
      reviewsAnswers: true
    )
    let (code, outcome) = try #require(
      try runner.start(script: parseScript(proefScript), seed: 1, municipality: nil, month: testMonth))
    #expect(terminal.output.contains(dutch.reviewShown("[naam 1] was moe.")))
    #expect(terminal.output.contains(dutch[.reviewNoteBack]))
    #expect(terminal.output.contains(dutch[.noteDropped]))
    #expect(!terminal.output.contains(dutch[.noteKept]))
    #expect(try store.answers(code).filter { $0.kind == "notitie" }.isEmpty)
    if pauses {
      #expect(outcome == .paused)
      #expect(terminal.output.contains(dutch[.paused]))
    } else {
      #expect(try store.answers(code).map(\.value) == ["ouders"])
    }
  }

  @Test("a note that says nee itself hides the word; ja keeps it, with both confirmations")
  func noteSayingNee() throws {
    let store = try SQLiteStore.inMemory()
    let terminal = MemoryTerminal(typing: ["ja", "/notitie Ze zei nee tegen Jan.", "nee", "ja", "1"])
    let runner = SessionRunner(
      store: store, terminal: terminal, prompt: "> ", anonymiser: PackageContent.anonymiser, texts: dutch,
      reviewsAnswers: true
    )
    let (code, _) = try #require(
      try runner.start(script: parseScript(proefScript), seed: 1, municipality: nil, month: testMonth))
    let notes = try store.answers(code).filter { $0.kind == "notitie" }
    #expect(notes.count == 1)
    let note = try #require(notes.first?.value)
    #expect(!note.contains("nee") && !note.contains("Jan"))
    #expect(terminal.output.contains(dutch[.reviewAccepted]) && terminal.output.contains(dutch[.noteKept]))
  }

  @Test("a note is committed before the question is shown again, and is no answer")
  func noteCommittedAtOnce() throws {
    let store = try SQLiteStore.inMemory()
    var seen: [String] = []
    let terminal = InspectingTerminal(typing: ["ja", "/notitie Eerst koffie.", "1"]) { read in
      // Read 3 waits for the answer, after the note was confirmed.
      guard read == 3 else { return }
      do {
        let session = try #require(try store.pausedSessions().first)
        seen = try store.answers(session.code).map(\.kind)
        #expect(session.state?.answers.isEmpty == true)
      } catch {
        Issue.record(error)
      }
    }
    _ = try sessionRunner(store, terminal).start(
      script: parseScript(proefScript), seed: 1, municipality: nil, month: testMonth)
    #expect(seen == ["notitie"])
  }

  @Test("a database made before notes existed keeps its answers and takes notes beside them")
  func upgradeOldDatabase() throws {
    let folder = TemporaryFolder()
    let path = folder.path("oud.sqlite")
    do {
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        try db.execute(
          sql: """
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
            INSERT INTO grdb_migrations VALUES ('v1: sessions and answers');
            CREATE TABLE session (
              code TEXT PRIMARY KEY NOT NULL, script_id TEXT NOT NULL, script_version INTEGER NOT NULL,
              method TEXT NOT NULL, municipality TEXT, age_band TEXT, status TEXT NOT NULL, month TEXT NOT NULL,
              state BLOB);
            CREATE TABLE answer (
              session_code TEXT NOT NULL REFERENCES session(code) ON DELETE CASCADE,
              participant TEXT NOT NULL DEFAULT '', question_id TEXT NOT NULL, script_id TEXT NOT NULL,
              script_version INTEGER NOT NULL, method TEXT NOT NULL, kind TEXT NOT NULL, themes TEXT NOT NULL,
              phases TEXT NOT NULL, value_kind TEXT NOT NULL, value TEXT, answered_by TEXT NOT NULL,
              month TEXT NOT NULL, PRIMARY KEY (session_code, participant, question_id));
            CREATE INDEX answer_script ON answer(script_id);
            INSERT INTO session VALUES ('KMT4HX', 'proef', 1, 'gesprek', NULL, NULL, 'paused', '2026-03', NULL);
            INSERT INTO answer VALUES ('KMT4HX', '', 'woonplek', 'proef', 1, 'gesprek', 'keuze', 'wonen',
              'agendavorming', 'option', 'ouders', 'alleen', '2026-03');
            INSERT INTO answer VALUES ('KMT4HX', '', 'verhaal', 'proef', 1, 'gesprek', 'open', 'wonen',
              'evaluatie', 'text', 'Het is rustig.', 'alleen', '2026-03');
            """)
      }
    }
    chmod(path, 0o600)
    let store = try SQLiteStore(path: path)
    let code = try #require(SessionCode("KMT-4HX"))
    #expect(try store.answers(code).map(\.value) == ["ouders", "Het is rustig."])
    let note = AnswerRecord(
      questionID: "woonplek", scriptID: "proef", scriptVersion: 1, method: .gesprek, kind: "notitie",
      themes: ["wonen"], phases: [.agendavorming], valueKind: "text", value: "Twijfelde.",
      answeredBy: .supporter,
      month: "2026-03")
    var state = ConversationState(scriptID: "proef", scriptVersion: 1, seed: 1)
    state.currentQuestion = "verhaal"
    try store.record([note, note], session: code, state: state)
    let answers = try store.answers(code)
    #expect(answers.map(\.kind).sorted() == ["keuze", "notitie", "notitie", "open"])
    #expect(answers.first { $0.kind == "keuze" }?.value == "ouders")
  }
}
