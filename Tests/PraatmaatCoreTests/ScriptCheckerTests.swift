import Foundation
import Testing

@testable import PraatmaatCore

/// A script with one deliberate mistake, and the errors it must give (`code line:column`).
struct BadScript: Sendable, CustomTestStringConvertible {
  var name: String
  var source: String
  var errors: [String]

  var testDescription: String { name }
}

@Suite("Script checker")
struct ScriptCheckerTests {
  // With `withHeader` the header takes lines 1-6; the body starts on line 7.
  static let badScripts: [BadScript] = [
    BadScript(
      name: "S004 missing methode and versie",
      source: """
        id: proef
        titel: Proef
        thema: wonen
        fase: uitvoering
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        """,
      errors: ["S004 1:1", "S004 1:1"]),
    BadScript(
      name: "S006 duplicate question id",
      source: withHeader(
        """
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        vraag: blij ja/nee
          tekst: Ben je echt blij?
        """),
      errors: ["S006 9:8"]),
    BadScript(
      name: "S007 duplicate section",
      source: withHeader(
        """
        deel: start
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        deel: start
        vraag: boos ja/nee
          tekst: Ben je boos?
        """),
      errors: ["S007 10:7"]),
    BadScript(
      name: "S008 unknown jump target",
      source: withHeader(
        """
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        ga naar: slott
          als: blij = ja
        deel: slot
        zeg: Dag!
        """),
      errors: ["S008 9:10"]),
    BadScript(
      name: "S009 unknown name in a condition",
      source: withHeader(
        """
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        zeg: Fijn!
          als: blj = ja
        """),
      errors: ["S009 10:8"]),
    BadScript(
      name: "S011 zet on a variable that is not declared",
      source: withHeader(
        """
        zet: thuis = ja
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        """),
      errors: ["S011 7:6"]),
    BadScript(
      name: "S012 five options, pointing at the fifth",
      source: withHeader(
        """
        vraag: dier keuze
          tekst: Welk dier vind je leuk?
          optie: 🐶 Hond
          optie: 🐱 Kat
          optie: 🐰 Konijn
          optie: 🐦 Vogel
          optie: 🐟 Vis
        """),
      errors: ["S012 13:10"]),
    BadScript(
      name: "S012 one option, pointing at the question",
      source: withHeader(
        """
        vraag: dier keuze
          tekst: Welk dier vind je leuk?
          optie: 🐶 Hond
        """),
      errors: ["S012 7:8"]),
    BadScript(
      name: "S013 condition with an option that does not exist",
      source: withHeader(
        """
        vraag: woonplek keuze
          tekst: Waar woon je?
          optie ouders: Bij mijn ouders
          optie alleen: Alleen
        zeg: Fijn dat je thuis woont.
          als: woonplek = thuis
        """),
      errors: ["S013 12:19"]),
    BadScript(
      name: "S037 an open answer compared with a word",
      source: withHeader(
        """
        vraag: waarom open
          tekst: Waarom?
        zeg: Fijn.
          als: waarom = ja
        """),
      errors: ["S037 10:17"]),
    BadScript(
      name: "S037 an order on a multiple choice and on word options",
      source: withHeader(
        """
        vraag: vervoer meerkeuze
          tekst: Hoe reis je?
          optie bus: Met de bus
          optie fiets: Met de fiets
        vraag: soort keuze
          tekst: Waar woon je?
          optie ouders: Bij mijn ouders
          optie alleen: Alleen
        zeg: Fijn.
          als: vervoer > 1
        zeg: Mooi.
          als: soort > 1
        """),
      errors: ["S037 16:18", "S037 18:16"]),
    BadScript(
      name: "S037 a scale step that does not exist, a number compared with a word",
      source: withHeader(
        """
        vraag: blij schaal 3
          tekst: Hoe blij ben je?
        vraag: leeftijd getal
          tekst: Hoe oud ben je?
        zeg: Fijn.
          als: blij >= 4
        zeg: Mooi.
          als: leeftijd = oud
        """),
      errors: ["S037 12:16", "S037 14:19"]),
    BadScript(
      name: "S038 a variable with the name of a question",
      source: withHeader(
        """
        variabele: blij = nee
        vraag: blij ja/nee
          tekst: Ben je blij?
        """),
      errors: ["S038 7:12"]),
    BadScript(
      name: "S039 a statement outside a panel",
      source: withHeader(
        """
        vraag: plan stelling
          tekst: Er komt een bankje in het park.
        """),
      errors: ["S039 7:8"]),
    BadScript(
      name: "S040 an answer in a text: a later one, no question at all (an open one is fine)",
      source: withHeader(
        """
        vraag: waarom open
          tekst: Waarom?
        zeg: Fijn, {waarom}.
        zeg: En {later} en {niets}.
        vraag: later ja/nee
          tekst: Klaar?
        """),
      errors: ["S040 10:9", "S040 10:20"]),
    BadScript(
      name: "S040 at a table: a line for everyone with one person's answer",
      source: withHeader(
        """
        vraag: reizen ja/nee
          tekst: Reis je graag?
        zeg: Jij zei {reizen}.
        vraag: waarom open
          tekst: Wat is fijn aan {reizen}?
        """
      ).replacingOccurrences(of: "methode: gesprek", with: "methode: stamtafel"),
      errors: ["S040 9:14"]),
    BadScript(
      name: "S014 questions without theme or phase",
      source: """
        id: proef
        titel: Proef
        methode: gesprek
        versie: 1
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        vraag: werk ja/nee
          tekst: Heb je werk?
          thema: werk
        """,
      errors: ["S014 5:8", "S014 5:8", "S014 7:8"]),
    BadScript(
      name: "S015 lines after an unconditional ga naar, and a section never reached",
      source: withHeader(
        """
        deel: start
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        ga naar: einde
        zeg: Dit zegt de bot nooit.
        zeg: En dit ook niet.
        deel: vergeten
        zeg: Hier komt niemand.
        """),
      errors: ["S015 11:6", "S015 13:7"]),
    BadScript(
      name: "S016 a cycle of unconditional jumps",
      source: withHeader(
        """
        deel: start
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        ga naar: rondje
        deel: rondje
        zeg: Nog een keer.
        ga naar: start
        """),
      errors: ["S016 7:7", "S016 11:7"]),
    BadScript(
      name: "S017 question without tekst",
      source: withHeader(
        """
        vraag: blij ja/nee
        vraag: boos ja/nee
          tekst: Ben je boos?
        """),
      errors: ["S017 7:8"]),
    BadScript(
      name: "S018 condition that stops halfway",
      source: withHeader(
        """
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        zeg: Fijn!
          als: blij = ja en
        """),
      errors: ["S018 10:20"]),
    BadScript(
      name: "S028 ga naar in a random section",
      source: withHeader(
        """
        deel: vragen
          willekeurig: alle
        vraag: eten ja/nee
          tekst: Eet je graag?
        vraag: sport ja/nee
          tekst: Sport je graag?
        ga naar: einde
        """),
      errors: ["S028 7:7"]),
    BadScript(
      name: "S028 zet in a random section",
      source: withHeader(
        """
        variabele: klaar = nee
        deel: vragen
          willekeurig: 1
        vraag: eten ja/nee
          tekst: Eet je graag?
        zet: klaar = ja
        """),
      errors: ["S028 8:7"]),
  ]

  @Test("each mistake gives its code exactly where it is", arguments: badScripts)
  func badScript(_ bad: BadScript) {
    #expect(diagnose(bad.source).errorBriefs == bad.errors.sorted())
  }

  @Test("a comparison the answers do not allow: its hint, applied, is a condition that checks clean")
  func comparisonHintsAreValid() throws {
    for bad in Self.badScripts where bad.errors.contains(where: { $0.hasPrefix("S037") }) {
      var lines = bad.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let found = diagnose(bad.source).filter { $0.code == .badComparison }
      #expect(!found.isEmpty, "\(bad.name)")
      for d in found {
        let hint = try #require(d.hint, "\(bad.name)")
        let condition = try #require(hint.range(of: "als: "), "\(bad.name): \(hint)")
        lines[d.location.line - 1] = "  " + hint[condition.lowerBound...]
      }
      let fixed = diagnose(lines.joined(separator: "\n")).filter { $0.severity == .error }
      #expect(fixed.isEmpty, "\(bad.name): \(fixed.map(\.message))")
    }
  }

  @Test("every line that stands in the wrong place (S003) says where it belongs")
  func misplacedHaveHints() {
    let sources = [
      withHeader("vraag: n open\n  tekst: Wat?\n  min: 1"),
      withHeader("vraag: n open\n  tekst: Wat?\n  melding: Dat kan niet."),
      withHeader("vraag: n open\n  tekst: Wat?\n  stappen: A / B / C"),
      withHeader("deel: a\nzeg: Hoi\nwillekeurig: 1"),
      "tekst: Wat?\n" + withHeader("vraag: n open\n  tekst: Wat?"),
      withHeader("zeg: Hoi\n  als: a = 1\n  als: b = 2\nvraag: a getal\n  tekst: Hoeveel?"),
    ]
    for source in sources {
      let misplaced = diagnose(source).filter { $0.code == .misplacedProperty }
      #expect(!misplaced.isEmpty, "\(source)")
      for d in misplaced { #expect(d.hint != nil, "\(d.message)") }
    }
  }

  @Test(
    "zet: adds and subtracts with spaces; other sums are an error; an undeclared variable's hint is valid")
  func sumsAndHints() throws {
    let found = diagnose(withHeader("zet: teller = teller + 1\nvraag: n open\n  tekst: Wat?"))
    #expect(!found.contains { $0.code == .syntax })
    let undeclared = try #require(found.first { $0.code == .undeclaredVariable })
    #expect(undeclared.hint == "Zet bovenaan: variabele: teller = 0")
    #expect(!found.contains { $0.code == .unknownReference }, "one problem, said once")
    let fixed = diagnose(
      "variabele: teller = 0\n" + withHeader("zet: teller = teller + 1\nvraag: n open\n  tekst: Wat?"))
    #expect(fixed.errorBriefs.isEmpty, "\(fixed.map(\.message))")
    for bad in ["teller * 2", "teller+1", "teller + onbekend"] {
      let problems = diagnose(
        "variabele: teller = 0\n" + withHeader("zet: teller = \(bad)\nvraag: n open\n  tekst: Wat?"))
      #expect(problems.contains { $0.severity == .error && $0.hint != nil }, "\(bad)")
    }
  }

  @Test("every keyword the parser takes is in the writers' reference, Content/README.md")
  func keywordsDocumented() throws {
    let reference = PackageFiles.text("Content/README.md")
    let keys = ParseState.headerKeys.union(ParseState.itemKeys).union(ParseState.propertyKeys)
      .union(["thema", "fase"])
    for key in keys.sorted() {
      #expect(reference.contains("`\(key):"), "`\(key):` is not in Content/README.md")
    }
  }

  @Test("every whole example script in the writers' reference checks without errors or warnings")
  func referenceExamples() throws {
    let reference = PackageFiles.text("Content/README.md")
    let blocks = reference.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(
      \.element)
    let scripts = blocks.map { $0.drop { $0 != "\n" }.dropFirst() }.filter { $0.hasPrefix("id: ") }
    #expect(scripts.count >= 5, "one example per method")
    for script in scripts {
      let found = ScriptChecker().check(source: String(script), fileName: "README").1
      #expect(found.isEmpty, "\(script.prefix(40)): \(found.map(\.description))")
    }
  }

  @Test("a good script has no diagnostics at all")
  func goodScript() {
    #expect(diagnose(wonenScript).isEmpty)
  }

  @Test("messages and hints say what to do")
  func messagesAndHints() throws {
    let duplicate = try #require(diagnose(Self.badScripts[1].source).first)
    #expect(duplicate.message == "Het id 'blij' is al gebruikt op regel 7.")
    let jump = try #require(diagnose(Self.badScripts[3].source).first)
    #expect(jump.message == "Het deel 'slott' bestaat niet.")
    #expect(jump.hint == "Bedoel je 'slot'?")
    let name = try #require(diagnose(Self.badScripts[4].source).first)
    #expect(name.hint == "Bedoel je 'blij'?")
    let option = try #require(diagnose(Self.badScripts[8].source).first { $0.severity == .error })
    #expect(option.message == "De vraag 'woonplek' heeft geen optie 'thuis'.")
    #expect(option.hint == "Kies uit: ouders, alleen.")
  }

  @Test("a condition on a later question is warning S010")
  func referenceToLater() {
    let found = diagnose(
      withHeader(
        """
        zeg: Fijn dat je werk hebt.
          als: werk = ja
        vraag: werk ja/nee
          tekst: Heb je werk?
        """))
    #expect(found.map(\.brief) == ["S010 8:8"])
    #expect(found.first?.severity == .warning)
  }

  @Test("weet-ik-niet, wil-ik-niet-zeggen and overgeslagen are values every closed question has")
  func builtInValues() {
    let found = diagnose(
      withHeader(
        """
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        zeg: Oké.
          als: blij = weet-ik-niet of blij = wil-ik-niet-zeggen of blij = overgeslagen
        """))
    #expect(found.isEmpty)
  }

  @Test("a loop with a condition is no S016: only the explorer can judge it")
  func conditionalLoop() {
    let found = diagnose(
      withHeader(
        """
        deel: start
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        ga naar: start
          als: blij = nee
        """))
    #expect(found.isEmpty)
  }

  @Test("rendered: file:line:col, the source line, a caret under the column and the hint")
  func rendered() throws {
    let source = Self.badScripts[3].source
    let diagnostic = try #require(diagnose(source).first)
    #expect(
      diagnostic.rendered(sourceLines: ScriptParser.lines(of: source)) == """
        test.gesprek:9:10: error: [S008] Het deel 'slott' bestaat niet.
            ga naar: slott
                     ^
            hint: Bedoel je 'slot'?
        """)
  }

  @Test("rendered: an indented line keeps its tabs so the caret lines up")
  func renderedWithTab() throws {
    let source = withHeader(
      """
      vraag: blij ja/nee
      \ttekst: Ben je blij?
      \tbestaatniet: ja
      """)
    let diagnostic = try #require(diagnose(source).first { $0.code == .unknownKey })
    #expect(diagnostic.location.description == "9:2")
    let lines = diagnostic.rendered(sourceLines: ScriptParser.lines(of: source))
      .split(separator: "\n")
    #expect(lines[1] == "    \tbestaatniet: ja")
    #expect(lines[2] == "    \t^")
  }

  @Test("rendered: a warning says warning")
  func renderedWarning() {
    let found = diagnose(
      withHeader("zeg: Vandaag praten we samen over je huis en over je buren."))
    #expect(found.first?.description.hasPrefix("test.gesprek:7:6: warning: [T001] ") == true)
  }

  // MARK: Language

  @Test("long sentences, and two sentences on a question line")
  func languageRules() {
    let found = diagnose(
      withHeader(
        """
        zeg: Vandaag praten we samen over je huis en over je buren.
        zeg: Morgen gaan we met de hele groep naar het park en daar eten we samen lekker.
        vraag: blij ja/nee
          tekst: Dit is een vraag. Woon je hier?
        """))
    #expect(found.map(\.brief) == ["T001 7:6", "T002 8:6", "T003 10:10"])
    #expect(found.map(\.severity) == [.warning, .error, .warning])
    #expect(found[0].message == "Deze zin heeft 11 woorden. Houd het bij 10.")
    #expect(found[1].message == "Deze zin heeft 16 woorden. Dat is te lang.")
  }

  @Test("two sentences on a tekst line before the question are fine")
  func twoSentencesBeforeQuestion() {
    let found = diagnose(
      withHeader(
        """
        vraag: blij ja/nee
          tekst: Ik heb een vraag. Het gaat over jou.
          tekst: Hoe voel je je?
        """))
    #expect(found.isEmpty)
  }

  @Test("the language rules also read options, meldingen and /anders")
  func languageEverywhere() {
    let long = "Dit is een hele lange zin met veel te veel woorden erin voor al deze mensen"
    let found = diagnose(
      withHeader(
        """
        vraag: keus keuze
          tekst: Wat kies je?
          optie: 🙂 \(long)
          optie: 🙁 Kort
          anders: \(long)?
        vraag: jaren getal
          tekst: Hoe oud ben je?
          controle: jaren < 120
          melding: \(long).
        """))
    #expect(found.map(\.code) == [.veryLongSentence, .veryLongSentence, .veryLongSentence])
  }

  static let wordCounts: [(Int, DiagnosticCode?)] = [
    (10, nil), (11, .longSentence), (15, .longSentence), (16, .veryLongSentence),
  ]

  @Test("sentence length limits: 10 words fine, more a warning, over 15 an error", arguments: wordCounts)
  func sentenceLength(words: Int, code: DiagnosticCode?) {
    let sentence = Array(repeating: "woord", count: words).joined(separator: " ") + "."
    let found = LanguageCheck().check(
      .init(text: sentence, location: .init(line: 1, column: 1)), file: testFile)
    #expect(found.map(\.code) == (code.map { [$0] } ?? []))
  }

  @Test("sentences split at . ! ? followed by a space, not inside numbers")
  func sentences() {
    #expect(Sentences.split("Hallo! Fijn dat je er bent.") == ["Hallo!", "Fijn dat je er bent."])
    #expect(Sentences.split("Het kost 3.50 euro. Goed?") == ["Het kost 3.50 euro.", "Goed?"])
    #expect(Sentences.words("Zo'n dag, half-elf: 12 uur!") == ["Zo'n", "dag", "half-elf", "12", "uur"])
  }

  @Test("an option without a pictogram is warning S031 at the option; an emoji with U+FE0F counts")
  func missingPictogram() throws {
    let found = diagnose(
      withHeader(
        """
        vraag: waar keuze
          tekst: Waar ga je heen?
          optie winkel: Naar de winkel
          optie gemeente: 🏛️ Naar de gemeente
        """))
    #expect(found.map(\.brief) == ["S031 9:17"])
    let warning = try #require(found.first)
    #expect(warning.severity == .warning)
    #expect(warning.hint == "Zet een emoji voor de tekst, zoals: optie winkel: 🙂 Naar de winkel")
  }

  @Test("S009 without a close name still says how to fix it")
  func unknownReferenceHint() throws {
    let found = diagnose(
      withHeader(
        """
        vraag: blij ja/nee
          tekst: Hoe voel je je?
        zeg: Fijn.
          als: xyzzyq = ja
        """))
    let unknown = try #require(found.first { $0.code == .unknownReference })
    #expect(unknown.hint?.contains("variabele: xyzzyq") == true)
  }

  @Test("parts that jump round without a question are error S033 at the jump that closes the circle")
  func loopWithoutQuestion() throws {
    let found = diagnose(
      withHeader(
        """
        variabele: x = ja
        deel: a
        zeg: Hoi.
        ga naar: b
        deel: b
        ga naar: a
          als: x = ja
        """))
    #expect(found.errorBriefs == ["S033 12:1"])
    let loop = try #require(found.first)
    #expect(loop.message.contains("'a', 'b'"))
    #expect(loop.hint != nil)
  }

  @Test("a circle with a question in it is fine for the checker")
  func loopWithQuestion() {
    let found = diagnose(
      withHeader(
        """
        deel: lus
        vraag: nog ja/nee
          tekst: Wil je nog een keer?
        ga naar: lus
          als: nog = ja
        """))
    #expect(found.errorBriefs == [])
  }

  @Test("two files with the same id: error S032 in the second, naming the first")
  func duplicateScriptIDs() throws {
    let first = withHeader("zeg: Hallo.", id: "wonen")
    let second = "# Een kopie\n" + withHeader("zeg: Hoi.", id: "wonen")
    let other = withHeader("zeg: Dag.", id: "anders")
    let files = [("a.gesprek", first), ("b.gesprek", second), ("c.gesprek", other)].map {
      ScriptChecker.File(name: $0.0, source: $0.1, script: ScriptParser().parse($0.1, fileName: $0.0).script)
    }
    let found = ScriptChecker.acrossFiles(files)
    #expect(
      found.map(\.description) == [
        "b.gesprek:2:5: error: [S032] Het id 'wonen' staat ook in a.gesprek. Twee scripts met hetzelfde id kan niet."
      ])
  }
}
