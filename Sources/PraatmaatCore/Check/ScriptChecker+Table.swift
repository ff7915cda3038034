/// What a script may say at a table, and what only makes sense with one person: lines for
/// the whole table read the table (`iemand`, `iedereen` …), follow-ups belong right under
/// their question, tallies and secret questions belong to a round. Each misuse is an error
/// whose hint is itself valid; nothing fails silently at the table.
extension CheckRun {
  /// Methods where everyone answers the same question in turn.
  private var roundsAtTable: Bool { script.header.method.rules.answersInRounds }
  /// A card game: cards are drawn, the script is not walked.
  private var drawsCards: Bool { script.header.method.rules.drawsCards }
  /// The group answers together: no answer is anyone's own.
  private var answersTogether: Bool { script.header.method.rules.answersTogether }

  mutating func checkTable() {
    let method = script.header.method
    let personal = script.personalVariables
    let words = GroupQuantifier.allCases.map(\.rawValue).joined(separator: ", ")
    let variables = Set(script.header.variables.map(\.name))
    let inFollowUpBlock = script.sections.indices.flatMap { s in
      script.sections[s].items.indices.map { script.isInFollowUpBlock(section: s, item: $0) }
    }
    for (index, item) in script.sections.flatMap(\.items).enumerated() {
      if case .set(let a) = item {
        // The variable itself, undeclared, is S011 already.
        for name in a.sum?.names ?? []
        where name != a.variable && !variables.contains(name) && script.question(name) == nil {
          report(
            .unknownReference, a.location, "'\(name)' in de som is geen vraag en geen variabele.",
            hint: "Zet bovenaan: variabele: \(name) = 0")
        }
        // For the whole table a sum cannot read an answer: everyone has their own.
        if roundsAtTable, !inFollowUpBlock[index], !script.isPerPerson(a, personal: personal),
          let answer = a.sum?.names.first(where: { script.question($0) != nil })
        {
          report(
            .personalLineAtTable, a.location,
            "Deze som is voor de hele tafel, maar '\(answer)' is het antwoord van één persoon.",
            hint: "Reken per persoon: zet eronder 'als: \(answer) beantwoord'.")
        }
      }
      guard let condition = item.condition else { continue }
      let own = condition.ownReferences.filter {
        script.question($0.name) != nil || personal.contains($0.name)
      }
      // Between a question and its follow-ups, lines are walked for each person: they may read them.
      if method.isGroup, !answersTogether, item.question == nil, !item.isSet,
        !inFollowUpBlock[index],
        let first = own.first
      {
        report(
          .personalLineAtTable, first.location,
          "Deze regel is voor de hele tafel, maar 'als:' kijkt naar het antwoord van één persoon ('\(first.name)').",
          hint:
            "Zeg voor wie aan tafel het moet gelden: als: iemand \(condition.writtenAsPart)  (of \(words)).")
      }
      if !method.isGroup || answersTogether, let (word, at) = condition.firstGroupWord {
        report(
          .groupWordAlone, at,
          "'\(word.rawValue)' kijkt naar iedereen aan tafel, maar dit script is een \(method.rawValue).",
          hint: "Laat het woord weg: als: \(condition.withoutGroupWords.written)")
      }
    }
    for q in script.questions {
      checkFollowUp(q)
      checkTally(q)
      checkPrivate(q)
    }
    checkGroupSize()
    checkMethodKeys()
  }

  /// Keys and lines one method never reads: a card label outside a persona, `na:` outside a
  /// card game, and in a card game the lines it never walks (a card game draws cards, it does
  /// not go down the script); in a persona, a condition on answers the group gives together.
  private mutating func checkMethodKeys() {
    let method = script.header.method
    for q in script.questions {
      if q.cardLabel != nil, !answersTogether {
        report(
          .notForThisMethod, q.location,
          "'kaart:' hoort bij een persona; dit script is een \(method.rawValue).",
          hint: "Haal 'kaart:' weg onder '\(q.id)'.")
      }
      if q.namely != nil, drawsCards || answersTogether {
        report(
          .notForThisMethod, q.namelyLocation ?? q.location,
          "'anders-namelijk:' werkt niet bij een \(method.rawValue).",
          hint: "Haal 'anders-namelijk:' weg. Wil je weten wat iemand bedoelt? Zet er een open vraag onder.")
      }
      if q.after != nil, !drawsCards {
        report(
          .notForThisMethod, q.afterLocation ?? q.location,
          "'na:' hoort bij een kwartetspel; dit script is een \(method.rawValue).",
          hint: "Haal 'na:' weg. De vragen komen al in de volgorde van het script.")
      }
      if let condition = q.condition, let first = condition.references.first {
        if drawsCards {
          report(
            .notForThisMethod, first.location,
            "Bij een kwartetspel kiest de speler een kaart; 'als:' bij een kaart werkt niet.",
            hint:
              "Haal 'als:' weg. Moet de kaart na een andere kaart komen? Schrijf dan: na: en het id van die kaart."
          )
        } else if answersTogether,
          condition.references.contains(where: { script.question($0.name) != nil })
        {
          report(
            .notForThisMethod, first.location,
            "Bij een persona antwoordt de groep samen; een 'als:' op een eerder antwoord is nooit waar.",
            hint: "Haal 'als:' weg onder '\(q.id)'.")
        }
      }
    }
    guard drawsCards else { return }
    let items = script.sections.flatMap(\.items)
    let cards = items.indices.filter { items[$0].question != nil }
    for (index, item) in items.enumerated() {
      switch item {
      case .set, .jump:
        report(
          .notForThisMethod, item.location,
          "Een kwartetspel loopt niet langs het script: 'zet:' en 'ga naar:' doen hier niets.",
          hint: "Haal de regel weg.")
      case .say where (cards.first ?? 0) < index && index < (cards.last ?? 0):
        report(
          .notForThisMethod, item.location, "Deze 'zeg:' staat tussen de kaarten; het spel zegt hem nooit.",
          hint: "Zet de regel boven de eerste kaart (welkom) of onder de laatste kaart (afsluiting).")
      default: break
      }
    }
  }

  private mutating func checkFollowUp(_ q: Question) {
    let method = script.header.method
    guard let followUp = q.followUp else {
      // "Wat maakt dat zo?" under a question, read only for who answered it: at a table it would
      // come after the whole round, when "dat" has lost its meaning.
      guard roundsAtTable, let condition = q.condition, let above = questionAbove(q),
        above.kind != .statement,
        !condition.ownReferences.isEmpty, condition.ownReferences.allSatisfy({ $0.name == above.id })
      else { return }
      report(
        .followUpMissing, q.location,
        "De vraag '\(q.id)' gaat over het antwoord op '\(above.id)', maar komt pas als de hele tafel '\(above.id)' heeft gehad.",
        hint:
          "Zet onder de vraag: vervolg: ja. Dan komt ze direct na elk antwoord. Wil je toch eerst het hele rondje? Zet dan: vervolg: nee"
      )
      return
    }
    guard followUp else { return }
    let at = q.followUpLocation ?? q.location
    if drawsCards || answersTogether {
      let hint =
        drawsCards
        ? "Haal 'vervolg:' weg. Hoort een kaart bij een andere kaart? Schrijf dan: na: en het id van die kaart."
        : "Haal 'vervolg:' weg: bij een persona beantwoordt de groep elke vraag samen."
      report(.badFollowUp, at, "'vervolg:' werkt niet bij een \(method.rawValue).", hint: hint)
      return
    }
    guard let followed = script.followedQuestion(of: q.id) else {
      report(
        .badFollowUp, at, "Boven '\(q.id)' staat in dit deel geen vraag waar ze op kan volgen.",
        hint:
          "Zet de vraag direct onder de vraag waar ze bij hoort, in hetzelfde deel. Of haal 'vervolg: ja' weg."
      )
      return
    }
    if let at = script.position(ofQuestion: q.id), script.sections[at.section].randomPick != nil {
      report(
        .badFollowUp, q.followUpLocation ?? q.location,
        "In een willekeurig deel staat geen vraag vast boven een andere; 'vervolg:' kan daar niet.",
        hint: "Zet de vraag en haar vervolgvraag in een deel zonder 'willekeurig:'.")
    }
    if followed.kind == .statement {
      report(
        .badFollowUp, at, "Na een stelling vraagt praatmaat zelf: 'Waarom vind je dat?'.",
        hint: "Haal 'vervolg: ja' weg, of zet de vraag onder een andere vraag.")
    }
    if q.kind == .statement {
      report(
        .badFollowUp, at, "Een stelling kan geen vervolgvraag zijn: de hele tafel stemt erover.",
        hint: "Haal 'vervolg: ja' weg.")
    }
    // A jump between a question and its follow-up would leave the round half way.
    if let from = script.position(ofQuestion: followed.id), let to = script.position(ofQuestion: q.id) {
      for item in script.sections[from.section].items[from.item..<to.item] {
        if case .jump(let jump) = item {
          report(
            .badFollowUp, jump.location,
            "Tussen '\(followed.id)' en de vervolgvraag '\(q.id)' kan geen 'ga naar:' staan.",
            hint: "Zet de 'ga naar:' onder de vervolgvraag.")
        }
      }
    }
  }

  /// The question right above `q` in its part, if the item above it is one.
  private func questionAbove(_ q: Question) -> Question? {
    guard let at = script.position(ofQuestion: q.id) else { return nil }
    return script.sections[at.section].items[..<at.item].reversed().lazy.compactMap(\.question).first
  }

  private mutating func checkTally(_ q: Question) {
    guard q.showsTally else { return }
    let at = q.tallyLocation ?? q.location
    if !roundsAtTable {
      report(
        .badTally, at,
        "'toon: stemmen' werkt alleen als de hele tafel dezelfde vraag krijgt: bij een stamtafel of panel.",
        hint: "Haal 'toon: stemmen' weg.")
    } else if !q.kind.isClosed || q.kind == .statement {
      let why =
        q.kind == .statement
        ? "Bij een stelling toont praatmaat de stemmen al."
        : "Bij een \(q.kind.word)-vraag zijn er geen stemmen te tellen."
      report(.badTally, at, why, hint: "Haal 'toon: stemmen' weg.")
    } else if q.isPrivate {
      report(
        .badTally, at,
        "Een geheime vraag laat geen stemmen zien: aan een kleine tafel raad je dan wie wat koos.",
        hint: "Haal 'toon: stemmen' of 'geheim: ja' weg.")
    }
  }

  private mutating func checkPrivate(_ q: Question) {
    guard q.isPrivate else { return }
    if q.namely != nil, roundsAtTable {
      report(
        .badPrivate, q.privateLocation ?? q.location,
        "'anders-namelijk:' vraagt om eigen woorden, en die leest de begeleider na op het scherm; dan is het niet geheim meer.",
        hint: "Haal 'anders-namelijk:' of 'geheim: ja' weg.")
    }
    if q.kind == .open, roundsAtTable {
      report(
        .badPrivate, q.privateLocation ?? q.location,
        "Een open antwoord leest de begeleider na op het scherm; dan is het niet geheim meer.",
        hint: "Maak er een ja/nee-, keuze-, schaal- of getal-vraag van, of haal 'geheim: ja' weg.")
    }
    guard !roundsAtTable else { return }
    let why =
      script.header.method.isGroup
      ? "Bij een \(script.header.method.rawValue) antwoordt niet iedereen om de beurt."
      : "In een gesprek met één persoon is elke vraag al alleen voor die persoon."
    report(
      .badPrivate, q.privateLocation ?? q.location, "'geheim: ja' werkt alleen aan tafel. \(why)",
      hint: "Haal 'geheim: ja' weg.")
  }

  private mutating func checkGroupSize() {
    guard let size = script.header.groupSize else { return }
    let at = script.header.groupSizeLocation ?? SourceLocation(line: 1, column: 1)
    let most = TableState.maximumParticipants
    if !script.header.method.isGroup {
      report(
        .badGroupSize, at, "'groep:' hoort bij een script voor een groep.",
        hint: "Haal 'groep:' weg, of kies een methode voor een groep.")
    } else if size.lowerBound < 2 || size.upperBound > most {
      report(
        .badGroupSize, at,
        "Aan tafel zitten 2 tot \(most) mensen; hier staat \(size.lowerBound) tot \(size.upperBound).",
        hint:
          "Bijvoorbeeld: groep: \(max(2, min(size.lowerBound, most)))-\(min(most, max(2, size.upperBound)))")
    }
  }
}
