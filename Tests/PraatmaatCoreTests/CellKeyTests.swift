import Testing

@testable import PraatmaatCore

/// The cell key method's parts: the perturbation table and the publication rounds.
@Suite struct CellKeyTests {
  @Test("every row of the table: mean zero, at most 2 either way, never a 1 or a 2")
  func tableRows() {
    for count in 0...200 {
      let row = PerturbationTable.row(count)
      let chances = row.outcomes.map(\.chance).reduce(0, +)
      #expect(abs(chances - 1) < 1e-9, "row \(count)")
      let mean = row.outcomes.reduce(0.0) { $0 + Double($1.count) * $1.chance }
      #expect(abs(mean - Double(count)) < 1e-9, "row \(count)")
      for outcome in row.outcomes {
        #expect(abs(outcome.count - count) <= PerturbationTable.maximumNoise)
        #expect(outcome.count != 1 && outcome.count != 2 && outcome.count >= 0)
      }
      if count >= 5 {
        let variance = row.outcomes.reduce(0.0) { $0 + pow2(Double($1.count - count)) * $1.chance }
        #expect(abs(variance - 0.8) < 1e-9)
      }
    }
  }

  @Test("the cell key reads the table: over all keys, each outcome comes as often as its chance")
  func keysSpreadLikeTheTable() {
    for count in [1, 2, 4, 5, 30] {
      var seen: [Int: Int] = [:]
      let steps = 10_000
      for i in 0..<steps {
        let key = UInt32(truncatingIfNeeded: UInt64(i) * (UInt64(UInt32.max) + 1) / UInt64(steps))
        seen[PerturbationTable.published(count, key: key), default: 0] += 1
      }
      for outcome in PerturbationTable.row(count).outcomes {
        #expect(abs(Double(seen[outcome.count] ?? 0) / Double(steps) - outcome.chance) < 0.001)
      }
    }
  }

  @Test("what a published number can have been, and what a hidden one can")
  func possibleCounts() {
    #expect(PerturbationTable.possibleCounts(published: 10, limit: 100) == 8...12)
    #expect(PerturbationTable.possibleCounts(published: 5, limit: 100) == 4...7)
    #expect(PerturbationTable.possibleCounts(published: 3, limit: 100) == 1...5)
    #expect(PerturbationTable.possibleCounts(published: 1, limit: 100) == nil)
    #expect(PerturbationTable.possibleHidden(threshold: 5, limit: 100) == 0...6)
  }

  @Test("a cell's key is the sum of its records' keys: the same people, the same number")
  func sameRecordsSameCell() {
    var a = CellCount()
    var b = CellCount()
    let keys: [UInt32] = [4_000_000_000, 3_000_000_000, 12, 999]
    for k in keys { a.add(k) }
    for k in keys.reversed() { b.add(k) }
    #expect(a == b && a.perturbed == b.perturbed)
    #expect(RecordKey.person(session: 7, seat: 0) == 7)
    #expect(RecordKey.person(session: 7, seat: 1) != RecordKey.person(session: 7, seat: 2))
  }

  static func session(
    _ code: String, _ script: String, ready: Int?, month: String = "2026-01", people: Int = 1
  )
    -> PublicationRounds.Session
  {
    PublicationRounds.Session(code: code, script: script, ready: ready, month: month, people: people)
  }

  @Test("rounds: five people per script in the order sessions became ready; the rest waits")
  func rounds() {
    var sessions = (1...12).map {
      Self.session("w\($0)", "wonen", ready: $0, month: "2026-\(String(format: "%02d", 13 - $0))")
    }
    sessions.append(Self.session("t1", "stamtafel", ready: 13, people: 6))
    sessions.append(Self.session("p1", "wonen", ready: nil))
    let rounds = PublicationRounds(sessions)
    #expect(rounds.rounds.map(\.people) == [6, 5, 5])
    #expect(rounds.roundOf["w5"] == rounds.roundOf["w1"] && rounds.roundOf["w6"] != rounds.roundOf["w5"])
    #expect(rounds.roundOf["w11"] == nil && rounds.roundOf["p1"] == nil)
    #expect(rounds.waiting == 3)
    // A later session never changes a round already full.
    let more = PublicationRounds(sessions + [Self.session("w13", "wonen", ready: 14, month: "2026-01")])
    #expect(Array(more.rounds.prefix(3)) == rounds.rounds)
    #expect(more.waiting == 4)
  }
}

private func pow2(_ x: Double) -> Double { x * x }
