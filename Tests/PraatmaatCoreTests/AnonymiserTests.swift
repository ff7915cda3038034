import Foundation
import Testing

@testable import PraatmaatCore

@Suite("Dutch anonymiser")
struct AnonymiserTests {
  let anonymiser = AnonymiserFixture.anonymiser

  func labels(_ text: String) -> [String] {
    anonymiser.spans(in: text).map(\.label.rawValue)
  }

  @Test(
    "Names, places and organisations in lower case",
    arguments: [
      ("mijn begeleider jan komt morgen", "mijn begeleider [naam 1] komt morgen"),
      ("ik woon in kanaleneiland", "ik woon in [wijk 1]"),
      ("ik kom uit den bosch", "ik kom uit [plaats 1]"),
      ("Rob van Cordaan helpt me", "[naam 1] van [organisatie 1] helpt me"),
      // The article of an organisation's name goes with it, and so does a street's.
      ("ik werk bij de Jumbo", "ik werk bij [organisatie 1]"),
      ("ik woon op de kanaalstraat 12a", "ik woon op [straat 1]"),
      // Double first names, and a first name opening the sentence before a surname.
      ("Jan-Willem helpt mij", "[naam 1] helpt mij"),
      ("Anne-Marie komt elke week", "[naam 1] komt elke week"),
      ("Max de Vries belt", "[naam 1] belt"),
      ("het is een zwart-wit foto", "het is een zwart-wit foto"),
    ])
  func informalNames(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test(
    "Text that was anonymised before comes out the same",
    arguments: [
      "ik ben [naam 1], bel [telefoon]", "[naam 1] en [naam 2] wonen in [plaats 1]",
      "ik ben [leeftijd 30-39] en woon op [straat 1]", "mail [e-mail] of kijk op [website]",
      "[organisatie 1] in [wijk 1], [postcode], [datum]", "[leeftijd]",
    ])
  func anonymisedTwice(text: String) {
    #expect(anonymiser.anonymise(text) == text)
    #expect(
      anonymiser.anonymise(anonymiser.anonymise("ik ben Jan de Vries, bel 0612345678"))
        == "ik ben [naam 1], bel [telefoon]")
  }

  @Test("A new name beside an old tag gets the next number; a fake tag hides nothing")
  func besideOldTags() {
    #expect(anonymiser.anonymise("[naam 1] belde met Piet") == "[naam 1] belde met [naam 2]")
    #expect(!anonymiser.anonymise("[naam 0612345678]").contains("0612345678"))
    #expect(!anonymiser.anonymise("[leeftijd 34] jan@vries.nl").contains("vries"))
  }

  @Test(
    "Ordinary words that are also names stay",
    arguments: [
      "ik wil graag meer hulp", "de bank is dicht", "een roos is een mooie bloem", "de Wmo is moeilijk",
      "de gemeente luistert niet", "ik ben 3 jaar geleden verhuisd", "ik werk 4 dagen per week",
      "ik ben 24/7 bereikbaar", "ik ga naar de markt",
    ])
  func ordinaryWords(text: String) {
    #expect(anonymiser.spans(in: text).isEmpty, "\(anonymiser.anonymise(text))")
  }

  @Test(
    "Every Dutch way to write a phone number",
    arguments: [
      "06-12345678", "0612345678", "06 1234 5678", "+31612345678", "+31 6 12345678", "0031612345678",
      "030-2345678", "030 234 56 78", "(030) 1234567", "+31 (0)6 12345678", "06.12.34.56.78",
      // A longer dash for the hyphen, and the digits typed one by one.
      "06–13 57 92 46", "020—7531864", "0 6 1 3 5 7 9 2 4 6", "(0 6) 1 3 5 7 9 2 4 6",
    ])
  func phoneNumbers(number: String) {
    #expect(anonymiser.anonymise("bel \(number) maar") == "bel [telefoon] maar")
  }

  @Test("A BSN in any spelling, an IBAN, a licence plate")
  func numbers() {
    #expect(PatternRecogniser.elevenProof(Array("123456782".utf8)))
    #expect(!PatternRecogniser.elevenProof(Array("123456789".utf8)))
    #expect(anonymiser.anonymise("bsn 123.456.782") == "bsn [nummer]")
    #expect(anonymiser.anonymise("mijn nummer 1234 56 782 klopt") == "mijn nummer [nummer] klopt")
    #expect(PatternRecogniser.mod97(Array("nl91abna0417164300".utf8)) == 1)
    #expect(anonymiser.anonymise("iban NL91 ABNA 0417 1643 00 graag") == "iban [rekeningnummer] graag")
    #expect(anonymiser.anonymise("kenteken 12-ABC-3") == "kenteken [kenteken]")
    #expect(labels("mijn clientnummer is C-20231145") == ["ID"])
  }

  @Test("Dates with and without a year; 'vorige week dinsdag' stays")
  func dates() {
    #expect(anonymiser.anonymise("op 3 maart ben ik jarig") == "op [datum] ben ik jarig")
    #expect(anonymiser.anonymise("geboren 12-03-1988") == "geboren [datum]")
    #expect(anonymiser.spans(in: "vorige week dinsdag was ik ziek").isEmpty)
  }

  @Test("Ages become a band")
  func ages() {
    #expect(anonymiser.anonymise("ik ben 34") == "ik ben [leeftijd 30-39]")
    #expect(anonymiser.anonymise("ik ben vierendertig jaar") == "ik ben [leeftijd 30-39]")
    #expect(anonymiser.anonymise("mijn zoon (8) is lief") == "mijn zoon ([leeftijd 0-17]) is lief")
    #expect(DutchNumbers.value("drieentwintig") == 23)
    #expect(AgeBand.of(34) == "30-39" && AgeBand.floor(of: 34) == 30)
  }

  @Test("The same person twice gets the same number, another person the next")
  func numbering() {
    let text = "Jan de Vries belde. Later kwam Jan met Fatima. fatima bleef."
    #expect(anonymiser.anonymise(text) == "[naam 1] belde. Later kwam [naam 1] met [naam 2]. [naam 2] bleef.")
  }

  @Test("Spans are Unicode code-point offsets into the text, end exclusive")
  func offsets() {
    let text = "😀 ik heet josé 👍🏽 en bel 0612345678"
    let spans = anonymiser.spans(in: text)
    let scalars = Array(text.unicodeScalars)
    let pieces = spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    #expect(pieces == ["josé", "0612345678"])
  }

  @Test("Bad input gives a result, never a crash")
  func badInput() {
    for text in [
      "", "😀😀😀", "\u{0}\u{1}\u{7}\u{1B}[31m ik heet jan\u{1B}[0m", "\u{FFFD}\u{FFFD}",
      "e\u{301}\u{301}\u{301}",
      String(repeating: "a", count: 100_000), String(repeating: "0612345678 ", count: 10_000),
      String(repeating: "jan de ", count: 10_000), String(repeating: "-", count: 50_000),
    ] {
      let out = anonymiser.anonymise(text)
      #expect(out.count <= text.count + 20_000 * 10)
    }
    #expect(anonymiser.anonymise("\u{0}ik heet jan") == "\u{0}ik heet [naam 1]")
  }

  @Test("A long line is linear, not quadratic")
  func longLine() {
    let line = String(repeating: "mijn begeleider jan belt 0612345678 op 3 maart. ", count: 20_000)
    let clock = ContinuousClock()
    let took = clock.measure { _ = anonymiser.anonymise(line) }
    #expect(took < .seconds(20))
  }

  @Test("Words a supporter marks are hidden too, numbered with the rest")
  func marked() {
    let text = "ik was bij Tinus en tinus zijn hond Bobbie, met jan"
    #expect(
      anonymiser.anonymise(text, hiding: ["tinus", "bobbie"])
        == "ik was bij [naam 1] en [naam 1] zijn hond [naam 2], met [naam 3]")
    // A word no list knows as a name is taken out with a neutral tag, not called a name.
    #expect(
      anonymiser.anonymise("ik eet graag een kroket", hiding: ["kroket"]) == "ik eet graag een [weggehaald]")
    #expect(
      anonymiser.anonymise("het was kut en niet chill", hiding: ["kut", "chill"])
        == "het was [weggehaald] en niet [weggehaald]")
    #expect(anonymiser.anonymise("ik woon in zeist", hiding: []) == "ik woon in [plaats 1]")
    #expect(anonymiser.markedKind("Utrecht").label == .location)
    #expect(anonymiser.anonymise("[weggehaald] en jan") == "[weggehaald] en [naam 1]")
  }

  @Test("Without word lists, shapes and cues still work")
  func builtIn() {
    let plain = DutchAnonymiser(lexicon: .builtIn)
    #expect(
      plain.anonymise("mijn begeleider Xandrijn belt 0612345678")
        == "mijn begeleider [naam 1] belt [telefoon]")
  }
}
