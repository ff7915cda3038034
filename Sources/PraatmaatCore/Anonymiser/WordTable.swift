import Foundation

/// A set of byte strings with a value per entry: open addressing over one flat byte blob.
///
/// Built once from the word lists (hundreds of thousands of entries) without a `String` or a
/// `Set` per word, so loading stays in the milliseconds and a lookup allocates nothing.
struct WordTable: Sendable {
  private var blob: [UInt8]
  private var offsets: [Int32]
  private var lengths: [Int32]
  private var values: [UInt64]
  /// Per slot: entry index + 1 in the high half and a fingerprint of the hash in the low
  /// half (0 = empty), so a probe rarely touches the entries themselves.
  private var slots: [UInt64]
  private var mask: Int

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
      var table = WordTable(
        blob: blob, offsets: offsets, lengths: lengths, values: values,
        slots: [UInt64](repeating: 0, count: size), mask: mask)
      // One probe per entry: it ends at the entry's twin (a word on two lists: the values are
      // joined) or at the empty slot where it goes.
      table.slots.withUnsafeMutableBufferPointer { slots in
        table.values.withUnsafeMutableBufferPointer { values in
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
      return table
    }
  }

  private init(
    blob: [UInt8], offsets: [Int32], lengths: [Int32], values: [UInt64], slots: [UInt64], mask: Int
  ) {
    self.blob = blob
    self.offsets = offsets
    self.lengths = lengths
    self.values = values
    self.slots = slots
    self.mask = mask
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
    return values[found]
  }

  func value(_ key: [UInt8]) -> UInt64 {
    key.withUnsafeBufferPointer { value($0) }
  }

  private static func fingerprint(_ hash: Int) -> UInt64 { UInt64(UInt32(truncatingIfNeeded: hash >> 32)) }

  private func index(of key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
    let fingerprint = Self.fingerprint(hash)
    var slot = hash & mask
    return blob.withUnsafeBufferPointer { bytes in
      while true {
        let stored = slots[slot]
        if stored == 0 { return nil }
        let entry = Int(stored >> 32) - 1
        if stored & 0xFFFF_FFFF == fingerprint, Int(lengths[entry]) == key.count {
          let start = Int(offsets[entry])
          var equal = true
          for k in 0..<key.count where bytes[start + k] != key[k] {
            equal = false
            break
          }
          if equal { return entry }
        }
        slot = (slot + 1) & mask
      }
    }
  }

}
