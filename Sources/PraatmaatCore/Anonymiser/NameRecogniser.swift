/// Finds names of people, places and organisations: from the word lists in any case, and
/// from what is around them ("mijn begeleider …", "ik woon in …", "ik werk bij …").
///
/// A word that is also an ordinary Dutch word ("roos", "bank", "wil") needs more: a capital
/// inside a sentence, or a cue before it.
struct NameRecogniser: Sendable {
  let lexicon: AnonymiserLexicon

  enum Cue: Equatable {
    case none
    /// "mijn begeleider", "ik heet", "meneer": a name follows.
    case person
    /// "met", "en", "van": a known name may follow.
    case weakPerson
    /// "ik woon in", "de wijk", "gemeente": a place follows.
    case place
    /// "in", "uit", "naar": a known place may follow.
    case weakPlace
    /// "ik werk bij", "ik zit op", "stichting": an organisation follows.
    case organisation
    /// "bij de", "naar de": a known organisation may follow.
    case weakOrganisation
  }

  static let streetSuffixes: [[UInt8]] = [
    "straatweg", "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "steeg",
    "pad", "dreef", "markt", "park", "baan", "wal", "plantsoen", "erf", "ring", "boulevard", "allee",
    "dwarsstraat", "kwartier", "veld", "hoven", "wetering", "plaats", "poort", "haven", "burgwal",
  ].map { Array($0.utf8) }

  static let placeNouns: [StaticString] = [
    "wijk", "buurt", "dorp", "stad", "gemeente", "stadsdeel", "regio", "provincie", "woonplaats", "plaats",
  ]

  static let directions: [StaticString] = [
    "noord", "oost", "zuid", "west", "zuidoost", "noordwest", "zuidwest", "noordoost", "centrum",
  ]

  func spans(_ tokens: Tokens, taken: [Bool]) -> [PIISpan] {
    findings(tokens, taken: taken).all
  }

  /// Every name found, and among them those found on weak evidence only (an ordinary word
  /// after a weak cue), which the learned labeller may overrule.
  func findings(_ tokens: Tokens, taken: [Bool]) -> (all: [PIISpan], weak: [PIISpan]) {
    var found: [PIISpan] = []
    var weak: [PIISpan] = []
    var scratch: [UInt8] = []
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind == .word, !taken[i] else {
        // "mijn gebruikersnaam is tjalle1988": a name with digits, after a clear cue.
        if tokens[i].kind == .mixed, !taken[i], cuedName(tokens, at: i) == true {
          found.append(PIISpan(start: tokens[i].start, end: tokens[i].end, label: .person))
        }
        i += 1
        continue
      }
      // "mijn konijn heet Snuf", "onze poes Pluis": an animal's name is no one's personal data.
      if petName(tokens, i) {
        i += 1
        continue
      }
      if let (span, next) = phrase(tokens, at: i, taken: taken, scratch: &scratch) {
        if let span { found.append(extendPlace(span, tokens, next: next)) }
        i = next
        continue
      }
      // A street, an organisation or initials: the first that holds takes the words it spans.
      if let (span, next) = street(tokens, at: i, taken: taken)
        ?? organisation(tokens, at: i, taken: taken) ?? providedBy(tokens, at: i, taken: taken)
        ?? namedByWhatItIs(tokens, at: i, taken: taken) ?? initials(tokens, at: i, taken: taken)
      {
        found.append(span)
        i = next
        continue
      }
      if let (label, strong) = single(tokens, at: i) {
        var span = PIISpan(start: tokens[i].start, end: tokens[i].end, label: label)
        var next = i + 1
        if label == .person {
          next = extendPerson(tokens, from: i + 1, taken: taken)
          span.end = tokens[next - 1].end
        } else if label == .location {
          span = extendPlace(span, tokens, next: next)
          next = tokens.index(atOrAfter: span.end)
          // "den bosch", "'s-hertogenbosch", "'t zand": the article belongs to the name.
          if i > 0, tokens[i].joined || tokens[i - 1].end == tokens[i].start,
            tokens.isAny(i - 1, ["den", "'s", "'t"])
          {
            span.start = tokens[i - 1].start
          }
        }
        span.detail = detail(label, flags: tokens[i].flags, cue: cue(tokens, before: i))
        found.append(span)
        if !strong { weak.append(withTitle(span, tokens)) }
        i = next
        continue
      }
      i += 1
    }
    let listed = listedWithNames(tokens, found, taken: taken).filter { span in
      !found.contains { DutchAnonymiser.overlap($0, span) }
    }
    return ((found + listed).map { withTitle($0, tokens) }, weak)
  }

  // MARK: One word

  /// The label of token `i` and whether the evidence is enough to take it.
  /// The label of token `i` and how strong the evidence is: `true` for evidence that stands on
  /// its own, `false` for weak evidence (an ordinary word after a weak cue) that the learned
  /// labeller may overrule; nil when the token is no name.
  func single(_ tokens: Tokens, at i: Int) -> (PIISpan.Label, Bool)? {
    let t = tokens[i]
    let f = t.flags
    // "mijn moeder heet Mei": a month is a name only right after "heet" ("mijn begeleider
    // Maandag" is a day).
    if f.contains(.calendar) {
      return cuedFirstName(tokens, at: i, byRole: false) == true ? (.person, true) : nil
    }
    if f.contains(.keep) {
      // "mijn vader frans": a word kept as a language or a brand that is also a first name
      // is a name right after a person word.
      let after = previousWord(tokens, i, skippingDeterminers: false).map { tokens[$0].flags } ?? []
      let personRight = !after.intersection([.personCue, .address, .nameVerb]).isEmpty
      // "ik heet Ben.", "tante Wil wil niet": a kept word that is also a name, after a clear cue.
      let named = f.contains(.firstName) && personRight || cuedFirstName(tokens, at: i) == true
      return named && !f.contains(.domain) ? (.person, true) : nil
    }
    // An organisation on the list written in capitals, as its acronym: "MEE", "SDW".
    if t.allCapitals, !tokens.shouting, f.contains(.organisation) { return (.institution, true) }
    if doubleFirstName(tokens, at: i) { return (.person, true) }
    if let taken = cuedName(tokens, at: i) { return (.person, taken) }
    let ordinary = f.contains(.word) || f.contains(.function)
    let cap = capital(tokens, i)
    let length = t.end - t.start
    let entity = f.intersection(.entity)
    if !entity.isEmpty {
      let cue = cue(tokens, before: i)
      let label = Self.label(f, cue: cue)
      if !ordinary { return (label, true) }
      // "ik woon in de stad", "in de wijk": in lower case a word for a kind of area names the
      // kind, whatever list also has it.
      if !cap, tokens.isAny(i, Self.placeNouns) { return nil }
      // "hulp van mee", "ik zit bij prisma": an organisation on the list after van, bij, via.
      if f.contains(.organisation), tokens.isAny(i - 1, ["van", "bij", "via"]) {
        return (.institution, false)
      }
      if f.contains(.function) && !cap { return cuedFirstName(tokens, at: i) == true ? (.person, true) : nil }
      // "het is Echt niet eerlijk", "ik vind het Heel fijn": a capital on one of the most common
      // words is emphasis, not a town, unless something says a place follows ("ik woon in Echt").
      if cap, label == .location, f.contains(.frequent), cue == .none,
        f.intersection([.firstName, .surname, .organisation]).isEmpty
      {
        return nil
      }
      if cap { return (label, true) }
      let onlySurname =
        !f.contains(.firstName) && f.intersection([.organisation, .town, .neighbourhood, .country]).isEmpty
      // "ik ken niemand", "ik hoop het": a name that is one of the most common words needs more
      // than "met" or "en" before it.
      let common = f.contains(.frequent)
      // A person word right before ("mijn vriendin roos") is strong; "is" or "was" after one
      // ("mijn opa was visser") is weak: a job or a thing can follow it too.
      let bridged =
        previousWord(tokens, i, skippingDeterminers: false).map {
          !tokens[$0].flags.contains(.personCue) && !tokens[$0].flags.contains(.nameVerb)
            && !tokens[$0].flags.contains(.title)
        } ?? true
      // "mijn moeder belt", "de huisarts verwijst": a verb after a person word, not a surname;
      // after a title or a form of address ("meneer brandt") it is one.
      let verb =
        !cap && !f.contains(.firstName) && !cuedByTitle(tokens, i)
        && (f.contains(.verb) || lexicon.verbForm(tokens.key(i)))
      switch (cue, label) {
      case (.person, _): return verb ? nil : (label, !bridged)
      case (.weakPerson, .person): return onlySurname ? nil : (label, false)
      // "in een groep": a place word is needed after a word for where; a common word
      // that only a list of surnames has is that word.
      case (.place, .location): return onlySurname && common ? nil : (label, true)
      case (.organisation, .institution):
        let kind: LexiconFlags = [.placeHead, .organisationHead]
        let afterKind = i > 0 && !tokens[i - 1].flags.isDisjoint(with: kind)
        return afterKind && doneAtKind(tokens, i) ? nil : (label, true)
      // "bij de sluis", "naar de visser": one of the most common words needs a capital there.
      case (.weakPlace, .location), (.weakOrganisation, .institution): return common ? nil : (label, false)
      default:
        // "Max de Vries belt": a first name with a capital before a surname with particles.
        if t.capital, f.contains(.firstName), i + 2 < tokens.count, tokens[i + 1].flags.contains(.particle),
          extendPerson(tokens, from: i + 1, taken: Array(repeating: false, count: tokens.count)) >= i + 3
        {
          return (label, true)
        }
        // "Roos komt morgen": a first name opening a sentence, with a verb after it.
        if t.sentenceStart, t.capital, f.contains(.firstName), i + 1 < tokens.count,
          tokens[i + 1].flags.contains(.verb)
        {
          return (label, false)
        }
        return nil
      }
    }
    if f.contains(.function) { return nil }
    // "hij woont op de hoefkamp 31": after "woon op", a word with a house number is a street,
    // even when it is made of ordinary words; "op nummer 8", "op kamer 3" name no street.
    if ordinary, i + 1 < tokens.count, tokens[i + 1].joined, houseNumber(tokens, at: i + 1) != nil,
      !tokens.isAny(i, Self.partsOfABuilding), cue(tokens, before: i) == .place
    {
      return (.location, true)
    }
    // An ordinary word needs a capital before anything else is worth looking at.
    if ordinary && !cap && !f.contains(.properNoun) { return nil }
    let cue = cue(tokens, before: i)
    let strongCue = cue == .person || cue == .place || cue == .organisation
    let label = Self.label([], cue: cue)
    if f.contains(.properNoun) && !ordinary {
      if cap || strongCue { return (label, true) }
      if cue == .weakPerson || cue == .weakOrganisation || cue == .weakPlace { return (label, false) }
      return nil
    }
    if !ordinary {
      // Not a Dutch word and on no list: a name after a clear cue or with a capital.
      if t.allCapitals && length <= 5 && !strongCue { return nil }
      // "mijn begeleider logt in": a verb form of a known word, not a name.
      if !cap, cue != .person || !cuedByTitle(tokens, i), lexicon.verbForm(tokens.key(i)) { return nil }
      if strongCue && length >= 2 { return (label, true) }
      if cap && length >= 2 { return (label, true) }
      // "Marco van de kringloop …", "Shurandy zegt …": a name opening the sentence.
      if t.sentenceStart, t.capital, !t.allCapitals, length >= 3, i + 1 < tokens.count, tokens[i + 1].joined,
        tokens[i + 1].flags.contains(.verb) || tokens.isAny(i + 1, ["van", "en"])
      {
        return (.person, true)
      }
      return nil
    }
    // An ordinary word with a capital after a cue; "ik ben Gelovig" says how someone is, not
    // who: after "ik ben" only a word that is no ordinary word counts (see above).
    let afterIkBen = tokens.isAny(i - 1, ["ben", "bent"])
    if cap && (strongCue || cue == .weakOrganisation) && length >= 3 && !afterIkBen { return (label, false) }
    return nil
  }

  /// Whether a title or a form of address comes right before token `i`: "meneer brandt".
  func cuedByTitle(_ tokens: Tokens, _ i: Int) -> Bool {
    previousWord(tokens, i, skippingDeterminers: false).map {
      !tokens[$0].flags.intersection([.title, .address]).isEmpty
    } ?? false
  }

  /// "Jan-Willem", "anne-marie": first names joined by a hyphen are a name anywhere.
  func doubleFirstName(_ tokens: Tokens, at i: Int) -> Bool {
    let key = tokens.key(i)
    guard tokens[i].kind == .word, key.contains(UInt8(ascii: "-")) else { return false }
    let flags = key.split(separator: UInt8(ascii: "-")).map {
      lexicon.flags(of: String(decoding: $0, as: UTF8.self))
    }
    // Each part a name and no ordinary word or place ("Haag-Zuid" is a place).
    return flags.count >= 2 && flags.contains { $0.contains(.firstName) }
      && flags.allSatisfy {
        !$0.intersection([.firstName, .properNoun]).isEmpty
          && $0.intersection([.word, .function, .town, .neighbourhood, .country]).isEmpty
      }
  }

  /// More words of a name after its first: "jan de vries", "mohamed el amrani", "Anne-Marie Jansen".
  func extendPerson(_ tokens: Tokens, from start: Int, taken: [Bool]) -> Int {
    var scratch: [UInt8] = []
    var next = start
    var k = start
    while k < tokens.count, !taken[k],
      tokens[k].joined || (tokens[k].kind == .word && tokens[k].start == tokens[k - 1].end)
    {
      var j = k
      var particles = 0
      while j < tokens.count, particles < 3, tokens[j].flags.contains(.particle), tokens[j].joined, !taken[j]
      {
        j += 1
        particles += 1
      }
      guard j < tokens.count, tokens[j].kind == .word, tokens[j].joined, !taken[j] else { break }
      let f = tokens[j].flags
      if f.contains(.keep) { break }
      if f.contains(.organisation) && !f.contains(.surname) { break }
      let cap = tokens[j].capital && !tokens.shouting
      let ordinary = f.contains(.word) || f.contains(.function)
      if !f.intersection(.place).isEmpty && !f.contains(.surname) && !f.contains(.firstName) && !ordinary {
        break
      }
      let listed =
        particles > 0 && lexicon.phrase(tokens, from: k, to: j + 1, scratch: &scratch).contains(.surname)
      let nameLike =
        listed || f.contains(.surname) || (f.contains(.firstName) && particles == 0)
        || (f.contains(.properNoun) && !ordinary) || (!ordinary && (tokens[j].end - tokens[j].start) >= 2)
        || (cap && !f.contains(.function))
        // A capital still counts in text full of capitals for a word that is only a guessed
        // compound, on no list: "IK HEET Anna Kortenhoeven".
        || (tokens[j].capital && !tokens[j].allCapitals && f.contains(.compound) && !f.contains(.function))
      if !nameLike { break }
      // "met frank mee": a grammar word ends a name, unless it is written with a capital
      // and is a surname ("Jan Mee").
      if f.contains(.function) && !(f.contains(.surname) && cap) { break }
      if particles == 0 && f.contains(.verb) { break }
      // "bram komen": a lower-case word with a verb's ending is no surname without "de", "van".
      if particles == 0, ordinary, !cap, Self.verbLike(tokens.key(j)) { break }
      next = j + 1
      k = j + 1
    }
    return next
  }

  /// Words for a number or a part of a building, before a number: no street.
  static let partsOfABuilding: [StaticString] = [
    "nummer", "nr", "huisnummer", "kamer", "appartement", "unit", "etage", "verdieping", "flat", "portiek",
    "woning", "studio", "box",
  ]

  /// A house number after a street or a direction after a town: "kerkstraat 12a", "amsterdam noord".
  func extendPlace(_ span: PIISpan, _ tokens: Tokens, next: Int) -> PIISpan {
    guard span.label == .location, next < tokens.count, tokens[next].joined || tokens[next].start == span.end
    else {
      return span
    }
    var span = span
    if let end = houseNumber(tokens, at: next) {
      span.end = end
      if span.detail == nil { span.detail = .street }
    } else if tokens.isAny(next, Self.directions), span.detail != .street {
      span.end = tokens[next].end
    }
    return span
  }

  /// The end of a house number at token `k`: "12", "12a", "12-3", "12 bis", "nr 12".
  func houseNumber(_ tokens: Tokens, at k: Int) -> Int? {
    var k = k
    if k < tokens.count, tokens.isAny(k, ["nr", "nummer", "no"]), k + 1 < tokens.count {
      k += tokens.is(k + 1, ".") ? 2 : 1
    }
    guard k < tokens.count else { return nil }
    let t = tokens[k]
    if t.kind == .mixed {
      let key = tokens.key(k)
      let digits = key.prefix { $0 >= 0x30 && $0 <= 0x39 }
      guard digits.count >= 1, digits.count <= 4, key.count - digits.count <= 2 else { return nil }
      return t.end
    }
    guard let n = tokens.number(k), n > 0, t.end - t.start <= 4 else { return nil }
    var end = t.end
    var j = k + 1
    if j < tokens.count, tokens[j].flags.contains(.unit) || tokens[j].flags.contains(.years) { return nil }
    if j + 1 < tokens.count, tokens[j].kind == .other, tokens.scalars[tokens[j].start] == "-",
      tokens[j].start == end, tokens[j + 1].start == tokens[j].end,
      tokens[j + 1].kind == .number || tokens[j + 1].end - tokens[j + 1].start <= 3
    {
      end = tokens[j + 1].end
      j += 2
    } else if j < tokens.count, tokens[j].kind == .word, tokens[j].joined,
      tokens.isAny(j, ["a", "b", "c", "d", "bis", "hs", "huis", "zw", "rd", "i", "ii", "iii"])
    {
      end = tokens[j].end
    }
    return end
  }
}
