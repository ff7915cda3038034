import Testing

@testable import PraatmaatCore

@Suite("Persona: the card")
struct PersonaCardTests {
  /// Two people build the persona up to the card check.
  func atCard() -> Talk {
    var talk = seated(personaScript)
    talk.type(["1", "2", "Brieven lezen.", "Bellen."])
    return talk
  }

  static let card = ["Dit is jullie persoon:", "1. Naam: Noor / Daan", "2. Moeilijk: Brieven lezen; Bellen"]
  static let check = [dutch[.personaQuestion], "  1. 👍 Ja", "  2. 👎 Nee", dutch[.hintChoice]]

  @Test("herhaal at 'Klopt dit zo?' shows the card again with the question")
  func repeatShowsCard() {
    var talk = atCard()
    #expect(Array(talk.transcript.suffix(7)) == Self.card + Self.check)
    #expect(talk.type("herhaal") == Self.card + Self.check)
  }

  @Test("resume at 'Klopt dit zo?' shows the card with the question")
  func resumeShowsCard() throws {
    var talk = atCard()
    talk.type("pauze")
    let resumed = try Talk(parseScript(personaScript), resuming: try roundTrip(talk.state))
    #expect(
      resumed.transcript == [dutch[.resumed], "Aan tafel: Tijger, Blauw.", dutch[.resumedAt]] + Self.card
        + Self.check)
  }

  @Test("after nee the card is not printed a second time: the question which line follows")
  func noCardTwice() {
    var talk = atCard()
    #expect(talk.type("nee") == ["Je koos: 👎 Nee", dutch[.personaFix], "Typ een getal van 1 tot 2."])
    // Asked again, or after a resume, the card comes with it: it is no longer in sight.
    #expect(
      talk.type("herhaal") == Array(Self.card.dropFirst()) + [
        dutch[.personaFix], "Typ een getal van 1 tot 2.",
      ])
    talk.type(["1", "1"])
    #expect(
      talk.transcript.suffix(7) == [
        "Dit is jullie persoon:", "1. Naam: Noor", "2. Moeilijk: Brieven lezen; Bellen",
      ] + Self.check)
  }

  @Test("/einde before the card shows the card built so far, to confirm")
  func endShowsPartialCard() {
    var talk = seated(personaScript)
    talk.type("1")
    let lines = talk.type("/einde")
    #expect(lines.first == dutch[.groupStops])
    #expect(lines.contains("1. Naam: Noor"))
    #expect(talk.next == .answer("_persona-klopt"))
  }
}
