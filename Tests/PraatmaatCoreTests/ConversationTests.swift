import Foundation
import Testing

@testable import PraatmaatCore

@Suite("Conversation")
struct ConversationTests {
  // MARK: Start and answers

  @Test("start shows the zeg lines and the first question")
  func start() {
    let talk = play(parseScript(wonenScript))
    #expect(talk.transcript == ["Hallo! Fijn dat je er bent."] + woonplekPrompt)
    #expect(talk.next == .answer("woonplek"))
    #expect(talk.state.currentQuestion == "woonplek")
    #expect(talk.state.status == .running)
  }

  @Test("a whole conversation, answered by word, chat spelling and 'ja hoor'")
  func wholeConversation() {
    let talk = play(parseScript(wonenScript), ["bij mn ouders", "Goed", "ja hoor"])
    #expect(
      talk.transcript
        == ["Hallo! Fijn dat je er bent."] + woonplekPrompt
        + ["> bij mn ouders", "Je koos: 🏠 Bij mijn ouders"] + tevredenPrompt
        + ["> Goed", "Je koos: 🙂 Goed"] + hulpPrompt
        + ["> ja hoor", "Je koos: 👍 Ja", "Dank je wel. Tot ziens!"])
    #expect(talk.next == .finished)
    #expect(talk.state.status == .finished)
    #expect(talk.state.currentQuestion == nil)
    #expect(talk.events.map(\.value) == [.option("ouders"), .option("3"), .option("ja")])
    #expect(talk.events.map(\.questionID) == ["woonplek", "tevreden", "hulp"])
  }

  static let woonplekAnswers: [(String, String)] = [
    ("1", "Je koos: 🏠 Bij mijn ouders"), ("bij mn ouders", "Je koos: 🏠 Bij mijn ouders"),
    ("BIJ MIJN OUDERS", "Je koos: 🏠 Bij mijn ouders"), ("2", "Je koos: 🏢 In een woongroep"),
    ("in een woongroep", "Je koos: 🏢 In een woongroep"), ("Aleen", "Je koos: 🔑 Alleen"),
    ("Alleen!", "Je koos: 🔑 Alleen"),
  ]

  @Test("answers by number, word, typo or case get the echo of the option", arguments: woonplekAnswers)
  func answerEcho(input: String, echo: String) {
    var talk = play(parseScript(wonenScript))
    #expect(talk.type(input) == [echo] + tevredenPrompt)
    #expect(talk.next == .answer("tevreden"))
  }

  static let hulpAnswers: [(String, String)] = [
    ("ja hoor", "Je koos: 👍 Ja"), ("Nee.", "Je koos: 👎 Nee"), ("NÉÉ", "Je koos: 👎 Nee"),
    ("2", "Je koos: 👎 Nee"), ("jawel", "Je koos: 👍 Ja"),
  ]

  @Test("ja/nee answers", arguments: hulpAnswers)
  func yesNoEcho(input: String, echo: String) {
    var talk = play(parseScript(wonenScript), ["1", "2"])
    #expect(talk.type(input) == [echo, "Dank je wel. Tot ziens!"])
    #expect(talk.next == .finished)
  }

  @Test("echo for meerkeuze, getal and open; the engine adds nothing at the end")
  func echoes() {
    let script = parseScript(
      withHeader(
        """
        vraag: hobby meerkeuze
          tekst: Wat doe je graag?
          optie sport: ⚽ Sport
          optie muziek: 🎵 Muziek
          optie koken: 🍳 Koken
        vraag: leeftijd getal
          tekst: Hoe oud ben je?
        vraag: verhaal open
          tekst: Vertel iets over je dag.
        """))
    let talk = play(script, ["1 3", "34", "Ik was bij oma."])
    #expect(
      talk.transcript == [
        "Wat doe je graag?",
        "  1. ⚽ Sport",
        "  2. 🎵 Muziek",
        "  3. 🍳 Koken",
        "Typ de nummers, bijvoorbeeld: 1 3",
        "> 1 3",
        "Je koos: ⚽ Sport, 🍳 Koken",
        "Hoe oud ben je?",
        "Typ een getal.",
        "> 34",
        "Je typte: 34",
        "Vertel iets over je dag.",
        "> Ik was bij oma.",
        "Dank je. Ik heb het opgeschreven.",
      ])
    #expect(talk.next == .finished)
    #expect(
      talk.events.map(\.value) == [
        .options(["sport", "koken"]), .number(34), .text("Ik was bij oma."),
      ])
  }

  @Test("every tekst line is shown; the last one is the question")
  func severalTextLines() {
    let script = parseScript(
      withHeader(
        """
        vraag: blij ja/nee
          tekst: Nu een vraag over jou.
          tekst: Ben je blij?
        """))
    #expect(
      play(script).transcript == [
        "Nu een vraag over jou.", "Ben je blij?", "  1. 👍 Ja", "  2. 👎 Nee",
        "Typ een nummer of een woord.",
      ])
  }

  @Test("an option without pictogram is shown with its label only")
  func optionWithoutPictogram() {
    let script = parseScript(
      withHeader(
        """
        vraag: kleur keuze
          tekst: Welke kleur vind je mooi?
          optie: Rood
          optie: 🔵 Blauw
        """))
    var talk = play(script)
    #expect(talk.transcript[1...2] == ["  1. Rood", "  2. 🔵 Blauw"])
    #expect(talk.type("rood") == ["Je koos: Rood"])
  }

  // MARK: The re-ask rule

  @Test("re-ask: example first, then try again, then offer to skip, then skip by itself")
  func reAsk() {
    var talk = play(parseScript(wonenScript))
    #expect(talk.type("blabla") == ["Dat begrijp ik niet goed.", "Bijvoorbeeld: 1 of ouders"])
    #expect(talk.type("blabla") == ["Dat begrijp ik niet goed.", "Probeer het nog eens."])
    for _ in 3...5 {
      #expect(
        talk.type("blabla") == [
          "Dat begrijp ik niet goed.", "Zullen we deze vraag overslaan?",
          "Typ ja of nee.",
        ])
      #expect(talk.next == .answer("woonplek"))
    }
    #expect(talk.events.isEmpty)
    #expect(
      talk.type("blabla") == ["Dat begrijp ik niet goed.", "We slaan deze vraag nu over."]
        + tevredenPrompt)
    #expect(talk.events.map(\.value) == [.skipped])
    #expect(talk.state.answers["woonplek"] == .skipped)
  }

  @Test("re-ask: the default example fits the kind of question")
  func defaultExamples() {
    var talk = play(parseScript(wonenScript), ["1"])
    // An option by its number and its words from the middle of the screen, never a bare "1".
    #expect(talk.type("blabla") == ["Dat begrijp ik niet goed.", "Bijvoorbeeld: 2 of gaat wel"])
    talk.type("2")
    #expect(talk.type("blabla") == ["Dat begrijp ik niet goed.", "Bijvoorbeeld: ja"])
  }

  @Test("re-ask: the count starts again at the next question")
  func reAskCountResets() {
    var talk = play(parseScript(wonenScript), ["blabla", "blabla", "blabla", "1"])
    #expect(talk.type("blabla") == ["Dat begrijp ik niet goed.", "Bijvoorbeeld: 2 of gaat wel"])
    #expect(talk.state.failedTries == 1)
  }

  @Test("re-ask: typing nonsense never loops, every question is skipped after 6 tries")
  func neverLoops() {
    var talk = play(parseScript(wonenScript))
    var tries = 0
    while talk.next != .finished, tries < 100 {
      talk.type("blabla")
      tries += 1
    }
    #expect(tries == 18)
    #expect(talk.events.map(\.value) == [.skipped, .skipped, .skipped])
    #expect(talk.transcript.last == "Dank je wel. Tot ziens!")
  }

  // MARK: Numbers and checks

  static let numberHints: [(Int?, Int?, String)] = [
    (nil, nil, "Typ een getal."), (0, 120, "Typ een getal van 0 tot 120."),
    (16, nil, "Typ een getal van 16 of meer."), (nil, 10, "Typ een getal tot 10."),
  ]

  @Test("getal: the hint tells the range", arguments: numberHints)
  func numberHint(minimum: Int?, maximum: Int?, hint: String) {
    var lines = ["vraag: aantal getal", "  tekst: Hoeveel?"]
    if let minimum { lines.append("  min: \(minimum)") }
    if let maximum { lines.append("  max: \(maximum)") }
    let talk = play(parseScript(withHeader(lines.joined(separator: "\n"))))
    #expect(talk.transcript == ["Hoeveel?", hint])
  }

  @Test("getal: min and max are hard limits, the limits themselves are allowed")
  func numberRange() {
    let script = parseScript(
      withHeader(
        """
        vraag: leeftijd getal
          tekst: Hoe oud ben je?
          min: 16
          max: 120
        vraag: nog ja/nee
          tekst: Nog een vraag?
        """))
    var talk = play(script)
    #expect(talk.transcript == ["Hoe oud ben je?", "Typ een getal van 16 tot 120."])
    #expect(talk.type("12") == ["Typ een getal van 16 tot 120.", "Bijvoorbeeld: 16"])
    #expect(talk.type("200") == ["Typ een getal van 16 tot 120.", "Probeer het nog eens."])
    #expect(talk.type("16").first == "Je typte: 16")
    #expect(talk.events.map(\.value) == [.number(16)])
    #expect(play(script, ["120"]).events.map(\.value) == [.number(120)])
    #expect(play(script, ["121"]).events.isEmpty)
  }

  static let checks = withHeader(
    """
    vraag: kinderen getal
      tekst: Hoeveel kinderen heb je?
      controle: kinderen < 20
      melding: Zoveel kinderen kan niet.
      navraag: kinderen < 8
      melding: Dat zijn veel kinderen.
    zeg: Dank je.
    """)

  @Test("controle: a failed hard check shows its melding and asks again")
  func hardCheck() {
    var talk = play(parseScript(Self.checks))
    #expect(talk.type("25") == ["Zoveel kinderen kan niet.", "Bijvoorbeeld: 4"])
    #expect(talk.events.isEmpty)
    #expect(talk.type("2") == ["Je typte: 2", "Dank je."])
  }

  @Test("navraag: a failed soft check asks 'Klopt dat?'; ja keeps the answer")
  func softCheckConfirmed() {
    var talk = play(parseScript(Self.checks))
    #expect(talk.type("10") == ["Dat zijn veel kinderen.", "Klopt dat? Typ ja of nee."])
    #expect(talk.next == .answer("kinderen"))
    #expect(talk.events.isEmpty)
    #expect(talk.type("ja") == ["Je typte: 10", "Dank je."])
    #expect(talk.events.map(\.value) == [.number(10)])
    #expect(talk.next == .finished)
  }

  @Test("navraag: nee asks the question again, other words ask 'Klopt dat?' again")
  func softCheckDenied() {
    var talk = play(parseScript(Self.checks), ["10"])
    #expect(talk.type("misschien") == ["Klopt dat? Typ ja of nee."])
    #expect(
      talk.type("nee") == ["Probeer het nog eens.", "Hoeveel kinderen heb je?", "Typ een getal."])
    #expect(talk.state.pendingSoftAnswer == nil)
    #expect(talk.type("3") == ["Je typte: 3", "Dank je."])
    #expect(talk.events.map(\.value) == [.number(3)])
  }

  @Test("checks without melding use a default message")
  func checkDefaults() {
    let script = parseScript(
      withHeader(
        """
        vraag: kinderen getal
          tekst: Hoeveel kinderen heb je?
          controle: kinderen < 20
          navraag: kinderen < 8
        """))
    #expect(play(script, ["25"]).transcript.suffix(2) == ["Dat antwoord kan niet.", "Bijvoorbeeld: 4"])
    #expect(
      play(script, ["10"]).transcript.suffix(2) == [
        "Dat is een bijzonder antwoord.", "Klopt dat? Typ ja of nee.",
      ])
  }

  @Test("a soft check cannot let an answer past a hard check written below it")
  func softCheckDoesNotBypassHardCheck() {
    let script = parseScript(
      withHeader(
        """
        vraag: kinderen getal
          tekst: Hoeveel kinderen heb je?
          navraag: kinderen < 8
          melding: Dat zijn veel kinderen.
          controle: kinderen < 20
          melding: Zoveel kinderen kan niet.
        """))
    let talk = play(script, ["25", "ja"])
    #expect(talk.events.isEmpty, "25 breaks the hard check and must never be accepted")
    #expect(talk.state.answers["kinderen"] == nil)
    #expect(talk.transcript.contains("Zoveel kinderen kan niet."))
  }

  @Test("pauze still works while the bot asks 'Klopt dat?'")
  func pauseDuringSoftCheck() {
    var talk = play(parseScript(Self.checks), ["10"])
    #expect(talk.type("pauze") == ["We stoppen even. Je kunt later verder gaan."])
    #expect(talk.next == .paused)
  }

  // MARK: Conditions and jumps

  static let conditions = withHeader(
    """
    variabele: thuis = nee
    vraag: woonplek keuze
      tekst: Waar woon je?
      optie ouders: 🏠 Bij mijn ouders
      optie groep: 🏢 In een woongroep
      optie alleen: 🔑 Alleen
    vraag: hulp ja/nee
      tekst: Krijg je hulp?
    zeg: Je krijgt hulp bij je ouders.
      als: woonplek = ouders en hulp = ja
    zeg: Je woont niet bij je ouders.
      als: woonplek = groep of woonplek = alleen
    zeg: Je krijgt geen hulp.
      als: niet hulp = ja
    zet: thuis = ja
      als: woonplek = ouders
    vraag: kamer ja/nee
      tekst: Heb je een eigen kamer?
      als: thuis = ja
    zeg: Klaar.
    """)

  static let kamerPrompt = [
    "Heb je een eigen kamer?", "  1. 👍 Ja", "  2. 👎 Nee", "Typ een nummer of een woord.",
  ]

  static let conditionCases: [(String, String, [String])] = [
    ("1", "1", ["Je koos: 👍 Ja", "Je krijgt hulp bij je ouders."] + kamerPrompt),
    ("1", "2", ["Je koos: 👎 Nee", "Je krijgt geen hulp."] + kamerPrompt),
    ("2", "1", ["Je koos: 👍 Ja", "Je woont niet bij je ouders.", "Klaar."]),
    (
      "3", "weet ik niet",
      ["Dat is goed. We gaan verder.", "Je woont niet bij je ouders.", "Je krijgt geen hulp.", "Klaar."]
    ),
  ]

  @Test("als: with en, of, niet, and a variable set with zet", arguments: conditionCases)
  func conditions(woonplek: String, hulp: String, expected: [String]) {
    var talk = play(parseScript(Self.conditions), [woonplek])
    #expect(talk.type(hulp) == expected)
    #expect(talk.state.variables["thuis"] == (woonplek == "1" ? .word("ja") : .word("nee")))
  }

  @Test("als: = on a meerkeuze question means 'includes'")
  func multiChoiceIncludes() {
    let script = parseScript(
      withHeader(
        """
        vraag: hobby meerkeuze
          tekst: Wat doe je graag?
          optie sport: ⚽ Sport
          optie muziek: 🎵 Muziek
          optie koken: 🍳 Koken
        zeg: Wat leuk, muziek!
          als: hobby = muziek
        zeg: Geen sport dus.
          als: hobby != sport
        """))
    #expect(
      play(script, ["2 3"]).transcript.suffix(3) == [
        "Je koos: 🎵 Muziek, 🍳 Koken", "Wat leuk, muziek!", "Geen sport dus.",
      ])
    #expect(
      play(script, ["1 2"]).transcript.suffix(2) == ["Je koos: ⚽ Sport, 🎵 Muziek", "Wat leuk, muziek!"])
  }

  @Test("als: compares scale steps as numbers")
  func scaleAsNumber() {
    let script = parseScript(
      withHeader(
        """
        vraag: tevreden schaal 3
          tekst: Hoe vind je het?
        zeg: Wat jammer.
          als: tevreden <= 1
        zeg: Fijn!
          als: tevreden > 2
        """))
    #expect(play(script, ["1"]).transcript.suffix(2) == ["Je koos: 🙁 Slecht", "Wat jammer."])
    #expect(play(script, ["2"]).transcript.last == "Je koos: 😐 Gaat wel")
    #expect(play(script, ["3"]).transcript.suffix(2) == ["Je koos: 🙂 Goed", "Fijn!"])
  }

  static let jumps = withHeader(
    """
    deel: start
    vraag: werk ja/nee
      tekst: Heb je werk?
    ga naar: zonder-werk
      als: werk = nee
    deel: met-werk
    vraag: baan open
      tekst: Wat voor werk doe je?
    ga naar: einde
    deel: zonder-werk
    zeg: Oké. Dan gaan we verder.
    deel: slot
    zeg: Dat was het.
    """)

  @Test("ga naar jumps to a section; ga naar: einde ends the conversation")
  func jumps() {
    var yes = play(parseScript(Self.jumps), ["ja"])
    #expect(yes.transcript.suffix(2) == ["Je koos: 👍 Ja", "Wat voor werk doe je?"])
    #expect(yes.type("Ik werk in de tuin.") == ["Dank je. Ik heb het opgeschreven."])
    #expect(yes.next == .finished)

    let no = play(parseScript(Self.jumps), ["nee"])
    #expect(
      no.transcript.suffix(3) == ["Je koos: 👎 Nee", "Oké. Dan gaan we verder.", "Dat was het."])
    #expect(no.next == .finished)
    #expect(!no.asked.contains("baan"))
  }

  @Test("a condition can test for weet-ik-niet and overgeslagen")
  func builtInValuesInConditions() {
    let script = parseScript(
      withHeader(
        """
        vraag: werk ja/nee
          tekst: Heb je werk?
        zeg: Dat is niet erg.
          als: werk = weet-ik-niet
        zeg: Dan slaan we het over.
          als: werk = overgeslagen
        zeg: Fijn dat je het zegt.
          als: werk beantwoord
        """))
    #expect(play(script, ["weet ik niet"]).transcript.last == "Dat is niet erg.")
    #expect(play(script, ["overslaan"]).transcript.last == "Dan slaan we het over.")
    #expect(play(script, ["ja"]).transcript.last == "Fijn dat je het zegt.")
  }

  @Test("a script that jumps around without asking stops instead of hanging")
  func stalledScript() {
    let script = parseScript(
      withHeader(
        """
        variabele: x = ja
        deel: a
        vraag: q ja/nee
          tekst: Ben je er?
        deel: b
        vraag: nooit ja/nee
          als: x = nee
          tekst: Deze vraag komt nooit.
        ga naar: c
          als: x = ja
        deel: c
        ga naar: b
          als: x = ja
        """))
    var talk = play(script)
    // One reason, not thousands of lines.
    #expect(talk.type("ja") == ["Je koos: 👍 Ja", dutch[.scriptGoesRound]])
    #expect(talk.conversation.stalled)
    #expect(talk.conversation.loopSection == "c")
    #expect(talk.next == .finished)
  }

  @Test("after the offer to skip, ja skips the question and nee asks it again")
  func skipOffer() {
    var talk = play(parseScript(wonenScript), ["blabla", "blabla", "blabla"])
    #expect(talk.transcript.suffix(3) == ["Dat begrijp ik niet goed.", dutch[.offerSkip], "Typ ja of nee."])
    #expect(talk.type("nee") == ["Probeer het nog eens."] + woonplekPrompt)
    #expect(talk.next == .answer("woonplek"))
    // The next try that fails offers it again; now ja skips.
    #expect(talk.type("blabla").contains(dutch[.offerSkip]))
    #expect(talk.type("ja") == [dutch[.skipped]] + tevredenPrompt)
    #expect(talk.events.map(\.value) == [.skipped])
  }

  @Test("after the offer to skip, an answer to the question still counts")
  func answerAfterSkipOffer() {
    var talk = play(parseScript(wonenScript), ["blabla", "blabla", "blabla"])
    #expect(talk.type("2") == ["Je koos: 🏢 In een woongroep"] + tevredenPrompt)
  }

  // MARK: What an accepted answer carries

  @Test("the accepted answer carries themes and phases, from the header unless overridden")
  func themesAndPhases() throws {
    let script = parseScript(
      """
      id: tags
      titel: Tags
      methode: gesprek
      thema: wonen, hulp
      fase: agendavorming
      versie: 1
      vraag: blij ja/nee
        tekst: Ben je blij?
      vraag: werk ja/nee
        tekst: Heb je werk?
        thema: werk
        fase: evaluatie, uitvoering
      """)
    let talk = play(script, ["ja", "overslaan"])
    let first = try #require(talk.events.first)
    #expect(
      first
        == AnswerEvent(
          questionID: "blij", kind: .yesNo, themes: ["wonen", "hulp"], phases: [.agendavorming],
          value: .option("ja"), answeredBy: .participant))
    let second = try #require(talk.events.last)
    #expect(second.themes == ["werk"])
    #expect(second.phases == [.evaluatie, .uitvoering])
    #expect(second.value == .skipped)
  }

  // MARK: Open answers and unsafe input

  @Test("open answers: the event has the text, the saved state never does")
  func openAnswerNotInState() throws {
    let script = parseScript(
      withHeader(
        """
        vraag: buren open
          tekst: Vertel iets over je buren.
        vraag: blij ja/nee
          tekst: Ben je blij?
        """))
    var talk = play(script, ["Mijn buurman Kees is heel aardig."])
    #expect(talk.events.first?.value == .text("Mijn buurman Kees is heel aardig."))
    #expect(talk.state.answers["buren"] == .openAnswered)
    #expect(try !json(talk.state).contains("Kees"))
    talk.type("ja")
    #expect(talk.next == .finished)
    #expect(try !json(talk.state).contains("Kees"))
  }

  @Test("open answers: not even while a soft check waits for 'Klopt dat?'")
  func openAnswerNotInStateDuringSoftCheck() throws {
    let script = parseScript(
      withHeader(
        """
        vraag: leeftijd getal
          tekst: Hoe oud ben je?
        vraag: werk open
          tekst: Wat voor werk doe je?
          navraag: leeftijd >= 16
          melding: Je bent nog jong voor werk.
        """))
    let talk = play(script, ["12", "Ik help Kees in de winkel."])
    #expect(talk.transcript.last == "Klopt dat? Typ ja of nee.")
    #expect(try !json(talk.state).contains("Kees"))
  }

  @Test("an answer longer than the maximum is refused")
  func tooLong() {
    let script = parseScript(
      withHeader(
        """
        vraag: verhaal open
          tekst: Vertel iets over je dag.
        """))
    var talk = play(script)
    let lines = talk.type(String(repeating: "a", count: TextSafety.maximumAnswerLength + 1))
    #expect(lines.first == "Dit is te lang. Typ een korter antwoord.")
    #expect(talk.events.isEmpty)
    #expect(talk.next == .answer("verhaal"))
    talk.type(String(repeating: "a", count: TextSafety.maximumAnswerLength))
    #expect(talk.events.count == 1)
  }

  @Test("escape sequences in what is typed are removed before anything else")
  func escapesRemoved() {
    let script = parseScript(
      withHeader(
        """
        vraag: woonplek keuze
          tekst: Waar woon je?
          optie ouders: 🏠 Bij mijn ouders
          optie groep: 🏢 In een woongroep
        vraag: verhaal open
          tekst: Vertel iets over je dag.
        """))
    var talk = play(script)
    #expect(talk.type("\u{1B}[1m2\u{1B}[0m") == ["Je koos: 🏢 In een woongroep", "Vertel iets over je dag."])
    talk.type("\u{1B}[31mRood\u{1B}[0m is \u{202E}mooi\u{1B}]0;gehackt\u{07}")
    #expect(talk.events.last?.value == .text("Rood is mooi"))
  }

  @Test("an empty answer to an open question says nothing was typed")
  func emptyOpenAnswer() {
    let script = parseScript(
      withHeader(
        """
        vraag: verhaal open
          tekst: Vertel iets over je dag.
        """))
    var talk = play(script)
    #expect(talk.type("   ").first == "Je hebt nog niets getypt.")
    #expect(talk.events.isEmpty)
  }
}

@Suite("Hints for a multiple choice with an option chosen alone")
struct AloneOptionHintTests {
  @Test("after 'Niemand' with another option, the example never holds 'Niemand' again")
  func exampleWithoutAlone() {
    let script = parseScript(
      withHeader(
        """
        vraag: hulp meerkeuze
          tekst: Wie helpt je?
          optie familie: Familie
          optie niemand: Niemand
          optie vrienden: Vrienden
          optie buren: Buren
          alleen: niemand
        """))
    var conversation = Conversation(script: script, texts: dutch, words: packageWords)
    _ = conversation.start()
    let lines = PlainRenderer.lines(conversation.respond(to: "1 2").messages)
    #expect(lines.contains(dutch.chooseAlone("Niemand")))
    #expect(lines.contains(dutch.forExample("1 4")), "\(lines)")
    #expect(!lines.contains(dutch.forExample("1 2")))
  }
}
