import Testing

@testable import PraatmaatCore

/// A choice whose last option asks what it is (`anders-namelijk:`).
let travelBody = """
  vraag: vervoer keuze
    tekst: Hoe reis je meestal?
    optie bus: 🚌 Met de bus
    optie fiets: 🚲 Met de fiets
    optie anders: ✏️ Iets anders
    anders-namelijk: anders
  vraag: fijn schaal 3
    tekst: Hoe vind je het reizen?
  """

@Suite("Iets anders, namelijk …")
struct OrOtherTests {
  @Test("choosing the option asks what it is at once; its words are kept beside the choice")
  func oneToOne() {
    let talk = play(parseScript(withHeader(travelBody)), ["3", "Ik ga met de taxi."])
    #expect(talk.asked == ["vervoer", Conversation.builtInPrefix + "namelijk", "fijn"])
    #expect(talk.transcript.contains(Phrases.namelyQuestion))
    #expect(talk.kept.map(\.questionID) == ["vervoer", "vervoer" + Conversation.namelySuffix])
    #expect(talk.kept.last?.kind == .open)
    let plain = play(parseScript(withHeader(travelBody)), ["1"])
    #expect(plain.asked == ["vervoer", "fijn"], "another option: no question")
    let skipped = play(parseScript(withHeader(travelBody)), ["3", "weet ik niet"])
    #expect(skipped.asked.last == "fijn")
    #expect(skipped.kept.map(\.questionID) == ["vervoer"], "nothing to keep")
  }

  @Test("at a table it comes in the person's own turn")
  func atTable() {
    var talk = seated(tableHeader(travelBody), ["Tijger", "Blauw"])
    talk.type("3")
    #expect(talk.asked.last == Conversation.builtInPrefix + "namelijk")
    let next = talk.type("Met de taxi.")
    #expect(next.contains(GroupPhrases.turn("Blauw")))
    #expect(talk.kept.last?.participant == "1")
  }

  @Test("an option that is not there, or a question without options, is an error with a hint")
  func checked() {
    let unknown = diagnose(
      withHeader(
        travelBody.replacingOccurrences(of: "anders-namelijk: anders", with: "anders-namelijk: overig")))
    #expect(unknown.errorBriefs == ["S013 12:20"])
    #expect(unknown.first?.hint == "Kies uit: bus, fiets, anders.")
    let yesNo = diagnose(withHeader("vraag: hulp ja/nee\n  tekst: Wil je hulp?\n  anders-namelijk: ja"))
    #expect(yesNo.errorBriefs == ["S003 9:3"])
  }

  @Test("a report names the question the words answer")
  func reportText() throws {
    let script = parseScript(withHeader(travelBody))
    let text = ReportBuilder.questionText(
      [script.id: script], script: script.id, question: "vervoer-namelijk")
    #expect(text == "Hoe reis je meestal? (iets anders)")
  }
}
