import Foundation

/// A ZIP file with stored (uncompressed) entries, written into memory as entries come, so that
/// a large entry can be written in pieces and is never held twice: what a `.qdpx` project is.
/// Names are UTF-8 (flag bit 11); every entry carries the same fixed time, so the same
/// content always gives the same bytes.
public struct ZipArchive: Sendable {
  /// Local headers and contents so far.
  private var out = Data()
  private var central = Data()
  public private(set) var count = 0
  /// The entry being written: where its header starts, its running CRC and size.
  private var open: (name: [UInt8], header: Int, crc: UInt32, size: Int)?
  /// MS-DOS date and time of every entry.
  let date: UInt16
  let time: UInt16 = 0

  /// `day`: `YYYY-MM-DD`, the date on every entry (1980-01-01 when it does not parse).
  public init(day: String) {
    let parts = day.split(separator: "-").compactMap { Int($0) }
    if parts.count == 3, parts[0] >= 1980, (1...12).contains(parts[1]), (1...31).contains(parts[2]) {
      date = UInt16((parts[0] - 1980) << 9 | parts[1] << 5 | parts[2])
    } else {
      date = UInt16(1 << 5 | 1)
    }
  }

  /// A whole entry at once.
  public mutating func add(_ name: String, _ data: some Sequence<UInt8>) {
    begin(name)
    write(data)
    end()
  }

  /// Starts an entry; its CRC and size are filled in by `end()`.
  public mutating func begin(_ name: String) {
    precondition(open == nil, "an entry is still open")
    let bytes = Array(name.utf8)
    open = (bytes, out.count, 0xFFFF_FFFF, 0)
    out.append(le32: 0x0403_4B50)
    // CRC, size and size are filled in by end().
    out.append(fields(crc: 0, size: 0, name: bytes.count))
    out.append(contentsOf: bytes)
  }

  /// More of the open entry's content.
  public mutating func write(_ data: some Sequence<UInt8>) {
    guard var entry = open else { preconditionFailure("no entry is open") }
    let start = out.count
    out.append(contentsOf: data)
    entry.crc = out[start...].withUnsafeBytes { CRC32.update(entry.crc, $0) }
    entry.size += out.count - start
    open = entry
  }

  /// Closes the open entry: its CRC and sizes go into its header and the central directory.
  public mutating func end() {
    guard let entry = open else { preconditionFailure("no entry is open") }
    open = nil
    let crc = entry.crc ^ 0xFFFF_FFFF
    let size = UInt32(truncatingIfNeeded: entry.size)
    let shared = fields(crc: crc, size: size, name: entry.name.count)
    out.replaceSubrange((entry.header + 4)..<(entry.header + 30), with: shared)
    central.append(le32: 0x0201_4B50)
    central.append(le16: 20)
    central.append(shared)
    central.append(le16: 0)
    central.append(le16: 0)
    central.append(le16: 0)
    central.append(le32: 0)
    central.append(le32: UInt32(truncatingIfNeeded: entry.header))
    central.append(contentsOf: entry.name)
    count += 1
  }

  /// The fields a local header and a central record share: version needed, UTF-8 flag, stored,
  /// time, date, CRC, sizes, name length, no extra field.
  private func fields(crc: UInt32, size: UInt32, name: Int) -> Data {
    var d = Data()
    d.append(le16: 20)
    d.append(le16: 0x0800)
    d.append(le16: 0)
    d.append(le16: time)
    d.append(le16: date)
    d.append(le32: crc)
    d.append(le32: size)
    d.append(le32: size)
    d.append(le16: UInt16(name))
    d.append(le16: 0)
    return d
  }

  /// Why the entries do not fit a ZIP without its 64-bit extension; nil when they do.
  public var tooLarge: String? {
    if count >= 0xFFFF { return "meer dan 65 534 bestanden" }
    return out.count + central.count >= 0xFFFF_FFFF ? "groter dan 4 GB" : nil
  }

  /// The whole archive: the entries, the central directory and its end record.
  public consuming func finished() -> Data {
    precondition(open == nil, "an entry is still open")
    let start = UInt32(truncatingIfNeeded: out.count)
    out.append(central)
    out.append(le32: 0x0605_4B50)
    out.append(le16: 0)
    out.append(le16: 0)
    out.append(le16: UInt16(truncatingIfNeeded: count))
    out.append(le16: UInt16(truncatingIfNeeded: count))
    out.append(le32: UInt32(truncatingIfNeeded: central.count))
    out.append(le32: start)
    out.append(le16: 0)
    return out
  }
}

/// CRC-32 (IEEE 802.3, as ZIP uses it).
enum CRC32 {
  static let table: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  /// The running CRC after `bytes` (start with 0xFFFFFFFF, end by flipping every bit).
  static func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
    var crc = crc
    for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
    return crc
  }
}

extension Data {
  fileprivate mutating func append(le16 v: UInt16) {
    append(UInt8(v & 0xFF))
    append(UInt8(v >> 8))
  }

  fileprivate mutating func append(le32 v: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((v >> UInt32(shift)) & 0xFF)) }
  }
}
