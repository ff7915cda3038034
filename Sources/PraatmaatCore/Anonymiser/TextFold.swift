/// The key a word is looked up by: lower case, accents dropped, curly apostrophes straight.
///
/// Used alike for the word lists and for the text, so "José", "jose" and "JOSÉ" meet.
enum TextFold {
  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    if v == 0xD7 || v == 0xF7 { return false }
    if v < 0x250 { return v >= 0xC0 }
    return c.properties.isAlphabetic
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

  static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
    c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "`" || c == "\u{B4}"
  }

  static func isUpper(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return c.properties.isUppercase
  }

  /// Appends the folded form of one scalar to `key`.
  @inline(__always)
  static func append(_ c: Unicode.Scalar, to key: inout [UInt8]) {
    let v = c.value
    if v < 0x80 {
      key.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
    } else {
      appendBeyondASCII(c, to: &key)
    }
  }

  private static func appendBeyondASCII(_ c: Unicode.Scalar, to key: inout [UInt8]) {
    let v = c.value
    if isApostrophe(c) {
      key.append(0x27)
      return
    }
    if v == 0x2010 || v == 0x2011 {
      key.append(0x2D)
      return
    }
    if let folded = latin[v] {
      key.append(contentsOf: folded.utf8)
      return
    }
    // Combining accents (decomposed input) are dropped; other letters keep their lower case.
    if (0x300...0x36F).contains(v) { return }
    for scalar in c.properties.lowercaseMapping.unicodeScalars {
      key.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
    }
  }

  /// The folded key of a whole string (words separated by one space).
  static func key(_ text: String) -> [UInt8] {
    var key: [UInt8] = []
    var space = false
    for c in text.unicodeScalars {
      if c == " " || c == "\t" {
        space = !key.isEmpty
        continue
      }
      if space { key.append(0x20) }
      space = false
      append(c, to: &key)
    }
    return key
  }

  private static let latin: [UInt32: String] = {
    let pairs: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "a"), ("æ", "ae"), ("Æ", "ae"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "c"),
      ("ďđ", "d"), ("ĎĐ", "d"), ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "g"),
      ("ĥħ", "h"), ("ĤĦ", "h"), ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "i"), ("ĵ", "j"), ("Ĵ", "j"),
      ("ķ", "k"), ("Ķ", "k"), ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "l"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "n"),
      ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "o"), ("œ", "oe"), ("Œ", "oe"), ("ŕŗř", "r"), ("ŔŖŘ", "r"),
      ("śŝşšș", "s"), ("ŚŜŞŠȘ", "s"), ("ß", "ss"), ("ţťŧț", "t"), ("ŢŤŦȚ", "t"),
      ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "u"), ("ŵ", "w"), ("Ŵ", "w"), ("ýÿŷ", "y"), ("ÝŸŶ", "y"),
      ("źżž", "z"), ("ŹŻŽ", "z"), ("ð", "d"), ("Ð", "d"), ("þ", "th"), ("Þ", "th"),
    ]
    var table: [UInt32: String] = [:]
    for (letters, plain) in pairs {
      for c in letters.unicodeScalars { table[c.value] = plain }
    }
    return table
  }()
}

extension RandomAccessCollection where Element == UInt8, Index == Int {
  /// Whether a folded key ends in `ending` (ASCII): a byte compare, no generic sequence walk.
  @inline(__always)
  func ends(with ending: StaticString) -> Bool {
    let n = ending.utf8CodeUnitCount
    guard count >= n else { return false }
    return ending.withUTF8Buffer { tail in
      let start = endIndex - n
      for k in 0..<n where self[start + k] != tail[k] { return false }
      return true
    }
  }
}
