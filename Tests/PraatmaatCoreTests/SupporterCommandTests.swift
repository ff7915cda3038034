import Testing

@testable import PraatmaatCore

@Suite("Supporter commands")
struct SupporterCommandTests {
  @Test("/samen 2 answers with help")
  func together() throws {
    var talk = play(parseScript(wonenScript))
    #expect(talk.type("/samen 2") == ["Je koos: 🏢 In een woongroep"] + tevredenPrompt)
    let event = try #require(talk.events.first)
    #expect(event.value == .option("groep"))
    #expect(event.answeredBy == .withHelp)
  }

  @Test("/begeleider alone marks the next answer; the one after is the participant's again")
  func supporterMarksNextAnswer() {
    var talk = play(parseScript(wonenScript))
    #expect(talk.type("/begeleider") == ["Het volgende antwoord geeft de begeleider."])
    #expect(talk.next == .answer("woonplek"))
    #expect(talk.events.isEmpty)
    talk.type("1")
    talk.type("2")
    #expect(talk.events.map(\.answeredBy) == [.supporter, .participant])
  }

  @Test("/samen works with a built-in reply too")
  func togetherWithBuiltIn() {
    let talk = play(parseScript(wonenScript), ["/samen weet ik niet"])
    #expect(talk.events.map(\.value) == [.dontKnow])
    #expect(talk.events.map(\.answeredBy) == [.withHelp])
  }

  @Test("/anders shows the other wording")
  func alternative() {
    let script = parseScript(
      withHeader(
        """
        vraag: tevreden schaal 3
          tekst: Hoe tevreden ben je over je huis?
          anders: Vind je je huis fijn?
        """))
    var talk = play(script)
    #expect(talk.type("/anders") == ["Vind je je huis fijn?"])
    #expect(talk.next == .answer("tevreden"))
    #expect(talk.events.isEmpty)
  }

  @Test("/anders without another wording repeats the question line")
  func alternativeMissing() {
    var talk = play(parseScript(wonenScript))
    #expect(talk.type("/anders") == ["Waar woon je?"])
  }

  @Test("/hulp and unknown commands list the commands, and are never an answer")
  func supporterHelp() {
    var talk = play(parseScript(wonenScript))
    let expected = [
      "Voor de begeleider:",
      "/samen: het antwoord is samen gegeven.",
      "/begeleider: de begeleider geeft het antwoord.",
      "/anders: de vraag in andere woorden.",
      "Zet het antwoord erachter, bijvoorbeeld: /samen 2",
      "/notitie: een notitie bij deze vraag, bijvoorbeeld: /notitie Ze was moe.",
      "/pauze: het gesprek stopt even.",
      "/code: de code van dit gesprek nog een keer.",
    ]
    // Then the question again, so nobody has to scroll up to find it.
    for typed in ["/hulp", "/2"] {
      let shown = talk.type(typed)
      #expect(Array(shown.prefix(expected.count)) == expected)
      #expect(shown.dropFirst(expected.count).first == "Waar woon je?")
      #expect(shown.last == dutch[.hintChoice])
    }
    #expect(talk.events.isEmpty)
  }

  @Test("/notitie without words says in one line that a note needs text; /notitie: with a colon is a note")
  func noteWithoutWordsOrWithColon() throws {
    var talk = play(parseScript(wonenScript), ["1"])
    for typed in ["/notitie", "/notitie:", "/Notitie :", "/noteer"] {
      #expect(talk.type(typed) == [SupporterCommand.emptyNoteLine], "\(typed)")
    }
    #expect(talk.kept.filter { $0.role == .note }.isEmpty)
    #expect(talk.type("/notitie: Ze twijfelde.") == [dutch[.noteKept]] + tevredenPrompt)
    #expect(talk.type("/notitie:Ze lachte.") == [dutch[.noteKept]] + tevredenPrompt)
    #expect(
      talk.kept.filter { $0.role == .note }.map(\.value) == [.text("Ze twijfelde."), .text("Ze lachte.")])
  }

  @Test(
    "every supporter command offered for tab completion is a command",
    arguments: SupporterCommands.completionWords)
  func completionWordsAreCommands(word: String) {
    #expect(SupporterCommand.parse(word) != .unknown)
  }

  @Test("/notitie keeps a note for the question on screen at once; the same question follows")
  func note() throws {
    var talk = play(parseScript(wonenScript), ["1"])
    #expect(talk.type("/notitie Ze twijfelde lang.") == [dutch[.noteKept]] + tevredenPrompt)
    let note = try #require(talk.kept.last)
    #expect(note.role == .note)
    #expect(note.questionID == "tevreden")
    #expect(note.participant == "")
    #expect(note.answeredBy == .supporter)
    #expect(note.value == .text("Ze twijfelde lang."))
    // It is no answer: the question still waits, and the state knows nothing of the note.
    #expect(talk.next == .answer("tevreden"))
    #expect(talk.state.answers["tevreden"] == nil)
    #expect(talk.state.history == ["woonplek"])
    #expect(!(try json(talk.state)).contains("twijfelde"))
    talk.type("/samen")
    talk.type("/notitie Nog een.")
    talk.type("3")
    // A note between /samen and the answer leaves the mark for the answer.
    #expect(talk.events.last?.answeredBy == .withHelp)
    #expect(talk.kept.map(\.role) == [.answer, .note, .note, .answer])
  }

  @Test("at a table the note is kept for the person whose turn it is, or the group")
  func noteAtTable() throws {
    var talk = seated(panelScript)
    talk.type("/notitie Tijger leest mee.")
    #expect(talk.kept.last?.participant == "1")
    #expect(talk.kept.last?.questionID == "bieb")
    talk.type(["1", "/notitie Het ging snel."])
    #expect(talk.kept.last?.questionID == "bieb-waarom")
    talk.type(["Ja.", "2", "Nee."])
    #expect(talk.kept.last?.questionID == "bieb-waarom")
    talk.type("/notitie Ze praten erover.")
    let atAdvice = try #require(talk.kept.last)
    #expect(atAdvice.questionID == "bieb-advies")
    #expect(atAdvice.participant == "groep")
    #expect(atAdvice.themes == ["hulp"] && atAdvice.phases == [.besluitvorming])
  }

  @Test("/notitie while 'Klopt dat?' waits asks for ja or nee again")
  func noteDuringSoftCheck() {
    let script = parseScript(
      withHeader(
        """
        vraag: uren getal
          tekst: Hoeveel uur hulp krijg je?
          navraag: uren <= 20
        """))
    var talk = play(script, ["30"])
    #expect(talk.type("/notitie Klopt echt.") == [dutch[.noteKept], dutch[.confirmSoft]])
    talk.type("ja")
    #expect(talk.events.last?.value == .number(30))
  }

  @Test("/pauze pauses, like pauze")
  func supporterPause() {
    var talk = play(parseScript(wonenScript), ["1"])
    #expect(talk.type("/pauze") == [dutch[.paused]])
    #expect(talk.next == .paused)
    #expect(talk.state.currentQuestion == "tevreden")
  }
}
