import Foundation
import GRDB
import Testing

@testable import PraatmaatCore
@testable import PraatmaatStore

/// A full disk: SQLite's page limit stands in for it, so the test needs no special mount.
@Suite("Store failures")
struct StoreFailureTests {
  @Test("a full disk gives a clear reason and no half-written answer")
  func diskFull() throws {
    let folder = TemporaryFolder("praatmaat-full")
    let store = try SQLiteStore(path: folder.path("vol.sqlite"))
    let code = SessionCode.random()
    var state = ConversationState(scriptID: "proef", scriptVersion: 1, seed: 1)
    try store.create(
      SessionRecord(
        code: code, scriptID: "proef", scriptVersion: 1, method: .gesprek, municipality: nil,
        status: .running, month: testMonth, state: state))
    let pages = try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
    try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages + 2)") }

    var kept = 0
    var failure: StoreError?
    let long = String(repeating: "Ik vind het fijn hier. ", count: 40)
    for i in 0..<500 {
      state.history.append("vraag-\(i)")
      let answer = AnswerRecord(
        questionID: "vraag-\(i)", scriptID: "proef", scriptVersion: 1, method: .gesprek, kind: "open",
        themes: ["wonen"], phases: [.uitvoering], valueKind: "text", value: long, answeredBy: .participant,
        month: testMonth)
      do {
        try store.record(answer, session: code, state: state)
        kept += 1
      } catch {
        failure = error
        break
      }
    }
    #expect(failure == .diskFull)
    #expect(failure?.description == "de schijf is vol; maak ruimte en probeer het opnieuw")
    // Every answer that was acknowledged is there, the one that failed is not, and the
    // session's saved state is the one of the last kept answer.
    #expect(try store.answers(code).count == kept)
    #expect(try store.session(code)?.state?.history.count == kept)
    #expect(try store.integrityOK())
  }
}
