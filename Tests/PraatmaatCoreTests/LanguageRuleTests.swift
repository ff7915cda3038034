import Foundation
import Testing

@testable import PraatmaatCore

/// The repository's `Content/` folder, for checking the real lists and scripts.
private let content = PackageFiles.root.appendingPathComponent("Content")

/// The word lists from `Content/taal/`, as the app loads them.
private func contentLists() throws -> LanguageLists {
  func entries(_ name: String) throws -> [LanguageLists.Entry] {
    let text = try String(
      contentsOf: content.appendingPathComponent("taal/\(name)"), encoding: .utf8)
    let (entries, problems) = LanguageLists.parse(text, fileName: name)
    #expect(problems.isEmpty, "\(problems.map(\.description))")
    return entries
  }
  return LanguageLists(
    jargon: try entries("jargon.txt"), figurative: try entries("beeldspraak.txt"),
    abbreviations: try entries("afkortingen.txt"))
}

/// Only the language diagnostics of one text.
private func check(
  _ text: String, question: Bool = false, lists: LanguageLists = .builtIn
) -> [String] {
  LanguageCheck(lists: lists).check(
    .init(text: text, location: .init(line: 1, column: 1), isQuestion: question), file: "t"
  ).map(\.brief)
}

@Suite("Language: rules")
struct LanguageRuleTests {
  @Test("a deliberately bad script gives each language diagnostic exactly where it is")
  func badScript() {
    let found = diagnose(
      withHeader(
        """
        zeg: Vandaag praten we samen over je huis en over je buren.
        zeg: Morgen gaan we met de hele groep naar het park en daar eten we samen lekker.
        vraag: blij schaal 3
          tekst: Dit is een vraag. Hoe blij ben je?
        zeg: Dat is een verantwoordelijkheid.
        zeg: Je krijgt misschien een maatwerkvoorziening.
        zeg: Je wordt door de gemeente geholpen.
        vraag: hulp schaal 3
          tekst: Hoe vind je het als er niemand komt?
        vraag: huis ja/nee
          tekst: Je bent toch tevreden over je huis?
        zeg: Neem bijv. je pas mee.
        zeg: Zeg het als je vastloopt.
        # taal: T005 mag hier
        zeg: Heb je een indicatie?
        vraag: woonplek keuze
          tekst: Waar woon je?
          optie: 🏠 Thuis
          optie: 🔑 Huis
          optie: 👥 Groep
          optie: 📍 Ergens
          optie: 🚗 Auto
        """))
    #expect(
      found.map(\.brief) == [
        "T001 7:6", "T002 8:6", "T003 10:10", "T004 11:17", "T005 12:30", "T006 13:9",
        "T007 15:33", "T008 17:18", "T009 18:11", "T010 19:21", "T011 20:1", "T005 21:17",
        "S012 28:10",
      ])
    #expect(
      found.filter { $0.severity == .error }.map(\.code) == [.veryLongSentence, .unknownAllow, .optionCount])
    let messages = Dictionary(found.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(
      messages[.longWord]?.message == "Het woord 'verantwoordelijkheid' heeft 6 lettergrepen. Dat is lang.")
    #expect(messages[.jargon]?.hint == "Schrijf in gewone woorden: hulp die past bij jou.")
    #expect(messages[.passive]?.message == "Deze zin is in de lijdende vorm ('wordt … geholpen').")
    #expect(messages[.abbreviation]?.hint == "Schrijf het helemaal uit: bijvoorbeeld.")
    #expect(messages[.figurative]?.hint == "Zeg precies wat je bedoelt: niet verder kunnen.")
    #expect(messages[.unknownAllow]?.message == "Bij deze uitzondering staat geen reden.")
    #expect(
      messages[.negationInQuestion]?.description
        == "test.gesprek:15:33: warning: [T007] In deze vraag staat 'niemand'. Een vraag met een ontkenning is moeilijk."
    )
  }

  @Test("a '# taal:' comment accepts one warning on the line below, with a reason")
  func allowances() {
    let found = diagnose(
      withHeader(
        """
        # taal: T005 mag hier, omdat deelnemers dit woord van hun brief kennen.
        zeg: Je krijgt een indicatie.
        # taal: T005 en T009 mag hier, omdat dit de naam van het loket is.
        zeg: Ga morgen naar het Wmo-loket, bijv. om tien uur.
        # taal: T007 mag hier, omdat het over stoppen gaat.
        zeg: Dit is kort.
        # taal: T002 mag hier, omdat het moet.
        zeg: Hallo.
        # taal: T099 mag hier, omdat het kan.
        zeg: Hallo.
        # taal: mag hier, omdat het kan.
        zeg: Hallo.
        """))
    #expect(found.map(\.brief) == ["T011 11:9", "T011 13:9", "T011 15:9", "T011 17:9"])
    #expect(found.map(\.severity) == [.warning, .error, .error, .error])
    #expect(found[0].message == "Op de regel hieronder staat geen T007-waarschuwing.")
    #expect(found[1].message == "T002 is een fout. Een fout kun je niet toestaan.")
    #expect(found[2].message == "'T099' is geen code van een taalregel.")
    #expect(found[3].message == "Na '# taal:' staat geen code.")
  }

  @Test("a B1 script may have longer sentences and words")
  func levels() {
    let sentence = "Vandaag praten we samen over je huis en over je buren."
    let header = "id: b\ntitel: B\nmethode: gesprek\nthema: a\nfase: uitvoering\nversie: 1\n"
    #expect(diagnose(header + "zeg: \(sentence)").map(\.brief) == ["T001 7:6"])
    #expect(diagnose(header + "niveau: B1\nzeg: \(sentence)").isEmpty)
    #expect(check("Dat is een verantwoordelijkheid.").count == 1)
    #expect(
      LanguageCheck().at(level: .b1).check(
        .init(text: "Dat is een verantwoordelijkheid.", location: .init(line: 1, column: 1)), file: "t"
      ).map(\.code) == [.longWord])
  }

  @Test("the title (a menu option) and theme names (Kwartetspel choices, report headings) are checked")
  func titleAndThemes() {
    let found = diagnose(
      """
      id: proef
      titel: Over je indicatie
      methode: gesprek
      thema: wonen, zelfredzaamheid
      fase: uitvoering
      versie: 1
      vraag: hoe schaal 5
        tekst: Hoe gaat het thuis?
      """)
    #expect(found.map(\.brief) == ["T005 2:16", "T005 4:15"])
  }

  @Test("anders: and voorbeeld: point at their own line")
  func propertyLocations() {
    let found = diagnose(
      withHeader(
        """
        vraag: keus keuze
          tekst: Wat kies je?
          optie: 🏠 Een maatwerkvoorziening
          optie: 🔑 Kort
          anders: Wat kies je niet?
          voorbeeld: Mijn woonsituatie.
        """))
    #expect(found.map(\.brief) == ["T005 9:16", "T007 11:23", "T005 12:19"])
  }

  @Test("negations only count in questions; a zeg line may say niet or geen")
  func negationsOnlyInQuestions() {
    #expect(check("Je hoeft het niet te zeggen.").isEmpty)
    #expect(check("Ik heb geen hulp nodig.").isEmpty)
    #expect(check("Vind je het niet fijn?") == ["T007 1:13", "T008 1:18"])
    #expect(check("Wie helpt je nooit", question: true) == ["T007 1:14"])
  }

  @Test("yes/no questions are fine when they push nowhere")
  func leading() {
    #expect(check("Krijg jij hulp van de gemeente?", question: true).isEmpty)
    #expect(check("Vind je dat goed?", question: true).isEmpty)
    #expect(check("Ben je tevreden over je huis?", question: true) == ["T008 1:8"])
    #expect(check("Hoe tevreden ben je over je huis?", question: true).isEmpty)
    #expect(check("Ben je het eens met dit plan?", question: true) == ["T008 1:12"])
    #expect(check("Leuk, hè?", question: true) == ["T008 1:7"])
    // Praise in a yes/no question about something; a short check for consent is fine.
    #expect(check("Vind je de hulp goed?", question: true) == ["T008 1:17"])
    #expect(check("Ben je blij met de hulp?", question: true) == ["T008 1:8"])
    #expect(check("Is het goed dat de gemeente helpt?", question: true) == ["T008 1:8"])
    #expect(check("Goed zo?", question: true).isEmpty)
  }

  @Test("a figure of speech, t/m and a passive with 'is … door' are found")
  func moreFindings() throws {
    let lists = try contentLists()
    #expect(check("Het was een eitje.", lists: lists) == ["T010 1:9"])
    #expect(check("Het regent pijpenstelen.", lists: lists) == ["T010 1:12"])
    #expect(check("Kom van maandag t/m vrijdag.").contains("T009 1:17"))
    #expect(check("De brief is door de gemeente gestuurd.") == ["T006 1:10"])
    #expect(check("Ik ben vorig jaar verhuisd.").isEmpty)
    #expect(check("Ik ben door de regen gelopen.").isEmpty)
    #expect(check("Het plan wordt morgen besproken.") == ["T006 1:10"])
    #expect(check("Ben je tevreden?", question: true) == ["T008 1:8"])
    #expect(check("Vind je dat goed?", question: true).isEmpty)
  }

  @Test("passive voice needs a form of worden and a participle")
  func passive() {
    #expect(check("Je wordt door de gemeente geholpen.") == ["T006 1:4"])
    #expect(check("Het moet eerst gedaan worden.") == ["T006 1:23"])
    #expect(check("Het is opgeschreven geworden.") == ["T006 1:21"])
    #expect(check("Je wordt steeds opnieuw gevraagd.") == ["T006 1:4"])
    for fine in [
      "Het wordt koud.", "Ik word boos.", "Wat wil je later worden?", "Hij is boos geworden.",
      "Het wordt moeilijk om te gebruiken.", "Het wordt ingewikkeld.", "Het is gelukt.",
      "De gemeenten worden groter.",
      "Het wordt gezellig.", "Het wordt beter als het gebeurt.", "Wat betekent dat woord?",
    ] {
      #expect(check(fine).isEmpty, "\(fine)")
    }
  }

  @Test("ordinary words are no jargon, no abbreviation and no figure of speech")
  func precision() throws {
    let lists = try contentLists()
    let ordinary = [
      "Hallo, fijn dat je er bent!", "Je mag altijd stoppen.", "Typ dan het woord pauze.",
      "Wie helpt jou thuis?", "Mijn begeleider komt altijd op tijd.", "Ik kijk graag tv.",
      "Het is 3,50 euro per week.", "Je kunt de gemeente om hulp vragen.",
      "Soms regelt de gemeente hulp voor mensen.", "Ik heb een eigen kamer met een wc.",
      "Ik loop elke dag naar mijn werk.", "We gaan naar het park.", "Hoe gaat het met je geld?",
      "Ik werk in de keuken van een restaurant.", "Wat doe je in je vrije tijd?",
      "Mijn moeder helpt met de post.", "Ik woon in een woongroep.",
      "Max woont bij zijn ouders.", "Het duurt tien minuten.", "Ik zit op de bank.",
      "We eten samen aan tafel.", "Ik stuur een sms naar mijn zus.",
    ]
    for sentence in ordinary {
      #expect(check(sentence, lists: lists).isEmpty, "\(sentence)")
    }
  }

  @Test("jargon is found with plural endings, in a row of words and in a hyphenated word")
  func jargonForms() throws {
    let lists = try contentLists()
    #expect(check("Er zijn veel voorzieningen.", lists: lists) == ["T005 1:14"])
    #expect(check("Wat is je eigen bijdrage?", lists: lists) == ["T005 1:11"])
    #expect(check("Bel het Wmo-loket.", lists: lists) == ["T005 1:9"])
    #expect(check("Vraag de cliëntondersteuner.", lists: lists) == ["T005 1:10"])
    #expect(check("Dat regelt de UWV.", lists: lists) == ["T009 1:15"])
    #expect(check("Dat kan a.u.b. morgen.", lists: lists) == ["T009 1:9"])
    #expect(check("Trek aan de bel als het moeilijk is.", lists: lists) == ["T010 1:1"])
  }
}

@Suite("Language: lists and content")
struct LanguageListTests {
  @Test("a list line is 'woord = alternatief'; other lines are problems with their place")
  func parse() {
    let (entries, problems) = LanguageLists.parse(
      "# opmerking\n\nwmo = hulp van de gemeente\nindicatie\nwmo = nog eens\n", fileName: "j.txt")
    #expect(entries == [LanguageLists.Entry("wmo", "hulp van de gemeente")])
    #expect(problems.map(\.brief) == ["S001 4:1", "S001 5:1"])
    #expect(problems.map(\.severity) == [.error, .warning])
  }

  @Test("the jargon list has at least 80 words, each with a plain alternative")
  func jargonList() throws {
    let lists = try contentLists()
    #expect(lists.jargon.count >= 80)
    #expect(lists.jargon.allSatisfy { !$0.alternative.isEmpty })
    for term in [
      "wmo", "indicatie", "maatwerkvoorziening", "beschikking", "participatie",
      "eigen bijdrage", "mantelzorg", "keukentafelgesprek", "zelfredzaamheid",
    ] {
      #expect(lists.jargon.contains { $0.term == term }, "\(term)")
    }
    #expect(!lists.figurative.isEmpty && !lists.abbreviations.isEmpty)
  }

  @Test("every script in Content/ passes without errors; participants' text averages Douma 80+")
  func contentScripts() throws {
    var checker = ScriptChecker()
    checker.language = LanguageCheck(lists: try contentLists())
    let folder = content.appendingPathComponent("scripts")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".gesprek") }
    #expect(!names.isEmpty)
    var rows: [ReadabilityRow] = []
    // The shared blocks scripts take in with `gebruik:`, as the app reads them.
    var blocks = ScriptBlocks()
    let shared = folder.appendingPathComponent("delen")
    for block in (try? FileManager.default.contentsOfDirectory(atPath: shared.path)) ?? []
    where block.hasSuffix(".gesprek") {
      let text = try String(contentsOf: shared.appendingPathComponent(block), encoding: .utf8)
      blocks.sources[String(block.dropLast(".gesprek".count))] = .init(fileName: "delen/" + block, text: text)
      #expect(
        checker.checkBlock(source: text, fileName: block).filter { $0.severity == .error }.isEmpty, "\(block)"
      )
    }
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let (script, found) = checker.check(source: text, fileName: name, blocks: blocks)
      let errors = found.filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(errors.map(\.description))")
      let texts = ParticipantTexts.of(script, sourceLines: ScriptParser.lines(of: text))
      rows.append(.measure(texts, name: name, file: name, level: script.header.level))
    }
    // The average over all participant-facing text, as `check --language` shows it.
    for group in BuiltInTexts.groups(dutch) {
      let texts = group.texts.map { LanguageCheck.Text(text: $0, location: .init(line: 1, column: 1)) }
      rows.append(.measure(texts, name: group.name, file: group.name, level: group.level))
    }
    #expect(ReadabilityRow.total(of: rows, name: "gemiddeld").readability.fleschDouma >= 80)
  }

  @Test("praatmaat's own texts have no errors, and participants' text scores 80 or more")
  func ownTexts() throws {
    let language = LanguageCheck(lists: try contentLists())
    var participants = Readability()
    for group in BuiltInTexts.groups(dutch) {
      for text in group.texts {
        let found = language.at(level: group.level).check(
          .init(text: text, location: .init(line: 1, column: 1)), file: group.name)
        #expect(found.filter { $0.severity == .error }.isEmpty, "\(group.name): \(text)")
        if group.level == .a2 { participants = participants + Readability(text) }
      }
    }
    #expect(participants.fleschDouma >= 80)
    #expect(BuiltInTexts.groups(dutch).contains { $0.name == "SupporterCommand" && $0.level == .b1 })
  }
}

@Suite("Syllables of numbers")
struct NumberSyllableTests {
  @Test("counted part by part, a number has the syllables of its written-out word")
  func partsAddUp() {
    for n in Array(0..<3_000) + [9_999, 12_345, 48_213, 99_999, 100_001, 1_000_000, 2_024_118] {
      #expect(Syllables.numberSyllables(n) == Syllables.count(Syllables.numberWords(n)), "\(n)")
    }
  }
}
