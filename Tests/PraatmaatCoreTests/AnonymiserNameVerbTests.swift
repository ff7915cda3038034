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
      ("de jobcoach wil zegt dat het goed gaat", "de jobcoach [naam 1] zegt dat het goed gaat"),
      ("we kaarten met toos, wil en bep", "we kaarten met [naam 1], [naam 2] en [naam 3]"),
      // A year said in words belongs to the date before it.
      ("mijn vader is op 4 juni negentienvijftig geboren", "mijn vader is op [datum] geboren"),
    ])
  func named(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test(
    "The same verbs wanting or allowing something stay",
    arguments: [
      "mijn buurvrouw mag niet meer autorijden",
      "de jobcoach wil dat ik vaker kom",
      "ik weet niet welke begeleider er komt",
      "ik wil en ik mag het niet",
    ])
  func verbs(text: String) {
    #expect(anonymiser.anonymise(text) == text)
  }
}
