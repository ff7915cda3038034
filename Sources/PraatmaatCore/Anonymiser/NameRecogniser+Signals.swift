/// What around a word says it is a name: a capital inside a sentence, a cue before it ("mijn
/// begeleider", "ik woon in"), and the label and detail those give.
extension NameRecogniser {
  /// A capital that means something: inside a sentence, in a text that is not all capitals.
  func capital(_ tokens: Tokens, _ i: Int) -> Bool {
    let t = tokens[i]
    guard t.capital, !tokens.shouting, !t.sentenceStart else { return false }
    if t.allCapitals && t.flags.intersection(.entity).isEmpty { return false }
    return true
  }

  /// What the words before token `i` say about it.
  func cue(_ tokens: Tokens, before i: Int) -> Cue {
    guard i > 0 else { return .none }
    let immediate = previousWord(tokens, i, skippingDeterminers: false)
    let far = previousWord(tokens, i, skippingDeterminers: true)
    let skipped = far != immediate
    if let j = far {
      let f = tokens[j].flags
      if f.contains(.nameVerb) {
        // What a place or group is called ("onze groep heet …") is no person.
        if let h = previousWord(tokens, j, skippingDeterminers: true), namesAGroup(tokens, h) {
          return .organisation
        }
        return .person
      }
      if tokens.is(j, "is") || tokens.is(j, "was"),
        let h = previousWord(tokens, j, skippingDeterminers: true),
        tokens[h].flags.contains(.nameVerb) || tokens[h].flags.contains(.personCue)
      {
        return .person
      }
      if tokens.is(j, "ben"), let h = previousWord(tokens, j, skippingDeterminers: false), tokens.is(h, "ik"),
        !skipped
      {
        return .person
      }
      if f.contains(.placePreposition), let h = previousWord(tokens, j, skippingDeterminers: false),
        !tokens[h].flags.contains(.comeVerb) || tokens.is(j, "uit")
      {
        if tokens[h].flags.contains(.liveVerb) { return tokens.is(j, "bij") ? .organisation : .place }
        // "ik werk in de keuken", "in de tuin": a room or a place in a building, not who
        // one works for ("bij", "op", "voor").
        if tokens[h].flags.contains(.workVerb) && !tokens.is(j, "in") { return .organisation }
      }
      if tokens.isAny(j, Self.placeNouns) { return .place }
      // "de bewindvoerder kost veel geld": a common word in lower case after a role, with the
      // sentence going on, is part of the sentence; a first name stays a name ("mijn
      // begeleider roos zegt").
      if f.contains(.personCue) || f.contains(.title) {
        return Self.goesOn(tokens, i) && !tokens[i].flags.contains(.firstName) ? .none : .person
      }
      if f.contains(.organisationHead) { return .organisation }
      if f.contains(.placeHead) { return sentenceGoesOn(tokens, i) ? .none : .organisation }
      // "de begeleiding van de …", "mijn kamer bij de …": who gives the care follows.
      if skipped || tokens[i].flags.contains(.determiner) && tokens.isAny(i, ["de", "het", "'t"]),
        caredForBy(tokens, via: j)
      {
        return .organisation
      }
      if skipped, tokens.isAny(j, ["bij", "naar", "van", "via", "voor", "op"]) { return .weakOrganisation }
    }
    if let j = immediate {
      if tokens.isAny(j, ["in", "uit", "naar", "richting", "vanuit", "rond", "nabij", "buiten"]) {
        return .weakPlace
      }
      if tokens[j].flags.contains(.weakCue) || tokens[j].flags.contains(.placePreposition) {
        return .weakPerson
      }
    }
    return .none
  }

  /// "bij de bloemenwinkel werken": a Dutch word in lower case with the shape of a verb, right
  /// after a kind of place (the caller knows there is one), is what is done there, also when a
  /// surname is spelled the same.
  func doneAtKind(_ tokens: Tokens, _ k: Int) -> Bool {
    let g = tokens[k].flags
    return !tokens[k].capital && (g.contains(.verb) || g.contains(.word) && tokens.key(k).ends(with: "en"))
      && g.isDisjoint(with: [.firstName, .town, .neighbourhood])
  }

  /// "de kringloopwinkel X" names a place; but one of the most common words in lower case
  /// after a kind of place, with the sentence going on after it, is part of that sentence ("op
  /// de zorgboerderij werken we"). At the end of a phrase it is the place's name ("de
  /// kringloopwinkel mooi, …"); name particles ("bakkerij van der …") lead on to a name.
  func sentenceGoesOn(_ tokens: Tokens, _ i: Int) -> Bool {
    guard let j = previousWord(tokens, i, skippingDeterminers: true),
      tokens[j].flags.contains(.placeHead)
    else { return false }
    return Self.goesOn(tokens, i)
  }

  /// A common word in lower case with another word right after it: the sentence goes on.
  static func goesOn(_ tokens: Tokens, _ i: Int) -> Bool {
    let g = tokens[i].flags
    let next = i + 1 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].joined
    return next && !tokens[i].capital && g.contains(.frequent) && g.contains(.word) && !g.contains(.particle)
  }

  /// Whether token `i` stands among ordinary words: right after a lower-case word of the
  /// dictionary or a number (not "de" or "het", a compound, a particle, a cue or a name) and before
  /// another such word, a mark or the end. There a frequent word is that word, no name.
  static func amongOrdinaryWords(_ tokens: Tokens, _ i: Int) -> Bool {
    // A point of the compass ends a name of its own ("woonkracht oost").
    guard i > 0, !tokens[i].sentenceStart, !tokens.shouting,
      !tokens.isAny(i, ["noord", "oost", "zuid", "west", "midden"])
    else { return false }
    let cue: LexiconFlags = [
      .particle, .title, .nameVerb, .greeting, .personCue, .personNoun, .placePreposition, .organisationHead,
      .placeHead, .liveVerb, .workVerb, .address, .streetTitle,
    ]
    let before = tokens[i - 1]
    let ordinaryBefore =
      before.kind == .number
      || before.kind == .word && !before.capital && before.flags.isDisjoint(with: cue)
        && !before.flags.isDisjoint(with: [.word, .function])
        && (before.flags.isDisjoint(with: LexiconFlags.entity) || before.flags.contains(.frequent))
        // A compound may be a kind of organisation ("huisartspraktijk zonnebloem").
        && !before.flags.contains(.compound)
        && !tokens.isAny(i - 1, ["de", "het"])
    guard ordinaryBefore, i + 1 < tokens.count else { return ordinaryBefore }
    let after = tokens[i + 1]
    return after.kind == .other
      || after.kind == .word && !after.capital && !after.flags.isDisjoint(with: [.word, .function])
        && after.flags.isDisjoint(with: [.organisationTail, .placeHead, .particle])
  }

  /// The word before token `i`, over commas and colons, and over "mijn", "de" when asked.
  func previousWord(_ tokens: Tokens, _ i: Int, skippingDeterminers: Bool) -> Int? {
    var j = i - 1
    var skips = 0
    while j >= 0, skips < 3 {
      let t = tokens[j]
      if t.kind == .other {
        let c = tokens.scalars[t.start]
        let afterTitle = c == "." && j > 0 && tokens[j - 1].flags.contains(.title)
        guard c == ":" || c == "," || c == "-" || c == "(" || afterTitle else { return nil }
      } else if skippingDeterminers, t.flags.contains(.determiner), !t.flags.contains(.entity) {
      } else {
        return j
      }
      j -= 1
      skips += 1
    }
    return nil
  }

  static func label(_ f: LexiconFlags, cue: Cue) -> PIISpan.Label {
    let person = f.contains(.firstName) || f.contains(.surname)
    let place = !f.intersection(.place).isEmpty
    let organisation = f.contains(.organisation)
    switch cue {
    case .place, .weakPlace: if place { return .location }
    case .organisation, .weakOrganisation: if organisation { return .institution }
    case .person, .weakPerson: if person { return .person }
    case .none: break
    }
    // "ik kom uit den bosch": after a clear cue, a word that is only a surname on the list
    // is what the cue says.
    if !f.contains(.firstName), !place, !organisation {
      if cue == .place { return .location }
      if cue == .organisation { return .institution }
    }
    if f.contains(.firstName) { return .person }
    if organisation { return .institution }
    if place { return .location }
    if person { return .person }
    switch cue {
    case .place, .weakPlace: return .location
    case .organisation, .weakOrganisation: return .institution
    default: return .person
    }
  }

  func detail(_ label: PIISpan.Label, flags f: LexiconFlags, cue: Cue) -> PIISpan.Detail? {
    guard label == .location else { return nil }
    if f.contains(.neighbourhood) { return .neighbourhood }
    if f.contains(.country) && !f.contains(.town) { return .country }
    return nil
  }
}
