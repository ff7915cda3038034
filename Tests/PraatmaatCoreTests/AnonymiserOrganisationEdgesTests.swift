import Testing

@testable import PraatmaatCore

/// Where the name of an organisation ends: a word that only starts such names ("stichting",
/// "huize") goes with the name after it, so does a kind of place right after it ("ziekenhuis"),
/// and capitalised words on both sides of it, however many capitals the name holds itself.
@Suite("Anonymiser: the edges of an organisation's name")
struct AnonymiserOrganisationEdgesTests {
  let anonymiser = AnonymiserFixture.anonymiser

  @Test(
    "The words of the name around the part that was recognised go with it",
    arguments: [
      ("mijn opa woont nu in huize de meidoorn in ede", "mijn opa woont nu in [organisatie 1] in [plaats 1]"),
      ("we liggen in het Duinrand ziekenhuis", "we liggen in [organisatie 1]"),
      ("mijn coach komt van Beschermd Wonen Zorggroep Noord", "mijn coach komt van [organisatie 1]"),
      // After a capitalised "Stichting", capitalised grammar words are part of the name.
      ("mijn maatje komt van Stichting Samen Voor Later", "mijn maatje komt van [organisatie 1]"),
      (
        "vrijdag heb ik een gesprek bij Wijkzorg Goed Gezond Zorg",
        "vrijdag heb ik een gesprek bij [organisatie 1]"
      ),
    ])
  func wholeName(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test(
    "Kinds of places without a name are left alone",
    arguments: [
      "ik ga naar de kerk en daarna naar het ziekenhuis",
      "de stichting betaalt de huur van het buurthuis",
    ])
  func kindsOnly(text: String) {
    #expect(anonymiser.anonymise(text) == text)
  }
}
