/// A record key per person: a session's key for its one participant, and for each seat at a
/// group table a key mixed from the session's key and the seat, so that every person in
/// every cell adds a key of their own that every report computes the same.
public enum RecordKey {
  /// Seat 0 is the session's key itself; other seats mix it (SplitMix64's finaliser).
  public static func person(session key: UInt32, seat: Int) -> UInt32 {
    guard seat != 0 else { return key }
    var z = UInt64(key) &+ UInt64(seat) &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return UInt32(truncatingIfNeeded: z ^ (z >> 31))
  }
}

/// One cell of a table, counted with the cell key method: how many records are in it and the
/// sum of their record keys, modulo 2³² (the "sum modulo 1" of keys in [0, 1)).
public struct CellCount: Sendable, Equatable {
  public private(set) var count = 0
  public private(set) var key: UInt32 = 0

  public init() {}

  /// A cell counted elsewhere: `count` records whose keys sum to `key` (modulo 2³²).
  public init(count: Int, key: UInt32) {
    self.count = count
    self.key = key
  }

  public mutating func add(_ recordKey: UInt32) {
    count += 1
    key &+= recordKey
  }

  /// Adds a cell of other records.
  public mutating func absorb(_ other: CellCount) {
    count += other.count
    key &+= other.key
  }

  /// The count as published: perturbed by the table.
  public var perturbed: Int { PerturbationTable.published(count, key: key) }

  /// The published count, or nil when it is under `threshold` (then nothing of it is shown).
  public func published(threshold: Int) -> Int? {
    let value = perturbed
    return value >= threshold ? value : nil
  }
}
