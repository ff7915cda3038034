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
    #expect(talk.transcript.contains(dutch[.namelyQuestion]))
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
    #expect(next.contains(dutch.turn("Blauw")))
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

@Suite("An earlier answer in a later text")
struct FilledInTests {
  static let body = """
    vraag: reizen keuze
      tekst: Hoe reis je?
      optie bus: 🚌 Met de bus
      optie fiets: 🚲 Met de fiets
    vraag: waarom open
      tekst: Wat is fijn aan reizen {reizen}?
    zeg: Je zei: {waarom}
    vraag: klaar ja/nee
      tekst: Klopt dat?
    """

  @Test("an open answer fills in anonymised; the state keeps only that version")
  func openAnswer() throws {
    var talk = Talk(parseScript(withHeader(Self.body)))
    let asked = talk.type("1")
    #expect(asked.contains("Wat is fijn aan reizen met de bus?"))
    let said = talk.type("Ik zie Jan Pietersma in de bus.")
    let line = try #require(said.first { $0.hasPrefix("Je zei:") })
    #expect(!line.contains("Jan"), "\(line)")
    #expect(!(try json(talk.state)).contains("Pietersma"))
  }

  @Test("the supporter's version after the review replaces the anonymiser's")
  func reviewedVersion() {
    var conversation = Conversation(
      script: parseScript(withHeader(Self.body)), texts: dutch, words: packageWords)
    _ = conversation.start()
    _ = conversation.respond(to: "1")
    var turn = conversation.respond(to: "Ik zie mijn buurman.")
    #expect(turn.messages.contains(.say("Je zei: Ik zie mijn buurman.")))
    var reviewed = ReviewedAnswers(kept: turn.answers)
    reviewed.kept[0].value = .kept("Ik zie mijn [weggehaald].")
    conversation.keepReviewed(reviewed, in: &turn)
    #expect(conversation.state.answers["waarom"] == .kept("Ik zie mijn [weggehaald]."))
    #expect(
      turn.messages.contains(.say("Je zei: Ik zie mijn [weggehaald].")), "the line on its way shows it too")
  }

  @Test("without a review the state keeps the anonymiser's version, never the words as typed")
  func withoutReview() throws {
    var conversation = Conversation(
      script: parseScript(withHeader(Self.body)), texts: dutch, words: packageWords)
    _ = conversation.start()
    _ = conversation.respond(to: "1")
    var turn = conversation.respond(to: "Ik bel 06-12345678 elke dag.")
    conversation.keepReviewed(ReviewedAnswers(kept: turn.answers), in: &turn)
    #expect(!(try json(conversation.state)).contains("12345678"))
  }

  @Test("at a table a question's text reads the answer of whoever's turn it is")
  func perPerson() {
    var talk = seated(
      tableHeader(Self.body.replacingOccurrences(of: "zeg: Je zei: {waarom}\n", with: "")),
      ["Tijger", "Blauw"])
    talk.type(["1", "2", "Lekker buiten."])
    #expect(talk.transcript.contains("Wat is fijn aan reizen met de bus?"))
    #expect(talk.transcript.contains("Wat is fijn aan reizen met de fiets?"))
  }
}
