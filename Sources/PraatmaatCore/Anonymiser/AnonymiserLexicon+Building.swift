/// Building the lexicon: the tables made from the list texts, with the first word of every
/// phrase marked and every start of a phrase kept, so reading a text can stop early.
extension AnonymiserLexicon {
  static func add(
    _ text: [UInt8], flag: LexiconFlags, words: inout WordTable.Builder, phrases: inout WordTable.Builder
  ) {
    var key: [UInt8] = []
    key.reserveCapacity(64)
    text.withUnsafeBufferPointer { bytes in
      var i = 0
      let n = bytes.count
      while i < n {
        var end = i
        var plain = true
        var spaces = 0
        while end < n && bytes[end] != 0x0A {
          let b = bytes[end]
          if b == 0x20 {
            spaces += 1
          } else if !((b >= 0x61 && b <= 0x7A) || b == 0x2D) {
            plain = false
          }
          end += 1
        }
        var lineEnd = end
        if lineEnd > i && bytes[lineEnd - 1] == 0x0D {
          lineEnd -= 1
          plain = false
        }
        // The built lists hold one space between words and none at the ends.
        if plain, spaces > 0, bytes[i] == 0x20 || bytes[lineEnd - 1] == 0x20 { plain = false }
        if lineEnd > i && bytes[i] != 0x23 {
          let line = UnsafeBufferPointer(rebasing: bytes[i..<lineEnd])
          if plain && spaces == 0 {
            words.add(line, value: flag.rawValue)
          } else if plain, let firstSpace = line.firstIndex(of: 0x20),
            !line[firstSpace...].dropFirst().starts(with: [0x20])
          {
            // Lower-case words with single spaces: already the phrase key.
            phrases.add(line, value: flag.rawValue)
            addPrefixes(line, to: &phrases)
            words.add(
              UnsafeBufferPointer(rebasing: line[..<firstSpace]),
              value: Self.head(of: flag, words: spaces + 1).rawValue)
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
  static func addEntry(
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
    key.withUnsafeBufferPointer { addPrefixes($0, to: &phrases) }
    words.add(parts[0], value: head(of: flag, words: parts.count).rawValue)
  }

  /// What the first word of a listed phrase of `count` words gets.
  static func head(of flag: LexiconFlags, words count: Int) -> LexiconFlags {
    let head = LexiconFlags.phraseHead.union(.phraseLength(count))
    return flag.contains(.keep) ? head.union(.keepPhraseHead) : head
  }

  /// Every start of two words or more of a phrase, so that reading a text can stop at the
  /// first word that no phrase continues with.
  static func addPrefixes(_ phrase: UnsafeBufferPointer<UInt8>, to phrases: inout WordTable.Builder) {
    var seenSpace = false
    for k in phrase.indices where phrase[k] == 0x20 {
      if seenSpace {
        phrases.add(UnsafeBufferPointer(rebasing: phrase[..<k]), value: LexiconFlags.phrasePrefix.rawValue)
      }
      seenSpace = true
    }
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
