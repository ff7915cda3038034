/// The last pass: a name is taken out whole, never in pieces. The recognisers find the part of
/// a name they have evidence for; the words that belong to it by their shape go with it:
/// - initials before a surname, with the particles after them: "j. el [naam]" and
///   "J.v.d. [naam]" become "[naam]", "dr. k. de [naam]" becomes "dr. [naam]" (a title or form
///   of address stays, as in "mevrouw [naam]"); a capitalised first name before it ("Bas
///   [naam]"), and "de" before a name that is only ever a surname ("de [naam]" of "de vries");
/// - the article of an organisation or place ("[wijk]" of "de <wijk>", "Het [organisatie]",
///   "op [straat]"), a capitalised or unknown word before an organisation ("Bartels
///   [organisatie]"), and what ends its name after it ("[organisatie] & zn",
///   "[organisatie].college", a town);
/// - a house number after a street ("[straat] 12b"), the letters and pieces around a dossier
///   number ("AB-[nummer]", "[nummer]/X");
/// - two pieces of one name next to each other become one ("[organisatie 1] [naam 1]").
extension DutchAnonymiser {
  static func whole(_ tokens: Tokens, _ spans: [PIISpan]) -> [PIISpan] {
    guard !spans.isEmpty else { return spans }
    // A written title is no name: "dr." and "mw." stay, the name after them goes.
    func onlyTitle(_ span: PIISpan) -> Bool {
      let first = tokens.index(atOrAfter: span.start)
      return span.label == .person && first < tokens.count && tokens[first].end >= span.end
        && tokens[first].flags.contains(.title) && tokens[first].end - tokens[first].start <= 4
    }
    // "een broek in maat 40", "op kamernummer 3": a measure before its number is no name or place.
    func measureWord(_ span: PIISpan) -> Bool {
      let first = tokens.index(atOrAfter: span.start)
      return [.person, .location, .institution].contains(span.label) && first + 1 < tokens.count
        && tokens[first + 1].kind == .number
        && DateAgeRecogniser.measure(tokens, first)
    }
    // "ik voel me echt mies": how someone feels, in lower case, is no name.
    func feeling(_ span: PIISpan) -> Bool {
      let first = tokens.index(atOrAfter: span.start)
      guard span.label == .person, first < tokens.count, !tokens[first].capital, tokens[first].end >= span.end
      else { return false }
      var k = first - 1
      while k >= 0,
        tokens.isAny(
          k,
          ["echt", "egt", "heel", "erg", "zo", "super", "best", "wat", "beetje", "een", "nogal", "vandaag"])
      {
        k -= 1
      }
      return k >= 1 && tokens.isAny(k, ["me", "mij", "je", "zich", "ze", "hem", "haar"])
        && tokens.isAny(k - 1, ["voel", "voelt", "voelde", "voelen"])
    }
    let names = spans.filter { !onlyTitle($0) && !measureWord($0) && !feeling($0) }
    let grown = names.map { span -> PIISpan in
      var first = tokens.index(atOrAfter: span.start)
      var last = tokens.index(atOrAfter: span.end) - 1
      guard first < tokens.count, last >= first else { return span }
      var street = false
      // "den", "ten" and "ter" before a name are part of it ("den [plaats]", "ten [naam]"): as
      // words on their own they only stand in set phrases ("ten slotte"), never before a name.
      if span.label == .person || span.label == .location, first > 0, tokens[first].joined,
        tokens.isAny(first - 1, ["den", "ten", "ter"])
      {
        first -= 1
      }
      switch span.label {
      case .person:
        first = personStart(tokens, first)
        // "Pieters en Zonen": a surname with a family firm's ending is the firm.
        if firmEnding(tokens, after: last) {
          return PIISpan(start: tokens[first].start, end: tokens[last + 2].end, label: .institution)
        }
        // "x_sofie", "de_echte_tim": a user name that starts before the name, joined by "_".
        while first >= 2, tokens[first - 1].kind == .other, tokens.scalars[tokens[first - 1].start] == "_",
          tokens[first - 1].end == tokens[first].start, tokens[first - 2].end == tokens[first - 1].start,
          tokens[first - 2].kind != .other
        {
          first -= 2
        }
        // "hij woont op [naam] 3": a name after "op" or "aan" with a house number is a street.
        if afterOpOrAan(tokens, first) {
          let end = placeEnd(tokens, last, institution: false)
          street = end > last
          last = end
        }
        // "sanne_2003", "mo_x", "tim.v03": a user name goes on after an underscore or a dot,
        // without a space ("Sanne.Ik" is a missing space, not a user name).
        while last + 2 < tokens.count, tokens[last + 1].kind == .other,
          tokens.scalars[tokens[last + 1].start] == "_"
            || tokens.scalars[tokens[last + 1].start] == "." && !tokens[last + 2].capital,
          tokens[last + 1].start == tokens[last].end,
          tokens[last + 2].start == tokens[last + 1].end, tokens[last + 2].kind != .other
        {
          last += 2
        }
      case .location, .institution:
        let name = first
        // "bij Wijkcentrum Oost", "van Wijkcentrum Oost": a part of town after a capitalised
        // word that is no place or name ends the name of an organisation.
        if let start = organisationBeforeTownPart(tokens, first, last, span) {
          var result = span
          (result.start, result.label, result.detail) = (tokens[start].start, .institution, nil)
          return result
        }
        first = placeStart(tokens, first, institution: span.label == .institution)
        last = placeEnd(tokens, last, institution: span.label == .institution)
        // "ik woon op [straat] 23" for "op de <organisatie> 23", "aan [plaats] 7b": after "op" or
        // "aan", a name with a house number is a street, whatever the lists took it for; its
        // article goes with it, as with every street.
        if span.detail != .street, afterOpOrAan(tokens, name),
          case let end = placeEnd(tokens, last, institution: false), end > last,
          tokens[end].kind == .number || tokens[end].kind == .mixed
        {
          last = end
          street = true
          first = Self.withArticle(tokens, name)
        }
      case .id:
        (first, last) = numberPieces(tokens, first, last)
      default:
        break
      }
      var result = span
      result.start = min(span.start, tokens[first].start)
      result.end = max(span.end, tokens[last].end)
      if street { (result.label, result.detail) = (.location, .street) }
      return result
    }
    let result = joined(tokens, resolved(grown))
    let named =
      result.contains { capitalisedCommonWord(tokens, $0) }
      ? result.filter { !capitalisedCommonWord(tokens, $0) } : result
    return resolved(withCapitalNeighbours(tokens, named))
  }

  /// Whether the word before `name` (or before its article) is "op" or "aan": where someone
  /// lives ("op de [straat]", "aan de [straat]").
  static func afterOpOrAan(_ tokens: Tokens, _ name: Int) -> Bool {
    var k = name - 1
    if k >= 0, tokens.isAny(k, Self.articles) { k -= 1 }
    return k >= 0 && tokens.isAny(k, ["op", "aan"])
  }

  /// A word like "Huis", "Niet" or "Super" in text whose writer capitalises ordinary words
  /// (three or more common Dutch words with a capital inside a sentence, near it): one common word
  /// that no list has as a first name, place or organisation, with no clear word before it
  /// ("heet", "meneer", "tante", "hoi"), is no name there. Its capital says nothing, and the
  /// list of surnames holds almost every Dutch word.
  static func capitalisedCommonWord(_ tokens: Tokens, _ span: PIISpan) -> Bool {
    guard [.person, .location, .institution].contains(span.label) else { return false }
    let first = tokens.index(atOrAfter: span.start)
    guard first < tokens.count, tokens[first].isWord, tokens[first].end >= span.end else { return false }
    func common(_ t: Token) -> Bool {
      t.flags.intersection(LexiconFlags.entity.subtracting(.surname)).isEmpty
        && !t.flags.intersection([.frequent, .function, .verb]).isEmpty
    }
    guard common(tokens[first]) else { return false }
    // The writer's habit is read around the word (fifteen tokens either side), so a long
    // text is judged piece by piece and each word costs the same.
    let around = max(0, first - 15)..<min(tokens.count, first + 16)
    let capitalised = around.filter {
      tokens[$0].isWord && tokens[$0].capital && !tokens[$0].sentenceStart && common(tokens[$0])
    }
    guard capitalised.count >= 3 else { return false }
    let cues: LexiconFlags = [.nameVerb, .title, .address, .greeting, .personCue]
    return first == 0 || tokens[first - 1].flags.intersection(cues).isEmpty
  }

  static func personStart(_ tokens: Tokens, _ name: Int) -> Int {
    var first = name
    while true {
      // Particles between an initial and the name: "c. de [naam]".
      var k = first
      while k > 0, tokens[k].joined, tokens[k - 1].isWord, tokens[k - 1].flags.contains(.particle) { k -= 1 }
      // An initial with its full stop: "j.", "J.v.d.".
      if k >= 2, tokens.is(k - 1, "."), tokens[k].joined || tokens[k - 1].end == tokens[k].start,
        tokens[k - 2].isWord, tokens[k - 2].end == tokens[k - 1].start,
        tokens[k - 2].end - tokens[k - 2].start == 1
      {
        first = k - 2
        continue
      }
      break
    }
    guard first == name, name > 0, tokens[name].joined, tokens[name - 1].isWord else { return first }
    let before = tokens[name - 1]
    // "Bas [naam]": a capitalised first name right before a found surname, when no "ik" makes
    // a verb of it ("ik ben [naam]").
    if before.flags.contains(.firstName), before.capital, !tokens.shouting,
      !before.sentenceStart || tokens[name].capital,
      name < 2 || !tokens.isAny(name - 2, ["ik", "jij", "je", "u", "we", "wij"])
    {
      return name - 1
    }
    // "met Mei [naam]": a month written with a capital right before a capitalised name, with
    // no day and no word for when before it ("in Juni Kees ontmoet", "de 3e Mei"), is a first name.
    if before.flags.contains(.month), before.capital, tokens[name].capital, !before.sentenceStart,
      !tokens.shouting,
      name < 2
        || tokens[name - 2].kind == .word
          && !tokens.isAny(
            name - 2, ["in", "op", "sinds", "na", "voor", "tot", "eind", "begin", "half", "vanaf"])
    {
      return name - 1
    }
    // "Het [naam]": a capitalised article in running text starts a name.
    if tokens.isAny(name - 1, ["de", "het", "den"]), before.capital, !before.sentenceStart, !tokens.shouting {
      return name - 1
    }
    // "heet de Zaag", "noemen me de Kwak": an ordinary word written with a capital in running
    // text is a name with its article.
    if tokens.isAny(name - 1, ["de", "het"]), tokens[name].capital, !tokens[name].sentenceStart,
      !tokens.shouting,
      tokens[name].flags.contains(.word)
    {
      return name - 1
    }
    // "de [naam]" of "de vries", "de boer": a surname found as a name takes its "de" (a first
    // name does not: "de Jan" is not said).
    let surnameOnly = tokens[name].flags.contains(.surname) && !tokens[name].flags.contains(.firstName)
    if tokens.is(name - 1, "de"), surnameOnly {
      return name - 1
    }
    return first
  }

  /// A dossier number with its letters and pieces: "AB-2023-4471", "XY/12345/Z".
  static func numberPieces(_ tokens: Tokens, _ first: Int, _ last: Int) -> (Int, Int) {
    func code(_ i: Int) -> Bool {
      i >= 0 && i < tokens.count
        && (tokens[i].kind == .word && tokens[i].end - tokens[i].start <= 4
          && (tokens[i].allCapitals || tokens[i].end - tokens[i].start == 1) || tokens[i].kind == .number
          || tokens[i].kind == .mixed)
    }
    func glue(_ i: Int) -> Bool { tokens.isAny(i, ["-", "/"]) }
    var first = first
    var last = last
    while first >= 2, glue(first - 1), tokens[first - 1].end == tokens[first].start,
      tokens[first - 2].end == tokens[first - 1].start, code(first - 2)
    {
      first -= 2
    }
    if first >= 1, tokens[first].joined, code(first - 1), tokens[first - 1].allCapitals { first -= 1 }
    while last + 2 < tokens.count, glue(last + 1), tokens[last + 1].start == tokens[last].end,
      tokens[last + 2].start == tokens[last + 1].end, code(last + 2)
    {
      last += 2
    }
    return (first, last)
  }

  /// Neighbouring spans of one name made one: a name, place or organisation right after
  /// another with only a space between ("Bakkerij [Verhoeven]"), or letters right before a
  /// number ("XY [nummer]"), keep the first one's label.
  static func joined(_ tokens: Tokens, _ spans: [PIISpan]) -> [PIISpan] {
    func isName(_ label: PIISpan.Label) -> Bool {
      label == .person || label == .location || label == .institution
    }
    guard spans.count > 1 else { return spans }
    var result: [PIISpan] = []
    result.reserveCapacity(spans.count)
    for span in spans {
      guard let last = result.last else {
        result.append(span)
        continue
      }
      let gap = tokens.index(atOrAfter: last.end)
      let touching = gap < tokens.count && tokens[gap].start == span.start && tokens[gap].joined
      let bothNames = isName(last.label) && isName(span.label)
      let lettersBeforeNumber =
        last.label == .person && (span.label == .id || span.label == .phone)
        && tokens.index(atOrAfter: last.start) == gap - 1 && tokens[gap - 1].allCapitals
        && tokens[gap - 1].end - tokens[gap - 1].start <= 4
      // A street or postcode and the town after it stay two: "[postcode] [plaats]".
      let oneKind = last.detail == nil && span.detail == nil || last.detail == span.detail
      // One small word between two pieces of one name: "[organisatie] van [plaats]" of "garage
      // van den Brink", "[naam] at [naam]"; or a sign with no space around it: "[naam]_[naam]".
      // After a person, "van" starts where they are from ("Kees van [organisatie]").
      let between = gap + 1 < tokens.count && tokens[gap + 1].start == span.start
      let word =
        between && tokens[gap].joined && tokens[gap + 1].joined
        && (tokens.isAny(gap, ["at", "&"])
          || last.label != .person && tokens.isAny(gap, ["van", "of", "de", "der", "den"]))
      let sign =
        between && tokens[gap].start == last.end && tokens[gap].end == span.start
        && tokens.isAny(gap, ["_", "-", "&"])
      let bridged = bothNames && (word || sign)
      // "Lindelaan 4, 7311 AB Apeldoorn", "dorpsweg 8 ergenshuizen": a street with its postcode or
      // town after it, a space or a comma between, is one address.
      let street = last.detail == .street || last.detail == .address
      let comma = between && tokens.is(gap, ",") && tokens[gap + 1].joined
      if street, span.label == .location, span.detail == .postcode || span.detail == nil, touching || comma {
        result[result.count - 1].end = span.end
        result[result.count - 1].detail = .address
        continue
      }
      if touching && (bothNames && oneKind || lettersBeforeNumber) || bridged {
        result[result.count - 1].end = span.end
        if lettersBeforeNumber {
          result[result.count - 1].label = .id
          result[result.count - 1].detail = nil
        }
      } else {
        result.append(span)
      }
    }
    return result
  }
}
