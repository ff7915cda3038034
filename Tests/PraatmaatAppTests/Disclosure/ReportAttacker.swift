@testable import PraatmaatCore

/// Someone who puts two reports of the same store side by side, knows the perturbation table
/// and the threshold, and knows how many new people the second report may hold: can they tell
/// what one of those people answered, for certain?
///
/// Two ways to be certain:
/// - The cell key gives the same people the same number: a cell whose number changed holds
///   someone new. With one new person in the difference, that is their answer.
/// - The smallest increase the two numbers of a cell of people (one record each) allow, given
///   every noise the table can add, is at least the number of new people: all of them, so
///   each of them, answered so.
struct ReportAttacker {
  let threshold: Int

  struct Finding: CustomStringConvertible {
    var cell: String
    var before: Int?
    var after: Int?
    var newPeople: Int
    var description: String {
      "\(cell): \(before.map(String.init) ?? "verborgen") → \(after.map(String.init) ?? "verborgen") with \(newPeople) new"
    }
  }

  /// What the attacker can tell for certain about the `newPeople` people in `after` but not in
  /// `before`; empty when nothing.
  func attack(before: Report, after: Report, newPeople: Int) -> [Finding] {
    guard newPeople > 0 else { return [] }
    let a = PublishedCells(before)
    let b = PublishedCells(after)
    var findings: [Finding] = []
    let names = Set(a.cells.keys).union(b.cells.keys)
    for name in names {
      let va = a[name]?.value
      let vb = b[name]?.value
      guard va != vb, let kind = (a[name] ?? b[name])?.kind, kind == .answer || kind == .mentions else {
        continue
      }
      // One person can say a word many times: only a count of people says "all of them".
      let all = kind == .answer && smallestIncrease(from: va, to: vb, limit: 10_000) >= newPeople
      if newPeople == 1 || all {
        findings.append(Finding(cell: name, before: va, after: vb, newPeople: newPeople))
      }
    }
    return findings
  }

  /// The smallest true increase two published numbers allow (nil: not published).
  func smallestIncrease(from before: Int?, to after: Int?, limit: Int) -> Int {
    let was =
      before.flatMap { PerturbationTable.possibleCounts(published: $0, limit: limit) }
      ?? PerturbationTable.possibleHidden(threshold: threshold, limit: limit)
    let now =
      after.flatMap { PerturbationTable.possibleCounts(published: $0, limit: limit) }
      ?? PerturbationTable.possibleHidden(threshold: threshold, limit: limit)
    return max(0, now.lowerBound - was.upperBound)
  }
}
