import Foundation
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore
@testable import PraatmaatSynthetic

/// The attacks of the README's privacy section, run on generated stores: each tries to derive
/// one person's answer for certain from two reports, and must fail. `scripts/stress` runs
/// the same attacks on more stores (`PRAATMAAT_ATTACK_STORES`).
@Suite(.serialized) struct DisclosureAttackTests {
  static let stores = Int(ProcessInfo.processInfo.environment["PRAATMAAT_ATTACK_STORES"] ?? "") ?? 1
  static let minGroups = [5, 6, 10]

  /// Two conversations at once on one laptop, or a region's server, give the answers of a
  /// session in more than one run: every session still counts once, and every number stays.
  @Test("the order the store gives answers in changes no number")
  func rowOrder() throws {
    let store = try GeneratedStore(seed: 13, sessions: 66)
    // The first half of every session's answers, then the second halves.
    let sizes = Dictionary(grouping: store.rows, by: \.session).mapValues(\.count)
    var seen: [String: Int] = [:]
    var halves: [[ReportRow]] = [[], []]
    for row in store.rows {
      let n = seen[row.session, default: 0]
      seen[row.session] = n + 1
      halves[n < sizes[row.session]! / 2 ? 0 : 1].append(row)
    }
    var interleaved = ReportBuilder(
      catalogue: GeneratedStore.catalogue, stopWords: ["de", "het", "een", "ik"], sessions: store.sessions)
    for row in halves[0] + halves[1] { interleaved.add(row) }
    let counted = { (r: Report) in PublishedCells(r).cells.filter { $0.value.kind != .mentions } }
    let inOrder = counted(store.builder(ReportFilter()).build())
    #expect(inOrder.count > 100)
    #expect(counted(interleaved.build()) == inOrder)
  }

  /// Before and after each session that became ready, for every filter of `praatmaat report`.
  @Test("adding one conversation, in any month and by a late bundle, shows none of its answers")
  func addingOneConversation() throws {
    var pairs = 0
    var findings: [String] = []
    for seed in 0..<UInt64(Self.stores) {
      let store = try GeneratedStore(seed: 100 + seed, sessions: 66)
      for (f, filter) in GeneratedStore.filters.enumerated() {
        let minGroup = Self.minGroups[f % Self.minGroups.count]
        let attacker = ReportAttacker(threshold: minGroup)
        var before = store.builder(filter, minGroup: minGroup, upTo: 0)
        var beforeReport = before.build()
        for ready in 1...store.readyOrder.count {
          let after = store.builder(filter, minGroup: minGroup, upTo: ready)
          let afterReport = after.build()
          let newPeople = store.people(in: after).subtracting(store.people(in: before)).count
          pairs += 1
          for finding in attacker.attack(before: beforeReport, after: afterReport, newPeople: newPeople) {
            findings.append("seed \(seed) \(filter) ready \(ready): \(finding)")
          }
          (before, beforeReport) = (after, afterReport)
        }
      }
    }
    print(
      "attack harness: \(pairs) report pairs before and after one conversation, \(findings.count) answers found"
    )
    #expect(pairs >= 2_000)
    #expect(findings.isEmpty, "\(findings.prefix(5))")
  }

  @Test("a period inside another never gives away the answers of the months between")
  func nestedPeriods() throws {
    let store = try GeneratedStore(seed: 7, sessions: 66)
    let months = (1...12).map { String(format: "2026-%02d", $0) }
    var periods: [(String, String)] = []
    for (i, from) in months.enumerated() { for to in months[i...] { periods.append((from, to)) } }
    let builders = periods.map { store.builder(ReportFilter(from: $0.0, to: $0.1)) }
    let reports = builders.map { $0.build() }
    let people = builders.map { store.people(in: $0) }
    let attacker = ReportAttacker(threshold: 5)
    var pairs = 0
    for i in periods.indices {
      for j in periods.indices where i != j && periods[i].0 <= periods[j].0 && periods[i].1 >= periods[j].1 {
        pairs += 1
        let newPeople = people[i].subtracting(people[j]).count
        let found = attacker.attack(before: reports[j], after: reports[i], newPeople: newPeople)
        #expect(found.isEmpty, "\(periods[j]) inside \(periods[i]): \(found.prefix(3))")
      }
    }
    print("attack harness: \(pairs) pairs of nested periods")
    #expect(pairs > 1_000)
  }

  @Test("no published count is under the threshold, for any filter or --min-group")
  func nothingUnderTheThreshold() throws {
    let store = try GeneratedStore(seed: 11, sessions: 66)
    for filter in GeneratedStore.filters {
      for minGroup in Self.minGroups {
        let cells = PublishedCells(store.builder(filter, minGroup: minGroup).build())
        for (name, value) in cells.counts { #expect(value >= minGroup, "\(filter) \(name) = \(value)") }
      }
    }
  }

  @Test("the same cell gives the same number in every report of the same data")
  func sameCellSameNumber() throws {
    let store = try GeneratedStore(seed: 13, sessions: 66)
    let everything = PublishedCells(store.builder(ReportFilter()).build())
    var compared = 0
    // A period or a municipality takes other people (its own rounds): those are other cells.
    let filters = GeneratedStore.filters.filter { $0.from == nil && $0.to == nil && $0.municipality == nil }
    for filter in filters {
      let cells = PublishedCells(store.builder(filter).build())
      // A question's cells hold the same people under any script, theme or phase filter.
      for (name, value) in cells.counts where cells[name]?.kind == .answer {
        guard let same = everything[name] else { continue }
        compared += 1
        #expect(
          same.value == value,
          "\(filter.script ?? "") \(filter.theme ?? "") \(filter.phase?.rawValue ?? "") \(name)")
      }
    }
    #expect(compared > 100)
    #expect(
      try ReportTests.render(ReportTests.store(sessions: 0).0, [:], template: "", format: .json) == nil)
  }

  @Test("the participants' report shows no number the policy report does not")
  func audiences() throws {
    let store = try GeneratedStore(seed: 17, sessions: 66)
    let report = store.builder(ReportFilter()).build()
    let policy = Set(PublishedCells(report).counts.values)
    let participants = ParticipantReport.markdown(report, reaction: [])
    let numbers = participants.matches(of: /\d+/).compactMap { Int($0.output) }
    #expect(!numbers.isEmpty)
    for n in numbers { #expect(policy.contains(n), "\(n) in the participants' report") }
  }

  /// The conversations in the round still being filled, and those not finished, wait: the
  /// report says how many. Of the rest every closed answer stands in a question the report
  /// shows ("15 mensen"); how many also stand in an option shown (alone, or with other small
  /// options) is printed.
  @Test("a year of conversations: every method counts, and every closed answer it takes shows")
  func reflected() throws {
    let store = try GeneratedStore(seed: 19, sessions: 66)
    let builder = store.builder(ReportFilter())
    let report = builder.build()
    let r = Reflection(store: store, builder: builder, report: report)
    print(
      "reflected: \(r.answers) closed answers in the store, \(r.waiting) waiting (\(r.unfinished) in conversations not finished); of the \(r.taken) taken \(r.inQuestion) in a published question, \(r.inOption) in a published option"
    )
    #expect(r.inQuestion == r.taken && r.inOption > 0)
    #expect(Double(r.waiting) <= 0.25 * Double(r.answers))
    #expect(report.overview.waiting == builder.rounds.waiting && report.overview.waiting > 0)
    for method in ["kwartetspel", "persona", "panel", "stamtafel", "gesprek"] {
      #expect(report.overview.methods[method] != nil, "\(method)")
    }
    #expect(report.phases.flatMap(\.themes).contains { $0.methods["kwartetspel"] != nil })
  }
}

extension DisclosureAttackTests {
  /// Stores of finished conversations only: how many of all their closed answers a report
  /// reflects, in a question it shows and in an option it shows. The figures are printed.
  @Test(
    "four stores of 11 finished conversations per script: on average 90% of all closed answers show in a question"
  )
  func reflectedOnFinishedStores() throws {
    var shares: [Double] = []
    // As many conversations per script whatever the number of scripts: a new script in
    // Content spreads the same store thinner, which says nothing about the rounding.
    let sessions = 11 * GeneratedStore.catalogue.count
    for seed in [19, 29, 39, 49] as [UInt64] {
      let store = try GeneratedStore(seed: seed, sessions: sessions, unfinished: 0)
      let builder = store.builder(ReportFilter())
      let r = Reflection(store: store, builder: builder, report: builder.build())
      let share = Double(r.inQuestion) / Double(r.answers)
      shares.append(share)
      print(
        String(
          format:
            "reflected, finished store %d: %d closed answers, %d waiting, %.1f%% in a question, %.1f%% in an option",
          seed, r.answers, r.waiting, share * 100, Double(r.inOption) / Double(r.answers) * 100))
    }
    #expect(shares.reduce(0, +) / Double(shares.count) >= 0.9)
  }
}

/// How many closed person-answers of a store a report reflects: in a question it shows, and
/// in an option it shows.
struct Reflection {
  var answers = 0
  var waiting = 0
  /// Of those waiting: in conversations not finished.
  var unfinished = 0
  var inQuestion = 0
  var inOption = 0
  var taken: Int { answers - waiting }

  init(store: GeneratedStore, builder: ReportBuilder, report: Report) {
    var questions: [String: Set<String>] = [:]
    for t in report.phases.flatMap(\.themes) {
      for q in t.closed where !q.suppressed {
        // "1+2": the low side of a scale, shown together.
        questions["\(q.scriptID)/\(q.questionID)", default: []].formUnion(
          q.options.flatMap { $0.id.split(separator: "+").map(String.init) })
      }
    }
    let closed: Set<String> = ["option", "options", "number", "ageBand", "dontKnow"]
    for row in store.rows {
      let a = row.answer
      guard closed.contains(a.valueKind), a.participant != "groep", a.kind != QuestionKind.open.word,
        a.kind != QuestionKind.statement.word
      else { continue }
      answers += 1
      guard let i = builder.sessionIndex[row.session], builder.sessionIncluded[i] else {
        waiting += 1
        if store.sessions.first(where: { $0.code == row.session })?.ready == nil { unfinished += 1 }
        continue
      }
      guard let shown = questions["\(a.scriptID)/\(a.questionID)"] else { continue }
      inQuestion += 1
      let id = a.valueKind == "dontKnow" ? "weet-ik-niet" : a.value ?? ""
      let together = shown.contains(ReportBuilder.otherOptions)
      if id.split(separator: ",").allSatisfy({ shown.contains(String($0)) || together }) { inOption += 1 }
    }
  }
}

/// A withdrawal takes a person's answers out of the reports and nothing else with them.
@Suite struct WithdrawalRoundTests {
  @Test("a withdrawn session keeps its place: the rounds stay as they were, its answers leave")
  func withdrawalKeepsRounds() throws {
    let store = try SQLiteStore.inMemory()
    var synthetic = SyntheticSessions(scripts: Array(GeneratedStore.catalogue.values), seed: 23)
    for entry in synthetic.entries(count: 40) { _ = try store.importEntries([entry]) }
    let before = PublicationRounds(try store.reportSessions().map(\.round))
    let gone = try #require(before.roundOf.first { $0.value == 0 }?.key)
    _ = try store.forget(try #require(SessionCode(gone)))
    let sessions = try store.reportSessions()
    let after = PublicationRounds(sessions.map(\.round))
    #expect(after.rounds == before.rounds)
    #expect(after.waiting == before.waiting)
    for (code, round) in before.roundOf { #expect(after.roundOf[code] == round) }
    #expect(sessions.filter { $0.code == gone }.map(\.withdrawn) == [true])
    // The next finished session comes after the withdrawn one, never in its place.
    _ = try store.importEntries(synthetic.entries(count: 1, first: 40))
    let ready = try store.reportSessions().compactMap(\.ready)
    #expect(Set(ready).count == ready.count)
  }
}
