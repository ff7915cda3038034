/// Counts distinct numbers (people, sessions) as a cell: how many and the sum of their record
/// keys. Answers arrive session by session, so the numbers mostly come in rising order: those
/// are appended to a sorted array, and only the rare number that comes late pays for a binary
/// search and a hash.
struct DistinctCounter: Sendable {
  private var rising: [Int] = []
  private var late: Set<Int> = []
  private(set) var cell = CellCount()

  init() {}

  /// People counted elsewhere (by a store): no more can be added to tell apart.
  init(counted: CellCount) { cell = counted }

  var count: Int { cell.count }
  var isEmpty: Bool { cell.count == 0 }

  mutating func insert(_ n: Int, key: UInt32) {
    guard let last = rising.last, n <= last else {
      rising.append(n)
      cell.add(key)
      return
    }
    if n == last || recentlyContains(n) ?? contains(n) { return }
    if late.insert(n).inserted { cell.add(key) }
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

/// Counts the people behind one question as a cell. The answer table keeps one answer per
/// person per question, and a person's rows come together, so counting changes is enough.
struct QuestionPeople: Sendable {
  private(set) var cell = CellCount()
  private var last = Int.min

  init() {}

  /// People counted elsewhere (by a store).
  init(counted: CellCount) { cell = counted }

  mutating func insert(_ n: Int, key: UInt32) {
    if n != last {
      cell.add(key)
      last = n
    }
  }
}
