/// A ZIP file with stored (uncompressed) entries, made in memory: what a `.qdpx` project is.
/// Names are UTF-8 (flag bit 11); every entry carries the same fixed time, so the same
/// content always gives the same bytes.
public struct ZipArchive: Sendable {
  public struct Entry: Sendable {
    public var name: String
    public var data: [UInt8]
  }

  public private(set) var entries: [Entry] = []
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

  public mutating func add(_ name: String, _ data: [UInt8]) {
    entries.append(Entry(name: name, data: data))
  }

  /// Why the entries do not fit a ZIP without its 64-bit extension; nil when they do.
  public var tooLarge: String? {
    if entries.count >= 0xFFFF { return "meer dan 65 534 bestanden" }
    let total = entries.reduce(0) { $0 + $1.data.count + $1.name.utf8.count + 76 }
    return total >= 0xFFFF_FFFF ? "groter dan 4 GB" : nil
  }

  /// The whole archive.
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let offset = UInt32(out.count)
      let name = Array(entry.name.utf8)
      let crc = CRC32.of(entry.data)
      let size = UInt32(entry.data.count)
      // Local file header.
      out.append(le32: 0x0403_4B50)
      out.append(le16: 20)
      out.append(le16: 0x0800)
      out.append(le16: 0)
      out.append(le16: time)
      out.append(le16: date)
      out.append(le32: crc)
      out.append(le32: size)
      out.append(le32: size)
      out.append(le16: UInt16(name.count))
      out.append(le16: 0)
      out += name
      out += entry.data
      // Its central directory record.
      central.append(le32: 0x0201_4B50)
      central.append(le16: 20)
      central.append(le16: 20)
      central.append(le16: 0x0800)
      central.append(le16: 0)
      central.append(le16: time)
      central.append(le16: date)
      central.append(le32: crc)
      central.append(le32: size)
      central.append(le32: size)
      central.append(le16: UInt16(name.count))
      central.append(le16: 0)
      central.append(le16: 0)
      central.append(le16: 0)
      central.append(le16: 0)
      central.append(le32: 0)
      central.append(le32: offset)
      central += name
    }
    let start = UInt32(out.count)
    out += central
    // End of central directory.
    out.append(le32: 0x0605_4B50)
    out.append(le16: 0)
    out.append(le16: 0)
    out.append(le16: UInt16(entries.count))
    out.append(le16: UInt16(entries.count))
    out.append(le32: UInt32(central.count))
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

  static func of(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}

extension [UInt8] {
  fileprivate mutating func append(le16 v: UInt16) {
    append(UInt8(v & 0xFF))
    append(UInt8(v >> 8))
  }

  fileprivate mutating func append(le32 v: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((v >> UInt32(shift)) & 0xFF)) }
  }
}
