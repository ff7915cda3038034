import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

/// What every store promises, run unchanged against each backend (`Backend.available`):
/// conversations kept answer by answer, withdrawal, bundles, the rows reports read, and rows
/// that cannot be read back.
@Suite("Storage contract, on every backend")
struct StoreContractTests {
  let script = parseScript(proefScript)

  static func answer(
    _ question: String, _ value: String?, kind: String = "keuze", participant: String = "",
    month: String = testMonth
  ) -> AnswerRecord {
    AnswerRecord(
      questionID: question, participant: participant, scriptID: "proef", scriptVersion: 1, method: .gesprek,
      kind: kind, themes: ["wonen", "hulp"], phases: [.agendavorming, .evaluatie], valueKind: "option",
      value: value, answeredBy: .participant, month: month)
  }

  static func state(_ seed: UInt64) -> ConversationState {
    ConversationState(scriptID: "proef", scriptVersion: 1, seed: seed)
  }

  static func session(
    _ code: String, status: SessionRecord.Status = .finished, month: String = testMonth, key: UInt32? = 7
  ) -> SessionRecord {
    SessionRecord(
      code: SessionCode(code)!, scriptID: "proef", scriptVersion: 1, method: .gesprek,
      municipality: "Utrecht",
      ageBand: nil, status: status, month: month, state: nil, recordKey: key)
  }

  @Test(
    "A conversation played on the store keeps every answer and resumes where it stopped",
    arguments: Backend.available)
  func conversation(_ backend: Backend) throws {
    let store = try backend.fresh()
    let played = try #require(try start(script, typing: ["ja", "1", "34"], store: store))
    #expect(played.outcome == .paused)
    let kept = try #require(try store.session(played.code))
    #expect(kept.status == .paused)
    #expect(kept.state != nil)
    #expect(kept.recordKey != nil)
    #expect(try store.answers(played.code).map(\.questionID) == ["woonplek", "leeftijd"])
    #expect(try store.pausedSessions().map(\.code) == [played.code])
  }

  @Test("Every field of a session and its answers comes back as it was kept", arguments: Backend.available)
  func roundTrip(_ backend: Backend) throws {
    let store = try backend.fresh()
    var session = Self.session("ACDEFG", status: .running, key: 4_000_000_000)
    session.scriptPath = "/ergens/proef.gesprek"
    session.municipality = nil
    try store.create(session)
    let state = Self.state(3)
    try store.record(
      [Self.answer("woonplek", "ouders"), Self.answer("verhaal", nil, kind: "open")], session: session.code,
      state: state)
    var expected = session
    expected.state = state
    #expect(try store.session(session.code) == expected)
    #expect(
      try store.answers(session.code) == [
        Self.answer("woonplek", "ouders"), Self.answer("verhaal", nil, kind: "open"),
      ])
    #expect(try store.counts() == (sessions: 1, answers: 2))
  }

  @Test(
    "An answer after 'terug' replaces the earlier one and goes last; notes are kept beside it",
    arguments: Backend.available)
  func replaceAndNotes(_ backend: Backend) throws {
    let store = try backend.fresh()
    let code = SessionCode("ACDEFG")!
    try store.create(Self.session("ACDEFG", status: .running))
    let state = Self.state(1)
    try store.record(Self.answer("woonplek", "ouders"), session: code, state: state)
    try store.record(Self.answer("leeftijd", "30"), session: code, state: state)
    try store.record(Self.answer("woonplek", "note één", kind: "notitie"), session: code, state: state)
    try store.record(Self.answer("woonplek", "note twee", kind: "notitie"), session: code, state: state)
    try store.record([Self.answer("woonplek", "alleen")], dropping: ["leeftijd"], session: code, state: state)
    let kept = try store.answers(code)
    #expect(kept.map(\.value) == ["note één", "note twee", "alleen"])
    #expect(try store.answers(code).filter { $0.kind == "notitie" }.count == 2)
  }

  @Test(
    "Answers or a status for a session that is not there are refused, and change nothing",
    arguments: Backend.available)
  func unknownSession(_ backend: Backend) throws {
    let store = try backend.fresh()
    let code = SessionCode("ACDEFG")!
    #expect(throws: StoreError.unknownSession(code.description)) {
      try store.record(Self.answer("woonplek", "ouders"), session: code, state: Self.state(0))
    }
    #expect(throws: StoreError.unknownSession(code.description)) {
      try store.update(code, status: .finished, state: nil)
    }
    #expect(try store.counts() == (sessions: 0, answers: 0))
  }

  @Test(
    "Sessions get their place in the publication rounds in the order they finish",
    arguments: Backend.available)
  func readyOrder(_ backend: Backend) throws {
    let store = try backend.fresh()
    for code in ["ACDEFG", "HCDEFG", "KCDEFG"] { try store.create(Self.session(code, status: .paused)) }
    try store.update(SessionCode("KCDEFG")!, status: .finished, state: nil)
    try store.update(SessionCode("ACDEFG")!, status: .finished, state: nil)
    try store.update(SessionCode("ACDEFG")!, status: .finished, state: nil)
    let ready = Dictionary(uniqueKeysWithValues: try store.reportSessions().map { ($0.code, $0.ready) })
    #expect(ready == ["KCDEFG": 1, "ACDEFG": 2, "HCDEFG": nil])
  }

  @Test("Withdrawal removes the answers and keeps only the code and its place", arguments: Backend.available)
  func withdrawal(_ backend: Backend) throws {
    let store = try backend.fresh()
    let code = SessionCode("ACDEFG")!
    try store.create(Self.session("ACDEFG", status: .running))
    try store.record(
      [Self.answer("woonplek", "ouders"), Self.answer("leeftijd", "30")], session: code,
      state: Self.state(2))
    try store.update(code, status: .finished, state: nil)
    let done = try store.forget(code)
    #expect(done.answers == 2)
    #expect(!done.wasWithdrawn)
    #expect(try store.session(code) == nil)
    #expect(try store.counts() == (sessions: 0, answers: 0))
    #expect(try store.withdrawnCodes() == [code])
    let place = try #require(try store.reportSessions().first)
    #expect(place.withdrawn && place.ready == 1 && place.recordKey == 0)
    #expect(try store.forget(code).wasWithdrawn)
    #expect(throws: StoreError.unknownSession("HCD-EFG")) { try store.forget(SessionCode("HCDEFG")!) }
    #expect(try store.withdrawnCodes() == [code])
  }

  @Test(
    "Importing twice adds nothing; a longer copy replaces a shorter one; withdrawn stays out",
    arguments: Backend.available)
  func importRules(_ backend: Backend) throws {
    let store = try backend.fresh()
    let paused = SessionBundle.Entry(
      session: Self.session("ACDEFG", status: .paused), answers: [Self.answer("woonplek", "ouders")])
    let other = SessionBundle.Entry(
      session: Self.session("HCDEFG"), answers: [Self.answer("woonplek", "alleen")])
    var summary = try store.importEntries([paused, other], withdrawn: [])
    #expect((summary.added, summary.known) == (2, 0))
    summary = try store.importEntries([paused, other], withdrawn: [])
    #expect((summary.added, summary.known) == (0, 2))
    let finished = SessionBundle.Entry(
      session: Self.session("ACDEFG"),
      answers: [Self.answer("woonplek", "ouders"), Self.answer("leeftijd", "30")])
    summary = try store.importEntries(
      [finished], withdrawn: [SessionCode("HCDEFG")!, SessionCode("MCDEFG")!])
    #expect((summary.updated, summary.removed) == (1, 1))
    #expect(try store.answers(SessionCode("ACDEFG")!).count == 2)
    #expect(try store.session(SessionCode("ACDEFG")!)?.recordKey == 7)
    summary = try store.importEntries([other, paused], withdrawn: [])
    #expect((summary.skippedWithdrawn, summary.known, summary.added) == (1, 1, 0))
    #expect(try store.withdrawnCodes().map(\.description) == ["HCD-EFG", "MCD-EFG"])
    // Exported again, it is the same.
    #expect(try store.exportEntries() == [finished])
  }

  @Test(
    "A session still going on here is never replaced by a copy from elsewhere", arguments: Backend.available)
  func liveSessionKept(_ backend: Backend) throws {
    let store = try backend.fresh()
    let code = SessionCode("ACDEFG")!
    try store.create(Self.session("ACDEFG", status: .running))
    try store.record(Self.answer("woonplek", "ouders"), session: code, state: Self.state(1))
    let copy = SessionBundle.Entry(
      session: Self.session("ACDEFG"),
      answers: [Self.answer("woonplek", "alleen"), Self.answer("leeftijd", "3")])
    #expect(try store.importEntries([copy], withdrawn: []).known == 1)
    #expect(try store.answers(code).map(\.value) == ["ouders"])
  }

  @Test(
    "Report rows and sessions are the same on every backend, and so is the report",
    arguments: Backend.available)
  func reportSameEverywhere(_ backend: Backend) throws {
    let (reference, library) = try RegionReportTests.store()
    let store = try backend.fresh()
    _ = try store.importEntries(try reference.exportEntries(), withdrawn: [])
    func sorted(_ s: [ReportSession]) -> [ReportSession] { s.sorted { $0.code < $1.code } }
    // The order of becoming ready is the import's; the rest is the reference's.
    let readyFree = { (s: [ReportSession]) in
      sorted(s).map {
        [$0.code, $0.script, "\($0.people)", "\($0.recordKey)", $0.round.month, $0.municipality ?? ""]
      }
    }
    #expect(readyFree(try store.reportSessions()) == readyFree(try reference.reportSessions()))
    var rows: [ReportRow] = []
    try store.forEachReportRow(script: nil) { rows.append($0) }
    var expected: [ReportRow] = []
    try reference.forEachReportRow(script: nil) { expected.append($0) }
    func key(_ r: ReportRow) -> String {
      r.session + r.answer.participant + r.answer.questionID + (r.answer.value ?? "")
    }
    #expect(rows.map(key).sorted() == expected.map(key).sorted())
    #expect(try store.answerCount(script: "stamtafel") == (try reference.answerCount(script: "stamtafel")))
    // The same sessions imported in one go into a new file give the very same report.
    var job = ReportJob()
    job.made = "2026-12-04"
    let file = try SQLiteStore.inMemory()
    _ = try file.importEntries(try reference.exportEntries(), withdrawn: [])
    let report = try #require(try job.run(store: store, library: library))
    #expect(report == (try job.run(store: file, library: library)))
  }

  @Test(
    "A row the store cannot read back is an error that names it, never made-up data",
    arguments: Backend.available)
  func damagedRow(_ backend: Backend) throws {
    let store = try backend.fresh()
    try store.create(Self.session("ACDEFG"))
    try Backend.raw("UPDATE session SET method = 'toverspel'", on: store)
    #expect(throws: StoreError.damagedRow("methode 'toverspel'")) {
      _ = try store.session(SessionCode("ACDEFG")!)
    }
    #expect(throws: StoreError.damagedRow("methode 'toverspel'")) { _ = try store.exportEntries() }
  }

  @Test(
    "A session is held by one conversation at a time, and let go when it ends", arguments: Backend.available)
  func lease(_ backend: Backend) throws {
    guard backend == .postgres else { return }  // SQLite's lease is tested with its lock file.
    let store = try backend.fresh()
    let code = SessionCode("ACDEFG")!
    var held: AnyObject? = try store.lease(code)
    #expect(store.holder(code) != nil)
    #expect(throws: StoreError.sessionInUse("ACD-EFG", process: nil)) { _ = try store.lease(code) }
    withExtendedLifetime(held) {}
    held = nil
    #expect(store.holder(code) == nil)
    #expect(try store.lease(code) != nil)
  }
}
