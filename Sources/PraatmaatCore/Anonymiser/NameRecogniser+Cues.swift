/// Cues that beat the dictionary: after "ik heet" or "mijn naam is" a name-shaped word is a
/// name even when it is also an ordinary Dutch word; after a form of address without "mijn"
/// ("tante mies", "juf ria"), a greeting ("hoi ria") or with a possessive ("anouk's"), so is
/// a listed name that is also a word.
extension NameRecogniser {
  /// Whether a cue right before token `i` makes it a name; nil when no such cue is there.
  func cuedName(_ tokens: Tokens, at i: Int) -> Bool? {
    let t = tokens[i]
    let f = t.flags
    if t.kind == .word, !nameShaped(tokens, i) { return cuedFirstName(tokens, at: i) }
    guard t.kind == .word || t.kind == .mixed, nameShaped(tokens, i) else { return nil }
    let listedName = f.contains(.firstName) || f.contains(.surname)
    let ordinary = f.contains(.word) || f.contains(.compound)
    guard let j = previousWord(tokens, i, skippingDeterminers: false) else { return nil }
    let before = tokens[j].flags
    // "ik heet mies", "mijn naam is ria", "mijn gebruikersnaam is tjalle1988": whatever comes
    // next is the name; "mijn hond heet Max" names a pet, and no person.
    let naming =
      (before.contains(.nameVerb) && !tokens.is(j, "naam"))
      || (tokens.isAny(j, ["is", "was"])
        && previousWord(tokens, j, skippingDeterminers: true).map { tokens[$0].flags.contains(.nameVerb) }
          == true)
    // "dat hij Bastiaan heette belde later", "omdat ze Sara heet": in a clause that ends in the
    // verb the name stood before it, and what follows is the sentence going on.
    let nameBefore =
      j >= 2 && tokens.isAny(j, ["heet", "heette", "heten", "heetten"])
      && (capital(tokens, j - 1) || tokens[j - 1].flags.contains(.firstName))
      && tokens.isAny(j - 2, ["hij", "ze", "zij", "ik", "jij", "je", "die", "u"])
    if naming, nameBefore { return nil }
    if naming {
      let pet = (max(0, j - 4)..<j).contains { tokens[$0].flags.contains(.animal) }
      return pet ? false : true
    }
    guard t.kind == .word else { return nil }
    // "anouk's moeder": a possessive 's after a name, or after a word no list knows.
    if f.contains(.possessive) { return listedName || !ordinary || capital(tokens, i) ? true : nil }
    // "roos en ik", "met frank en mij": a listed first name beside "ik" or "mij" is a person.
    if f.contains(.firstName), i + 2 < tokens.count, tokens.isAny(i + 1, ["en", "&"]),
      tokens.isAny(i + 2, ["ik", "mij", "me", "jij", "jou", "hij", "zij", "wij"])
    {
      return true
    }
    // "iedereen zegt fenna", "ze noemen haar Fem": what people call someone, at the end of the
    // phrase, is a name when a list has it or no list knows it ("ze noemen mij dom" stays).
    if nickname(tokens, at: i, before: j), listedName || !ordinary || capital(tokens, i) { return true }
    // "mevrouw brinkhorst", "meneer brinkhorst": after a form of address for an adult, a word that is no
    // little word and no verb is the surname, whatever else it means.
    // Not over a comma: "geachte heer, mevrouw, hierbij …" names nobody.
    if tokens.isAny(j, ["meneer", "mevrouw", "mevr", "mw", "mnr", "dhr"]), !determinerBefore(tokens, j),
      (j + 1..<i).allSatisfy({ tokens.is($0, ".") }),
      f.intersection([.function, .verb, .determiner, .particle]).isEmpty,
      !Self.verbLike(tokens.key(i)) || listedName
    {
      return true
    }
    // An ordinary word after it counts only when it is also a listed name: "hallo wereld",
    // "oma kookt" stay.
    let address = before.contains(.address) && !determinerBefore(tokens, j)
    let greeting = before.contains(.greeting) && tokens[j].sentenceStart
    if address || greeting {
      if listedName && !Self.verbLike(tokens.key(i)) || !ordinary { return true }
    }
    return nil
  }

  /// "ze heet Wil", "ik heet ben.", "tante Wil wil niet", "oma Door": a short name that is also
  /// a verb, a grammar word or a month. After "heet" (after a pronoun or a word for
  /// a person: "mijn moeder heet Mei") it is one when written with a capital or when the phrase
  /// ends with it (not "zo", "echt" or "eigenlijk"); right after a word for a relative or a
  /// role, when written with a capital among words in lower case (not a month: "mijn
  /// begeleider Maandag"). "tante wil niet", "hoe heet dat" and Title Case ("Mijn Moeder Wil
  /// Dat Niet") stay.
  func cuedFirstName(_ tokens: Tokens, at i: Int, byRole: Bool = true) -> Bool? {
    let f = tokens[i].flags
    guard f.isDisjoint(with: [.domain, .numberWord, .unit, .personCue, .title, .determiner]),
      tokens[i].end - tokens[i].start >= 2, tokens[i].joined,
      let j = previousWord(tokens, i, skippingDeterminers: false), j + 1 == i
    else { return nil }
    // Names of this kind are short grammar words and verbs ("wil", "ben", "mag", "door") or
    // months; languages and brands, kept words of their own ("Engels"), are not among them.
    let short = tokens[i].end - tokens[i].start <= 4
    guard short, !f.isDisjoint(with: [.function, .verb, .calendar]) else { return nil }
    // "we hebben een poes, ze heet Door": an animal's name.
    if (max(0, j - 5)..<j).contains(where: { tokens[$0].flags.contains(.animal) }) { return nil }
    let nextLower = i + 1 >= tokens.count || tokens[i + 1].kind != .word || !tokens[i + 1].capital
    if tokens.isAny(j, ["heet", "heette"]), j > 0,
      tokens.isAny(j - 1, ["ik", "ze", "zij", "hij"])
        || !tokens[j - 1].flags.isDisjoint(with: [.personCue, .personNoun])
    {
      let ends = phraseEnds(tokens, after: i)
      let adverb = tokens.isAny(
        i, ["zo", "wel", "echt", "ook", "nog", "niet", "toch", "nu", "dus", "al", "er"])
      return (capital(tokens, i) && nextLower) || (ends && !adverb) ? true : nil
    }
    let role = byRole && !tokens[j].flags.isDisjoint(with: [.personCue, .address])
    // "mijn zus wil belt niet meer": a short verb kept as a word that can be a name, after a
    // role, with a verb of its own after it said of one person, is the role's name ("wil"
    // before "werken" is wanting to). Not in a clause that puts the verb last ("als mijn
    // moeder wil gaat ze mee", "of de buurman er woont").
    let ownVerb =
      !f.isDisjoint(with: [.keep, .firstName]) && i + 1 < tokens.count && finiteVerb(tokens, i + 1)
      && !subordinate(tokens, before: j)
    return role && (capital(tokens, i) && !tokens[j].capital && nextLower || ownVerb) ? true : nil
  }

  /// Whether a clause that puts its verb last opens before token `j`, in the same sentence.
  func subordinate(_ tokens: Tokens, before j: Int) -> Bool {
    var k = j - 1
    while k >= 0, j - k <= 5, tokens[k].kind != .other {
      if tokens.isAny(k, Self.clauseOpeners) { return true }
      k -= 1
    }
    return false
  }

  /// Words that open a clause with its verb last.
  static let clauseOpeners: [StaticString] = [
    "als", "wat", "of", "toen", "wanneer", "omdat", "dat", "die", "zodat", "tenzij", "hoe", "waar", "welke",
    "wie", "nu", "terwijl", "voordat", "nadat", "zodra", "sinds", "totdat", "waarom",
  ]

  /// Whether token `k` is a verb said of one person: "belt", "zegt", "hielp", "belde".
  func finiteVerb(_ tokens: Tokens, _ k: Int) -> Bool {
    guard tokens[k].kind == .word, tokens[k].joined, tokens[k].flags.contains(.verb) else { return false }
    let key = tokens.key(k)
    // -t, -te, -de, not the plural -en.
    if key.count >= 3, Self.verbLike(key), !key.ends(with: "en") { return true }
    return tokens.isAny(k, Self.pastForms)
  }

  /// Past forms of common verbs that do not end in -de or -te.
  static let pastForms: [StaticString] = [
    "hielp", "zei", "kwam", "ging", "gaf", "bracht", "nam", "zag", "vond", "bleef", "deed", "liet", "las",
    "schreef", "riep", "sprak", "stond", "zat", "lag", "wist", "kon", "mocht", "moest", "had", "was",
  ]

  /// Whether the phrase ends with token `i`: the text ends, a sign or "en", "maar", "want" follows.
  func phraseEnds(_ tokens: Tokens, after i: Int) -> Bool {
    i + 1 >= tokens.count || tokens[i + 1].kind == .other || tokens.isAny(i + 1, ["en", "maar", "want"])
  }

  /// "iedereen zegt fenna", "ze noemen hem dj": a name given, right after
  /// "noemen" (and whom), or after "zegt" or "zeggen" with everyone or "we" before it, where the
  /// phrase ends.
  func nickname(_ tokens: Tokens, at i: Int, before j: Int) -> Bool {
    guard phraseEnds(tokens, after: i), tokens[i].flags.intersection([.function, .determiner, .verb]).isEmpty
    else { return false }
    // Over whom and who ("noemen we hem"), two words at most.
    var k = j
    while k > 0, j - k < 2,
      tokens.isAny(k, ["hem", "haar", "me", "mij", "hun", "ons", "we", "wij", "ze", "zij", "jullie", "ik"])
    {
      k -= 1
    }
    if tokens.isAny(k, ["noemen", "noemt", "noem", "noemde", "noemden"]) { return true }
    return tokens.isAny(j, ["zegt", "zeggen"]) && j > 0
      && tokens.isAny(j - 1, ["iedereen", "we", "wij", "ze", "men", "allemaal", "vrienden"])
  }

  /// The name of an animal: after "<dier> heet" ("mijn konijn heet Snuf"), or right after the
  /// animal itself ("onze poes Pluis", "een cavia, Bram, die …").
  func petName(_ tokens: Tokens, _ i: Int) -> Bool {
    // Most words have no animal before them: that is looked at first, as it costs least.
    guard tokens.hasAnimal, (max(0, i - 5)..<i).contains(where: { tokens[$0].flags.contains(.animal) }) else {
      return false
    }
    if cuedName(tokens, at: i) == false { return true }
    guard i > 0, tokens[i].kind == .word else { return false }
    if tokens[i].joined, tokens[i - 1].flags.contains(.animal) { return true }
    // Set off by commas on both sides.
    return i >= 2 && tokens.is(i - 1, ",") && tokens[i - 2].flags.contains(.animal)
      && (i + 1 >= tokens.count || tokens.isAny(i + 1, [",", ".", "!", "?"]))
  }

  /// Not a grammar word, number, unit, month or word of the social domain: it can be a name.
  func nameShaped(_ tokens: Tokens, _ i: Int) -> Bool {
    let f = tokens[i].flags
    let never: LexiconFlags = [.function, .keep, .calendar, .unit, .verb, .numberWord, .personCue, .title]
    return f.intersection(never).isEmpty && tokens[i].end - tokens[i].start >= 2
  }

  /// "mijn tante", "de juf": a determiner right before token `j`.
  func determinerBefore(_ tokens: Tokens, _ j: Int) -> Bool {
    j > 0 && tokens[j].joined && tokens[j - 1].flags.contains(.determiner)
  }

  /// More names in a list with a name: "kees, ria en bram". A word on a names list, or a
  /// word no list knows, joined to a found name by a comma, "en" or "of" is a name too.
  func listedWithNames(_ tokens: Tokens, _ found: [PIISpan], taken: [Bool]) -> [PIISpan] {
    guard found.contains(where: { $0.label == .person }) else { return [] }
    var people = found.filter { $0.label == .person }
    var added: [PIISpan] = []
    var changed = true
    while changed {
      changed = false
      for span in people {
        let first = tokens.index(atOrAfter: span.start)
        let last = tokens.index(atOrAfter: span.end) - 1
        for (link, candidate) in [(last + 1, last + 2), (first - 1, first - 2)]
        where candidate >= 0 && candidate < tokens.count && link >= 0 && link < tokens.count {
          // "henk, wil en jan": a first name, or a short kept word, between two names of the list.
          let far = candidate > link ? candidate + 1 : candidate - 1
          let beyond = candidate > link ? candidate + 2 : candidate - 2
          let g = tokens[candidate].flags
          // Not a kept word of the social domain or an acronym: "anja, uwv en kees".
          let keptShort =
            g.contains(.keep) && !g.contains(.domain) && !tokens[candidate].allCapitals
            && tokens[candidate].end - tokens[candidate].start <= 4
          let between =
            (g.contains(.firstName) || keptShort)
            && beyond >= 0 && beyond < tokens.count
            && (tokens.is(far, ",") || tokens.isAny(far, ["en", "of", "&"]))
            && people.contains {
              tokens.index(atOrAfter: $0.start) <= beyond && beyond < tokens.index(atOrAfter: $0.end)
            }
          guard tokens.is(link, ",") || tokens.isAny(link, ["en", "of", "&"]), !taken[candidate],
            tokens[candidate].kind == .word, nameShaped(tokens, candidate) || between
          else { continue }
          let f = tokens[candidate].flags
          // "meneer Dekker, kent de weg": after a comma that follows a name, a common word or a
          // verb in lower case is one more name only where the list goes on or ends there.
          if tokens.is(link, ","), !tokens[candidate].capital, !f.isDisjoint(with: [.frequent, .verb]),
            candidate > link, candidate + 1 < tokens.count,
            !(tokens.isAny(candidate + 1, [",", "en", "of", "&", ".", "!", "?"]))
          {
            continue
          }
          let listed = f.contains(.firstName) || (f.contains(.surname) && !f.contains(.word))
          let unknown =
            !f.contains(.word) && !f.contains(.compound) && f.intersection(.entity).isEmpty
            && !f.contains(.properNoun)
          guard listed || unknown || between else { continue }
          let next = PIISpan(start: tokens[candidate].start, end: tokens[candidate].end, label: .person)
          if (people + added).contains(where: { DutchAnonymiser.overlap($0, next) }) { continue }
          added.append(next)
          changed = true
        }
      }
      people += added.filter { a in !people.contains(a) }
    }
    return added
  }

  /// A person's span takes the title before it: "meneer visser", "mw. bakker".
  func withTitle(_ span: PIISpan, _ tokens: Tokens) -> PIISpan {
    guard span.label == .person else { return span }
    var k = tokens.index(atOrAfter: span.start) - 1
    if k >= 0, tokens.is(k, "."), tokens[k].start > 0 { k -= 1 }
    guard k >= 0,
      tokens.isAny(k, ["meneer", "mevrouw", "mevr", "mw", "mvr", "dhr", "mnr", "dokter", "dr", "heer"])
    else { return span }
    var extended = span
    extended.start = tokens[k].start
    return extended
  }
}
