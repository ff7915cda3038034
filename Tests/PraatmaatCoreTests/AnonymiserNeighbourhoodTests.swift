import Testing

@testable import PraatmaatCore

/// A neighbourhood named by a compound of "wijk" or "buurt" that no dictionary holds, and a
/// listed neighbourhood right after "in"; a compound that says a kind of area stays.
@Suite("Anonymiser: neighbourhoods")
struct AnonymiserNeighbourhoodTests {
  let anonymiser = AnonymiserFixture.anonymiser

  @Test(
    "A neighbourhood's compound name, or a listed one after 'in', is a neighbourhood",
    arguments: [
      (
        "ik fiets elke dag door de zeeheldenwijk naar mijn werk",
        "ik fiets elke dag door [wijk 1] naar mijn werk"
      ),
      ("mijn oma woont in de dichterswijk bij het park", "mijn oma woont in [wijk 1] bij het park"),
      ("de jongerenwerker in de baarsjes helpt mij", "de jongerenwerker in [wijk 1] helpt mij"),
    ])
  func named(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test(
    "A compound that says what kind of area it is stays",
    arguments: [
      "de achterstandswijk krijgt geld van de gemeente",
      "in een woonwijk is het rustig",
      "de rijtjesbuurt achter het station wordt gesloopt",
      "in de drugsbuurt is het onrustig",
      // A listed neighbourhood that is also an ordinary phrase, after a thing, is that thing.
      "er zit een lek in de pijp",
    ])
  func kindOfArea(text: String) {
    #expect(anonymiser.anonymise(text) == text)
  }
}
