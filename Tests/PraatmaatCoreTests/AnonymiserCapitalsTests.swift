import Testing

@testable import PraatmaatCore

/// A name of several capitalised words goes whole, also when the lists know only one of them;
/// in text whose writer capitalises ordinary words, the capitals say nothing.
@Suite("Anonymiser: the capitalised words beside a found name")
struct AnonymiserCapitalsTests {
  func found(_ text: String) -> [String] { AnonymiserFixture.found(text) }

  @Test(
    "a capitalised word right beside a found name inside a sentence is part of it",
    arguments: [
      ("elke dinsdag help ik bij Samen Bouwen in de kas", "Samen Bouwen"),
      ("mijn broer voetbalt bij Rood Geel sinds de zomer", "Rood Geel"),
    ])
  func neighbours(text: String, name: String) {
    #expect(found(text).contains { $0.hasSuffix(":" + name) }, "\(found(text))")
  }

  @Test("a club's year goes with its name; a short title starts the name of a street")
  func clubYearsAndShortTitles() {
    #expect(found("mijn zoon speelt bij Kwiekers '58 in de jeugd").contains("INSTITUTION:Kwiekers '58"))
    #expect(found("mn nieuwe kamer is op de dr. jacobslaan 12").contains("LOCATION:dr. jacobslaan 12"))
  }

  @Test("a day, a joining word or a verb beside a name keeps its own capital")
  func ownCapitals() {
    #expect(!found("de afspraak met Okke is Dinsdag").contains { $0.contains("Dinsdag") })
    #expect(!found("ik ga met Okke En daarna naar huis").contains { $0.contains("En") })
    #expect(!found("mijn coach Okke Is heel lief").contains { $0.contains("Is") })
  }

  @Test("in text whose writer capitalises ordinary words, a capital beside a name says nothing")
  func writersHabit() {
    #expect(!found("Ik Vind Het Altijd Leuk bij Okke Thuis").contains { $0.contains("Thuis") })
  }
}
