/// The features of one token, hashed into `TokenLabeller.featureCount` buckets: the word,
/// its affixes and shape, its lists, the words around it and what the rules made of it.
extension TokenLabeller {
  /// The kinds of feature; the raw value starts the hash, so two kinds never share a name.
  enum Kind: UInt8 {
    case bias = 1, word, suffix3, suffix4, prefix3, shape, flag, flagShape, previous, previous2, next, next2
    case previousFlag, nextFlag, previousSkipping, rule, typo, previousShape, cueFlag, ruleAround
  }

  /// FNV-1a over a kind and some bytes.
  struct FeatureHash {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init(_ kind: Kind) { add(kind.rawValue) }

    mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }

    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 { for b in bytes { add(b) } }

    var bucket: Int {
      Int(truncatingIfNeeded: (value ^ (value >> 29)) & UInt64(TokenLabeller.featureCount - 1))
    }
  }

  static func feature(_ kind: Kind, _ bytes: some Sequence<UInt8> = [UInt8]()) -> Int {
    var h = FeatureHash(kind)
    h.add(bytes)
    return h.bucket
  }

  static func feature(_ kind: Kind, _ byte: UInt8, _ bytes: some Sequence<UInt8> = [UInt8]()) -> Int {
    var h = FeatureHash(kind)
    h.add(byte)
    h.add(bytes)
    return h.bucket
  }

  /// The lists and roles a feature names, by bit number in `LexiconFlags`.
  static let ownFlags: [(LexiconFlags, UInt8)] = [
    (.word, 0), (.firstName, 1), (.surname, 2), (.particle, 3), (.town, 4), (.neighbourhood, 5),
    (.country, 6),
    (.organisation, 7), (.properNoun, 8), (.compound, 12), (.possessive, 13), (.personNoun, 33),
    (.organisationTail, 26), (.phraseHead, 10), (.frequent, 14),
  ]
  static let cueFlags: [(LexiconFlags, UInt8)] = [
    (.personCue, 17), (.title, 18), (.nameVerb, 19), (.liveVerb, 20), (.placePreposition, 21), (.weakCue, 22),
    (.workVerb, 23), (.organisationHead, 24), (.placeHead, 25), (.determiner, 27), (.greeting, 40),
    (.address, 42), (.comeVerb, 43), (.function, 16), (.verb, 39), (.beVerb, 31),
  ]

  static let contextFlags = cueFlags + ownFlags

  /// How far the labeller may look at a token.
  enum Candidacy: Int {
    /// A grammar word, number word, month, unit or word of the social domain: never a name.
    case never = 0
    /// An ordinary Dutch word in lower case that some list also has as a name ("visser",
    /// "roos"): looked at only when the weights say so (`TokenLabeller.broad`).
    case listedWord = 1
    /// A word no dictionary knows (Philter's allow-list idea), a capital inside a sentence,
    /// a possessive: always looked at.
    case always = 2
  }

  static func candidacy(_ tokens: Tokens, _ i: Int) -> Candidacy {
    let t = tokens[i]
    guard t.kind == .word, t.end - t.start >= 2 else { return .never }
    let never: LexiconFlags = [
      .function, .keep, .calendar, .unit, .numberWord, .personCue, .title, .determiner, .beVerb, .years,
      .numberCue,
    ]
    guard t.flags.intersection(never).isEmpty else { return .never }
    let ordinary = t.flags.contains(.word) || t.flags.contains(.compound)
    let capitalInside = t.capital && !t.sentenceStart && !tokens.shouting
    if !ordinary || capitalInside || t.flags.contains(.possessive) { return .always }
    let named = !t.flags.intersection(LexiconFlags.entity.union(.properNoun)).isEmpty
    return named ? .listedWord : .never
  }

  /// The shape of a token: capitals, where it stands, how long it is; each shape a number.
  static func shapes(_ tokens: Tokens, _ i: Int, _ each: (UInt8) -> Void) {
    let t = tokens[i]
    let capital = t.capital && !tokens.shouting
    each(capital ? (t.sentenceStart ? 1 : 2) : 3)
    if t.allCapitals { each(4) }
    if tokens.shouting { each(5) }
    let length = t.end - t.start
    each(length <= 3 ? 6 : length <= 5 ? 7 : length <= 8 ? 8 : 9)
    let key = tokens.key(i)
    if key.contains(0x2D) { each(10) }
    if key.contains(0x27) { each(11) }
    if t.sentenceStart { each(12) }
    if t.flags.intersection(LexiconFlags.entity.union([.word, .properNoun, .compound])).isEmpty {
      each(capital ? 13 : 14)
    }
  }

  /// Every feature of token `i`. `rule` is what the rules made of it; `typo` whether it is one
  /// letter away from an ordinary word.
  static func features(_ tokens: Tokens, at i: Int, rules: [Tag], typo: Bool) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(64)
    features(tokens, at: i, rules: rules, typo: typo, into: &out)
    return out
  }

  /// The same, written into `out` (emptied first), so a caller can keep one buffer.
  static func features(_ tokens: Tokens, at i: Int, rules: [Tag], typo: Bool, into out: inout [Int]) {
    let rule = rules[i]
    let t = tokens[i]
    let key = tokens.key(i)
    out.removeAll(keepingCapacity: true)
    out.append(feature(.bias))
    out.append(feature(.word, key))
    if key.count >= 4 {
      out.append(feature(.suffix3, key.suffix(3)))
      out.append(feature(.prefix3, key.prefix(3)))
    }
    if key.count >= 6 { out.append(feature(.suffix4, key.suffix(4))) }
    shapes(tokens, i) { out.append(feature(.shape, $0)) }
    let capital = t.capital && !tokens.shouting && !t.sentenceStart
    for (flag, bit) in ownFlags where t.flags.contains(flag) {
      out.append(feature(.flag, bit))
      out.append(feature(.flagShape, bit, [capital ? 1 : 0, t.sentenceStart ? 1 : 0]))
    }
    out.append(feature(.rule, UInt8(rule.rawValue)))
    // What the rules found next to it: a surname after a first name, a name in a list.
    for offset in [-2, -1, 1, 2] where i + offset >= 0 && i + offset < tokens.count {
      let around = rules[i + offset]
      if around != .none { out.append(feature(.ruleAround, UInt8(offset + 10), [UInt8(around.rawValue)])) }
    }
    if typo { out.append(feature(.typo)) }
    for (offset, kind, flagKind) in [(-1, Kind.previous, Kind.previousFlag), (1, .next, .nextFlag)] {
      let j = i + offset
      guard j >= 0, j < tokens.count else {
        out.append(feature(kind, [0]))
        continue
      }
      out.append(feature(kind, tokens.key(j)))
      for (flag, bit) in contextFlags where tokens[j].flags.contains(flag) {
        out.append(feature(flagKind, bit))
      }
      if tokens[j].kind == .number { out.append(feature(flagKind, 99)) }
      if offset == -1 { Self.shapes(tokens, j) { out.append(feature(.previousShape, $0)) } }
    }
    for (offset, kind) in [(-2, Kind.previous2), (2, .next2)] {
      let j = i + offset
      out.append(j >= 0 && j < tokens.count ? feature(kind, tokens.key(j)) : feature(kind, [0]))
    }
    // The word before, over "mijn", "de" and commas: "mijn begeleider", "ik woon in".
    var j = i - 1
    while j >= 0, tokens[j].kind == .other || tokens[j].flags.contains(.determiner) { j -= 1 }
    if j >= 0, j < i - 1 {
      out.append(feature(.previousSkipping, tokens.key(j)))
      for (flag, bit) in cueFlags where tokens[j].flags.contains(flag) { out.append(feature(.cueFlag, bit)) }
    }
  }
}
