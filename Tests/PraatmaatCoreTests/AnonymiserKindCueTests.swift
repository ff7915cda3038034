import Testing

@testable import PraatmaatCore

/// A place named with ordinary words is found by the kind of place around it, and a name that
/// is also a verb, a kept word or a month is found by a clear cue; the same words without
/// that kind or cue stay.
@Suite("Anonymiser: places told by their kind, names that are also words")
struct AnonymiserKindCueTests {
  let anonymiser = AnonymiserFixture.anonymiser

  @Test(
    "A kind of place before a name, or what kind it is after it, makes ordinary words a name",
    arguments: [
      // A kind of place right before the name: a shelter, a school kind, a college.
      ("we brengen de kat naar dierenasiel de poezenmand", "we brengen de kat naar [organisatie 1]"),
      ("mijn nichtje gaat naar obs de zeester", "mijn nichtje gaat naar [organisatie 1]"),
      (
        "mijn broer zit op vakcollege de meeuw in de klas van juf",
        "mijn broer zit op [organisatie 1] in de klas van juf"
      ),
      // An organisation's own word, then a verb after the name.
      (
        "mijn coach van stichting opstap zegt dat het goed gaat",
        "mijn coach van [organisatie 1] zegt dat het goed gaat"
      ),
      // Who gives care, after a carer's role and "van".
      (
        "de psychiater van de zandloper zegt dat ik beter ga",
        "de psychiater van [organisatie 1] zegt dat ik beter ga"
      ),
      // What kind of place it is, after the name.
      (
        "ik werk bij de kurk, dat is een sociale werkplaats",
        "ik werk bij [organisatie 1], dat is een sociale werkplaats"
      ),
      ("ik ga naar de brug voor dagbesteding", "ik ga naar [organisatie 1] voor dagbesteding"),
    ])
  func namedByKind(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test(
    "Places, people and things that are what they say stay",
    arguments: [
      "we gaan met de klas naar de dierentuin",
      "mijn buddy van de voetbal",
      "ik moet naar de rechter voor bewindvoering",
      "mijn zoon gaat naar de nieuwe school, dat is een praktijkschool",
      "ik werk in het magazijn, dat is een groot bedrijf",
      "bij de ggz kliniek is het rustig",
      "ik ga naar de tandarts, een praktijk in de stad",
      "ik ga naar de bieb voor dagbesteding",
    ])
  func ordinaryPlaces(text: String) {
    #expect(anonymiser.anonymise(text) == text)
  }

  @Test(
    "After 'heet' or with a capital after a relative, a name that is also a word is a name",
    arguments: [
      ("ik heet Ben.", "ik heet [naam 1]."),
      ("de man heet Wil, hij woont hier", "de man heet [naam 1], hij woont hier"),
      ("mijn zus heet Mei.", "mijn zus heet [naam 1]."),
      ("oom Ben belt morgen", "oom [naam 1] belt morgen"),
      ("onze buurman Wil kookt vaak", "onze buurman [naam 1] kookt vaak"),
    ])
  func cuedWords(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test(
    "The same words as a verb, a question, a day, a language, a pet's name or in Title Case stay",
    arguments: [
      "tante wil niet komen", "hoe heet dat", "ik zie mijn begeleider Maandag", "Mijn Moeder Wil Dat Niet",
      "ik heb bijles Engels.", "hij heet anders.", "we hebben een poes, ze heet Door.",
    ])
  func uncuedWords(text: String) {
    #expect(anonymiser.anonymise(text) == text)
  }
}
