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
    ("houden.txt", "keep"), ("domein.txt", "domain"), ("veelgebruikt.txt", "frequent"),
  ]

  var table: WordTable
  var phrases: WordTable

  /// Grammar words only: no names, places or dictionary. Patterns and cues still work.
  public static let builtIn = AnonymiserLexicon(lists: [:])

  /// `lists` maps a file name from `listFiles` to its text.
  public init(lists: [String: String]) {
    self.init(listBytes: lists.mapValues { Array($0.utf8) })
  }

  /// `listBytes` maps a file name from `listFiles` to its UTF-8 bytes, as read from disk.
  public init(listBytes lists: [String: [UInt8]]) {
    // One entry a line: count the lines first, so the tables never grow while they fill.
    let lines = lists.values.reduce(0) { total, bytes in total + bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
    var words = WordTable.Builder(capacity: lines + 4096)
    var phrases = WordTable.Builder(capacity: 4096)
    for (name, kind) in Self.listFiles {
      guard let bytes = lists[name], let flag = Self.flag(kind) else { continue }
      Self.add(bytes, flag: flag, words: &words, phrases: &phrases)
    }
    for (flag, list) in Self.grammar {
      for word in list.split(separator: " ") {
        Self.add(Array(word.utf8), flag: flag, words: &words, phrases: &phrases)
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
    case "domain": [.domain, .keep]
    case "frequent": .frequent
    default: nil
    }
  }

  /// Whether a word ends in a kind of place or organisation ("eetcafé", "kookcafé",
  /// "fietsfabriek"), with at least three letters before it.
  func endsInPlaceHead(_ key: ArraySlice<UInt8>) -> Bool {
    let bytes = Array(key)
    guard bytes.count >= 7 else { return false }
    return bytes.withUnsafeBufferPointer { all in
      (3...(bytes.count - 4)).contains { cut in
        !LexiconFlags(rawValue: table.value(UnsafeBufferPointer(rebasing: all[cut...])))
          .intersection([.placeHead, .organisationHead]).isEmpty
      }
    }
  }

  /// Whether a word is a social-domain word or a kind of place or organisation ("buurthuis",
  /// "bakkerij", "fietsfabriek"): the benchmark counts these apart when they stay visible
  /// inside a labelled name.
  public func keptInNames(_ word: String) -> Bool {
    let flags = flags(of: word)
    return flags.contains(.domain) || namesAKind(flags, TextFold.key(word)[...])
  }

  /// Whether a word with these flags names a kind of place or organisation: listed as one, or
  /// made on one ("dansschool").
  func namesAKind(_ flags: LexiconFlags, _ key: ArraySlice<UInt8>) -> Bool {
    !flags.intersection([.placeHead, .organisationHead]).isEmpty || endsInPlaceHead(key)
  }

  /// The flags of one word or phrase, as a user would type it.
  func flags(of text: String) -> LexiconFlags {
    let key = TextFold.key(text)
    return LexiconFlags(rawValue: key.contains(0x20) ? phrases.value(key) : table.value(key))
  }

  /// The flags of the phrase made of tokens `from..<to`, or empty.
  func phrase(_ tokens: Tokens, from: Int, to: Int, scratch: inout [UInt8]) -> LexiconFlags {
    scratch.removeAll(keepingCapacity: true)
    // Made once, the first time a phrase is looked up, with room for most phrases.
    if scratch.capacity < 64 { scratch.reserveCapacity(64) }
    tokens.keys.withUnsafeBufferPointer { keys in
      for k in from..<to {
        if k > from { scratch.append(0x20) }
        let t = tokens.items[k]
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: keys[t.keyStart..<t.keyEnd]))
      }
    }
    return LexiconFlags(rawValue: phrases.value(scratch))
  }
}
