import Foundation
import Testing

@testable import PraatmaatCore

/// The shapes of ordinary words that are no name (a weekday grown onto a part of the day, a
/// verb after a person word, a slip of a known word, a number about a thing) and the shapes
/// of names made of ordinary words (an adjective and a noun after a kind of place).
@Suite("Anonymiser: shapes of names and of ordinary words")
struct AnonymiserShapeTests {
  let anonymiser = AnonymiserFixture.anonymiser

  func found(_ text: String) -> [String] { AnonymiserFixture.found(text) }

  @Test(
    "An organisation's name of ordinary words: an adjective and a noun, before a verb, after the organisation's own word",
    arguments: [
      (
        "we vieren het bij eetcafé de groene kikker met de hele groep",
        ["INSTITUTION:eetcafé de groene kikker"]
      ),
      (
        "mijn dossier bij zorginstelling de klimroos heeft een nummer",
        ["INSTITUTION:zorginstelling de klimroos"]
      ),
      ("bij stichting de lantaarn koken vrijwilligers voor ons", ["INSTITUTION:stichting de lantaarn"]),
      // A common word after a kind of place, at the end of the phrase, is that place's name.
      ("ik werk bij de kringloopwinkel mooi, samen met mijn vriend", ["INSTITUTION:kringloopwinkel mooi"]),
      // Right after a kind of place that follows a preposition, without an article: a less
      // common word that ends the phrase, or a word no list knows.
      ("ik poets bij schoonmaakbedrijf glans, vier ochtenden", ["INSTITUTION:schoonmaakbedrijf glans"]),
      ("we zingen bij zangvereniging lentezang in de kerk", ["INSTITUTION:zangvereniging lentezang"]),
      (
        "mijn oom werkt bij loodgietersbedrijf dakotec in de stad", ["INSTITUTION:loodgietersbedrijf dakotec"]
      ),
      // Who gives the care: after a word for care or for where someone lives and "van", "bij"
      // or "op", an article and an ordinary noun that ends the phrase.
      ("de woonbegeleiding van de zandloper komt op maandag", ["INSTITUTION:de zandloper"]),
      ("mijn kamer bij het zeepaard is klein", ["INSTITUTION:het zeepaard"]),
      ("ik woon sinds de zomer bij de lindeboom", ["INSTITUTION:de lindeboom"]),
      // Over a name or a pronoun between.
      ("volgend jaar woon ik bij de zandloper", ["INSTITUTION:de zandloper"]),
      ("mijn coach priya van het zeepaard belt vaak", ["INSTITUTION:het zeepaard"]),
      // A listed organisation of ordinary words after such a word too.
      ("de begeleiding van de binnenkamer is goed", ["INSTITUTION:de binnenkamer"]),
    ])
  func namesOfOrdinaryWords(text: String, expected: [String]) {
    #expect(found(text).filter { $0.hasPrefix("INSTITUTION") } == expected)
  }

  @Test(
    "Ordinary words that look like names stay",
    arguments: [
      "op Vrijdagmiddag ga ik naar de markt",
      "in de Kerstvakantie is de dagbesteding dicht",
      "ik durf snachts niet over straat",
      "mijn moeder belt elke zondag",
      "mijn begeleider logt in op de site",
      "het is in het buurthuis altijd heeeel druk",
      "de wachtlijst voor een huis is 6 jaar",
      // A kind of place in lower case names the kind; after one, the sentence goes on.
      "na de vakantie zie ik iedereen van de groep weer",
      "na het eten gaan we terug naar het team",
      "bij de dagbesteding helpen we in de keuken",
      "naast het buurthuis staat een bankje",
      "op de zorgboerderij werken we hard",
      "in de sporthal laat de trainer ons rennen",
      // After a kind of place without an article: a verb, a participle, an adjective, a number.
      "de muziekschool kost 30 euro in de maand",
      "in de werkplaats van de zorgboerderij ruikt het lekker",
      "ik ben vroeger op school gepest.",
      "ik ga graag naar het buurthuis samen met mijn zus",
      "ik heb stage gelopen bij een schildersbedrijf",
      // People, places, activities, streets and floors after such a word stay.
      "ik krijg hulp van de buurvrouw en van de huisarts",
      "ik krijg hulp bij het koken en bij de post",
      "de begeleiding van de gemeente is goed",
      "ik woon op de vierde verdieping",
      "mijn kamer op de eerste is klein",
      // Two letters after an amount are a short form: per week, per persoon.
      "ik krijg 4 uur pw hulp bij het huishouden",
      "het uitje kost 12 euro pp",
      // A verb in lower case after a kind of place is what is done there.
      "later zou ik wel bij de bloemenwinkel werken",
      "volgend jaar wil ik bij de bakkerij werken",
    ])
  func ordinaryWords(text: String) {
    #expect(found(text).isEmpty, "\(found(text))")
  }

  @Test("After a title a word that looks like a verb is still the name")
  func titleBeatsVerb() {
    #expect(found("meneer brandt helpt met de post") == ["PERSON:meneer brandt"])
  }

  @Test(
    "A word typed alone to steer the conversation is never masked",
    arguments: [
      "klaar", "pas", "stop", "stoppen", "ja", "nee", "terug", "volgende", "overslaan", "pauze", "hulp",
      "oke",
    ])
  func steeringWords(word: String) {
    #expect(found(word).isEmpty, "\(found(word))")
  }

  @Test(
    "A code after any kind of number word, also a few words on or after a short code of capitals",
    arguments: [
      ("mijn leerlingnummer is 4471902", "ID:4471902"),
      ("het dossiernummer bij de rechtbank is RB/55102/Z", "ID:RB/55102/Z"),
      ("mijn lidnummer, dat is AB 2231 7788", "ID:AB 2231 7788"),
    ])
  func codes(text: String, expected: String) {
    #expect(found(text) == [expected])
  }

  @Test("A house number is no code; an age said before its verb is an age, but not of 'je'")
  func houseNumbersAndAges() {
    #expect(found("mijn huisnummer is 12").isEmpty)
    #expect(found("de hulp stopt als ik 18 word") == ["AGE:18"])
    #expect(found("de hulp stopt als je 18 wordt").isEmpty)
    #expect(found("kben 31 jaar en ik woon alleen") == ["AGE:31 jaar"])
    // A name known to no list, capitalised inside the sentence, then "van" and the age.
    #expect(found("ik pas op haar zoontje Wojtas van 5").contains("AGE:5"))
  }

  @Test("After 'op' or 'aan', a name with a house number is a street, whatever a list took the name for")
  func streetByItsNumber() {
    #expect(found("sinds maart woon ik op de Kievit 23 met mijn kat") == ["LOCATION:de Kievit 23"])
    #expect(found("we wonen aan de Reiger 7b, vlak bij het station") == ["LOCATION:de Reiger 7b"])
  }

  @Test(
    "A postcode after its own word in any case; an age one must become; a club by the letters before its name"
  )
  func postcodesAgesAndClubs() {
    #expect(found("mijn postcode is 5611 ez, dat weet ik uit mijn hoofd") == ["LOCATION:5611 ez"])
    #expect(found("ik mocht pas 16 worden voor ik alleen mocht") == ["AGE:16"])
    #expect(found("ik keep bij vv de kraaien in het tweede") == ["INSTITUTION:vv de kraaien"])
    #expect(found("zaterdag speelt FC Ijsselvogels thuis") == ["INSTITUTION:FC Ijsselvogels"])
  }

  @Test(
    "A part of town after a capitalised word that is no place ends an organisation's name; after a town it is the town's"
  )
  func organisationsEndingInAPartOfTown() {
    #expect(found("ik ging met mijn vraag naar Wijkcentrum Oost") == ["INSTITUTION:Wijkcentrum Oost"])
    #expect(found("mijn zus woont in Utrecht Noord") == ["LOCATION:Utrecht Noord"])
  }
}
