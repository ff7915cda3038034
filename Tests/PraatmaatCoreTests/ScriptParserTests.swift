import Testing

@testable import PraatmaatCore

@Suite("Script parser")
struct ScriptParserTests {
  @Test("header fields are read")
  func headerFields() throws {
    let result = ScriptParser().parse(
      """
      id: wonen
      titel: Hoe gaat het met wonen?
      methode: Stamtafel
      niveau: b1
      thema: Wonen, hulp
      fase: agendavorming, uitvoering
      versie: 3
      variabele: rondes = 0
      variabele: thuis = ja
      """, fileName: testFile)
    #expect(result.diagnostics.isEmpty)
    let header = result.script.header
    #expect(header.id == "wonen")
    #expect(header.title == "Hoe gaat het met wonen?")
    #expect(header.method == .stamtafel)
    #expect(header.level == .b1)
    #expect(header.themes == ["wonen", "hulp"])
    #expect(header.phases == [.agendavorming, .uitvoering])
    #expect(header.version == 3)
    #expect(header.variables.map(\.name) == ["rondes", "thuis"])
    #expect(header.variables.map(\.initial) == [.number(0), .word("ja")])
    #expect(header.variables[1].location == PraatmaatCore.SourceLocation(line: 9, column: 12))
  }

  @Test("the level is A2 when the header does not say")
  func defaultLevel() {
    let script = parseScript(withHeader(""))
    #expect(script.header.level == .a2)
  }

  @Test("missing header fields are S004 at the top of the file")
  func missingHeader() {
    let found = parserDiagnostics(
      """
      titel: Zonder id
      zeg: Hallo!
      """)
    #expect(found.map(\.brief) == ["S004 1:1", "S004 1:1", "S004 1:1"])
    #expect(found.map(\.message).joined().contains("'id:'"))
    #expect(found.map(\.message).joined().contains("'methode:'"))
    #expect(found.map(\.message).joined().contains("'versie:'"))
  }

  static let kinds: [(String, QuestionKind)] = [
    ("ja/nee", .yesNo), ("keuze", .choice), ("meerkeuze", .multiChoice), ("schaal 3", .scale(3)),
    ("schaal 5", .scale(5)), ("schaal", .scale(5)), ("open", .open), ("getal", .number),
  ]

  @Test("every kind of question is read", arguments: kinds)
  func questionKinds(word: String, kind: QuestionKind) throws {
    let result = ScriptParser().parse(
      withHeader(
        """
        vraag: iets \(word)
          tekst: Wat vind je?
        """), fileName: testFile)
    #expect(result.diagnostics.isEmpty)
    let question = try #require(result.script.question("iets"))
    #expect(question.kind == kind)
    #expect(question.text == ["Wat vind je?"])
    #expect(question.location == PraatmaatCore.SourceLocation(line: 7, column: 8))
  }

  @Test("ja/nee and schaal come with their own options")
  func builtInOptions() throws {
    let script = parseScript(
      withHeader(
        """
        vraag: blij ja/nee
          tekst: Ben je blij?
        vraag: dag schaal 3
          tekst: Hoe was je dag?
        vraag: week schaal
          tekst: Hoe was je week?
        """))
    let yesNo = try #require(script.question("blij"))
    #expect(yesNo.options.map(\.shown) == ["👍 Ja", "👎 Nee"])
    #expect(yesNo.options.map(\.id) == ["ja", "nee"])
    let three = try #require(script.question("dag"))
    #expect(three.options.map(\.shown) == ["🙁 Slecht", "😐 Gaat wel", "🙂 Goed"])
    #expect(three.options.map(\.id) == ["1", "2", "3"])
    let five = try #require(script.question("week"))
    #expect(five.options.map(\.id) == ["1", "2", "3", "4", "5"])
    #expect(five.options.first?.shown == "😞 Heel slecht")
    #expect(five.options.last?.shown == "😀 Heel goed")
  }

  @Test("options with and without id and pictogram")
  func options() throws {
    let script = parseScript(
      withHeader(
        """
        vraag: woonplek keuze
          tekst: Waar woon je?
          optie ouders: 🏠 Bij mijn ouders
          optie: 🏢 In een woongroep
          optie: Alleen in het Café
          optie eigen: 👩‍👧 Met mijn dochter
        """))
    let question = try #require(script.question("woonplek"))
    #expect(question.options.map(\.id) == ["ouders", "in-een-woongroep", "alleen-in-het-cafe", "eigen"])
    #expect(question.options.map(\.pictogram) == ["🏠", "🏢", nil, "👩‍👧"])
    #expect(
      question.options.map(\.label) == [
        "Bij mijn ouders", "In een woongroep", "Alleen in het Café", "Met mijn dochter",
      ])
    #expect(question.options[0].location == PraatmaatCore.SourceLocation(line: 9, column: 17))
  }

  @Test("properties belong to the item right above them")
  func propertiesAttach() throws {
    let script = parseScript(
      """
      id: eigenschappen
      titel: Eigenschappen
      methode: gesprek
      thema: wonen
      fase: uitvoering
      versie: 1
      variabele: klaar = nee

      deel: start
      zeg: Hallo!
        als: klaar = nee
      vraag: blij ja/nee
        tekst: Eerst iets anders.
        tekst: Ben je blij?
        voorbeeld: ja
        anders: Voel je je goed?
        thema: werk, geld
        fase: evaluatie
        als: klaar = nee
      vraag: leeftijd getal
        tekst: Hoe oud ben je?
        min: 0
        max: 120
        controle: leeftijd < 120
        melding: Dat kan niet.
        navraag: leeftijd > 10
        melding: Ben je zo jong?
      ga naar: einde
        als: blij = nee
      zet: klaar = ja
        als: blij = ja
      """)
    let items = try #require(script.sections.first?.items)
    #expect(script.sections.map(\.name) == ["start"])
    #expect(items.count == 5)

    guard case .say(let say) = items[0] else {
      Issue.record("first item should be a zeg")
      return
    }
    #expect(say.text == "Hallo!")
    #expect(say.condition != nil)

    let blij = try #require(items[1].question)
    #expect(blij.text == ["Eerst iets anders.", "Ben je blij?"])
    #expect(blij.example == "ja")
    #expect(blij.alternative == "Voel je je goed?")
    #expect(blij.themes == ["werk", "geld"])
    #expect(blij.phases == [.evaluatie])
    #expect(blij.condition?.references.map(\.name) == ["klaar"])
    #expect(blij.textLocations.map(\.description) == ["13:10", "14:10"])

    let leeftijd = try #require(items[2].question)
    #expect(leeftijd.condition == nil)
    #expect(leeftijd.minimum == 0)
    #expect(leeftijd.maximum == 120)
    #expect(leeftijd.checks.map(\.isSoft) == [false, true])
    #expect(leeftijd.checks.map(\.message) == ["Dat kan niet.", "Ben je zo jong?"])
    #expect(leeftijd.themes.isEmpty, "no own theme: falls back to the header")
    #expect(script.themes(of: leeftijd) == ["wonen"])

    guard case .jump(let jump) = items[3], case .set(let set) = items[4] else {
      Issue.record("expected a ga naar and a zet")
      return
    }
    #expect(jump.target == Jump.end)
    #expect(jump.condition?.references.map(\.name) == ["blij"])
    #expect(set.variable == "klaar")
    #expect(set.value == .word("ja"))
    #expect(set.condition?.references.map(\.name) == ["blij"])
  }

  @Test("items before the first deel go into the section 'begin'")
  func implicitSection() {
    let script = parseScript(
      withHeader(
        """
        zeg: Hallo!
        deel: slot
        zeg: Dag!
        """))
    #expect(script.sections.map(\.name) == ["begin", "slot"])
  }

  @Test("a condition: en binds tighter than of, niet applies to one term")
  func conditionGrammar() throws {
    let script = parseScript(
      withHeader(
        """
        vraag: woonplek keuze
          tekst: Waar woon je?
          optie ouders: Bij mijn ouders
          optie alleen: Alleen
        vraag: tevreden schaal
          tekst: Hoe gaat het?
        zeg: Oké.
          als: woonplek = ouders en tevreden <= 2 of niet tevreden beantwoord
        """))
    let condition = try #require(script.sections[0].items[2].condition)
    guard case .any(let either) = condition, either.count == 2,
      case .all(let both) = either[0], both.count == 2,
      case .compare(let place, .equal, .word("ouders")) = both[0],
      case .compare(let happy, .lessOrEqual, .number(2)) = both[1],
      case .not(.answered(let answered)) = either[1]
    else {
      Issue.record("unexpected shape: \(condition)")
      return
    }
    #expect(place.name == "woonplek")
    #expect(place.location.description == "14:8")
    #expect(place.valueLocation?.description == "14:19")
    #expect(happy.name == "tevreden")
    #expect(answered.name == "tevreden")
  }

  // MARK: Problems found while parsing

  @Test("optie under a ja/nee question is S021")
  func optionOnYesNo() {
    let found = parserDiagnostics(
      """
      id: proef
      titel: Proef
      methode: gesprek
      versie: 1
      vraag: blij ja/nee
        tekst: Ben je blij?
        optie: Misschien
      """)
    #expect(found.map(\.brief) == ["S021 7:3"])
    #expect(found.first?.message == "Een vraag van de soort 'ja/nee' heeft geen eigen opties.")
  }

  @Test("schaal 4 is S022 pointing at the kind")
  func scaleFour() {
    let result = ScriptParser().parse(
      """
      id: proef
      titel: Proef
      methode: gesprek
      versie: 1
      vraag: blij schaal 4
        tekst: Hoe blij ben je?
      """, fileName: testFile)
    #expect(result.diagnostics.first?.brief == "S022 5:13")
    #expect(result.diagnostics.first?.hint == "Schrijf 'schaal 3' of 'schaal 5'.")
    #expect(result.script.question("blij") == nil)
  }

  @Test("an unknown kind of question is S005")
  func unknownKind() {
    let found = parserDiagnostics(
      """
      id: proef
      titel: Proef
      methode: gesprek
      versie: 1
      vraag: blij jaa
      """)
    #expect(found.map(\.brief) == ["S005 5:13"])
  }

  @Test("a typo in a key is S002 with 'Bedoel je' (tekts → tekst)")
  func typoInKeySwappedLetters() {
    let found = parserDiagnostics(
      """
      id: proef
      titel: Proef
      methode: gesprek
      versie: 1
      vraag: blij ja/nee
        tekts: Ben je blij?
      """)
    #expect(found.map(\.brief) == ["S002 6:3"])
    #expect(found.first?.message == "'tekts' ken ik niet.")
    #expect(found.first?.hint == "Bedoel je 'tekst:'?")
  }

  static let typos: [(String, String)] = [
    ("tekt", "tekst"), ("voorbeld", "voorbeeld"), ("melidng", "melding"), ("vrag", "vraag"),
    ("variable", "variabele"),
  ]

  @Test("other typos in keys get a 'Bedoel je' hint", arguments: typos)
  func typoInKey(typo: String, meant: String) {
    let found = parserDiagnostics(
      withHeader(
        """
        \(typo): iets
        """))
    #expect(found.map(\.brief) == ["S002 7:1"])
    #expect(found.first?.hint == "Bedoel je '\(meant):'?")
  }

  @Test("a word far from every key gets no hint")
  func unknownKeyWithoutHint() {
    let found = parserDiagnostics(withHeader("olifant: groot"))
    #expect(found.map(\.brief) == ["S002 7:1"])
    #expect(found.first?.hint == nil)
  }

  @Test("a line without a colon is S001 at its first letter")
  func lineWithoutColon() {
    let found = parserDiagnostics(
      """
      id: proef
      titel: Proef
      methode: gesprek
      versie: 1
      zeg: Hallo!
         dit is geen goede regel
      """)
    #expect(found.map(\.brief) == ["S001 6:4"])
  }

  @Test("a key with nothing after the colon is S001 just after the colon")
  func emptyValue() {
    let found = parserDiagnostics(withHeader("zeg:"))
    #expect(found.map(\.brief) == ["S001 7:5"])
  }

  @Test("a control character is S023 at its column")
  func controlCharacter() {
    let found = parserDiagnostics(withHeader("zeg: Hal\u{07}lo"))
    #expect(found.map(\.brief) == ["S023 7:9"])
  }

  @Test("a zero-width space is S023, a joiner inside an emoji is fine")
  func invisibleCharacters() {
    let found = parserDiagnostics(
      withHeader(
        """
        zeg: Hallo\u{200B}!
        vraag: werk keuze
          tekst: Wat doe je?
          optie: 👩‍💻 Computer
          optie: ❤️ Zorg
        """))
    #expect(found.map(\.brief) == ["S023 7:11"])
  }

  @Test("the S023 column counts characters, so it matches the caret after an emoji")
  func controlCharacterAfterEmoji() throws {
    let source = withHeader("zeg: 👩‍💻 Hal\u{07}lo")
    let found = parserDiagnostics(source)
    // z e g : ␠ 👩‍💻 ␠ H a l ␇ → the bell is the 11th character on the line.
    #expect(found.map(\.brief) == ["S023 7:11"])
    let rendered = try #require(found.first).rendered(sourceLines: ScriptParser.lines(of: source))
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "    zeg: 👩‍💻 Hal?lo")
    #expect(lines[2] == String(repeating: " ", count: 4 + 10) + "^")
  }

  @Test("a line of 3000 characters is S024")
  func lineTooLong() {
    let long = "zeg: " + String(repeating: "a", count: 2_995)
    let found = parserDiagnostics(withHeader(long))
    #expect(found.map(\.brief) == ["S024 7:1"])
    #expect(found.first?.message.contains("3000") == true)
  }

  @Test("a line of exactly 2000 characters is allowed")
  func lineAtLimit() {
    let found = parserDiagnostics(withHeader("zeg: " + String(repeating: "a", count: 1_995)))
    #expect(!found.codes().contains(.lineTooLong))
  }

  @Test("a byte-order mark at the start is ignored")
  func byteOrderMark() throws {
    let result = ScriptParser().parse("\u{FEFF}" + withHeader("zeg: Hallo!"), fileName: testFile)
    #expect(result.diagnostics.isEmpty)
    #expect(result.script.header.id == "proef")
  }

  @Test("Windows line ends (CRLF) are read like plain line ends")
  func windowsLineEnds() throws {
    let source = withHeader(
      """
      zeg: Hallo!
      vraag: blij ja/nee
        tekst: Ben je blij?
      """
    ).replacingOccurrences(of: "\n", with: "\r\n")
    #expect(ScriptParser.lines(of: source).count == 9)
    let result = ScriptParser().parse(source, fileName: testFile)
    #expect(result.diagnostics.isEmpty)
    #expect(result.script.header.id == "proef")
    #expect(result.script.question("blij")?.text == ["Ben je blij?"])
  }

  @Test("with a BOM and CRLF, diagnostics keep their line numbers")
  func windowsLineEndsKeepLineNumbers() {
    let source =
      "\u{FEFF}"
      + withHeader(
        """
        zeg: Hallo!
        dit is fout
        """
      ).replacingOccurrences(of: "\n", with: "\r\n")
    #expect(parserDiagnostics(source).map(\.brief) == ["S001 8:1"])
  }

  @Test("tekst under a zeg is S003")
  func textUnderSay() {
    let found = parserDiagnostics(
      withHeader(
        """
        zeg: Hallo!
          tekst: Wat vind je?
        """))
    #expect(found.map(\.brief) == ["S003 8:3"])
  }

  @Test("min on a question that is not getal is S003")
  func minOnChoice() {
    let found = parserDiagnostics(
      withHeader(
        """
        vraag: blij ja/nee
          tekst: Ben je blij?
          min: 1
        """))
    #expect(found.map(\.brief) == ["S003 9:3"])
  }

  @Test("melding without controle or navraag above is S003")
  func messageWithoutCheck() {
    let found = parserDiagnostics(
      withHeader(
        """
        vraag: leeftijd getal
          tekst: Hoe oud ben je?
          melding: Dat kan niet.
        """))
    #expect(found.map(\.brief) == ["S003 9:3"])
  }

  @Test("an unknown phase is S005 at the word itself")
  func unknownPhase() {
    let found = parserDiagnostics(
      """
      id: proef
      titel: Proef
      methode: gesprek
      fase: agendavorming, onzin
      versie: 1
      """)
    #expect(found.map(\.brief) == ["S005 4:22"])
  }

  @Test("a header key twice is S027, a bad id S025, a bad version S019")
  func headerProblems() {
    let found = parserDiagnostics(
      """
      id: mijn script
      titel: Proef
      titel: Nog een titel
      methode: gesprek
      versie: een
      """)
    #expect(found.map(\.brief) == ["S025 1:5", "S027 3:1", "S019 5:9"])
  }

  @Test("the same option id twice is S020")
  func duplicateOption() {
    let found = parserDiagnostics(
      withHeader(
        """
        vraag: woonplek keuze
          tekst: Waar woon je?
          optie thuis: Thuis
          optie thuis: Ook thuis
        """))
    #expect(found.map(\.brief) == ["S020 10:16"])
  }

  @Test("a condition that does not parse is S018 at the word that is wrong")
  func badCondition() {
    let found = parserDiagnostics(
      withHeader(
        """
        vraag: blij ja/nee
          tekst: Ben je blij?
        zeg: Fijn!
          als: blij ja
        """))
    #expect(found.map(\.brief) == ["S018 10:13"])
  }

  @Test("willekeurig reads a number or alle")
  func randomPick() {
    let script = parseScript(
      withHeader(
        """
        deel: een
          willekeurig: 2
        zeg: Hoi.
        deel: twee
          willekeurig: alle
        zeg: Dag.
        """))
    #expect(script.sections.map(\.randomPick) == [2, Int.max])
  }
}
