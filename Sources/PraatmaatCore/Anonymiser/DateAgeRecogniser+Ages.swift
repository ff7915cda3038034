/// Ages: "ik ben 34", "34 jaar oud", "mijn zoon (8)", "een meisje van 12", and who an age
/// belongs to.
extension DateAgeRecogniser {
  /// Whether a person is what the be-verb at `k` is about: a person word, a name or a capital
  /// a few words back in the same clause ("mijn zusje, fenna, is 12", "Semhar is net 18"),
  /// and not "het", "dat" or "er".
  func personBefore(_ tokens: Tokens, _ k: Int) -> Bool {
    var j = k - 1
    var seen = 0
    while j >= 0, seen < 5 {
      let t = tokens[j]
      if t.kind == .other {
        // "mijn broer (Karim) is 29": a name in brackets, or a comma, between them.
        guard tokens.isAny(j, [",", "(", ")"]) else { return false }
      } else {
        if tokens.isAny(
          j, ["het", "dat", "dit", "er", "wat", "alles", "niets", "iets", "prijs", "huur", "score"])
        {
          return false
        }
        let f = t.flags
        if f.contains(.subject) || f.contains(.personNoun) || f.contains(.personCue) || f.contains(.firstName)
          || (t.capital && !t.sentenceStart) || (t.kind == .word && f.isEmpty)
        {
          return true
        }
        // "de wachtlijst is 2 jaar": a thing with an article before it is what the number is about.
        if f.contains(.word), j > 0, tokens[j - 1].flags.contains(.determiner), tokens[j].joined {
          return false
        }
        seen += 1
      }
      j -= 1
    }
    return false
  }

  /// A number that can be an age at token `i`: digits or a number word, 0…120.
  func ageNumber(_ tokens: Tokens, _ i: Int) -> Bool {
    guard i >= 0, i < tokens.count else { return false }
    if let n = tokens.number(i) { return n <= 120 && tokens[i].end - tokens[i].start <= 3 }
    // "ik ben 20jr", "hij is 24j": years written onto the number, right after a be-verb.
    if tokens[i].kind == .mixed, i >= 1, tokens.isAny(i - 1, ["ben", "is", "word", "wordt", "bent"]) {
      let key = tokens.key(i)
      let digits = key.prefix { $0 >= 0x30 && $0 <= 0x39 }
      let rest = key.dropFirst(digits.count)
      if (1...3).contains(digits.count), ["j", "jr", "jaar"].contains(where: { rest.elementsEqual($0.utf8) })
      {
        return true
      }
    }
    // "tot mijn 12e", "sinds mijn 16de": an ordinal after "mijn" is an age.
    if tokens[i].kind == .mixed, i >= 1, tokens.isAny(i - 1, ["mijn", "m'n", "mn", "zijn", "haar"]) {
      let key = tokens.key(i)
      let digits = key.prefix { $0 >= 0x30 && $0 <= 0x39 }
      let rest = key.dropFirst(digits.count)
      return (1...3).contains(digits.count)
        && (rest.elementsEqual("e".utf8) || rest.elementsEqual("de".utf8) || rest.elementsEqual("ste".utf8))
    }
    guard tokens[i].kind == .word, Self.mayBeNumberWord(tokens, i) else { return false }
    return tokens.numberWord(i).map { $0 >= 2 } ?? false
  }

  /// The end of "34", "34 jaar", "34 jaar oud", "34 jr", "34-jarige" from number token `i`.
  func ageEnd(_ tokens: Tokens, _ i: Int) -> (end: Int, years: Bool, next: Int) {
    var end = tokens[i].end
    var k = i + 1
    var years = false
    if k + 1 < tokens.count, tokens[k].kind == .other, tokens.scalars[tokens[k].start] == "-",
      tokens[k].start == end, tokens[k + 1].flags.contains(.years)
    {
      k += 1
    }
    // "2,5", "1.5": a half year, written onto the number.
    if k + 1 < tokens.count, tokens.isAny(k, [",", "."]), tokens[k].start == end,
      tokens[k + 1].start == tokens[k].end, tokens.number(k + 1) == 5
    {
      end = tokens[k + 1].end
      k += 2
    }
    // "4 maanden oud", "6 weken oud": a baby's age, in months or weeks with "oud".
    if k + 1 < tokens.count, tokens.isAny(k, Self.babyUnits), tokens.is(k + 1, "oud") {
      return (tokens[k + 1].end, true, k + 2)
    }
    if k < tokens.count, tokens[k].flags.contains(.years), tokens[k].start - end <= 1 {
      end = tokens[k].end
      years = true
      k += 1
      if k < tokens.count, tokens.is(k, "oud") {
        end = tokens[k].end
        k += 1
      }
    }
    return (end, years, k)
  }

  /// Words between a be-verb and an age ("ik ben bijna 40"), verbs after "ik 18" ("als ik 18
  /// word"), and the pronouns that are no family word before a number.
  static let ageHedges: [StaticString] = [
    "bijna", "net", "pas", "ongeveer", "inmiddels", "nu", "al", "sinds", "ruim", "zo'n",
  ]
  static let babyUnits: [StaticString] = ["maanden", "maand", "mnd", "weken", "weekjes", "week"]
  static let beOrBecome: [StaticString] = ["word", "wordt", "werd", "ben", "was", "bent", "is", "geworden"]
  static let pronouns: [StaticString] = ["ik", "je", "ze", "we", "u", "hij", "zij", "jij"]

  func age(_ tokens: Tokens, at i: Int) -> PIISpan? {
    guard ageNumber(tokens, i), !animalOrThingAge(tokens, i) else { return nil }
    let (end, years, next) = ageEnd(tokens, i)
    let start = tokens[i].start
    let span = PIISpan(start: start, end: end, label: .age)
    let nextWord = next < tokens.count ? String(decoding: tokens.key(next), as: UTF8.self) : ""
    // "tot mijn 12e", "ben 20jr": ageNumber took only an ordinal after "mijn" or years written
    // onto the number after a be-verb among mixed tokens.
    if tokens[i].kind == .mixed { return span }
    // 34 jaar oud, 34-jarige
    if end > tokens[i].end {
      let last = tokens.index(atOrAfter: end) - 1
      if tokens.is(last, "oud") || tokens.isAny(last, ["jarige", "jarig"]) { return span }
    }
    // "ik ben 34", "mijn zoon is 8", "ik ben bijna 40", "ik word 50"
    var k = i - 1
    if k >= 0,
      tokens.isAny(k, Self.ageHedges)
    {
      k -= 1
    }
    // "nu ben ik al 41", "toen was ze 12": the verb before its subject.
    if k >= 1, tokens.isAny(k, Self.pronouns), tokens.isAny(k - 1, ["ben", "is", "was", "wordt", "werd"]) {
      k -= 1
    }
    if k >= 0, tokens[k].flags.contains(.beVerb) || tokens.isAny(k, ["geworden", "wordt", "werd"]) {
      let subjectOK =
        tokens.isAny(k, ["ben", "bent", "kben"]) || personBefore(tokens, k)
        || (k + 1 < tokens.count && tokens[k + 1].flags.contains(.subject) && k + 1 != i)
      let unit = next < tokens.count && tokens[next].flags.contains(.unit) && !years
      let duration = years && Self.durationWords.contains(nextWord)
      let counted =
        nextWord == "van" || nextWord == "x" || nextWord == "%" || nextWord == "/"
        || (nextWord == "," || nextWord == "." || nextWord == "-") && next + 1 < tokens.count
          && tokens[next + 1].kind == .number && tokens[next + 1].start == tokens[next].end
      if subjectOK, !unit, !duration, !counted, !tokens.is(i - 1, "al") || !years {
        return span
      }
      // "hij is pas 2 maanden.", "ze is zes weken": someone else's age in months or weeks,
      // ending the clause, is a baby's ("ik ben 2 maanden ziek" is how long; "de wachtlijst
      // is 6 maanden" names no one).
      // The person is the subject: not after a preposition ("de wachttijd voor mijn zoon").
      let someone = [k - 1, k + 1].contains { j in
        guard j >= 0, j < i,
          tokens.isAny(j, ["hij", "ze", "zij"])
            || !tokens[j].flags.isDisjoint(with: [.personNoun, .firstName])
        else { return false }
        var b = j - 1
        while b >= 0, tokens[b].flags.contains(.determiner) { b -= 1 }
        return b < 0 || !tokens.isAny(b, ["voor", "van", "bij", "met", "aan", "op", "over", "naar", "door"])
      }
      if someone, !years, !tokens.is(i - 1, "al"), next < tokens.count,
        tokens.isAny(next, Self.babyUnits),
        next + 1 >= tokens.count || tokens.isAny(next + 1, [",", ".", "!", "?"])
      {
        return PIISpan(start: start, end: tokens[next].end, label: .age)
      }
    }
    // "mijn oma van 92", "een meisje van 12", "mijn zoon van 8 jaar", "2 broers van 17"
    if i >= 2, tokens.is(i - 1, "van"),
      tokens[i - 2].flags.contains(.personNoun) || tokens[i - 2].flags.contains(.subject)
    {
      // "een zoon van 8 maanden": a baby's age in months or weeks.
      if !years, next < tokens.count, tokens.isAny(next, Self.babyUnits) {
        return PIISpan(start: start, end: tokens[next].end, label: .age)
      }
      if !(next < tokens.count && tokens[next].flags.contains(.unit) && !years) { return span }
    }
    // "zijn zoon daan van 6": a first name, "van" and a number that ends the phrase ("jan van
    // 9 tot 5" is a time).
    // Also a name known to no list, by its capital inside a sentence ("zijn neefje Wojtas van 5").
    // After a person word too, whatever follows: "mijn nichtje Fenna van 6 logeert vaak".
    if i >= 3, tokens.is(i - 1, "van"), tokens[i - 2].flags.contains(.firstName) || tokens[i - 2].capital,
      tokens[i - 3].flags.contains(.personNoun),
      !(next < tokens.count && tokens[next].flags.contains(.unit) && !years)
    {
      return span
    }
    if i >= 2, tokens.is(i - 1, "van"),
      tokens[i - 2].flags.contains(.firstName)
        || tokens[i - 2].kind == .word && tokens[i - 2].capital && !tokens[i - 2].sentenceStart
          && !tokens.shouting && tokens[i - 2].flags.isDisjoint(with: [.word, .function, .verb, .calendar]),
      next >= tokens.count || tokens[next].kind == .other
        || tokens.isAny(
          next, ["jaar", "en", "heeft", "is", "zit", "gaat", "woont", "wonen", "in", "op", "bij", "met"])
        || tokens[next].flags.contains(.verb)
    {
      return span
    }
    // "van mijn 9 tot mijn 15", "sinds mijn 17": a number after "mijn" and a word for when is an age.
    if i >= 2, tokens.isAny(i - 1, ["mijn", "mn", "m'n", "zijn", "zn", "haar"]),
      tokens.isAny(i - 2, ["van", "vanaf", "sinds", "tot", "op", "rond", "tussen", "na", "voor"]),
      next >= tokens.count || tokens[next].kind == .other || years
        || tokens.isAny(next, ["tot", "en", "of", "ging", "ben", "was", "woon", "woonde", "heb", "had"])
    {
      return span
    }
    // "de oudste is 12", "de jongste is 3", "en de jongste 9", "ik ben de oudste, 58": the eldest
    // or youngest of one's children or of a group.
    let eldest: [StaticString] = ["oudste", "jongste", "middelste"]
    let eldestBefore =
      tokens.isAny(i - 1, eldest) || i >= 2 && tokens.is(i - 1, ",") && tokens.isAny(i - 2, eldest)
    if i >= 2,
      tokens.isAny(i - 1, ["is", "was", "wordt"]) && tokens.isAny(i - 2, eldest)
        || eldestBefore && (next >= tokens.count || tokens[next].kind == .other || years),
      !(next < tokens.count && tokens[next].flags.contains(.unit) && !years)
    {
      return span
    }
    // "ik ben mies van 17", "ik heet Jan de Wit van 40": after an introduction, "van" and a
    // number is the age.
    // Only where the number ends the phrase: "ik ben lid van 3 clubs" counts clubs.
    let phraseEnds =
      next >= tokens.count || tokens[next].kind == .other
      || tokens.isAny(next, ["jaar", "en", "maar", "uit", "dus", "want", "ik"])
    // The word before "van" must be able to be a name: "ik ben fan van 2." is no age.
    let named =
      i >= 4
      && (tokens[i - 2].flags.contains(.firstName) || tokens[i - 2].capital
        || !tokens[i - 2].flags.contains(.word))
    if i >= 4, tokens.is(i - 1, "van"), phraseEnds, named,
      (max(1, i - 6)..<(i - 2)).contains(where: {
        tokens.is($0 - 1, "ik") && (tokens.is($0, "ben") || tokens[$0].flags.contains(.nameVerb))
      })
    {
      return span
    }
    // "mijn oom die 74 is", "haar zoon, die 8 wordt": a person, "die", the number and a be-verb.
    if i >= 2, tokens.is(i - 1, "die"), next < tokens.count, tokens.isAny(next, Self.beOrBecome),
      personBefore(tokens, i - 1)
    {
      return span
    }
    // "Sem (die van 12)": "die van" and a number in brackets after a person.
    if i >= 3, tokens.is(i - 1, "van"), tokens.is(i - 2, "die"), tokens.is(i - 3, "("),
      next < tokens.count, tokens.is(next, ")")
    {
      return span
    }
    // "mijn zoon (8)", "Fatima (34)"
    if i >= 2, tokens[i - 1].kind == .other, tokens.scalars[tokens[i - 1].start] == "(",
      tokens[i - 2].kind == .word,
      next < tokens.count, tokens[next].kind == .other, tokens.scalars[tokens[next].start] == ")",
      tokens.number(i) != nil || tokens[i].kind == .word
    {
      return span
    }
    if let spoken = spokenAge(tokens, at: i, span: span, next: next) { return spoken }
    // "ze is jarig op 3 mei en wordt 9": the age turned on a birthday named before.
    if i >= 2, tokens.isAny(i - 1, ["wordt", "word", "werd"]),
      (max(0, i - 10)..<(i - 1)).contains(where: { tokens.isAny($0, ["jarig", "verjaardag"]) }),
      !(next < tokens.count && tokens[next].flags.contains(.unit) && !years)
    {
      return span
    }
    // "als ik 18 word", "toen ik 12 was": the person before the number, the verb after it
    // ("als je 18 wordt" is anyone).
    if i >= 1, tokens.isAny(i - 1, ["ik", "hij", "zij", "ze"]), next < tokens.count,
      tokens.isAny(next, Self.beOrBecome)
    {
      return span
    }
    // "toen was ik 10", "is hij 12": the be-verb before the person.
    if i >= 2, tokens.isAny(i - 1, ["ik", "hij", "zij", "ze", "jij", "je"]),
      tokens[i - 2].flags.contains(.beVerb),
      !(next < tokens.count && tokens[next].flags.contains(.unit) && !years)
    {
      return span
    }
    // "(Ilias, 9)": a name, a comma and a number in brackets.
    if i >= 3, tokens.is(i - 1, ","), tokens[i - 2].kind == .word, next < tokens.count,
      tokens.is(next, ")"), tokens.number(i) != nil,
      (i - 5..<(i - 2)).contains(where: { $0 >= 0 && tokens.is($0, "(") })
    {
      return span
    }
    // "mijn moeder is 63 en mijn vader 65": a family word right before a number, no unit after.
    if i >= 1, tokens[i - 1].flags.contains(.personNoun) || tokens[i - 1].flags.contains(.subject),
      tokens[i - 1].kind == .word, !tokens.isAny(i - 1, Self.pronouns),
      !(next < tokens.count && (tokens[next].flags.contains(.unit) || tokens.isAny(next, ["%", "x"])))
    {
      return span
    }
    // "ayoub, 17 jaar, woont …"
    // Not "ik woon in Zwolle, 3 jaar al": after a town it is a time.
    if years, i >= 2, tokens.is(i - 1, ","),
      tokens[i - 2].flags.contains(.firstName) || tokens[i - 2].capital,
      tokens[i - 2].flags.isDisjoint(with: [.town, .country, .neighbourhood])
    {
      return span
    }
    // "Ayoub Bakker, 17, Zwolle": a name, a comma and a number that stands alone between commas
    // or at the end, as in a short profile.
    if !years, i >= 2, tokens.is(i - 1, ","), tokens[i - 2].kind == .word, !tokens.shouting,
      tokens[i - 2].capital && !tokens[i - 2].sentenceStart || tokens[i - 2].flags.contains(.firstName),
      !tokens[i - 2].flags.intersection([.firstName, .surname]).isEmpty
        || tokens[i - 2].flags.isDisjoint(with: [.word, .town, .function, .calendar]),
      next >= tokens.count || tokens.isAny(next, [",", ".", ";"]), tokens.number(i) != nil
    {
      return span
    }
    // "leeftijd: 34", "leeftijd 34"
    var l = i - 1
    if l >= 0, tokens[l].kind == .other { l -= 1 }
    if l >= 0, tokens.isAny(l, ["leeftijd", "age"]) { return span }
    // "oud: 33": the word for old as a form's label, with a colon.
    if l >= 0, l == i - 2, tokens.is(l, "oud"), tokens.scalars[tokens[i - 1].start] == ":" { return span }
    // "27 jaar ben ik", "12 jaar is hij": the years first, then the be-verb and the person.
    // Only where that ends the phrase: "3 jaar ben ik daar geweest" is a time.
    // Without "jaar" only at the start of a sentence ("43 ben ik, en …").
    let opens = i == 0 || tokens[i].sentenceStart
    if years || opens, next + 1 < tokens.count, tokens.isAny(next, ["ben", "is", "word", "wordt"]),
      tokens.isAny(next + 1, Self.pronouns),
      next + 2 == tokens.count || tokens[next + 2].kind == .other
        || tokens.isAny(next + 2, ["en", "oud"])
    {
      return span
    }
    // "ik moest 18 worden", "hij is net 18 geworden": becoming the number, after a verb, a
    // person or a word of time.
    if i >= 1, next < tokens.count, tokens.isAny(next, ["worden", "geworden"]),
      tokens.isAny(
        i - 1,
        [
          "moest", "moet", "ga", "gaat", "zal", "zou", "mag", "mocht", "wil", "wilde", "net", "pas", "bijna",
          "ik",
          "hij", "zij", "ze", "al",
        ])
    {
      return span
    }
    // "toen ik 12 was", "sinds mijn 16e"
    // "zodra ze 21 is", "toen hij 12 werd". Not "als je 18 bent": "je" there is anyone, and
    // the age a rule starts at is what a report needs.
    if i >= 1, tokens.isAny(i - 1, ["ik", "hij", "zij", "ze"]),
      tokens.isAny(next, ["was", "werd", "ben", "wordt", "word", "is"])
    {
      if i >= 2, tokens.isAny(i - 2, ["toen", "als", "sinds", "vanaf", "tot", "zodra", "totdat", "voordat"]) {
        return span
      }
    }
    return nil
  }
}
