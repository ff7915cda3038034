/// New conversations reach reports in rounds, never one at a time.
///
/// Per script, finished sessions are taken in the order they became ready (finished here, or
/// imported finished) and cut into rounds of at least `minimum` people. A round, once full,
/// never changes: later sessions only fill the next one. The last round that is not full yet
/// waits. So a report made before and one made after a new conversation either are the same,
/// or differ by a whole round of at least `minimum` people, and a late bundle of old months
/// joins the round being filled instead of changing a month already published.
public struct PublicationRounds: Sendable, Equatable {
  /// What rounds need of a session.
  public struct Session: Sendable, Equatable {
    public var code: String
    public var script: String
    /// Its place in the order of becoming ready; nil while it is not finished.
    public var ready: Int?
    /// The month the session began.
    public var month: String
    public var people: Int
    /// Withdrawn: it keeps its place, so later rounds are cut the same; it counts for no one.
    public var withdrawn = false
  }

  public struct Round: Sendable, Equatable {
    public var script: String
    public var number: Int
    public var firstMonth: String
    public var lastMonth: String
    public var people: Int
    public var sessions: Int
  }

  /// The people a round needs: the same for every report, whatever its `--min-group`.
  public static let minimum = 5

  public private(set) var rounds: [Round] = []
  /// The round of each published session, by code.
  public private(set) var roundOf: [String: Int] = [:]
  /// Sessions not in a report yet: not finished, or in a round that is not full.
  public private(set) var waiting = 0

  public init(_ sessions: [Session], minimum: Int = PublicationRounds.minimum) {
    var byScript: [String: [Session]] = [:]
    for s in sessions {
      if s.ready == nil {
        if !s.withdrawn { waiting += 1 }
      } else {
        byScript[s.script, default: []].append(s)
      }
    }
    for script in byScript.keys.sorted() {
      var current: [Session] = []
      var number = 0
      for s in byScript[script]!.sorted(by: { ($0.ready!, $0.code) < ($1.ready!, $1.code) }) {
        current.append(s)
        let people = current.reduce(0) { $0 + $1.people }
        guard people >= minimum else { continue }
        number += 1
        let months = current.map(\.month).filter { !$0.isEmpty }
        for member in current { roundOf[member.code] = rounds.count }
        rounds.append(
          Round(
            script: script, number: number, firstMonth: months.min() ?? "", lastMonth: months.max() ?? "",
            people: people,
            sessions: current.count))
        current = []
      }
      waiting += current.filter { !$0.withdrawn }.count
    }
  }
}
