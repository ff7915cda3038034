/// The cell key method's perturbation table: turns a cell's true count and its cell key into
/// the count a report publishes.
///
/// The noise is small (never more than 2 either way), has a mean of zero for every count, and
/// a variance of 0.8 from 5 people up (0.5 for 4). Counts of 1 and 2 become 0 or 3, so no
/// report ever publishes a 1 or a 2; 0 stays 0. Because the noise depends only on the count
/// and the cell key, which is fixed by who is in the cell, the same cell always gets the same
/// number, whatever filter, format or audience led to it.
public enum PerturbationTable {
  /// One row: the published counts a true count can become, with their chances (summing to 1).
  public struct Row: Sendable {
    public var outcomes: [(count: Int, chance: Double)]
  }

  /// The widest noise, either way.
  public static let maximumNoise = 2
  /// The noise from 5 people up: −2, −1, 0, +1, +2.
  static let wide: [(Int, Double)] = [(-2, 0.05), (-1, 0.2), (0, 0.5), (1, 0.2), (2, 0.05)]

  /// The row for a true count: what it may be published as.
  public static func row(_ count: Int) -> Row {
    switch count {
    case ...0: Row(outcomes: [(0, 1)])
    case 1: Row(outcomes: [(0, 2.0 / 3), (3, 1.0 / 3)])
    case 2: Row(outcomes: [(0, 1.0 / 3), (3, 2.0 / 3)])
    // 3 cannot move without going to 1, 2 or beyond ±2 with a mean of zero.
    case 3: Row(outcomes: [(3, 1)])
    case 4: Row(outcomes: [(3, 0.25), (4, 0.5), (5, 0.25)])
    default: Row(outcomes: wide.map { (count + $0.0, $0.1) })
    }
  }

  /// The published count of a cell: the row of `count`, read at the cell key's place in [0, 1).
  public static func published(_ count: Int, key: UInt32) -> Int {
    let place = Double(key) / 4_294_967_296
    var reached = 0.0
    let outcomes = row(count).outcomes
    for outcome in outcomes {
      reached += outcome.chance
      if place < reached { return outcome.count }
    }
    return outcomes[outcomes.count - 1].count
  }

  /// Every true count that could have been published as `published`: what someone who knows
  /// this table can tell from one published number (up to `limit`).
  public static func possibleCounts(published: Int, limit: Int) -> ClosedRange<Int>? {
    let candidates = (max(0, published - maximumNoise)...max(0, published + maximumNoise + 1))
      .filter { $0 <= limit && row($0).outcomes.contains { $0.count == published && $0.chance > 0 } }
    guard let low = candidates.min(), let high = candidates.max() else { return nil }
    return low...high
  }

  /// Every true count that a cell hidden under `threshold` could have had (up to `limit`).
  public static func possibleHidden(threshold: Int, limit: Int) -> ClosedRange<Int> {
    let high = (0...min(limit, threshold + maximumNoise)).last { count in
      row(count).outcomes.contains { $0.count < threshold }
    }
    return 0...(high ?? 0)
  }
}
