/// Requests in everyday words that the set phrases do not cover, each by the kind of thing it
/// says rather than by one wording: leaving ("ik ga weg", "ik doe niet meer mee"), a moment
/// away ("even wat halen"), skipping with the verb in two parts ("sla die dan maar over"),
/// leaving a question empty, "gaat je … aan" with any word between, one's own business, not
/// saying it, changing an earlier answer, and asking back whether something is the same.
extension BuiltInReply {
  /// A request in a short answer (at most eight words), or nil.
  static func everyday(_ words: [String]) -> BuiltInReply? {
    let text = " " + words.joined(separator: " ") + " "
    func has(_ phrases: [String]) -> Bool { phrases.contains { text.contains(" \($0) ") } }
    let negative: Set<String> = ["niet", "niks", "niets", "geen"]
    if leaving(words) || momentAway(words) { return .pause }
    // "ik heb echt geen flauw idee": not knowing, whatever words lie around it.
    // Not "nee, geen idee hoe dat moet": a no, and what is not known.
    if words.count <= 6, words.contains("geen"), ["idee", "benul"].contains(words.last ?? ""),
      !["nee", "ja"].contains(words.first ?? "")
    {
      return .dontKnow
    }
    // "kun je dat nog even zeggen", "lees hem nog eens voor": said or read once more.
    if words.contains("nog"),
      words.contains(where: { ["zeggen", "vragen", "voorlezen"].contains($0) })
        || words.contains("lees") && words.last == "voor"
    {
      return .repeatQuestion
    }
    // "deze wil ik niet doen", "die doen we maar niet", "dit wil ik echt niet": not this question.
    if words.count <= 6, let first = words.first, ["deze", "die", "dit"].contains(first),
      words.contains("niet"),
      words.contains(where: { ["wil", "doen", "beantwoorden", "invullen", "maken"].contains($0) })
    {
      return .skip
    }
    // "hij vraagt wat een indicatie is": the supporter passes on a question about the question.
    if let asks = words.firstIndex(where: { ["vraagt", "vroeg", "vragen"].contains($0) }),
      asks + 1 < words.count,
      ["wat", "welke", "hoe", "wie", "waarom", "of"].contains(words[asks + 1]), asks <= 2
    {
      return .explain
    }
    // "ik begrijp die keuzes niet": what to choose from is not understood.
    if words.contains(where: { ["snap", "begrijp", "snapt", "begrijpt"].contains($0) }),
      words.contains("niet"),
      words.contains(where: { ["keuzes", "antwoorden", "opties"].contains($0) }),
      words.count <= 7
    {
      return .explain
    }
    if ["nogmaals", "nog maals"].contains(words.joined(separator: " ")) { return .repeatQuestion }
    if sameAsked(words) { return .explain }
    // "sla die vraag dan maar over", "deze slaan we over": the verb and its "over" apart.
    // Not "die sla ik nooit over", which says what someone always does.
    if words.contains(where: { ["sla", "slaan", "skip", "skippen", "skipp"].contains($0) }),
      words.last == "over" || words.contains(where: { ["skip", "skippen", "skipp"].contains($0) }),
      !words.contains(where: { ["nooit", "niet", "vaak", "soms", "altijd", "meestal"].contains($0) })
    {
      return .skip
    }
    // "deze hoef ik niet", "die vraag hoeft van mij niet": this question not.
    if words.count <= 6, let first = words.first, ["deze", "die", "dit"].contains(first),
      words.contains(where: { ["hoef", "hoeft", "hoeven"].contains($0) }), words.last == "niet"
    {
      return .skip
    }
    // "die laat ik open", "laat maar leeg", "vul ik niet in": the question left empty.
    if words.contains(where: { ["laat", "laten"].contains($0) }),
      ["leeg", "open", "blanco"].contains(words.last ?? "")
        || has(["vul ik niet in", "wil ik niet invullen", "vul ik liever niet in"])
    {
      return .skip
    }
    if has(["maar de volgende", "de volgende maar", "de volgende graag", "doe de volgende"]) { return .skip }
    if notYourBusiness(words) { return .refuse }
    if has([
      "geen commentaar", "no comment", "is mijn zaak", "is mijn eigen zaak", "is mijn ding",
      "is mijn eigen ding", "zijn mijn zaken", "mijn eigen zaken",
    ]) {
      return .refuse
    }
    // "ik zeg het niet", "vertel ik liever niks": not saying it, in the first person.
    if words.count <= 6, let verb = words.firstIndex(where: { ["zeg", "vertel"].contains($0) }),
      verb == 0 || ["ik", "dat", "dit", "het"].contains(words[verb - 1]),
      words[(verb + 1)...].allSatisfy({
        ["het", "dat", "ik", "liever", "lekker", "mooi"].contains($0) || negative.contains($0)
      }),
      words[(verb + 1)...].contains(where: negative.contains),
      // "hij zegt niet echt" reports a "not really": saying it needs what is not said.
      words.contains(where: { ["het", "dat", "dit", "niks", "niets", "liever", "lekker"].contains($0) })
    {
      return .refuse
    }
    // "die hou ik voor mezelf", "dat houd ik voor me": kept back.
    if let k = words.firstIndex(where: { ["hou", "houd"].contains($0) }),
      k == 0 || ["dat", "dit", "die", "het"].contains(words[k - 1]),
      k + 3 < words.count, words[k + 1] == "ik", words[k + 2] == "voor",
      ["me", "mezelf", "mijzelf"].contains(words[k + 3])
    {
      return .refuse
    }
    // "dat hou ik liever geheim": kept back. (Keeping it to oneself can answer whom someone
    // talks to: nobody.)
    if words.contains(where: { ["hou", "houd", "houden"].contains($0) }), words.contains("geheim") {
      return .refuse
    }
    // "ik zeg niks meer over mijn geld": nothing more said about it.
    if let verb = words.firstIndex(where: { ["zeg", "vertel"].contains($0) }), verb + 2 < words.count,
      ["niks", "niets"].contains(words[verb + 1]), ["meer", "over"].contains(words[verb + 2])
    {
      return .refuse
    }
    if noWishToTell(words) { return .refuse }
    if let back = changingEarlier(words) { return back }
    // "hoe ging de vraag ook alweer", "welke keuzes waren er ook alweer": lost the question.
    if let first = words.first, ["wat", "welke", "welk", "hoe", "waar", "waarover"].contains(first),
      words.contains("alweer")
    {
      return .repeatQuestion
    }
    return nil
  }

  /// "is een tablet hetzelfde als een telefoon", "is dat hetzelfde": whether what one has is what
  /// is asked about.
  static func sameAsked(_ words: [String]) -> Bool {
    ["is", "zijn", "betekent", "telt"].contains(words.first ?? "") && words.contains("hetzelfde")
      && words.count <= 10
  }

  /// "dat gaat je geen donder aan", "gaat jullie helemaal niks aan wat ik doe": whatever word
  /// lies between, and whatever follows.
  static func notYourBusiness(_ words: [String]) -> Bool {
    guard let goes = words.firstIndex(of: "gaat"),
      let on = words[goes...].firstIndex(of: "aan"), on - goes <= 5
    else { return false }
    let between = words[goes..<on]
    return between.contains("niemand")
      || between.contains(where: { ["je", "jullie"].contains($0) })
        && between.contains(where: { ["niet", "niks", "niets", "geen"].contains($0) })
  }

  /// "geen zin om dat te vertellen", "daar heb ik geen zin in om over te praten": no wish to tell.
  static func noWishToTell(_ words: [String]) -> Bool {
    words.contains("zin") && words.contains("geen")
      && words.contains(where: {
        ["vertellen", "zeggen", "praten", "antwoorden", "beantwoorden"].contains($0)
      })
  }

  /// Leaving the conversation: "ik ga weg", "ik moet nu weg", "ik doe niet meer mee", "ik ben
  /// er klaar mee", "klaar". Not "ik wil daar weg", which says where someone wants to live.
  static func leaving(_ words: [String]) -> Bool {
    let text = " " + words.joined(separator: " ") + " "
    let said = words.joined(separator: " ")
    if ["klaar", "ik ben klaar", "ik ben er klaar mee", "ik stop", "ik stop nu", "ik kap", "ik kap nu"]
      .contains(said)
    {
      return true
    }
    if [
      " ik doe niet meer mee ", " ik hou op ", " ik houd op ", " ik ga naar huis ", " ik wil naar huis ",
      " wil niet meer praten ", " wil niet meer verder ", " stoppen met alles ", " stop met alles ",
      " wil niet verder ", " voor gezien ", " ermee kappen ", " hou maar op ", " houd maar op ",
    ].contains(where: text.contains)
      || ["hou op", "houd op", "time out", "timeout", "klaar ermee", "klaar hiermee"].contains(said)
      // "stop, ik wil niet meer praten": "stop" first, not "stop met roken".
      || words.count >= 2 && words[0] == "stop" && words[1] != "met"
      // "hij heeft geen zin meer in dit gesprek": no wish to go on with the questions.
      || words.contains("geen") && words.contains("zin") && words.contains("meer")
        && words.contains(where: { ["vragen", "gesprek", "dit", "praten"].contains($0) })
    {
      return true
    }
    // "ik ga nu weg", "ik moet even weg": going or having to go, and away.
    guard words.count <= 6, words.first == "ik", words.count >= 3,
      ["ga", "moet"].contains(words[1]), words.last == "weg" || words.count == 3 && words[2] == "nu"
    else { return false }
    return words[2..<(words.count - 1)].allSatisfy {
      ["nu", "even", "zo", "echt", "er", "dan", "maar"].contains($0)
    }
  }

  /// A moment away: "brb", "momentje", "even wat halen", "ik wil even niks".
  static func momentAway(_ words: [String]) -> Bool {
    let said = words.joined(separator: " ")
    if [
      "brb", "moment", "momentje", "een moment", "een momentje", "even een moment", "ogenblik", "ogenblikje",
    ]
    .contains(said) {
      return true
    }
    // "even thee halen", "ik moet even iets pakken", "even chillen": fetching something or a rest,
    // for a moment.
    if words.count <= 6, words.contains("even"),
      ["pakken", "halen", "chillen", "rusten", "bijkomen", "roken", "plassen"].contains(words.last ?? "")
    {
      return true
    }
    // "pauzeknop", "pauzetje graag", "graag een pauze": a break asked for in one word or politely.
    if words.count <= 5,
      words.contains(where: { $0.hasPrefix("pauze") && $0 != "pauze" })
        || words.contains("pauze") && words.contains("graag")
    {
      return true
    }
    // "morgen verder", "kunnen we vanmiddag verder": going on later.
    if words.count <= 10, words.contains("verder"),
      words.contains(where: {
        ["morgen", "later", "straks", "zo", "lunch", "keer", "middag", "vanmiddag", "vanavond"].contains($0)
      })
    {
      return true
    }
    // "ik wil nu even niks meer": nothing for now.
    return words.count <= 7 && words.contains("wil") && words.contains("even")
      && words.contains(where: { ["niks", "niets"].contains($0) })
  }

  /// Changing an earlier answer: "ik wil iets veranderen bij de vorige", "terug naar de vraag
  /// over werk", "kan ik nog even terug".
  static func changingEarlier(_ words: [String]) -> BuiltInReply? {
    let text = " " + words.joined(separator: " ") + " "
    // "terug naar de slaapvraag": back to the question about something.
    if let k = words.firstIndex(of: "terug"), k + 3 < words.count, words[k + 1] == "naar",
      ["de", "die"].contains(words[k + 2]),
      words[k + 3].hasSuffix("vraag") || k + 4 < words.count && words[k + 4] == "vraag"
    {
      return .back
    }
    let change: Set<String> = [
      "veranderen", "aanpassen", "wijzigen", "anders", "opnieuw", "verbeteren", "overdoen", "fout",
    ]
    if words.contains("vorige"), words.contains(where: change.contains) { return .back }
    // "kan ik nog even terug": back, asked with softening words.
    if words.count <= 6, words.last == "terug", askedBack(words) { return .back }
    if [" terug naar de vraag ", " terug naar die vraag ", " terug naar de vorige "].contains(
      where: text.contains)
    {
      return .back
    }
    return nil
  }
}
