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
    ]
    #expect(talk.type("/hulp") == expected)
    #expect(talk.type("/2") == expected)
    #expect(talk.events.isEmpty)
  }
}
