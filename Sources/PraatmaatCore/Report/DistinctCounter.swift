/// Counts distinct numbers. Answers arrive session by session, so the numbers a report
/// counts (sessions, people) mostly come in rising order: those are appended to a sorted
/// array, and only the rare number that comes late pays for a binary search and a hash.
struct DistinctCounter: Sendable {
  private var rising: [Int] = []
  private var late: Set<Int> = []
  /// Numbers counted elsewhere and added whole (see `absorb`).
  fileprivate var carried = 0

  var count: Int { rising.count + late.count + carried }
  var isEmpty: Bool { count == 0 }

  mutating func insert(_ n: Int) {
    guard let last = rising.last, n <= last else {
      rising.append(n)
      return
    }
    if n == last || recentlyContains(n) ?? contains(n) { return }
    late.insert(n)
  }

  /// The people of one session are numbered close together and answer in turns: a look at
  /// the last few numbers settles most repeats without a search. Nil when it cannot tell.
  private func recentlyContains(_ n: Int) -> Bool? {
    var i = rising.count - 1
    while i >= 0, i >= rising.count - 16 {
      if rising[i] == n { return true }
      if rising[i] < n { return false }
      i -= 1
    }
    return i < 0 ? false : nil
  }

  private func contains(_ n: Int) -> Bool {
    var low = 0
    var high = rising.count
    while low < high {
      let mid = (low + high) / 2
      if rising[mid] < n { low = mid + 1 } else { high = mid }
    }
    return low < rising.count && rising[low] == n
  }
}

extension DistinctCounter {
  /// Counts the numbers of another counter too; the two must share none (other people).
  mutating func absorb(_ other: DistinctCounter) {
    carried += other.count
  }
}

/// Counts the people behind one question. The answer table keeps one answer per person per
/// question, and a person's rows come together, so counting changes is enough.
struct QuestionPeople: Sendable {
  private(set) var count = 0
  private var last = Int.min

  mutating func insert(_ n: Int) {
    if n != last {
      count += 1
      last = n
    }
  }

  mutating func absorb(_ other: QuestionPeople) {
    count += other.count
  }
}
