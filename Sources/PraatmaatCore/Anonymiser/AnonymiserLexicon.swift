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

  /// Whether a word is kept by design even inside a name: a social-domain word or a kind of
  /// place or organisation ("buurthuis", "bakkerij", "fietsfabriek").
  public func keptInNames(_ word: String) -> Bool {
    let flags = flags(of: word)
    return !flags.intersection([.domain, .placeHead, .organisationHead]).isEmpty
      || endsInPlaceHead(TextFold.key(word)[...])
  }

  /// The flags of one word or phrase, as a user would type it.
  func flags(of text: String) -> LexiconFlags {
    let key = TextFold.key(text)
    return LexiconFlags(rawValue: key.contains(0x20) ? phrases.value(key) : table.value(key))
  }

  private static func add(
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
    key.withUnsafeBufferPointer { addPrefixes($0, to: &phrases) }
    words.add(parts[0], value: head(of: flag, words: parts.count).rawValue)
  }

  /// What the first word of a listed phrase of `count` words gets.
  private static func head(of flag: LexiconFlags, words count: Int) -> LexiconFlags {
    let head = LexiconFlags.phraseHead.union(.phraseLength(count))
    return flag.contains(.keep) ? head.union(.keepPhraseHead) : head
  }

  /// Every start of two words or more of a phrase, so that reading a text can stop at the
  /// first word that no phrase continues with.
  private static func addPrefixes(_ phrase: UnsafeBufferPointer<UInt8>, to phrases: inout WordTable.Builder) {
    var seenSpace = false
    for k in phrase.indices where phrase[k] == 0x20 {
      if seenSpace {
        phrases.add(UnsafeBufferPointer(rebasing: phrase[..<k]), value: LexiconFlags.phrasePrefix.rawValue)
      }
      seenSpace = true
    }
  }

  /// Looks every token up; a word that is not listed whole is read by its parts: the
  /// hyphenated parts ("amsterdam-noord", "wmo-consulent") or the words of a compound.
  func annotate(_ tokens: inout Tokens) {
    tokens.keys.withUnsafeBufferPointer { keys in
      for i in 0..<tokens.items.count {
        let t = tokens.items[i]
        let key = UnsafeBufferPointer(rebasing: keys[t.keyStart..<t.keyEnd])
        var flags = LexiconFlags(rawValue: table.value(key))
        if t.kind == .word, flags.intersection(Self.listed).isEmpty {
          if key.count >= 4, key[key.count - 2] == 0x27, key[key.count - 1] == 0x73 {
            // "anouk's": what the word is without its possessive.
            let stem = LexiconFlags(
              rawValue: table.value(UnsafeBufferPointer(rebasing: key[..<(key.count - 2)])))
            flags = stem.intersection(LexiconFlags.entity.union([.properNoun, .word])).union(.possessive)
          } else {
            flags.formUnion(parts(of: key))
          }
        }
        if t.capital, key.count >= 8, !flags.contains(.calendar), calendarCompound(key) {
          flags.formUnion([.calendar, .word])
        }
        // "studentnummer", "leerlingnummer": any kind of number a code follows.
        if key.count >= 9, !flags.contains(.numberCue), key.ends(with: "nummer"),
          !Self.notCodes.contains(Array(key))
        {
          flags.insert(.numberCue)
        }
        tokens.items[i].flags = flags
        if flags.contains(.animal) { tokens.hasAnimal = true }
      }
    }
  }

  /// "Dinsdagochtend", "Maartmaand", "Herfstvakantie": a day or month with a word after it,
  /// or a holiday, written with a capital; a time, never a name or a place.
  func calendarCompound(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    if key.count > 8, key.ends(with: "vakantie") { return true }
    for cut in 3...min(9, key.count - 4) {
      let front = LexiconFlags(rawValue: table.value(UnsafeBufferPointer(rebasing: key[..<cut])))
      guard front.contains(.calendar) else { continue }
      let rest = LexiconFlags(rawValue: table.value(UnsafeBufferPointer(rebasing: key[cut...])))
      if rest.contains(.word) { return true }
    }
    return false
  }

  /// Numbers of another kind: a house number goes with its street, a phone number and an
  /// account number have their own shapes.
  static let notCodes: Set<[UInt8]> = Set(
    [
      "huisnummer", "telefoonnummer", "mobielnummer", "rekeningnummer", "volgnummer", "busnummer",
      "lijnnummer",
    ]
    .map { Array($0.utf8) })

  /// Flags that say a word was found on a list as it is.
  static let listed: LexiconFlags = LexiconFlags.entity.union([.word, .properNoun, .keep, .domain, .function])

  /// What the parts of an unlisted word say about it.
  func parts(of key: UnsafeBufferPointer<UInt8>) -> LexiconFlags {
    if let dash = key.firstIndex(of: 0x2D), dash > 0 {
      let parts = key.split(separator: 0x2D)
      let pieces = parts.map { LexiconFlags(rawValue: table.value(UnsafeBufferPointer(rebasing: $0))) }
      // A part of the social domain keeps the whole word: "wmo-consulent", "pgb-budget",
      // "sw-bedrijf-brief" (a hyphenated entry with more after it).
      if pieces.contains(where: { $0.contains(.domain) }) { return [.domain, .keep, .word] }
      if parts.count >= 3 {
        for first in 0..<(parts.count - 1) {
          for last in (first + 1)..<parts.count where !(first == 0 && last == parts.count - 1) {
            let joined = UnsafeBufferPointer(rebasing: key[parts[first].startIndex..<parts[last].endIndex])
            if LexiconFlags(rawValue: table.value(joined)).contains(.domain) {
              return [.domain, .keep, .word]
            }
          }
        }
      }
      // "amsterdam-noord", "jan-willem": the first part says what it is.
      let first = pieces[0]
      var flags = first.intersection(LexiconFlags.entity.union(.properNoun)).subtracting(.word)
      if !flags.isEmpty, first.contains(.word) { flags.insert(.word) }
      if flags.isEmpty, pieces.allSatisfy({ $0.contains(.word) }) { flags = [.word, .compound] }
      // "alleenstaande-ouderkopaanvraag": a hyphenated entry with a word grown onto it.
      if flags.isEmpty, case let whole = compound(key), whole.contains(.domain) { return whole }
      return flags
    }
    return compound(key)
  }

  /// A Dutch compound of two listed words, with or without a linking s or e(n):
  /// "zorgverzekering", "vrijwilligersvacature". A compound with a word of the social domain
  /// in it is a domain word too.
  func compound(_ key: UnsafeBufferPointer<UInt8>, depth: Int = 0) -> LexiconFlags {
    let n = key.count
    guard n >= 7, n <= 40, depth < 2 else { return [] }
    for cut in stride(from: n - 3, through: 3, by: -1) {
      let head = LexiconFlags(rawValue: table.value(UnsafeBufferPointer(rebasing: key[cut...])))
      guard head.contains(.word) || head.contains(.domain) else { continue }
      for link in 0...2 where cut - link >= 3 {
        if link > 0 {
          let l = key[cut - 1]
          guard l == 0x73 || l == 0x65 || (link == 2 && key[cut - 2] == 0x65 && l == 0x6E) else { continue }
        }
        let front = UnsafeBufferPointer(rebasing: key[..<(cut - link)])
        var modifier = LexiconFlags(rawValue: table.value(front))
        // The list only holds words up to 14 letters: a longer front is a compound itself
        // ("aansprakelijkheids-verzekering").
        if !modifier.contains(.word) && !modifier.contains(.domain) {
          modifier = compound(front, depth: depth + 1)
        }
        guard modifier.contains(.word) || modifier.contains(.domain) else { continue }
        if head.contains(.domain) || modifier.contains(.domain) { return [.word, .compound, .domain, .keep] }
        // "kookcafé", "fietsfabriek": a kind of place is still one when something is put before it.
        return LexiconFlags([.word, .compound]).union(head.intersection([.placeHead, .organisationHead]))
      }
    }
    return []
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

extension Tokens {
  /// The folded keys of the words of a list entry, cut the way text is cut.
  static func words(of entry: String) -> [[UInt8]] {
    let tokens = Tokens(entry, lexicon: nil)
    return (0..<tokens.count).compactMap { i in
      tokens[i].kind == .other ? nil : Array(tokens.key(i))
    }
  }
}

extension AnonymiserLexicon {
  /// Whether a word no list knows is one slip away from an ordinary word: a letter too many,
  /// two letters swapped, or a vowel typed for another ("begeleidr", "gmeente", "huurtoeslaag").
  func nearWord(_ key: ArraySlice<UInt8>) -> Bool {
    let n = key.count
    guard n >= 5, n <= 20, key.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
    let original = [UInt8](key)
    var scratch = original
    func isWord(_ count: Int) -> Bool {
      scratch.withUnsafeBufferPointer {
        LexiconFlags(rawValue: table.value(UnsafeBufferPointer(rebasing: $0[..<count]))).contains(.word)
      }
    }
    // A letter too many.
    for k in 0..<n {
      var w = 0
      for r in 0..<n where r != k {
        scratch[w] = original[r]
        w += 1
      }
      if isWord(n - 1) { return true }
    }
    scratch = original
    // Two letters swapped.
    for k in 0..<(n - 1) where original[k] != original[k + 1] {
      scratch.swapAt(k, k + 1)
      if isWord(n) { return true }
      scratch.swapAt(k, k + 1)
    }
    // One vowel for another.
    let vowels: [UInt8] = [0x61, 0x65, 0x69, 0x6F, 0x75]
    for k in 0..<n where vowels.contains(original[k]) {
      for v in vowels where v != original[k] {
        scratch[k] = v
        if isWord(n) { return true }
      }
      scratch[k] = original[k]
    }
    // A letter left out ("eigelijk"), in a word long enough that this is no accident.
    if n >= 7 {
      // The free place walks from the end to the front: left of it the word as typed, right
      // of it the rest shifted by one.
      scratch = original + [0]
      for k in stride(from: n, through: 0, by: -1) {
        for letter in UInt8(0x61)...UInt8(0x7A) {
          scratch[k] = letter
          if isWord(n + 1) { return true }
        }
        if k > 0 { scratch[k] = original[k - 1] }
      }
    }
    // A letter held on ("heeeel", "leuuuk"): three or more of one letter are one or two.
    var folded: [UInt8] = []
    for b in original
    where !(folded.count >= 2 && folded[folded.count - 1] == b && folded[folded.count - 2] == b) {
      folded.append(b)
    }
    if folded.count < n {
      for pair in [
        folded,
        folded.enumerated().filter { $0.offset == 0 || folded[$0.offset - 1] != $0.element }.map(\.element),
      ] {
        scratch = pair
        if isWord(pair.count) { return true }
      }
    }
    return false
  }

  /// Whether a word is a slip or a verb form of an ordinary word.
  func slip(_ key: ArraySlice<UInt8>) -> Bool { verbForm(key) || nearWord(key) }

  /// Whether a word is a verb form of a listed word: "logt" (log), "werkte" (werk), "belt"
  /// (bel).
  func verbForm(_ key: ArraySlice<UInt8>) -> Bool {
    let bytes = [UInt8](key)
    // A past tense needs a stem of four letters: "weide" is no "wei" + "de".
    for ending in ["t", "te", "de"] where bytes.count - ending.utf8.count >= (ending == "t" ? 3 : 4) {
      guard bytes.suffix(ending.utf8.count).elementsEqual(ending.utf8) else { continue }
      let stem = bytes.dropLast(ending.utf8.count)
      let flags = stem.withUnsafeBufferPointer { LexiconFlags(rawValue: table.value($0)) }
      if flags.contains(.word) { return true }
    }
    return false
  }
}
