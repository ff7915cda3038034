import Testing

@testable import PraatmaatCore

@Suite("Built-in replies")
struct BuiltInReplyTests {
  static let words: [(String, BuiltInReply?)] = [
    ("herhaal", .repeatQuestion), ("Nog een keer", .repeatQuestion), ("weet ik niet", .dontKnow),
    ("Weet ik niet.", .dontKnow), ("geen idee", .dontKnow), ("wil ik niet zeggen", .refuse),
    ("liever niet", .refuse), ("overslaan", .skip), ("overslan", .skip), ("terug", .back),
    ("vorige", .back), ("pauze", .pause), ("stop", .pause), ("hulp", .help), ("?", .help),
    ("1", nil), ("ja", nil), ("nee", nil), ("Bij mijn ouders", nil), ("", nil),
    // Said in a sentence: a word that only makes it stronger, another question word.
    ("ik weet het gewoon niet", .dontKnow), ("weet ik echt niet hoor", .dontKnow),
    ("hoe bedoel je dat", .explain), ("welke cijfers mag ik typen", .help),
    // Heard but not understood: "wat bedoel je", a word asked about.
    ("wat bedoel je met vervoer?", .explain), ("wat is een pinpas", .explain),
    ("ik snap de vraag niet", .explain),
    ("wat betekent dat", .explain), ("wat zei je?", .repeatQuestion), ("wat was de vraag", .repeatQuestion),
    ("hoe kan ik kiezen", .help), ("wat ik doe is werken", nil),
    // A question back; a softening word before a request; other ways to ask for the next one.
    ("welk werk bedoel je", .explain), ("kun je het makkelijker zeggen", .explain), ("welke dag?", .explain),
    ("even naar de volgende", .skip), ("ff terug", .back), ("deze vraag mag weg", .skip),
    ("ik wil verder", .skip), ("even wachten", .pause), ("mag ik eerst iets drinken", .pause),
    ("wat voor brieven", .explain), ("nee. volgende", nil),
    // A refusal without "niks"; not knowing said the other way round.
    ("dat gaat jou niet aan", .refuse), ("daar ga ik nu niet op in", .refuse), ("niet weten", .dontKnow),
    // Not knowing for sure, then a guess at the answer, is no "weet ik niet".
    ("geen idee wss 5", nil), ("weet ik veel", .dontKnow),
    // A break or "terug" talked about, not asked for: after an article or another verb.
    ("leuk, vooral de lunchpauze en de pauze", nil), ("ik wil stoppen met roken", nil),
    // Clear in a longer sentence too: a refusal in a set phrase, not knowing as a conclusion,
    // asking what a word covers; a thing with "telt dat?" is still an answer.
    ("die dingen van thuis zijn echt te moeilijk om over te praten", .refuse),
    ("over mijn familie wil ik het op dit moment liever niet hebben", .refuse),
    ("mijn moeder doet al het papierwerk voor mij dus ik weet het niet", .dontKnow),
    ("wat is het verschil tussen een gesprek en een afspraak", .explain),
    ("een hamster, telt dat ook?", nil),
    ("boos, ze schrijven nooit terug", nil), ("ik wil even pauze", .pause), ("ga terug", .back),
    // Chat spelling, a break asked for with "een", the question before in other words.
    ("weet ik egt niet", .dontKnow), ("kan ik een pauze", .pause), ("na een pauze gaat het beter", nil),
    ("mag ik terug naar de vraag ervoor", .back),
    ("ik wil terug want ik typte iets anders bij de vorige", .back),
    ("dat zeg ik niet want mijn broer zit erbij", .refuse), ("wil ik nie antwoorden hoor", .refuse),
    ("nog 1x alsjeblieft", .repeatQuestion),
    // What the question covers, a question word and a verb; not knowing after a sigh about the
    // question, and not when a guess follows.
    ("wat hoort er allemaal bij wonen", .explain), ("tellen de buren ook", .explain),
    ("hoe werkt dat dan", .explain), ("pff lastige vraag weet ik niet", .dontKnow),
    ("weet ik niet, misschien de bus", nil),
    // An opener that only says the rest is meant; no view of one's own; what is mine kept back,
    // and a thing kept back that answers a statement; not wanting to talk about it.
    ("eerlijk gezegd weet ik het echt niet", .dontKnow),
    ("daar heb ik eigenlijk geen mening over", .dontKnow),
    ("heb ik nooit bij stilgestaan", .dontKnow), ("mijn adres hou ik voor mezelf", .refuse),
    ("ruzies hou ik voor mezelf", nil), ("ik wil het niet over mijn schulden hebben", .refuse),
    // Shown again, read again; skipped in other words; "volgende week" is no "volgende".
    ("kan je de vraag nog eens laten zien", .repeatQuestion), ("ik las het niet goed", .repeatQuestion),
    ("die sla ik over", .skip), ("volgende week", nil), ("35, volgende maand 36", nil),
    // What a thing is, however long; stopping this conversation is a pause, stopping something
    // else an answer.
    ("wat is een indicatie voor begeleiding", .explain), ("ik wil stoppen met deze vragen", .pause),
    ("ze wil stoppen met werken", nil),
    // Which of two is meant, a sentence not understood, nothing said about it.
    ("bedoel je de huisarts of de tandarts", .explain), ("deze zin snap ik niet", .explain),
    ("over mijn familie zeg ik liever niks", .refuse), ("dat bespreek ik alleen met mijn zus", .refuse),
    // Leaving and a moment away; skipping with the verb in two parts or a question left empty,
    // and a habit of skipping that is an answer.
    ("ik moet nu echt weg", .pause), ("ik doe niet meer mee hoor", .pause), ("momentje", .pause),
    ("ik moet even mijn jas halen", .pause), ("ik wil even helemaal niks", .pause),
    ("sla die dan maar even over", .skip), ("die laat ik liever open", .skip), ("dit hoef ik niet", .skip),
    ("het ontbijt sla ik vaak over", nil),
    // Whatever word lies between "gaat je" and "aan"; one's own business; not saying it; a
    // shrug; no wish to tell, at length.
    ("dat gaat je helemaal geen bal aan wat ik verdien", .refuse), ("dat is mijn eigen zaak", .refuse),
    ("ik zeg het lekker niet", .refuse), ("die hou ik voor mezelf", .refuse), ("persoonlijk hoor", .refuse),
    ("🤷🏽‍♂️", .dontKnow), ("daar heb ik nu echt geen zin in om over te praten", .refuse),
    // An earlier answer changed, waiting first; lost the question; which of two, asked last.
    ("wacht, ik wil de vorige anders", .back), ("ik wil graag terug naar de vraag over geld", .back),
    ("hoe ging die vraag ook alweer", .repeatQuestion), ("de huisarts of de tandarts bedoel je", .explain),
    ("ik heb een coach, is dat hetzelfde?", .explain), ("saai, steeds hetzelfde", nil),
    ("ik weet het nog niet", .dontKnow), ("ik weet het eerlijk gezegd niet", .dontKnow),
    // Said once more, read out again; not this question; whether two things are the same; the
    // question about something, back; thinking first; helping is no asking for help.
    ("wil je dat nog eens zeggen", .repeatQuestion), ("lees die nog een keer voor", .repeatQuestion),
    ("deze wil ik niet doen", .skip), ("is een tablet hetzelfde als een laptop?", .explain),
    ("mag ik terug naar de geldvraag", .back), ("even nadenken... geen flauw idee", .dontKnow),
    ("ik help in de keuken", nil), ("nee, geen idee hoe dat werkt", nil),
    ("ik heb totaal geen idee", .dontKnow),
    // Going on later, a break in one word, stopping it all; not talking any more is stopping.
    ("kunnen we morgen verder", .pause), ("pauzemoment", .pause), ("ik wil stoppen met alles", .pause),
    ("ik wil niet meer praten", .pause), ("dat hou ik liever geheim", .refuse),
    ("ik zeg niks meer over mijn werk", .refuse), ("met niemand, ik hou het voor me", nil),
    // The supporter passes on a question; what to choose from not understood; this one not;
    // not saying how; asking leave not to say it; rest and stopping in other words.
    ("hij vraagt wat een indicatie is", .explain), ("ik begrijp de opties niet", .explain),
    ("die doen we maar niet", .skip), ("ze wil niet zeggen hoe ze heet", .refuse),
    ("mag ik daar liever niks over zeggen", .refuse), ("ik typ slecht, liever praten", nil),
    ("even bijkomen, kan ik zo verder", .pause), ("hij gaat even roken", .pause),
    ("ze wil niet verder", .pause), ("stop nou maar", .pause),
    ("hij heeft geen zin meer in dit gesprek", .pause),
    ("ik wil terug naar de werk vraag", .back), ("kan ik nog even terug", .back),
    ("nogmaals", .repeatQuestion),
  ]

  @Test("recognised words, forgiving case, punctuation and a small typo", arguments: words)
  func recognise(input: String, reply: BuiltInReply?) {
    #expect(BuiltInReply.recognise(input) == reply)
  }

  @Test("herhaal shows the question again and does not count as an answer")
  func repeatQuestion() {
    var talk = play(parseScript(wonenScript))
    #expect(talk.type("herhaal") == woonplekPrompt)
    #expect(talk.type("nog een keer") == woonplekPrompt)
    #expect(talk.next == .answer("woonplek"))
    #expect(talk.events.isEmpty)
    #expect(talk.state.failedTries == 0)
  }

  @Test("wat bedoel je says the question in other words when the script has them, else again")
  func explain() {
    let script = parseScript(
      withHeader(
        """
        vraag: pas ja/nee
          tekst: Heb je een ov-chipkaart?
          anders: Heb je een pasje voor de bus en de trein?
        vraag: eten ja/nee
          tekst: Kook je zelf?
        """))
    var talk = play(script)
    let still = "Snap je het nog niet? Typ dan: weet ik niet."
    #expect(
      talk.type("wat is een ov-chipkaart?") == [
        "Ik zeg het op een andere manier.", "Heb je een pasje voor de bus en de trein?",
        "  1. 👍 Ja", "  2. 👎 Nee", "Typ een nummer of een woord.", still,
      ])
    #expect(talk.events.isEmpty)
    #expect(talk.type("ja").first == "Je koos: 👍 Ja")
    // No other words in the script: the question once more.
    #expect(
      talk.type("hoe bedoel je") == [
        "Ik zeg de vraag nog een keer.", "Kook je zelf?", "  1. 👍 Ja", "  2. 👎 Nee",
        "Typ een nummer of een woord.", still,
      ])
    #expect(talk.next == .answer("eten"))
  }

  @Test("a question back that is no answer gets the question in other words; one with an answer is read")
  func questionBack() {
    let script = parseScript(
      withHeader(
        """
        vraag: dieren getal
          tekst: Hoeveel dieren heb je?
          min: 0
          max: 20
        vraag: huisdier ja/nee
          tekst: Heb je een huisdier?
        """))
    var talk = play(script)
    #expect(talk.type("tellen vissen ook mee?").first == "Ik zeg de vraag nog een keer.")
    #expect(talk.next == .answer("dieren"))
    #expect(talk.type("3").first == "Je typte: 3")
    #expect(talk.type("een konijn, telt dat?").first?.hasPrefix("Bedoel je") == true)
  }

  static let answers: [(String, String, AnswerValue)] = [
    ("weet ik niet", "Dat is goed. We gaan verder.", .dontKnow),
    ("wil ik niet zeggen", "Dat is goed. Je hoeft het niet te zeggen.", .refused),
    ("liever niet", "Dat is goed. Je hoeft het niet te zeggen.", .refused),
    ("overslaan", "We slaan deze vraag over.", .skipped),
  ]

  @Test("weet ik niet, wil ik niet zeggen and overslaan answer and go on", arguments: answers)
  func answeringReplies(input: String, echo: String, value: AnswerValue) {
    var talk = play(parseScript(wonenScript))
    #expect(talk.type(input) == [echo] + tevredenPrompt)
    #expect(talk.events.map(\.value) == [value])
    #expect(talk.state.answers["woonplek"] == value)
  }

  @Test("built-in replies also work on an open question")
  func onOpenQuestion() {
    let script = parseScript(
      withHeader(
        """
        vraag: verhaal open
          tekst: Vertel iets over je dag.
        """))
    #expect(play(script, ["weet ik niet"]).events.map(\.value) == [.dontKnow])
    #expect(play(script, ["Liever niet."]).events.map(\.value) == [.refused])
  }

  @Test("terug goes back to the previous question, and the new answer counts")
  func back() {
    var talk = play(parseScript(wonenScript), ["1"])
    #expect(talk.type("terug") == ["We gaan terug naar de vorige vraag."] + woonplekPrompt)
    #expect(talk.next == .answer("woonplek"))
    #expect(talk.type("2") == ["Je koos: 🏢 In een woongroep"] + tevredenPrompt)
    #expect(talk.state.answers["woonplek"] == .option("groep"))
    #expect(talk.state.history == ["woonplek"])
  }

  @Test("terug several times walks back to the first question, then says so")
  func backToTheStart() {
    var talk = play(parseScript(wonenScript), ["1", "2"])
    #expect(talk.type("terug") == ["We gaan terug naar de vorige vraag."] + tevredenPrompt)
    #expect(talk.type("vorige") == ["We gaan terug naar de vorige vraag."] + woonplekPrompt)
    #expect(talk.type("terug") == ["Dit is de eerste vraag."] + woonplekPrompt)
    #expect(talk.next == .answer("woonplek"))
  }

  @Test("terug on the first question says 'Dit is de eerste vraag.'")
  func backOnFirstQuestion() {
    var talk = play(parseScript(wonenScript))
    #expect(talk.type("terug") == ["Dit is de eerste vraag."] + woonplekPrompt)
    #expect(talk.next == .answer("woonplek"))
    #expect(talk.events.isEmpty)
  }

  @Test("pauze stops; the question is kept and nothing more is taken")
  func pause() {
    var talk = play(parseScript(wonenScript), ["1"])
    #expect(talk.type("pauze") == ["We stoppen even. Je kunt later verder gaan."])
    #expect(talk.next == .paused)
    #expect(talk.state.status == .paused)
    #expect(talk.state.currentQuestion == "tevreden")
    #expect(talk.type("3") == [])
    #expect(talk.next == .paused)
    #expect(talk.events.count == 1)
  }

  @Test("stop also pauses")
  func stop() {
    #expect(play(parseScript(wonenScript), ["stop"]).next == .paused)
  }

  @Test("hulp shows how to answer and the words that always work")
  func help() {
    var talk = play(parseScript(wonenScript))
    let expected = [
      "Typ een nummer of een woord.",
      "Je kunt altijd deze woorden typen:",
      "herhaal: ik zeg de vraag nog een keer.",
      "wat bedoel je: ik zeg de vraag op een andere manier.",
      "weet ik niet: dat is ook een goed antwoord.",
      "wil ik niet zeggen: dat mag altijd.",
      "overslaan: we gaan naar de volgende vraag.",
      "terug: we gaan naar de vorige vraag.",
      "pauze: we stoppen even.",
    ]
    #expect(talk.type("hulp") == expected)
    #expect(talk.type("?") == expected)
    #expect(talk.next == .answer("woonplek"))
    #expect(talk.events.isEmpty)
  }

  @Test("on an open question '?' asks for help and 'hulp' is an answer; no 'Typ …' line")
  func helpOnOpenQuestion() {
    let script = parseScript(
      withHeader(
        """
        vraag: verhaal open
          tekst: Vertel iets over je dag.
        """))
    var talk = play(script)
    #expect(talk.type("?").first == "Je kunt altijd deze woorden typen:")
    #expect(talk.type("Hulp.") == ["Dank je. Ik heb het opgeschreven."])
  }

  @Test("one typo at most: 'goed idee' is an answer, 'weet ik nit' is 'weet ik niet'")
  func typoTolerance() {
    #expect(BuiltInReply.recognise("goed idee") == nil)
    #expect(BuiltInReply.recognise("weet ik nit") == .dontKnow)
    #expect(BuiltInReply.recognise("hulp", openQuestion: true) == nil)
    #expect(BuiltInReply.recognise("hulp") == .help)
  }
}
