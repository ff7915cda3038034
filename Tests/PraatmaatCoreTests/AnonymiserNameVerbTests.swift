import Testing

@testable import PraatmaatCore

/// Names that are also short verbs ("wil", "mag"), found by what stands around them; a year
/// said in words after a date.
@Suite("Anonymiser: names that are short verbs, years in words")
struct AnonymiserNameVerbTests {
  let anonymiser = AnonymiserFixture.anonymiser

  @Test(
    "A short verb is a name after a role with a verb of its own, or between two names of a list",
    arguments: [
      ("mijn buurvrouw mag belde gisteren nog", "mijn buurvrouw [naam 1] belde gisteren nog"),
      ("mijn broer wil belt op zondag", "mijn broer [naam 1] belt op zondag"),
      ("gisteren waren toos, wil en bep er ook", "gisteren waren [naam 1], [naam 2] en [naam 3] er ook"),
      // A year said in words belongs to the date before it.
      (
        "op 4 juni negentienvijftig kwam mijn vader naar nederland",
        "op [datum] kwam mijn vader naar nederland"
      ),
    ])
  func named(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test(
    "The same verbs wanting or allowing something stay, so do a kept acronym in a list and an amount after a date",
    arguments: [
      "mijn buurvrouw mag niet meer autorijden",
      "de jobcoach wil graag dat ik vroeg kom",
      "als mijn moeder wil gaat ze mee naar de markt",
      "of de buurman er woont weet ik niet",
      "ik wil en ik mag het niet",
    ])
  func verbs(text: String) {
    #expect(anonymiser.anonymise(text) == text)
  }

  @Test("an acronym between names and an amount after a date stay what they are")
  func notNames() {
    #expect(anonymiser.anonymise("hulp van anja, uwv en kees").contains("uwv"))
    #expect(anonymiser.anonymise("op 1 maart tweeduizend euro terugbetalen").contains("tweeduizend euro"))
  }
}
