import Testing

@testable import PraatmaatCore

/// Cases found by reading the table rules once more: each was wrong before.
@Suite("Table rules: the corners")
struct TableCornerTests {
  @Test("a zeg: between a question and its follow-up reads the person, and is no S041")
  func lineInFollowUpBlock() {
    let source = tableHeader(
      """
      vraag: rondkomen schaal 3
        tekst: Hoe gaat het met je geld?
      zeg: Dat is jammer.
        als: rondkomen = 1
      vraag: waarom open
        als: rondkomen <= 2
        vervolg: ja
        tekst: Wat maakt het moeilijk?
      vraag: tip open
        tekst: Wat is jouw tip?
      """)
    #expect(diagnose(source).filter { $0.severity == .error }.isEmpty)
    var talk = seated(source, ["Tijger", "Blauw"])
    #expect(talk.type("1").contains("Dat is jammer."))
    talk.type("Alles is duur.")
    #expect(!talk.type("3").contains("Dat is jammer."), "Blauw chose Goed")
  }

  @Test("the S042 hint for niemand keeps its meaning: niet")
  func nobodyHint() throws {
    let found = diagnose(
      withHeader("vraag: hulp ja/nee\n  tekst: Wil je hulp?\nzeg: Fijn.\n  als: niemand hulp = ja"))
    let hint = try #require(found.first { $0.code == .groupWordAlone }?.hint)
    #expect(hint == "Laat het woord weg: als: niet hulp = ja")
  }

  @Test(
    "no S044 under a statement, S043 in a random part, S046 for a secret with anders-namelijk, S041 for a table sum of answers"
  )
  func moreMisuses() {
    let panel = tableHeader(
      "vraag: plan stelling\n  tekst: Er komt een bankje.\nvraag: waarom open\n  als: plan = eens\n  tekst: Waar moet het staan?",
      method: "panel")
    #expect(diagnose(panel).isEmpty, "\(diagnose(panel).map(\.description))")
    let random = tableHeader(
      "deel: a\n  willekeurig: alle\nvraag: b ja/nee\n  tekst: Werk je?\nvraag: c open\n  als: b = ja\n  vervolg: ja\n  tekst: Waar?"
    )
    #expect(diagnose(random).codes().contains(.badFollowUp))
    let secret = tableHeader(
      "vraag: v keuze\n  tekst: Hoe reis je?\n  optie bus: 🚌 Bus\n  optie anders: ✏️ Iets anders\n  anders-namelijk: anders\n  geheim: ja"
    )
    #expect(diagnose(secret).codes().contains(.badPrivate))
    let sum = tableHeader("vraag: dagen getal\n  tekst: Hoeveel dagen werk je?\nzet: zorgen = zorgen + dagen")
    let found = diagnose(sum).filter { $0.code == .personalLineAtTable }
    #expect(found.count == 1)
    #expect(
      diagnose(sum + "\n  als: dagen beantwoord").filter { $0.severity == .error }.isEmpty,
      "the hint, applied")
  }

  @Test("a secret question says so again on resume")
  func secretOnResume() throws {
    let source = tableHeader("vraag: schulden ja/nee\n  tekst: Heb je schulden?\n  geheim: ja")
    let talk = seated(source, ["Tijger", "Blauw"])
    var again = try Talk(parseScript(source), resuming: roundTrip(talk.state))
    #expect(again.transcript.contains(dutch.privateLook("Tijger")))
    #expect(again.type("ja").contains(dutch.privateLook("Blauw")))
  }

  @Test("after terug, what Iets anders was is dropped with the choice")
  func namelyDropped() {
    var talk = play(parseScript(withHeader(travelBody)), ["3", "Met de taxi."])
    talk.type(["terug", "terug"])
    #expect(talk.asked.last == "vervoer")
    talk.type("1")
    #expect(talk.last.dropped.contains("vervoer" + Conversation.namelySuffix))
  }

  @Test("terug after a resume stays in the repeated part")
  func repeatBackAfterResume() throws {
    let talk = play(parseScript(withHeader(helpersBody)), ["1 2", "2"])
    var again = try Talk(parseScript(withHeader(helpersBody)), resuming: roundTrip(talk.state))
    again.type("terug")
    #expect(again.asked.last == "helper_fijn.familie")
  }

  @Test("a repeated answer in a text outside its part is S050")
  func repeatPlaceholderOutside() {
    let found = diagnose(withHeader(helpersBody + "\nzeg: Je zei {helper_fijn}."))
    #expect(found.codes().contains(.badRepeat))
  }
}
