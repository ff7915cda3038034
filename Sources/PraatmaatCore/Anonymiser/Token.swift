/// A word, a number or a single other character of the text, with its lexicon facts.
struct Token: Sendable {
  enum Kind: Sendable { case word, number, mixed, other }

  var kind: Kind
  /// Unicode scalar offsets into the text, end exclusive.
  var start: Int
  var end: Int
  /// The folded key in `Tokens.keys`.
  var keyStart: Int
  var keyEnd: Int
  var flags: LexiconFlags = []
  /// Starts with a capital.
  var capital = false
  /// Two or more letters, all capitals.
  var allCapitals = false
  /// The first word of the text or of a sentence: a capital there says nothing.
  var sentenceStart = false
  /// Only spaces between the previous token and this one.
  var joined = false

  var isWord: Bool { kind == .word }
}

/// The text cut into tokens; the keys of all tokens share one byte buffer.
struct Tokens: Sendable {
  var scalars: [Unicode.Scalar]
  var items: [Token] = []
  var keys: [UInt8] = []
  /// Most letters are capitals: then a capital says nothing about names.
  var shouting = false
  /// Whether some word names a kind of animal ("hond", "poes"): only then can a name be a pet's.
  var hasAnimal = false

  init(_ text: String, lexicon: AnonymiserLexicon?) {
    // Never more scalars than UTF-8 bytes: one pass, no count first.
    scalars = Array(unsafeUninitializedCapacity: text.utf8.count) { buffer, filled in
      for c in text.unicodeScalars {
        buffer[filled] = c
        filled += 1
      }
    }
    keys.reserveCapacity(scalars.count)
    items.reserveCapacity(scalars.count / 3 + 4)
    cut()
    lexicon?.annotate(&self)
  }

  var count: Int { items.count }
  subscript(i: Int) -> Token { items[i] }

  /// The first token that starts at or after scalar offset `offset`.
  func index(atOrAfter offset: Int) -> Int {
    var low = 0
    var high = items.count
    while low < high {
      let mid = (low + high) / 2
      if items[mid].start < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  func key(_ i: Int) -> ArraySlice<UInt8> { keys[items[i].keyStart..<items[i].keyEnd] }

  /// Whether token `i` is exactly the (ASCII, lower-case) word `word`.
  @inline(__always)
  func `is`(_ i: Int, _ word: StaticString) -> Bool {
    guard i >= 0, i < items.count else { return false }
    let t = items[i]
    guard t.keyEnd - t.keyStart == word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { w in
      for k in 0..<w.count where keys[t.keyStart + k] != w[k] { return false }
      return true
    }
  }

  @inline(__always)
  func isAny(_ i: Int, _ words: [StaticString]) -> Bool { words.contains { self.is(i, $0) } }

  func text(_ start: Int, _ end: Int) -> String {
    String(String.UnicodeScalarView(scalars[start..<end]))
  }

  /// The number a token stands for, when it is digits only (at most 9).
  func number(_ i: Int) -> Int? {
    guard i >= 0, i < items.count, items[i].kind == .number, items[i].end - items[i].start <= 9 else {
      return nil
    }
    var n = 0
    for k in items[i].keyStart..<items[i].keyEnd { n = n * 10 + Int(keys[k] - 0x30) }
    return n
  }

  /// The number a token stands for, when it is a Dutch number word ("twintig", "vierendertig").
  func numberWord(_ i: Int) -> Int? { DutchNumbers.value(String(decoding: key(i), as: UTF8.self)) }

  private mutating func cut() {
    var i = 0
    let n = scalars.count
    var letters = 0
    var capitals = 0
    var afterStop = true
    while i < n {
      let c = scalars[i]
      if c == " " || c == "\t" || c == "\u{A0}" {
        i += 1
        continue
      }
      let joined = i > 0 && (scalars[i - 1] == " " || scalars[i - 1] == "\u{A0}") && !items.isEmpty
      let letter = TextFold.isLetter(c)
      let digit = TextFold.isDigit(c)
      let shortApostrophe =
        TextFold.isApostrophe(c) && i + 1 < n && (scalars[i + 1] == "s" || scalars[i + 1] == "t")
        && (i + 2 >= n || !TextFold.isLetter(scalars[i + 2]))
        && (i == 0 || !(TextFold.isLetter(scalars[i - 1]) || TextFold.isDigit(scalars[i - 1])))
      guard letter || digit || shortApostrophe else {
        let keyStart = keys.count
        TextFold.append(c, to: &keys)
        items.append(
          Token(kind: .other, start: i, end: i + 1, keyStart: keyStart, keyEnd: keys.count, joined: joined))
        if c == "." || c == "!" || c == "?" || c == "\n" || c == "\r" || c == ":" || c == ";" || c == "•"
          || c == "\"" || c == "(" || c == "/" || c == "|" || c == "\u{201C}" || c == "\u{201E}"
        {
          afterStop = true
        }
        i += 1
        continue
      }
      let start = i
      let keyStart = keys.count
      var hasLetter = false
      var hasDigit = false
      var upper = 0
      var count = 0
      if shortApostrophe {
        keys.append(0x27)
        i += 1
      }
      while i < n {
        let d = scalars[i]
        if TextFold.isLetter(d) {
          hasLetter = true
          count += 1
          if TextFold.isUpper(d) { upper += 1 }
        } else if TextFold.isDigit(d) {
          hasDigit = true
        } else if (TextFold.isApostrophe(d) || d == "-" || d == "\u{2010}") && i + 1 < n
          && TextFold.isLetter(scalars[i + 1]) && i > start && TextFold.isLetter(scalars[i - 1])
        {
          // An apostrophe or hyphen inside a word: a'dam, el-amrani, 's-hertogenbosch.
        } else if d.value >= 0x300, d.properties.generalCategory == .nonspacingMark {
          // A combining accent belongs to its letter.
        } else {
          break
        }
        TextFold.append(d, to: &keys)
        i += 1
      }
      var token = Token(
        kind: hasLetter ? (hasDigit ? .mixed : .word) : .number, start: start, end: i, keyStart: keyStart,
        keyEnd: keys.count, joined: joined)
      if hasLetter {
        let first = scalars[shortApostrophe ? start + 1 : start]
        token.capital = TextFold.isUpper(first)
        token.allCapitals = count >= 2 && upper == count
        letters += count
        capitals += upper
      }
      token.sentenceStart = afterStop
      afterStop = false
      items.append(token)
    }
    shouting = letters >= 8 && capitals * 10 >= letters * 6
    // "Mijn Begeleider Is Heel Aardig": when most words start with a capital, capitals say nothing.
    // A sentence's first word always has one, so it does not count ("Ik heet Anna Smit").
    var words = 0
    var capitalised = 0
    for item in items where item.kind == .word && !item.sentenceStart {
      words += 1
      if item.capital { capitalised += 1 }
    }
    if words >= 4, capitalised * 10 >= words * 7 { shouting = true }
  }
}
