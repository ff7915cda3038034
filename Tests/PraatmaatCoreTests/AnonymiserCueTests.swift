import Foundation
import Testing

@testable import PraatmaatCore

/// What a person types around a name decides more than a dictionary does: cues, lists of
/// names, possessives and brackets; lower-case organisations; ages and numbers in their
/// everyday forms; and the words of the social domain that must survive.
@Suite("Anonymiser: cues beat the dictionary, domain words survive")
struct AnonymiserCueTests {
  let anonymiser = AnonymiserFixture.anonymiser

  /// The texts of the spans found, with their labels: "PERSON:ria de boer".
  func found(_ text: String) -> [String] { AnonymiserFixture.found(text) }

  @Test(
    "A name after an introduction, a family word, a title, a role or a greeting is a name, also when it is a word",
    arguments: [
      ("ik heet mies bakker", ["PERSON:mies bakker"]),
      ("ik heet ria de jong", ["PERSON:ria de jong"]),
      ("mijn naam is ria de boer", ["PERSON:ria de boer"]),
      ("juf ria is lief", ["PERSON:ria"]),
      ("tante mies komt zondag", ["PERSON:mies"]),
      ("Ria helpt mij", ["PERSON:Ria"]),
      ("hoi ria, hoe is het", ["PERSON:ria"]),
      ("met ria, wie is daar", ["PERSON:ria"]),
      ("meneer visser is streng", ["PERSON:meneer visser"]),
      ("mijn begeleider (sandra) is ziek", ["PERSON:sandra"]),
      // What people call someone, and a surname after a form of address for an adult.
      ("ze heet johanna maar iedereen zegt fenna", ["PERSON:johanna", "PERSON:fenna"]),
      ("op de groep noemen we hem bolle", ["PERSON:bolle"]),
      ("ik vroeg het aan mevrouw brinkhorst", ["PERSON:mevrouw brinkhorst"]),
    ])
  func cues(text: String, expected: [String]) {
    #expect(found(text) == expected)
  }

  @Test(
    "Names given and forms of address do not take ordinary words that go on with the sentence; sayings stay",
    arguments: [
      "ze noemen mij dom", "iedereen zegt sorry", "mevrouw zegt dat het mag", "de mevrouw van het loket",
      // Sayings with a name in them point at nobody.
      "formulier ingevuld en klaar is kees", "ik ben toch geen gekke henkie",
    ])
  func cuesWithoutName(text: String) {
    #expect(found(text).isEmpty, "\(found(text))")
  }

  @Test(
    "A kind of place with an article and one ordinary word names that place, also as part of a compound",
    arguments: [
      ("ik help in kringloopwinkel de schatkist, op dinsdag", ["INSTITUTION:kringloopwinkel de schatkist"]),
      ("mijn paard staat op manege het zadel in de polder", ["INSTITUTION:manege het zadel"]),
      ("we eten soms bij eetcafé de lepel", ["INSTITUTION:eetcafé de lepel"]),
    ])
  func placeWithArticle(text: String, expected: [String]) {
    #expect(found(text).filter { $0.hasPrefix("INSTITUTION") } == expected)
  }

  @Test(
    "A kind of place followed by ordinary words that go on is no name",
    arguments: [
      "ik sta in de winkel de hele dag achter de kassa",
      "op de dagbesteding het werk is soms saai",
    ])
  func placeWithoutName(text: String) {
    #expect(found(text).isEmpty, "\(found(text))")
  }

  @Test("A capital on a very common word is emphasis, not a town; after a place cue it is the town")
  func emphasis() {
    #expect(found("het is Echt niet eerlijk dat ik moet betalen").isEmpty)
    #expect(found("mijn oma woont in Echt") == ["LOCATION:Echt"])
  }

  @Test("A whole name with an age after it: both go")
  func nameAndAge() {
    #expect(
      anonymiser.anonymise("mijn naam is ria de boer, ik ben 27")
        == "mijn naam is [naam 1], ik ben [leeftijd 18-29]")
  }

  @Test("A word in a list of names is a name; so is a name before a possessive")
  func listsAndPossessives() {
    #expect(found("kees, ria en bram komen ook") == ["PERSON:kees", "PERSON:ria", "PERSON:bram"])
    #expect(found("ik ga met anouk's moeder naar de markt") == ["PERSON:anouk's"])
  }

  @Test(
    "Care organisations in lower case, after a cue",
    arguments: [
      "ik woon bij sherpa", "ik krijg hulp van dichterbij", "ik woon bij koraal",
      "ik krijg begeleiding van prisma",
      "mijn begeleider is van zuidwester", "ik woon bij de zijlen", "ik krijg hulp van mee",
      "ik zit bij lunet zorg op de dagbesteding", "ik woon bij de driestroom", "ik woon bij ons tweede thuis",
      "ik krijg hulp van sdw",
    ])
  func lowerCaseOrganisations(text: String) {
    #expect(anonymiser.spans(in: text).map(\.label) == [.institution], "\(anonymiser.anonymise(text))")
  }

  @Test(
    "Ages in their everyday forms",
    arguments: [
      ("mijn nichtje van 6 logeert hier", "mijn nichtje van [leeftijd 0-17] logeert hier"),
      ("mijn tante is 52", "mijn tante is [leeftijd 50-59]"),
      ("ik word 40 in mei", "ik word [leeftijd 40-49] in mei"),
      ("mijn broer wordt 18", "mijn broer wordt [leeftijd 18-29]"),
      ("mijn moeder is 63 en ik zorg voor haar", "mijn moeder is [leeftijd 60-69] en ik zorg voor haar"),
    ])
  func ages(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test("A birth year, a handle, an e-mail address with a typo, a client number in words")
  func numbersAndAddresses() {
    #expect(anonymiser.anonymise("ik ben van 1990") == "ik ben van [datum]")
    #expect(anonymiser.anonymise("volg me op @lisa_2004") == "volg me op [naam 1]")
    #expect(!anonymiser.anonymise("mail naar lisa.devries@gmail,com").contains("devries"))
    #expect(!anonymiser.anonymise("mail naar lisa @ hotmail.com").contains("lisa"))
    #expect(
      anonymiser.anonymise("mijn klantnummer is vier vijf zes zeven acht")
        == "mijn klantnummer is [nummer]")
  }

  @Test(
    "Words of the social domain survive, in any case and in compounds",
    arguments: [
      "ik heb schuldhulpverlening", "De Wmo-consulent kwam op Dinsdag", "Vrijwilligersvacature gezien",
      "mijn zorgverzekering is te duur", "De Bewindvoerder regelt mijn geld", "Huurtoeslag aangevraagd",
      "het wijkteam komt in Maart", "ik heb een pgb-budget", "Jeugdzorg hielp ons niet",
    ])
  func domainWords(text: String) {
    #expect(anonymiser.spans(in: text).isEmpty, "\(anonymiser.anonymise(text))")
  }

  /// Every entry of the social-domain list, from the list itself.
  static let domainWords: [String] = {
    let url = PackageFiles.root.appendingPathComponent("Content/anonimiseren/domein.txt")
    return try! String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
      .filter { !$0.hasPrefix("#") && !$0.isEmpty }
  }()

  @Test(
    "0 words of the social-domain list are masked in 1 000 sentences that use them, in any case and in compounds"
  )
  func thousandDomainSentences() throws {
    let words = Self.domainWords
    try #require(words.count >= 300, "the social-domain list has \(words.count) words")
    let templates: [(String) -> String] = [
      { "Ik heb hulp nodig bij de \($0)." }, { "\($0.capitalisedFirst) is moeilijk voor mij" },
      { "mijn \($0) regelt veel" }, { "De \($0.capitalisedFirst) kwam op Dinsdag" },
      { "ik snap niks van die \($0)-brief" }, { "over de \($0)aanvraag hoor ik niks" },
      { "IK WACHT AL LANG OP DE \($0.uppercased())" }, { "wat doet de \($0) eigenlijk?" },
    ]
    var sentences = 0
    var masked: [String] = []
    var n = 0
    while sentences < 1_000 {
      let word = words[n % words.count]
      var template = (n / words.count + n) % templates.count
      // A compound is made of one word: "wmo-brief", not "eerste lijn-brief".
      if word.contains(" "), template == 4 || template == 5 { template = 0 }
      let sentence = templates[template](word)
      n += 1
      sentences += 1
      // Where the domain word stands in the sentence, in Unicode scalars.
      let scalars = Array(sentence.lowercased().unicodeScalars)
      let needle = Array(word.lowercased().unicodeScalars)
      guard
        let at = (0...(scalars.count - needle.count)).first(where: {
          Array(scalars[$0..<$0 + needle.count]) == needle
        })
      else {
        Issue.record("\(word) not found in \(sentence)")
        continue
      }
      let hit = anonymiser.spans(in: sentence).filter { $0.start < at + needle.count && at < $0.end }
      if !hit.isEmpty { masked.append("\(sentence) → \(anonymiser.anonymise(sentence))") }
    }
    #expect(sentences == 1_000)
    #expect(masked.isEmpty, "\(masked.count) masked: \(masked.prefix(20).joined(separator: " | "))")
  }
}

extension String {
  fileprivate var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension AnonymiserCueTests {
  @Test(
    "Particles before a surname go with it; a particle that is also a word stays a word",
    arguments: [
      ("mevrouw el Idrissi belt", "mevrouw [naam 1] belt"),
      ("ik werk bij garage Van der Molen", "ik werk bij garage [naam 1]"),
      ("ik ben Jan de Vries", "ik ben [naam 1]"),
      ("de moeder van Kees belt", "de moeder van [naam 1] belt"),
      ("met de juf van Pieter", "met de juf van [naam 1]"),
    ])
  func particles(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }

  @Test(
    "After a name cue, a surname on no list is part of the name, also in capitals and at the end",
    arguments: [
      "Ik heet Staynd Trefenstavel.", "IK HEET Staynd Trefenstavel / tel: 0612345678",
      "Mijn adres is Brastraat 12. Ik heet Staynd Trefenstavel.",
    ])
  func unlistedSurname(text: String) {
    #expect(!anonymiser.anonymise(text).contains("Trefenstavel"), "\(anonymiser.anonymise(text))")
  }

  @Test(
    "Where one works 'in' is a room or a group, not an organisation; 'bij' still names one",
    arguments: [
      ("ik werk in de keuken", "ik werk in de keuken"),
      ("mijn zoon zit in groep 3", "mijn zoon zit in groep 3"),
      ("ik werk in de tuin van het verzorgingshuis", "ik werk in de tuin van het verzorgingshuis"),
      ("ik werk bij de boog", "ik werk bij [organisatie 1]"),
    ])
  func workingIn(text: String, expected: String) {
    #expect(anonymiser.anonymise(text) == expected)
  }
}
