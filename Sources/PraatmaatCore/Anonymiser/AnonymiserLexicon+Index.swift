/// The lexicon as one block of bytes (its "index"), made once from the list texts and read
/// back at the next start in a few milliseconds. The index names the list files and the
/// program it was made by with their fingerprint; other files or another build build anew.
extension AnonymiserLexicon {
  private static let magic: [UInt8] = Array("PMLEXIDX".utf8)

  /// A fingerprint of the list files, by what the file system says of each (size, time of
  /// the last change, which file it is: `signatures[name]`), and of the program that reads
  /// them (`program`, the same for its own file): what an index must match to be used. A list
  /// that is edited, replaced or copied elsewhere changes it, and so does every new build of
  /// praatmaat, whatever changed in its code.
  public static func fingerprint(ofListFiles signatures: [String: [UInt64]], program: [UInt64]) -> UInt64 {
    var hash = FingerprintHash()
    hash.add(UInt64(program.count))
    program.forEach { hash.add($0) }
    for (name, _) in listFiles {
      hash.add(Array(name.utf8))
      let signature = signatures[name] ?? []
      hash.add(UInt64(signature.count))
      signature.forEach { hash.add($0) }
    }
    return hash.value
  }

  /// The index bytes of this lexicon, made from the texts with `fingerprint`.
  public func index(fingerprint: UInt64) -> [UInt8] {
    var out = Self.magic
    withUnsafeBytes(of: fingerprint) { out.append(contentsOf: $0) }
    table.serialize(into: &out)
    phrases.serialize(into: &out)
    return out
  }

  /// The lexicon in `index`, when it was made from texts with `fingerprint` and its sizes fit.
  /// Its tables read the index's memory where it lies; `index` lives as long as they do.
  public init?(index: IndexBytes, fingerprint: UInt64) {
    let bytes = index.bytes
    var position = Self.magic.count + 8
    guard bytes.count >= position, bytes.starts(with: Self.magic),
      bytes.loadUnaligned(fromByteOffset: Self.magic.count, as: UInt64.self) == fingerprint,
      let table = WordTable(reading: index, at: &position),
      let phrases = WordTable(reading: index, at: &position), position == bytes.count
    else { return nil }
    self.table = table
    self.phrases = phrases
  }
}

/// 64-bit FNV-1a over 8 bytes at a time; not meant to withstand someone who crafts
/// collisions (whoever can write the cache can write the lists too).
public struct FingerprintHash: Sendable {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  public mutating func add(_ word: UInt64) {
    value = (value ^ word) &* 0x100_0000_01b3
    value ^= value >> 29
  }

  public mutating func add(_ bytes: [UInt8]) {
    add(UInt64(bytes.count))
    bytes.withUnsafeBytes { raw in
      var i = 0
      while i + 8 <= raw.count {
        add(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        i += 8
      }
      var tail: UInt64 = 0
      for k in i..<raw.count { tail = tail << 8 | UInt64(raw[k]) }
      add(tail)
    }
  }
}
