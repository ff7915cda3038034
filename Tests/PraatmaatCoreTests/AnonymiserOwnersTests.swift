import Testing

@testable import PraatmaatCore

/// Whose an age is (a person's, not a pet's or a thing's), ages said with "mijn" and a word
/// for when, long numbers in groups, and common words that only look like names: among
/// ordinary words, after a comma, after a word for where, in a letter's closing.
@Suite("Anonymiser: whose age it is, and common words among ordinary words")
struct AnonymiserOwnersTests {
  func found(_ text: String) -> [String] { AnonymiserFixture.found(text) }

  @Test(
    "A person's age, however it is said",
    arguments: [
      ("bij de scouts zat ik van mijn 9 tot mijn 15", "AGE:9"),
      ("bij de scouts zat ik van mijn 9 tot mijn 15", "AGE:15"),
      ("sinds mijn 17 woon ik op mezelf", "AGE:17"),
      ("op de afdeling ben ik de oudste, 58", "AGE:58"),
      ("mijn nichtje Fenna van 6 logeert vaak", "AGE:6"),
      ("mijn buurman is 71 en nog heel fit", "AGE:71"),
      ("ons kleintje is pas 7 weken oud", "AGE:7 weken oud"),
      ("mijn nichtje is drie maanden.", "AGE:drie maanden"),
      ("zij is vijf weken, en slaapt al goed", "AGE:vijf weken"),
      ("het kenmerk op de brief is 4417 2290 3381 6605", "ID:4417 2290 3381 6605"),
    ])
  func personsAge(text: String, expected: String) {
    #expect(found(text).contains(expected))
  }

  @Test(
    "No person's age, and no name",
    arguments: [
      // An animal's or a thing's age.
      "onze poes heet Pluis en ze is al 13",
      "mijn konijn is 6 en eet de hele dag",
      "mijn scooter is 9 jaar oud en lekt olie",
      // How long, not how old: said by "ik", after "al", or of a thing.
      "ik ben 4 maanden.",
      "ze is al 7 weken.",
      "de wachttijd voor een kamer is 8 maanden!",
      "de wachttijd voor mijn dochter is 5 maanden.",
      // A common word that a list of surnames has, among ordinary words or after a word for where.
      "ik woon in een groep met vijf anderen",
      "dat zijn de lastige dingen van het leven",
      "de lift staat stil op 3 hoog",
      // After a comma, a verb in lower case goes on with the sentence.
      "de chauffeur, meneer Dekker, kent de weg niet",
      // A title before a comma names nobody after it; a letter's closing names nobody.
      "Geachte heer, mevrouw, hierbij stuur ik het formulier terug",
      "Met vriendelijke groet",
    ])
  func noPersonsAge(text: String) {
    let spans = found(text)
    #expect(!spans.contains { $0.hasPrefix("AGE:") })
    #expect(
      !spans.contains {
        ["groep", "dingen", "hoog", "kent", "hierbij", "groet"].contains(
          String($0.split(separator: ":").last ?? ""))
      })
  }

  @Test("The surname after a title stays found, and the name after a letter's closing")
  func namesStillFound() {
    #expect(found("de chauffeur, meneer Dekker, kent de weg niet").contains("PERSON:meneer Dekker"))
    #expect(found("Met vriendelijke groet, Annelies Verhoef").contains("PERSON:Annelies Verhoef"))
  }
}
