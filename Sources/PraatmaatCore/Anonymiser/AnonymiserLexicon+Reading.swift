/// Reading a text against the lexicon: every token looked up, and a word that is not listed
/// whole read by its parts.
extension AnonymiserLexicon {
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
            if flags.contains(.compound), namedNeighbourhood(key) { flags = [.neighbourhood, .compound] }
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
    if !tokens.shouting {
      quietShoutedRuns(&tokens)
      quietDegreeWords(&tokens)
    }
  }

  /// "de zorg is Heel Goed", "Echt Niet Goed geregeld", "echt Super": a word of degree or
  /// negation written with a capital, and the ordinary words right after it, are no names;
  /// after a place word it stays ("ik woon in Heel").
  func quietDegreeWords(_ tokens: inout Tokens) {
    var quiet = false
    for i in tokens.items.indices {
      let t = tokens.items[i]
      guard t.kind == .word, t.capital, !t.sentenceStart else {
        quiet = false
        continue
      }
      let afterPlaceWord = i > 0 && tokens.isAny(i - 1, ["in", "uit", "naar", "bij", "te", "van"])
      if tokens.isAny(i, Self.degreeWords), !afterPlaceWord {
        quiet = true
      } else if !(quiet && t.joined && t.flags.contains(.word) && t.flags.intersection(.entity).isEmpty) {
        quiet = false
        continue
      }
      tokens.items[i].capital = false
      tokens.items[i].allCapitals = false
    }
  }

  static let degreeWords: [StaticString] = [
    "niet", "heel", "echt", "erg", "zeer", "super", "nooit", "altijd", "best", "helemaal", "totaal", "mega",
    "hartstikke",
  ]

  /// "IK WIL NIET MEER WACHTEN, help me": three or more words in capitals with a grammar
  /// word among them are shouted, also when the rest of the text is not; their capitals say
  /// nothing. A name in capitals without a grammar word keeps them ("ZORGGROEP NOORD OOST").
  func quietShoutedRuns(_ tokens: inout Tokens) {
    var k = 0
    while k < tokens.items.count {
      var end = k
      while end < tokens.items.count, tokens.items[end].kind == .word, tokens.items[end].allCapitals,
        end == k || tokens.items[end].joined
      {
        end += 1
      }
      if end - k >= 3, (k..<end).contains(where: { tokens.items[$0].flags.contains(.function) }) {
        for j in k..<end {
          tokens.items[j].capital = false
          tokens.items[j].allCapitals = false
        }
      }
      k = max(end, k + 1)
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

  /// "zeeheldenwijk", "dichtersbuurt": a compound of an area word that no dictionary
  /// holds is a neighbourhood's name, unless what comes before the area word says what kind of
  /// area it is ("vinexwijk", "achterstandswijk", "rijtjesbuurt"; most such compounds are in
  /// the dictionary: "woonwijk", "probleemwijk").
  func namedNeighbourhood(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let area = key.ends(with: "wijk") ? 4 : key.ends(with: "buurt") ? 5 : 0
    guard area > 0, key.count >= area + 4 else { return false }
    var front = Array(key[..<(key.count - area)])
    if front.last == UInt8(ascii: "-") { front.removeLast() }
    guard !Self.areaKinds.contains(front) else { return false }
    // "achterstandswijk": with a linking s.
    if front.last == UInt8(ascii: "s") { front.removeLast() }
    return !Self.areaKinds.contains(front)
  }

  /// What an area can be a kind of, before "wijk" or "buurt".
  static let areaKinds: Set<[UInt8]> = Set(
    [
      "achterstand", "vinex", "rijtjes", "rand", "hoogbouw", "laagbouw", "nieuwbouw", "sloop", "kinder",
      "focus", "probleem", "arbeider", "arbeiders", "villa", "studenten", "migranten", "kracht", "pracht",
      "aandacht", "volk", "achter", "woon", "uitgaan", "winkel", "stad", "flat", "buiten", "binnen", "oud",
      "oude", "nieuw", "nieuwe", "eigen", "ander", "andere", "rustige", "drukke", "arme", "rijke",
      "bedrijven",
      "industrie", "senioren", "ouderen", "gezin", "gezinnen", "allochtonen", "nette", "chique", "dure",
      "drugs", "getto", "ghetto", "armoede", "klote", "kut", "centrum", "bedrijf", "bejaarden", "proef",
      "pilot", "renovatie", "jongeren", "huur", "koop", "sociale", "zwakke", "uitbreiding", "grens",
      "haven", "station", "kerk", "school", "markt", "dorp",
    ].map { Array($0.utf8) })

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
}
