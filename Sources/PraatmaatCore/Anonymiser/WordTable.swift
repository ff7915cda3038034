import Foundation

/// A set of byte strings with a value per entry: open addressing over one flat byte blob.
///
/// Built once from the word lists (hundreds of thousands of entries) without a `String` or a
/// `Set` per word, so loading stays in the milliseconds and a lookup allocates nothing.
struct WordTable: Sendable {
  /// The arrays behind a table, in one object: the lexicon is copied into every recogniser,
  /// and a copy of a table is then one retain instead of one per array. The arrays are either
  /// made here (from a builder) or lie in the bytes of an index that `keeper` holds (a file
  /// mapped into memory), read where they are without a copy.
  final class Storage: @unchecked Sendable {
    let blob: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<Int32>
    let lengths: UnsafeBufferPointer<Int32>
    let values: UnsafeBufferPointer<UInt64>
    /// Per slot: entry index + 1 in the high half and a fingerprint of the hash in the low
    /// half (0 = empty), so a probe rarely touches the entries themselves.
    let slots: UnsafeBufferPointer<UInt64>
    let mask: Int
    /// What owns the memory of an index; nil when the arrays were allocated here.
    private let keeper: AnyObject?

    init(blob: [UInt8], offsets: [Int32], lengths: [Int32], values: [UInt64], slots: [UInt64]) {
      self.blob = Self.copy(blob)
      self.offsets = Self.copy(offsets)
      self.lengths = Self.copy(lengths)
      self.values = Self.copy(values)
      self.slots = Self.copy(slots)
      mask = slots.count - 1
      keeper = nil
    }

    /// Arrays inside memory that `keeper` owns and keeps unchanged while it lives.
    init(
      blob: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int32>,
      lengths: UnsafeBufferPointer<Int32>,
      values: UnsafeBufferPointer<UInt64>, slots: UnsafeBufferPointer<UInt64>, keeper: AnyObject
    ) {
      (self.blob, self.offsets, self.lengths, self.values, self.slots) = (
        blob, offsets, lengths, values, slots
      )
      mask = slots.count - 1
      self.keeper = keeper
    }

    deinit {
      guard keeper == nil else { return }
      blob.deallocate()
      offsets.deallocate()
      lengths.deallocate()
      values.deallocate()
      slots.deallocate()
    }

    private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
      let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
      _ = buffer.initialize(from: array)
      return UnsafeBufferPointer(rebasing: buffer[..<array.count])
    }
  }

  let storage: Storage

  init(storage: Storage) { self.storage = storage }

  /// Collects entries; `build()` makes the table.
  struct Builder {
    var blob: [UInt8] = []
    var offsets: [Int32] = []
    var lengths: [Int32] = []
    var values: [UInt64] = []
    var hashes: [Int] = []

    init(capacity: Int) {
      blob.reserveCapacity(capacity * 10)
      offsets.reserveCapacity(capacity)
      lengths.reserveCapacity(capacity)
      values.reserveCapacity(capacity)
      hashes.reserveCapacity(capacity)
    }

    /// Adds an entry; a key added twice gets both values (bitwise or).
    mutating func add(_ key: UnsafeBufferPointer<UInt8>, value: UInt64) {
      guard !key.isEmpty else { return }
      offsets.append(Int32(blob.count))
      lengths.append(Int32(key.count))
      blob.append(contentsOf: key)
      values.append(value)
      hashes.append(WordTable.hash(key))
    }

    mutating func add(_ key: [UInt8], value: UInt64) {
      key.withUnsafeBufferPointer { add($0, value: value) }
    }

    /// Places the entries in the order of their home slot, so that building touches memory
    /// in sequence instead of at random (a few milliseconds for 300,000 words).
    func build() -> WordTable {
      var size = 64
      while size < values.count * 2 { size <<= 1 }
      let mask = size - 1
      let shift = max(0, size.trailingZeroBitCount - 12)
      var counts = [Int](repeating: 0, count: (mask >> shift) + 2)
      for h in hashes { counts[((h & mask) >> shift) + 1] += 1 }
      for b in 1..<counts.count { counts[b] += counts[b - 1] }
      var order = [Int32](repeating: 0, count: values.count)
      for (entry, h) in hashes.enumerated() {
        let bucket = (h & mask) >> shift
        order[counts[bucket]] = Int32(entry)
        counts[bucket] += 1
      }
      var slots = [UInt64](repeating: 0, count: size)
      var joined = values
      // One probe per entry: it ends at the entry's twin (a word on two lists: the values are
      // joined) or at the empty slot where it goes.
      slots.withUnsafeMutableBufferPointer { slots in
        joined.withUnsafeMutableBufferPointer { values in
          blob.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in
              lengths.withUnsafeBufferPointer { lengths in
                for entry in order {
                  let e = Int(entry)
                  let hash = hashes[e]
                  let fingerprint = WordTable.fingerprint(hash)
                  let start = Int(offsets[e])
                  let length = Int(lengths[e])
                  var slot = hash & mask
                  while true {
                    let stored = slots[slot]
                    if stored == 0 {
                      slots[slot] = UInt64(e + 1) << 32 | fingerprint
                      break
                    }
                    let other = Int(stored >> 32) - 1
                    if stored & 0xFFFF_FFFF == fingerprint, Int(lengths[other]) == length,
                      memcmp(bytes.baseAddress! + start, bytes.baseAddress! + Int(offsets[other]), length)
                        == 0
                    {
                      values[other] |= values[e]
                      break
                    }
                    slot = (slot + 1) & mask
                  }
                }
              }
            }
          }
        }
      }
      return WordTable(
        storage: Storage(blob: blob, offsets: offsets, lengths: lengths, values: joined, slots: slots))
    }
  }

  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key {
      h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  func value(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let found = index(of: key, hash: Self.hash(key)) else { return 0 }
    return storage.values[found]
  }

  func value(_ key: [UInt8]) -> UInt64 {
    key.withUnsafeBufferPointer { value($0) }
  }

  private static func fingerprint(_ hash: Int) -> UInt64 { UInt64(UInt32(truncatingIfNeeded: hash >> 32)) }

  private func index(of key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
    let fingerprint = Self.fingerprint(hash)
    let storage = self.storage
    let bytes = storage.blob
    var slot = hash & storage.mask
    // Every step is checked against the arrays' sizes: a table read from an index file never
    // reads outside it, whatever the file holds; a full table without the key ends the probe.
    for _ in 0...storage.mask {
      let stored = storage.slots[slot]
      if stored == 0 { return nil }
      let entry = Int(stored >> 32) - 1
      guard entry >= 0, entry < storage.lengths.count else { return nil }
      if stored & 0xFFFF_FFFF == fingerprint, Int(storage.lengths[entry]) == key.count {
        let start = Int(storage.offsets[entry])
        guard start >= 0, start + key.count <= bytes.count else { return nil }
        var equal = true
        for k in 0..<key.count where bytes[start + k] != key[k] {
          equal = false
          break
        }
        if equal { return entry }
      }
      slot = (slot + 1) & storage.mask
    }
    return nil
  }
}
