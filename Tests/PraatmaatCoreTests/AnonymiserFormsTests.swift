import Testing

@testable import PraatmaatCore

/// Dates with their weekday, an age after the verb and its subject, and what is no name: a
/// measure before its number, the word after "dat hij Kevin heette", games, programmes and
/// papers everyone knows.
@Suite("Anonymiser: weekday dates, inverted ages, measures, clause-final names, known titles")
struct AnonymiserFormsTests {
  func found(_ text: String) -> [String] { AnonymiserFixture.found(text) }

  @Test(
    "Found whole",
    arguments: [
      ("ik moet vrijdag 3 oktober naar de tandarts", "DATE:vrijdag 3 oktober"),
      ("ze kijkt nog tekenfilms, ook al is ze al 12", "AGE:12"),
      ("dat zei de buurman, en nu ben ik 44", "AGE:44"),
      ("we stappen over op zwolle centraal en dan verder", "LOCATION:zwolle centraal"),
      ("mijn zus woont in groningen noord bij het park", "LOCATION:groningen noord"),
    ])
  func foundWhole(text: String, expected: String) {
    #expect(found(text).contains(expected))
  }

  @Test(
    "No name, place or organisation",
    arguments: [
      "de winkel had de jas alleen in maat 38 en die past niet",
      "op vrijdag spelen we rummikub en monopoly in het buurthuis",
      "ik heb een nieuw paspoort en een id-kaart nodig voor de reis",
      "ik zit niet meer op tinder sinds vorige maand",
      // A word for a kind of area in lower case names the kind ("De Wijk" is a village).
      "ik woon al tien jaar in de wijk", "wij wonen nu in de stad en dat is druk",
    ])
  func notFound(text: String) {
    #expect(found(text).isEmpty, "\(found(text))")
  }

  @Test("the word after a name at the end of its clause is no name")
  func clauseFinalName() {
    let spans = found("een man die zei dat hij Bastiaan heette vroeg naar mijn adres")
    #expect(spans.contains("PERSON:Bastiaan"))
    #expect(!spans.contains { $0.contains("vroeg") })
  }
}
