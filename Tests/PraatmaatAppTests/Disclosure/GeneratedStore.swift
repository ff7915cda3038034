import Foundation
import PraatmaatStore

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatSynthetic

/// A generated store like a municipality's after a year: every method of Content, five
/// municipalities, twelve months, some conversations not finished. Sessions become ready in
/// an order that has nothing to do with their month, as when laptops bring bundles late.
/// Read once into memory, so that reports of the store at any moment can be built quickly.
struct GeneratedStore {
  static let places = ["Almere", "Leeuwarden", "Tilburg", "Utrecht", "Zwolle"]
  static let catalogue = ContentLibrary(root: ReportTests.packageRoot.appendingPathComponent("Content"))
    .catalogue()

  let sessions: [ReportSession]
  let rows: [ReportRow]
  /// Ready sessions in the order they became ready.
  let readyOrder: [String]

  init(seed: UInt64, sessions count: Int, unfinished: Int = 4) throws {
    let store = try SQLiteStore.inMemory()
    var synthetic = SyntheticSessions(scripts: Array(Self.catalogue.values), seed: seed)
    synthetic.places = Self.places
    synthetic.months = 1...12
    var entries = synthetic.entries(count: count + unfinished)
    for i in entries.indices.suffix(unfinished) { entries[i].status = .paused }
    entries.shuffle(using: &synthetic.random)
    // Imported one by one: each becomes ready when it arrives, whatever its month.
    for entry in entries { _ = try store.importEntries([entry]) }
    sessions = try store.reportSessions()
    var rows: [ReportRow] = []
    try store.forEachReportRow(script: nil) { rows.append($0) }
    self.rows = rows
    readyOrder = sessions.filter { $0.ready != nil }.sorted { $0.ready! < $1.ready! }.map(\.code)
  }

  /// The store when only the first `ready` sessions had become ready (the others not there yet).
  func sessions(upTo ready: Int) -> [ReportSession] {
    sessions.filter { $0.ready.map { $0 <= ready } ?? true }
  }

  func builder(_ filter: ReportFilter, minGroup: Int = 5, upTo ready: Int? = nil) -> ReportBuilder {
    var builder = ReportBuilder(
      filter: filter, minGroup: minGroup, catalogue: Self.catalogue, stopWords: ["de", "het", "een", "ik"],
      sessions: ready.map(sessions(upTo:)) ?? sessions)
    for row in rows where filter.script == nil || row.answer.scriptID == filter.script { builder.add(row) }
    return builder
  }

  /// The people a report takes that match its theme and phase: whom a difference can be about.
  func people(in builder: ReportBuilder) -> Set<String> {
    var people: Set<String> = []
    for row in rows {
      guard let i = builder.sessionIndex[row.session], builder.sessionIncluded[i] else { continue }
      let a = row.answer
      let header = Self.catalogue[a.scriptID]?.header
      let themes = a.themes.isEmpty ? header?.themes ?? [] : a.themes
      let phases = a.phases.isEmpty ? header?.phases ?? [] : a.phases
      if let theme = builder.filter.theme, !themes.contains(theme) { continue }
      if let phase = builder.filter.phase, !phases.contains(phase) { continue }
      if a.method == .persona, a.participant == "groep" {
        for seat in 1...max(1, builder.sessionPeople[i]) { people.insert("\(row.session)/\(seat)") }
      } else if a.participant != "groep", a.kind != ReportBuilder.noteKind {
        people.insert("\(row.session)/\(a.participant)")
      }
    }
    return people
  }

  /// Every filter a user can give `praatmaat report`, one at a time and a few together.
  static var filters: [ReportFilter] {
    let scripts = catalogue.keys.sorted()
    let themes = Set(catalogue.values.flatMap { s in s.questions.flatMap { s.themes(of: $0) } }).sorted()
    let months = (1...12).map { String(format: "2026-%02d", $0) }
    var filters = [ReportFilter()]
    filters += scripts.map { ReportFilter(script: $0) }
    filters += themes.map { ReportFilter(theme: $0) }
    filters += PolicyPhase.allCases.map { ReportFilter(phase: $0) }
    filters += months.map { ReportFilter(from: $0, to: $0) }
    filters += stride(from: 0, to: 12, by: 3).map { ReportFilter(from: months[$0], to: months[$0 + 2]) }
    filters += [ReportFilter(to: "2026-06"), ReportFilter(from: "2026-07")]
    // A municipality's report cuts its own rounds: it too changes only by whole rounds.
    filters += places.map { ReportFilter(municipality: $0) }
    filters += [ReportFilter(theme: "hulp", municipality: places[0])]
    filters += [
      ReportFilter(script: "wonen", from: "2026-04", to: "2026-06"),
      ReportFilter(theme: "wonen", phase: .agendavorming, from: "2026-10", to: "2026-12"),
    ]
    return filters
  }
}
