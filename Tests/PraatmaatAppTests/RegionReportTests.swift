import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore
import Testing

@testable import PraatmaatSynthetic

/// Reports of a store like a region's after a year: every script in Content, every method,
/// five municipalities, twelve months. The golden files are read by eye when they change.
@Suite("Reports of a realistic store")
struct RegionReportTests {
  static let places = ["Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten"]

  /// 66 conversations of every script, spread over the places and months.
  static func store() throws -> (SQLiteStore, ContentLibrary) {
    let library = ContentLibrary(root: ReportTests.packageRoot.appendingPathComponent("Content"))
    let scripts = library.catalogue().values.sorted { $0.id < $1.id }
    var synthetic = SyntheticSessions(scripts: scripts, seed: 16)
    synthetic.places = places
    synthetic.months = 1...12
    let store = try SQLiteStore.inMemory()
    _ = try store.importEntries(synthetic.entries(count: 66))
    return (store, library)
  }

  static func render(
    _ format: ReportJob.Format, _ audience: ReportJob.Audience, filter: ReportFilter = ReportFilter(),
    reaction: [String] = []
  ) throws -> String {
    let (store, library) = try Self.store()
    var job = ReportJob()
    job.format = format
    job.audience = audience
    job.filter = filter
    job.reaction = reaction
    job.made = "2026-12-04"
    return try #require(try job.run(store: store, library: library))
  }

  static let reaction = [
    "Over: De brieven van de gemeente moeten duidelijker.",
    "We schrijven de brieven opnieuw, in makkelijke woorden.",
    "Vanaf maart krijg je de nieuwe brief.",
  ]

  @Test(arguments: [
    (ReportJob.Format.markdown, ReportJob.Audience.beleid, "regio-beleid.md"),
    (.html, .beleid, "regio-beleid.html"),
    (.csv, .beleid, "regio-beleid.csv"),
    (.json, .beleid, "regio-beleid.json"),
    (.markdown, .deelnemers, "regio-deelnemers.md"),
    (.html, .deelnemers, "regio-deelnemers.html"),
  ])
  func goldenFiles(format: ReportJob.Format, audience: ReportJob.Audience, name: String) throws {
    let text = try Self.render(format, audience, reaction: Self.reaction)
    try ReportTests.assertSnapshot(text, named: name)
  }

  @Test("themes of one vocabulary come together: no theme is split under two names")
  func oneVocabulary() throws {
    let (store, library) = try Self.store()
    var job = ReportJob()
    job.format = .json
    let report = try JSONDecoder().decode(
      Report.self, from: Data(try #require(try job.run(store: store, library: library)).utf8))
    let vocabulary = library.themeVocabulary()
    for phase in report.phases {
      for theme in phase.themes {
        #expect(vocabulary.themes.contains(theme.theme), "\(theme.theme) is not in verslag/themas.txt")
      }
    }
    #expect(vocabulary.theme(for: "geld") == "geld en administratie")
    #expect(vocabulary.theme(for: "hulp") == "hulp en de gemeente")
  }

  @Test("--municipality: only that place, in its own rounds; an unknown theme or script is refused")
  func municipalityFilter() throws {
    let (store, library) = try Self.store()
    var job = ReportJob()
    job.format = .json
    job.filter = ReportFilter(municipality: "Zeist")
    let text = try #require(try job.run(store: store, library: library))
    let report = try JSONDecoder().decode(Report.self, from: Data(text.utf8))
    #expect(report.filter.municipality == "Zeist")
    #expect(
      report.overview.municipalities.allSatisfy { (place: String) in
        place == "Zeist" || place.hasPrefix("andere")
      })
    let all = try JSONDecoder().decode(
      Report.self, from: Data(try #require(try ReportJob.jsonOf(store, library)).utf8))
    #expect(report.overview.people < all.overview.people)

    job.filter = ReportFilter(theme: "onbestaand")
    #expect(throws: AppError.self) { try job.run(store: store, library: library) }
    job.filter = ReportFilter(script: "onbestaand")
    #expect(throws: AppError.self) { try job.run(store: store, library: library) }
    job.filter = ReportFilter(theme: "Geld")
    let money = try JSONDecoder().decode(
      Report.self, from: Data(try #require(try job.run(store: store, library: library)).utf8))
    #expect(money.filter.theme == "geld en administratie")
    #expect(money.phases.flatMap { $0.themes }.allSatisfy { $0.theme == "geld en administratie" })
  }

  @Test("--compare gemeenten: a column per municipality, each the figures of its own report")
  func compareMunicipalities() throws {
    let (store, library) = try Self.store()
    var job = ReportJob()
    job.format = .json
    job.compare = .municipalities
    struct Document: Decodable { var columns: [ComparisonReport.Column] }
    let document = try JSONDecoder().decode(
      Document.self, from: Data(try #require(try job.run(store: store, library: library)).utf8))
    #expect(document.columns.map(\.label) == Self.places.sorted())
    for column in document.columns {
      var single = ReportJob()
      single.format = .json
      single.filter = ReportFilter(municipality: column.label)
      let alone = try JSONDecoder().decode(
        Report.self, from: Data(try #require(try single.run(store: store, library: library)).utf8))
      #expect(alone.overview == column.report.overview, "\(column.label)")
      #expect(alone.phases == column.report.phases, "\(column.label)")
    }
    job.format = .markdown
    let text = try #require(try job.run(store: store, library: library))
    #expect(text.contains("| | Amersfoort | Houten | Nieuwegein | Utrecht | Zeist |"))
    #expect(throws: AppError.self) { try ReportJob.Comparison.parse("2026-05") }
    #expect(throws: AppError.self) { try ReportJob.Comparison.parse("2026-07:2026-01,2026-08") }
    #expect(
      try ReportJob.Comparison.parse("2026-01:2026-06, 2026-07")
        == .periods([.init(from: "2026-01", to: "2026-06"), .init(from: "2026-07", to: "2026-07")]))
  }

  @Test("the participants' report says what happens next first, in words, without tags")
  func participants() throws {
    let text = try Self.render(.markdown, .deelnemers)
    let next = try #require(text.range(of: "## \(ParticipantReport.nextTitle)"))
    let firstTheme = try #require(text.range(of: "mensen praatten hierover."))
    #expect(next.lowerBound < firstTheme.lowerBound)
    #expect(text.contains(ParticipantReport.noReactionYet[1]))
    #expect(!text.contains("[naam"))
    #expect(text.contains(" kozen: "))
    let linked = try Self.render(.markdown, .deelnemers, reaction: Self.reaction)
    #expect(
      linked.contains("Jullie zeiden:\n\n“De brieven van de gemeente moeten duidelijker.”\n\nDe gemeente:"))
  }
}

extension ReportJob {
  /// The whole report as JSON.
  static func jsonOf(_ store: SQLiteStore, _ library: ContentLibrary) throws -> String? {
    var job = ReportJob()
    job.format = .json
    return try job.run(store: store, library: library)
  }
}
