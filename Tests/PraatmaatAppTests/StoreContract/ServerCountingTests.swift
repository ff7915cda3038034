import Foundation
import PraatmaatStore
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatPostgres
@testable import PraatmaatSynthetic

/// A region's report is counted on its server (`GROUP BY` there): it must be the very report
/// that reading every answer and counting it here gives, number for number, for any filter.
@Suite("Reports counted on the server", .enabled(if: Backend.serverAddress != nil))
struct ServerCountingTests {
  @Test("the server works out a seat's record key as the program does")
  func personKeys() throws {
    let store = try PostgresStore(address: try Backend.freshDatabase())
    var random = SeededGenerator(seed: 19)
    var keys: [UInt32] = [0, 1, .max]
    for _ in 0..<200 { keys.append(UInt32.random(in: .min ... .max, using: &random)) }
    for key in keys {
      let seats = [0, 1, 8, 15, Int.random(in: 2...7, using: &random)]
      for seat in seats {
        let server = try store.scalar(
          Int64.self, "SELECT praatmaat_person_key($1, $2)", [Int64(key), Int32(seat)])
        #expect(
          server.map(UInt32.init) == RecordKey.person(session: key, seat: seat), "key \(key), seat \(seat)")
      }
    }
  }

  /// A store like a region's: every method of Content, five places, twelve months, a few
  /// conversations not finished, supporters' notes, a panel's own statement, and answers kept
  /// without their themes (the script's count then).
  static func store() throws -> (PostgresStore, ContentLibrary) {
    let library = ContentLibrary(root: ReportTests.packageRoot.appendingPathComponent("Content"))
    var synthetic = SyntheticSessions(scripts: Array(library.catalogue().values), seed: 21)
    synthetic.places = ["Almere", "Leeuwarden", "Tilburg", "Utrecht", "Zwolle"]
    synthetic.months = 1...12
    var entries = synthetic.entries(count: 420)
    for i in entries.indices {
      guard let first = entries[i].answers.first else { continue }
      if i % 7 == 0 {
        var note = first
        note.kind = ReportBuilder.noteKind
        note.valueKind = "text"
        note.value = "De deelnemer wilde hier even over praten."
        entries[i].answers += [note, note]
      }
      if i % 11 == 0 {
        for j in entries[i].answers.indices {
          entries[i].answers[j].themes = []
          entries[i].answers[j].phases = []
        }
      }
      if entries[i].method == .panel, i % 3 == 0 {
        var own = first
        own.questionID = "eigen-1"
        own.participant = "groep"
        own.kind = ReportBuilder.statementTextKind
        own.valueKind = "text"
        own.value = "De bus moet vaker rijden."
        var vote = own
        vote.participant = "1"
        vote.kind = QuestionKind.statement.word
        vote.valueKind = "option"
        vote.value = i % 2 == 0 ? "eens" : "oneens"
        entries[i].answers += [own, vote]
      }
      if i % 13 == 0 { entries[i].status = .paused }
    }
    let store = try PostgresStore(address: try Backend.freshDatabase())
    for entry in entries { _ = try store.importEntries([entry]) }
    return (store, library)
  }

  static func report(
    _ filter: ReportFilter, on store: PostgresStore, _ library: ContentLibrary, minGroup: Int = 5,
    countWhereStored: Bool
  ) throws -> Report? {
    var job = ReportJob()
    job.minGroup = minGroup
    job.countWhereStored = countWhereStored
    let source = ReportJob.Source(
      store: store, catalogue: library.catalogue(), sessions: try store.reportSessions(),
      themes: library.themeVocabulary(), stopWords: library.stopWords())
    return try job.build(filter, source)
  }

  @Test("counted on the server or here: the same report, for every filter")
  func sameReport() throws {
    let (store, library) = try Self.store()
    let whole = try #require(try Self.report(ReportFilter(), on: store, library, countWhereStored: false))
    // The comparison is about something: every part of a report has numbers in it.
    let themes = whole.phases.flatMap(\.themes)
    #expect(whole.overview.people > 100)
    #expect(themes.contains { $0.closed.contains { !$0.options.isEmpty } })
    #expect(themes.contains { !($0.open?.quotes.isEmpty ?? true) })
    #expect(themes.contains { !$0.panels.isEmpty })
    #expect(themes.contains { $0.notes > 0 })
    #expect(!whole.personas.isEmpty)
    #expect(whole.overview.hiddenAnswers > 0)
    let theme = try #require(themes.first?.theme)
    let filters = [
      ReportFilter(), ReportFilter(phase: .uitvoering), ReportFilter(theme: theme),
      ReportFilter(municipality: "Tilburg"), ReportFilter(script: "panel"), ReportFilter(script: "persona"),
      ReportFilter(script: "kwartetspel", phase: .agendavorming),
      ReportFilter(from: "2026-03", to: "2026-08"),
    ]
    let runs = filters.map { ($0, 5) } + [(ReportFilter(), 12), (ReportFilter(phase: .agendavorming), 9)]
    for (filter, minGroup) in runs {
      let here = try Self.report(filter, on: store, library, minGroup: minGroup, countWhereStored: false)
      let there = try Self.report(filter, on: store, library, minGroup: minGroup, countWhereStored: true)
      #expect(there == here, "\(filter), min-group \(minGroup)")
    }
  }

  @Test("praatmaat report on a server's address counts there; --count-here gives the same report")
  func commandLine() throws {
    guard CLI.available else { return }
    let (store, _) = try Self.store()
    let address = store.address.description
    let sandbox = Sandbox()
    for flags in [
      ["--format", "json"], ["--audience", "deelnemers"], ["--phase", "agendavorming", "--min-group", "8"],
    ] {
      let there = try sandbox.run(["report", "--db", address] + flags, timeout: 60)
      let here = try sandbox.run(["report", "--db", address, "--count-here"] + flags, timeout: 60)
      #expect(there.status == 0, "\(there.err)")
      #expect(there.out.count > 1_000)
      #expect(there.out == here.out, "\(flags)")
    }
  }

  @Test("what the server counts leaves out nothing a report counts: every cell is the builder's")
  func sameCells() throws {
    let (store, library) = try Self.store()
    let catalogue = library.catalogue()
    let sessions = try store.reportSessions()
    func builder() -> ReportBuilder {
      ReportBuilder(
        catalogue: catalogue, stopWords: library.stopWords(), themes: library.themeVocabulary(),
        sessions: sessions)
    }
    var here = builder()
    try store.forEachReportRow(script: nil) { here.add($0) }
    var there = builder()
    let cells = try #require(
      try store.countReport(script: nil, plan: { there.countingPlan($0) }) {
        there.add($0, counted: true)
      })
    there.absorb(cells)
    #expect(there.total.people.cell == here.total.people.cell)
    #expect(there.total.answers == here.total.answers)
    #expect(there.total.withHelp == here.total.withHelp)
    #expect(there.phasePeople.map(\.cell) == here.phasePeople.map(\.cell))
    #expect(there.scripts == here.scripts)
    #expect(there.municipalities == here.municipalities)
    #expect(there.months == here.months)
  }
}
