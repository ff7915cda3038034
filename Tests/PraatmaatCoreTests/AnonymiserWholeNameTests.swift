import Testing

@testable import PraatmaatCore

/// A name is taken out whole: the pieces that belong to a found name by their shape go with
/// it, so no initial, article, house number or second half stays visible beside the tag.
@Suite("Anonymiser: a name goes out whole")
struct AnonymiserWholeNameTests {
  let anonymiser = AnonymiserFixture.anonymiser

  @Test(
    "Initials, articles, house numbers and the rest of a name go with it",
    arguments: [
      // Initials, with the particles after them; a title stays.
      ("de brief kwam van J.v.d. Meulen", "de brief kwam van [naam 1]"),
      ("m. el amrani belde gisteren", "[naam 1] belde gisteren"),
      ("mijn huisarts is dr. k. de Groot", "mijn huisarts is dr. [naam 1]"),
      ("ik ben bij drs. Yilmaz geweest", "ik ben bij drs. [naam 1] geweest"),
      ("mevrouw el Idrissi belt", "mevrouw [naam 1] belt"),
      // A capitalised particle opening the sentence, before a capitalised surname.
      ("Ait Haddou heeft de brief gestuurd", "[naam 1] heeft de brief gestuurd"),
      // A capitalised first name before a found surname, also when it is a Dutch word.
      ("Bas Verhoeven is mijn collega", "[naam 1] is mijn collega"),
      // An organisation's article, the words that end its name, and the pieces of one name.
      ("ik zit bij Het Anker in Zwolle", "ik zit bij [organisatie 1] in [plaats 1]"),
      ("ik werk bij Bakkerij Verhoeven", "ik werk bij [organisatie 1]"),
      ("ik werk bij visser & zn", "ik werk bij [organisatie 1]"),
      // The kind of organisation that leads its name goes with it; a kind alone stays.
      ("ik help op zorgboerderij het Klaverveld bij de varkens", "ik help op [organisatie 1] bij de varkens"),
      ("ik zit bij judoclub Kazan", "ik zit bij [organisatie 1]"),
      ("ik werk bij een bakkerij in de stad", "ik werk bij een bakkerij in de stad"),
      // A park or a home named like a street, after "in": its article goes with it.
      ("we lopen in het Rozenpark met de hond", "we lopen in [straat 1] met de hond"),
      // A month written with a capital before a name, with no day before it, is a first name.
      ("ik ga met Mei Wong naar de markt", "ik ga met [naam 1] naar de markt"),
      ("ik heb in Juni Kees ontmoet", "ik heb in Juni [naam 1] ontmoet"),
      // A word of the social domain before a name is no kind of organisation: it stays.
      ("ik krijg begeleiding via Thuiszorg Vlinder", "ik krijg begeleiding via [organisatie 1]"),
      ("ik zit op het Groen.college", "ik zit op [organisatie 1]"),
      // A street takes its article and its number; an amount after a town is no number.
      ("ik woon op de kanaalstraat 12a", "ik woon op [straat 1]"),
      ("ze woont op de van goyenstraat 9", "ze woont op [straat 1]"),
      ("ik woon in Utrecht 3 jaar al", "ik woon in [plaats 1] 3 jaar al"),
      ("postcode 1234 AB Amsterdam", "postcode [postcode] [plaats 1]"),
      // A dossier number with its letters.
      ("mijn dossiernummer is AB-2023-4471", "mijn dossiernummer is [nummer]"),
      // A name after "op" with a house number is a street; an amount stays.
      ("ze woont op Vinkenburg 8, dat is vlakbij", "ze woont op [plaats 1], dat is vlakbij"),
      ("ik woon met kees 3 jaar samen", "ik woon met [naam 1] 3 jaar samen"),
      // "den", "ten" and "ter" before a name, and a small word or sign between its pieces.
      ("we gaan naar den helder met de bus", "we gaan naar [plaats 1] met de bus"),
      ("mijn oom heet Karel ten Brink", "mijn oom heet [naam 1]"),
      ("ik werk bij garage van den Brink", "ik werk bij [organisatie 1]"),
      ("mn insta is sanne_vd", "mn insta is [naam 1]"),
      ("ik werk bij Jansen at Home", "ik werk bij [naam 1]"),
      // An animal's name is no one's personal data; its owner's name is.
      ("mijn konijn heet Snuf", "mijn konijn heet Snuf"),
      ("onze poes Pluis slaapt veel", "onze poes Pluis slaapt veel"),
      ("ik heb een cavia, Bram, die piept", "ik heb een cavia, Bram, die piept"),
      ("ik laat de hond van Sanne uit", "ik laat de hond van [naam 1] uit"),
      ("mijn hond en Kees gaan wandelen", "mijn hond en [naam 1] gaan wandelen"),
    ])
  func whole(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test(
    "In text that capitalises ordinary words, a capital alone makes no name",
    arguments: [
      "Ik Wil Later een Huis met een Tuin en een Hond",
      "Ik Vind het Fijn als Mijn Begeleider Vroeg Komt",
    ])
  func capitalisedWords(text: String) {
    #expect(anonymiser.anonymise(text) == text)
  }

  @Test("A name after a clear word stays a name in such text")
  func cuedInCapitals() {
    #expect(
      anonymiser.anonymise("Hoi Ik Heet Noor en Ik Woon Hier Fijn")
        == "Hoi Ik Heet [naam 1] en Ik Woon Hier Fijn")
  }

  @Test("No character of a found name stays visible beside its tag")
  func nothingBeside() {
    // Titles stay; every other piece of these names goes.
    let text = "dr. k. de Groot en Bas Verhoeven werken bij Het Anker, kerkstraat 14b"
    let masked = anonymiser.anonymise(text)
    for piece in ["k.", "Groot", "Bas", "Verhoeven", "Het", "Anker", "14b"] {
      #expect(!masked.contains(piece), "\(piece) stayed in: \(masked)")
    }
    #expect(masked.hasPrefix("dr. "))
  }
}
