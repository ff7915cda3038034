/// The word lists behind `DutchAnonymiser`, as one precomputed lookup table.
///
/// Built from the texts of the list files (one entry a line, `#` for comments), so the core
/// does no file I/O; the app reads `Content/anonimiseren/` and hands the texts in.
public struct AnonymiserLexicon: Sendable {
  /// The list files, by file name, and what each entry on them is.
  public static let listFiles: [(name: String, kind: String)] = [
    ("woorden.txt", "word"), ("voornamen.txt", "firstName"), ("achternamen.txt", "surname"),
    ("tussenvoegsels.txt", "particle"), ("plaatsen.txt", "town"), ("wijken.txt", "neighbourhood"),
    ("landen.txt", "country"), ("organisaties.txt", "organisation"), ("eigennamen.txt", "properNoun"),
    ("houden.txt", "keep"),
  ]

  var table: WordTable
  var phrases: WordTable

  /// Grammar words only: no names, places or dictionary. Patterns and cues still work.
  public static let builtIn = AnonymiserLexicon(lists: [:])

  /// `lists` maps a file name from `listFiles` to its text.
  public init(lists: [String: String]) {
    let total = lists.values.reduce(0) { $0 + $1.utf8.count / 8 }
    var words = WordTable.Builder(capacity: total + 2048)
    var phrases = WordTable.Builder(capacity: 4096)
    for (name, kind) in Self.listFiles {
      guard let text = lists[name], let flag = Self.flag(kind) else { continue }
      Self.add(text, flag: flag, words: &words, phrases: &phrases)
    }
    for (flag, list) in Self.grammar {
      for word in list.split(separator: " ") {
        Self.add(String(word), flag: flag, words: &words, phrases: &phrases)
      }
    }
    table = words.build()
    self.phrases = phrases.build()
  }

  static func flag(_ kind: String) -> LexiconFlags? {
    switch kind {
    case "word": .word
    case "firstName": .firstName
    case "surname": .surname
    case "particle": .particle
    case "town": .town
    case "neighbourhood": .neighbourhood
    case "country": .country
    case "organisation": .organisation
    case "properNoun": .properNoun
    case "keep": .keep
    default: nil
    }
  }

  /// The flags of one word or phrase, as a user would type it.
  func flags(of text: String) -> LexiconFlags {
    let key = TextFold.key(text)
    return LexiconFlags(rawValue: key.contains(0x20) ? phrases.value(key) : table.value(key))
  }

  private static func add(
    _ text: String, flag: LexiconFlags, words: inout WordTable.Builder, phrases: inout WordTable.Builder
  ) {
    var key: [UInt8] = []
    key.reserveCapacity(64)
    var text = text
    text.withUTF8 { bytes in
      var i = 0
      let n = bytes.count
      while i < n {
        var end = i
        while end < n && bytes[end] != 0x0A { end += 1 }
        var lineEnd = end
        if lineEnd > i && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        if lineEnd > i && bytes[i] != 0x23 {
          let line = UnsafeBufferPointer(rebasing: bytes[i..<lineEnd])
          if line.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }) {
            words.add(line, value: flag.rawValue)
          } else {
            addEntry(
              String(decoding: line, as: UTF8.self), flag: flag, key: &key, words: &words, phrases: &phrases)
          }
        }
        i = end + 1
      }
    }
  }

  /// An entry with capitals, accents, apostrophes or spaces: folded and cut as text is.
  private static func addEntry(
    _ entry: String, flag: LexiconFlags, key: inout [UInt8], words: inout WordTable.Builder,
    phrases: inout WordTable.Builder
  ) {
    let parts = Tokens.words(of: entry)
    guard !parts.isEmpty else { return }
    if parts.count == 1 {
      words.add(parts[0], value: flag.rawValue)
      return
    }
    key.removeAll(keepingCapacity: true)
    for (k, part) in parts.enumerated() {
      if k > 0 { key.append(0x20) }
      key.append(contentsOf: part)
    }
    phrases.add(key, value: flag.rawValue)
    words.add(parts[0], value: (LexiconFlags.phraseHead.union(.phraseLength(parts.count))).rawValue)
  }

  /// Looks every token up, and the hyphenated parts of words that are not listed whole.
  func annotate(_ tokens: inout Tokens) {
    tokens.keys.withUnsafeBufferPointer { keys in
      for i in 0..<tokens.items.count {
        let t = tokens.items[i]
        let key = UnsafeBufferPointer(rebasing: keys[t.keyStart..<t.keyEnd])
        var flags = LexiconFlags(rawValue: table.value(key))
        if flags.isEmpty, t.kind == .word, let dash = key.firstIndex(of: 0x2D), dash > 0 {
          // "amsterdam-noord", "jan-willem": the first part says what it is.
          let first = LexiconFlags(rawValue: table.value(UnsafeBufferPointer(rebasing: key[..<dash])))
          flags = first.intersection(LexiconFlags.entity.union(.properNoun)).subtracting(.word)
          if !flags.isEmpty, first.contains(.word) { flags.insert(.word) }
        }
        tokens.items[i].flags = flags
      }
    }
  }

  /// The flags of the phrase made of tokens `from..<to`, or empty.
  func phrase(_ tokens: Tokens, from: Int, to: Int, scratch: inout [UInt8]) -> LexiconFlags {
    scratch.removeAll(keepingCapacity: true)
    for k in from..<to {
      if k > from { scratch.append(0x20) }
      scratch.append(contentsOf: tokens.key(k))
    }
    return LexiconFlags(rawValue: phrases.value(scratch))
  }
}

extension Tokens {
  /// The folded keys of the words of a list entry, cut the way text is cut.
  static func words(of entry: String) -> [[UInt8]] {
    let tokens = Tokens(entry, lexicon: nil)
    return (0..<tokens.count).compactMap { i in
      tokens[i].kind == .other ? nil : Array(tokens.key(i))
    }
  }
}
