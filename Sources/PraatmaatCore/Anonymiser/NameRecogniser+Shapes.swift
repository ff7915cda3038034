/// Names with a shape of their own: streets ("kerkstraat 12a"), organisations
/// ("stichting …", "… College") and initials ("J. de Vries").
extension NameRecogniser {

  func streetSuffix(_ key: ArraySlice<UInt8>) -> Bool {
    for suffix in Self.streetSuffixes where key.count >= suffix.count + 3 {
      if key.suffix(suffix.count).elementsEqual(suffix) { return true }
    }
    return false
  }

  /// A street by its ending ("kanaalstraat", "Louise de Colignylaan 4"), with its number.
  func street(_ tokens: Tokens, at i: Int, taken: [Bool]) -> (PIISpan, Int)? {
    let t = tokens[i]
    let f = t.flags
    guard !f.contains(.keep), f.intersection([.town, .neighbourhood, .country, .organisation]).isEmpty,
      !f.contains(.function), streetSuffix(tokens.key(i))
    else { return nil }
    let number = i + 1 < tokens.count ? houseNumber(tokens, at: i + 1) : nil
    if f.contains(.word) {
      let cue = cue(tokens, before: i)
      guard number != nil || capital(tokens, i) || cue == .place else { return nil }
    }
    // Take along the words of the name before it: "jan van galenstraat", "burgemeester reigerstraat".
    var start = i
    var k = i - 1
    var particles = 0
    while k >= 0, tokens[k + 1].joined, tokens[k].flags.contains(.particle), !taken[k], particles < 3 {
      k -= 1
      particles += 1
    }
    if k >= 0, tokens[k + 1].joined, !taken[k], tokens[k].kind == .word {
      let g = tokens[k].flags
      if g.contains(.streetTitle) || g.contains(.firstName) || g.contains(.surname)
        || (tokens[k].capital && !g.contains(.function) && !tokens[k].sentenceStart)
      {
        start = k
        if k > 0, tokens[k].joined, tokens[k - 1].flags.contains(.streetTitle) { start = k - 1 }
      } else if let van = ((k + 1)..<i).first(where: { tokens.is($0, "van") }) {
        start = van
      }
    } else if let van = ((k + 1)..<i).first(where: { tokens.is($0, "van") }) {
      // "op de van heemstraweg": the street starts at "van", not at the article before it.
      start = van
    }
    var span = PIISpan(start: tokens[start].start, end: t.end, label: .location, detail: .street)
    if let number { span.end = number }
    return (span, tokens.index(atOrAfter: span.end))
  }

  // MARK: Organisations

  /// "stichting de boog", "vv de meern", "woongroep de Linde", "het Amadeus Lyceum".
  func organisation(_ tokens: Tokens, at i: Int, taken: [Bool]) -> (PIISpan, Int)? {
    let f = tokens[i].flags
    // "eetcafé de lepel", "installatiebedrijf warmtec": a word made on a kind of place is one too.
    // The cheap tests first: most words are followed by no word that could name anything.
    let beforeArticle = i + 1 < tokens.count && tokens.isAny(i + 1, ["de", "het", "'t"])
    let beforeWord =
      i + 1 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].joined
      && (!tokens[i + 1].flags.contains(.function) || tokens[i + 1].flags.contains(.particle))
    let madeOnHead =
      tokens[i].kind == .word && !f.contains(.function)
      && (beforeArticle || beforeWord && !f.contains(.domain) && afterPreposition(tokens, i))
      && lexicon.endsInPlaceHead(tokens.key(i))
    if f.contains(.organisationHead) || f.contains(.placeHead) || madeOnHead {
      var k = i + 1
      var article = false
      if k < tokens.count, tokens[k].flags.contains(.determiner), tokens[k].joined,
        tokens.isAny(k, ["de", "het", "'t"])
      {
        k += 1
        article = true
      }
      let first = k
      if !article, let named = namedAfterKind(tokens, at: first, kind: i, taken: taken) {
        let start = f.contains(.organisationHead) ? tokens[i].start : tokens[first].start
        return (PIISpan(start: start, end: tokens[named].end, label: .institution), named + 1)
      }
      // "manege de hoefslag", "kringloopwinkel het warenhuis": a kind of place, an article and
      // one ordinary word that ends the phrase is that place's name, even in lower case.
      if article,
        let named = namedAfterArticle(tokens, at: first, taken: taken, strong: f.contains(.organisationHead))
      {
        let start = f.contains(.organisationHead) ? tokens[i].start : tokens[i + 1].start
        return (PIISpan(start: start, end: tokens[named].end, label: .institution), named + 1)
      }
      var last = -1
      let capitalHead =
        f.contains(.organisationHead) && tokens[i].capital && !tokens[i].sentenceStart && !tokens.shouting
      while k < tokens.count, k - first < 4, tokens[k].kind == .word, tokens[k].joined, !taken[k] {
        let g = tokens[k].flags
        if g.contains(.particle), last >= first || k == first, k + 1 < tokens.count, tokens[k + 1].joined,
          !tokens[k + 1].flags.contains(.function) || tokens[k + 1].flags.contains(.particle)
        {
          k += 1
          continue
        }
        let cap = tokens[k].capital && !tokens.shouting
        // "Stichting Samen Voor Later": after a capitalised word that only starts an organisation's
        // name, a capitalised grammar word is part of the name.
        let named =
          cap && capitalHead && g.isDisjoint(with: [.verb, .determiner, .subject, .calendar])
          && !tokens.isAny(k, ["want", "maar", "dus", "omdat", "als"])
        if !named, g.contains(.keep) || g.contains(.function) && !g.contains(.entity) { break }
        if k == first, doneAtKind(tokens, k) { break }
        // "op de zorgboerderij werken we": the sentence goes on after a kind of place.
        if k == first, !article, sentenceGoesOn(tokens, k) { break }
        // "buurthuis heeeel gezellig": a slip of an ordinary word is an ordinary word.
        let ordinary =
          g.contains(.word) || !cap && g.intersection(.entity).isEmpty && lexicon.slip(tokens.key(k))
        guard cap || !ordinary || !g.intersection(.entity).isEmpty || g.contains(.properNoun) else { break }
        if g.contains(.organisationTail) && k > first { last = k; k += 1; break }
        last = k
        k += 1
      }
      guard last >= first else { return nil }
      let start = f.contains(.organisationHead) ? tokens[i].start : tokens[i + 1].start
      return (PIISpan(start: start, end: tokens[last].end, label: .institution), last + 1)
    }
    // A name before "college", "lyceum", "zorg": "Summa College".
    guard !f.contains(.function), !f.contains(.keep) else { return nil }
    var k = i
    while k < tokens.count, k - i < 3, tokens[k].kind == .word, k == i || tokens[k].joined {
      let g = tokens[k].flags
      if g.contains(.organisationTail) && k > i { break }
      let cap = tokens[k].capital && !tokens.shouting
      guard (cap && !g.contains(.function)) || (!g.contains(.word) && !g.contains(.function)) else {
        return nil
      }
      k += 1
    }
    guard k > i, k < tokens.count, tokens[k].joined, tokens[k].flags.contains(.organisationTail) else {
      return nil
    }
    return (PIISpan(start: tokens[i].start, end: tokens[k].end, label: .institution), k + 1)
  }

  /// The ordinary word after "de"/"het" that names a place: a noun-like word (no grammar,
  /// time, unit, verb or social-domain word), or an inflected adjective and such a word ("de
  /// gouden leeuw"), at the end of the phrase: punctuation, the end of the text, a word that
  /// starts a new phrase ("in", "met", "want") or, after a less common word, a verb ("heeft",
  /// "is"). So "in de winkel de hele dag" and "op de dagbesteding het werk is saai" stay.
  /// After an organisation's own word ("stichting de …") any word may follow the name.
  func namedAfterArticle(_ tokens: Tokens, at k: Int, taken: [Bool], strong: Bool = false) -> Int? {
    guard nounLike(tokens, k, taken: taken) else { return nil }
    var last = k
    if adjectiveLike(tokens, k), nounLike(tokens, k + 1, taken: taken) { last = k + 1 }
    let next = last + 1
    guard next < tokens.count, tokens[next].joined, tokens[next].kind == .word, !strong else { return last }
    if tokens.isAny(next, Self.phraseStarts) { return last }
    // Before a verb only a word that is not among the most common ones: "het werk is saai" stays.
    return tokens[next].flags.contains(.verb) && !tokens[last].flags.contains(.frequent) ? last : nil
  }

  /// The ordinary word right after a kind of place, without an article, that names it: a less
  /// common noun-like word that ends the phrase, where the kind of place follows a preposition
  /// ("bij dansstudio swing op dinsdag", "van stichting leergeld", after "stichting" also before
  /// a verb: "van stichting leergeld zegt"). So a kind of place that is the subject ("de
  /// sportclub kost …"), "mijn kapper …", adjectives and past participles ("op school
  /// gepest", "in het buurthuis gezellig") stay.
  func namedAfterKind(_ tokens: Tokens, at k: Int, kind i: Int, taken: [Bool]) -> Int? {
    guard nounLike(tokens, k, taken: taken), tokens[k].flags.contains(.word),
      !tokens[k].flags.contains(.frequent), !tokens[k].flags.contains(.particle),
      tokens[k].flags.intersection(.entity).isEmpty, !adjectiveShaped(tokens.key(k)),
      !verbShaped(tokens.key(k)), afterPreposition(tokens, i)
    else { return nil }
    let next = k + 1
    guard next < tokens.count else { return k }
    switch tokens[next].kind {
    case .other: return ".,;:!?)\n".unicodeScalars.contains(tokens.scalars[tokens[next].start]) ? k : nil
    // After an organisation's own word a verb may follow the name: "stichting leergeld zegt".
    case .word:
      let strong =
        tokens[i].flags.contains(.organisationHead) && tokens[next].flags.contains(.verb)
        && !lexicon.namesAKind(tokens[k].flags, tokens.key(k))
      return tokens[next].joined && (strong || tokens.isAny(next, Self.phraseStarts)) ? k : nil
    // "de sportclub kost 25 euro": a number goes on with the sentence.
    case .number, .mixed: return nil
    }
  }

  /// "de begeleiding van het anker", "ik woon bij de linde", "dagbesteding bij de werf": after
  /// a word for a kind of care or for where someone lives, "van" (or "bij", "op" after a
  /// place to live or to spend the day), an article and an ordinary noun that ends the
  /// phrase name who gives that care. `i` is the article. People, places and kinds of place
  /// stay ("van de buurvrouw", "bij de school", "hulp bij het koken").
  func providedBy(_ tokens: Tokens, at i: Int, taken: [Bool]) -> (PIISpan, Int)? {
    guard i >= 2, i + 1 < tokens.count, tokens[i].flags.contains(.determiner),
      tokens.isAny(i, ["de", "het", "'t"]),
      tokens[i].joined,
      tokens[i - 1].joined, tokens[i + 1].joined
    else { return nil }
    guard caredForBy(tokens, via: i - 1) else { return nil }
    let k = i + 1
    guard tokens[k].flags.isDisjoint(with: Self.saysWhatItIs), !tokens.isAny(k, Self.placeNouns),
      !lexicon.endsInPlaceHead(tokens.key(k)), !verbShaped(tokens.key(k)), !adjectiveShaped(tokens.key(k)),
      let last = namedAfterArticle(tokens, at: k, taken: taken),
      last + 1 >= tokens.count || houseNumber(tokens, at: last + 1) == nil
    else { return nil }
    return (PIISpan(start: tokens[i].start, end: tokens[last].end, label: .institution), last + 1)
  }

  /// People, animals, particles and kinds of place: words that say what they are, and name no
  /// one place after "van de", "bij de".
  static let saysWhatItIs: LexiconFlags = [
    .personCue, .personNoun, .title, .address, .placeHead, .organisationHead, .animal, .particle,
  ]

  /// Whether the word at `via` ("van", "bij", "op") follows a word for care or for where
  /// someone lives or spends the day, so that who gives it follows: "de begeleiding van",
  /// "mijn kamer bij", "ik woon bij" ("ik woon op" is a street).
  func caredForBy(_ tokens: Tokens, via: Int) -> Bool {
    if via >= 1, tokens[via].joined, tokens.isAny(via, ["heet", "heette", "heten", "heetten"]),
      namesAGroup(tokens, via - 1)
    {
      return true
    }
    guard via >= 1, tokens[via].joined, tokens[via - 1].kind == .word,
      tokens[via].end - tokens[via].start <= 3,
      tokens.isAny(via, ["van", "bij", "op"])
    else { return false }
    var h = via - 1
    // "psycholoog yilmaz van de …", "woon ik bij de …": over a name or a pronoun.
    let own =
      tokens.isAny(h, Self.careWords) || tokens.isAny(h, Self.stayWords)
      || tokens[h].flags.contains(.liveVerb)
    let name =
      !tokens[h].flags.intersection([.firstName, .surname]).isEmpty || !tokens[h].flags.contains(.word)
    if !own, h >= 1, tokens[h].joined, tokens[h - 1].kind == .word, name || tokens.isAny(h, Self.pronouns) {
      h -= 1
    }
    let carer = tokens.isAny(h, Self.careWords)
    let stay = tokens.isAny(h, Self.stayWords)
    let livesWith = tokens[h].flags.contains(.liveVerb) && tokens.is(via, "bij")
    return tokens.is(via, "van") && (carer || stay) || tokens.isAny(via, ["bij", "op"]) && stay || livesWith
  }

  /// Whether the word at `k` is a place or a group, so that what it is called ("onze groep heet
  /// de vlier", "de school heette het kompas") is an organisation, not a person.
  func namesAGroup(_ tokens: Tokens, _ k: Int) -> Bool {
    !tokens[k].flags.isDisjoint(with: [.placeHead, .organisationHead])
      || tokens.isAny(k, ["groep", "klas"]) || tokens.isAny(k, Self.stayWords)
  }

  static let pronouns: [StaticString] = ["ik", "je", "jij", "we", "wij", "hij", "ze", "zij"]

  /// Words for care given by someone: "de begeleiding van …" ("hulp van de diëtist" is a
  /// person's help, so "hulp" and "zorg" are not among them).
  static let careWords: [StaticString] = [
    "begeleiding", "woonbegeleiding", "begeleider", "begeleidster", "begeleiders", "woonbegeleider", "coach",
    "jobcoach", "mentor", "casemanager", "consulent", "bewindvoerder", "bewindvoering", "psycholoog",
    "groepsleiding", "groepsleider", "thuiszorg", "nachtdienst", "dagbesteding", "hulpverlener",
    "behandelaar", "therapeut", "psychiater", "jeugdzorg",
  ]

  /// Where someone lives or spends the day: "mijn kamer bij …", "de woongroep van …".
  static let stayWords: [StaticString] = [
    "woongroep", "woonvorm", "woning", "kamer", "appartement", "studio", "dagbesteding", "werkplaats", "soos",
    "nachtdienst", "logeerhuis",
  ]

  /// Whether the kind of place at `i` follows a preposition, with or without an article:
  /// "bij dansschool …", "van de dagbesteding …".
  func afterPreposition(_ tokens: Tokens, _ i: Int) -> Bool {
    var j = i - 1
    if j >= 0, tokens[j + 1].joined, tokens[j].flags.contains(.determiner),
      tokens.isAny(j, ["de", "het", "'t"])
    {
      j -= 1
    }
    // The length first: every one of these prepositions is short.
    return j >= 0 && tokens[j + 1].joined && tokens[j].end - tokens[j].start <= 6
      && tokens.isAny(j, Self.kindPrepositions)
  }

  /// A verb's ending: "-t" ("ruikt", "kost") or "-en" ("werken", "helpen"), so "van de
  /// dagbesteding ruikt het" and "ik ga naar de bakkerij werken" stay.
  func verbShaped(_ key: ArraySlice<UInt8>) -> Bool {
    key.last == UInt8(ascii: "t") || key.suffix(2).elementsEqual("en".utf8)
  }

  /// Prepositions before a kind of place whose name may follow: "bij", "op", "van" …
  static let kindPrepositions: [StaticString] = [
    "bij", "op", "van", "naar", "in", "via", "met", "voor", "door", "aan", "vanuit",
  ]

  /// The endings of Dutch adjectives and past participles: "gezellig", "vriendelijk",
  /// "logisch", "betaalbaar", "gepest", "geleerd", "gebleven".
  func adjectiveShaped(_ key: ArraySlice<UInt8>) -> Bool {
    let endings: [[UInt8]] = ["ig", "lijk", "isch", "baar", "loos", "zaam", "ief"].map { Array($0.utf8) }
    if endings.contains(where: { key.count > $0.count + 2 && key.suffix($0.count).elementsEqual($0) }) {
      return true
    }
    // A participle: "ge…", also after a separable part ("afgegooid", "ingeschakeld"), or with
    // an unstressed prefix ("verhuisd", "betaald", "ontslagen").
    let ending =
      key.last == UInt8(ascii: "t") || key.last == UInt8(ascii: "d") || key.suffix(2).elementsEqual("en".utf8)
    guard ending, key.count >= 5 else { return false }
    let separable = [
      "", "af", "aan", "in", "op", "uit", "mee", "terug", "door", "over", "weg", "toe", "bij", "om", "na",
    ]
    for part in separable where key.starts(with: part.utf8) {
      if key.dropFirst(part.utf8.count).starts(with: "ge".utf8) { return true }
    }
    return ["be", "ver", "ont", "her"].contains { key.starts(with: $0.utf8) }
  }

  /// A word of at least three letters that can be part of a place's name: no grammar, time,
  /// unit, verb or social-domain word.
  func nounLike(_ tokens: Tokens, _ k: Int, taken: [Bool]) -> Bool {
    guard k < tokens.count, tokens[k].kind == .word, tokens[k].joined, !taken[k] else { return false }
    let never: LexiconFlags = [.function, .keep, .calendar, .unit, .verb, .numberWord, .domain, .determiner]
    return tokens[k].flags.intersection(never).isEmpty && tokens[k].end - tokens[k].start >= 3
  }

  /// An ordinary word with an adjective's ending after an article: "-e" or "-en" ("kleine",
  /// "gouden"), that is no verb form.
  func adjectiveLike(_ tokens: Tokens, _ k: Int) -> Bool {
    let key = tokens.key(k)
    guard tokens[k].flags.contains(.word), key.count >= 4,
      key.last == UInt8(ascii: "e")
        || key.last
          == UInt8(ascii: "n") && key.dropLast().last == UInt8(ascii: "e")
    else { return false }
    return !tokens[k].flags.contains(.verb)
  }

  /// Words that start a new phrase after a name: prepositions and conjunctions.
  static let phraseStarts: [StaticString] = [
    "in", "op", "bij", "met", "aan", "naar", "van", "voor", "uit", "te", "en", "of", "want", "omdat", "maar",
    "dus", "toen", "als", "waar", "sinds", "tot",
  ]

  // MARK: Initials

  /// "J. de Vries", "A.B. Jansen": initials with a surname.
  func initials(_ tokens: Tokens, at i: Int, taken: [Bool]) -> (PIISpan, Int)? {
    let t = tokens[i]
    guard t.end - t.start == 1, t.capital, !tokens.shouting, i + 2 < tokens.count,
      tokens[i + 1].kind == .other, tokens.scalars[tokens[i + 1].start] == "."
    else { return nil }
    var k = i + 2
    while k + 1 < tokens.count, tokens[k].end - tokens[k].start == 1, tokens[k].capital,
      tokens[k + 1].kind == .other, tokens.scalars[tokens[k + 1].start] == "."
    {
      k += 2
    }
    guard k < tokens.count, tokens[k].kind == .word else { return nil }
    var j = k
    while j < tokens.count, tokens[j].flags.contains(.particle) { j += 1 }
    guard j < tokens.count, tokens[j].capital || tokens[j].flags.contains(.surname), !taken[j] else {
      return nil
    }
    return (PIISpan(start: t.start, end: tokens[j].end, label: .person), j + 1)
  }
}
