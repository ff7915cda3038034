import Testing

@testable import PraatmaatCore

/// A Stamtafel header for the table tests; the body starts on line 8.
func tableHeader(_ body: String, method: String = "stamtafel", extra: String = "") -> String {
  """
  id: tafelregels
  titel: Tafel
  methode: \(method)
  thema: geld
  fase: agendavorming
  versie: 1
  variabele: zorgen = nee\(extra)
  \(body)
  """
}

/// Money at a table: a per-person `zet:`, a follow-up, a tally, a line for the table.
let moneyTable = tableHeader(
  """
  vraag: betalen keuze
    tekst: Hoe betaal je je boodschappen?
    optie pin: 💳 Met de pinpas
    optie contant: 💶 Met geld
    toon: stemmen
  zet: zorgen = ja
    als: betalen = contant
  vraag: waarom open
    als: betalen = contant
    vervolg: ja
    tekst: Waarom met geld?
  vraag: hulp ja/nee
    als: zorgen = ja
    tekst: Wil je hulp bij geld?
  zeg: De gemeente helpt graag.
    als: iemand hulp = ja
  zeg: Iedereen wil hulp.
    als: iedereen hulp = ja
  zeg: Niemand wil hulp.
    als: niemand hulp = ja
  vraag: tip open
    tekst: Wat is jouw tip?
  """)

@Suite("Rules at a table: who a line is for")
struct TableRulesTests {
  @Test("a follow-up comes right after the person's own answer, not after the whole round")
  func followUpRightAfter() {
    var talk = seated(moneyTable, ["Tijger", "Blauw", "Ster"])
    talk.type(["2", "Ik heb geen pas."])
    #expect(
      talk.asked.suffix(3) == ["betalen", "waarom", "betalen"], "Tijger's follow-up before Blauw's turn")
    talk.type("1")
    #expect(talk.asked.last == "betalen", "Blauw chose the card: no follow-up, Ster's turn")
    #expect(talk.transcript.last(where: { $0.hasPrefix("🙋") }) == dutch.turn("Ster"))
    let tally = talk.type(["2", "Dat is makkelijk."])
    #expect(tally.contains(dutch[.tally]))
    #expect(tally.contains("💳 Met de pinpas: 1"))
    #expect(tally.contains("💶 Met geld: 2"))
    // The per-person `zet:`: only Tijger and Ster get the question about help.
    #expect(talk.asked.last == "hulp")
    #expect(talk.state.table?.current == "1")
    talk.type("ja")
    #expect(talk.state.table?.current == "3", "Blauw has no worries: skipped")
    let end = talk.type("nee")
    #expect(end.contains("De gemeente helpt graag."))
    #expect(!end.contains("Iedereen wil hulp."), "Ster said no")
    #expect(!end.contains("Niemand wil hulp."))
    #expect(talk.kept.filter { $0.questionID == "waarom" }.map(\.participant) == ["1", "3"])
  }

  @Test("/later and /volgende on a follow-up give the turn to the next person, once")
  func laterOnFollowUp() {
    var talk = seated(moneyTable, ["Tijger", "Blauw"])
    talk.type("2")
    #expect(talk.asked.last == "waarom")
    let shown = talk.type("/later")
    #expect(shown.contains(dutch.turn("Blauw")))
    #expect(talk.asked.last == "betalen")
    talk.type(["2", "/volgende"])
    #expect(talk.asked.last == "hulp", "round over: nobody comes back to the follow-up")
  }

  @Test("a follow-up survives a pause: the saved state resumes at the same person and question")
  func followUpResumes() throws {
    var talk = seated(moneyTable, ["Tijger", "Blauw"])
    talk.type("2")
    let saved = try roundTrip(talk.state)
    var again = try Talk(parseScript(moneyTable), resuming: saved)
    #expect(again.asked.last == "waarom")
    again.type("Ik heb geen pas.")
    #expect(again.asked.last == "betalen")
    #expect(again.state.table?.current == "2")
  }

  @Test("meeste and iedereen count the people at the table")
  func groupWords() {
    let source = tableHeader(
      """
      vraag: blij ja/nee
        tekst: Ben je blij?
      zeg: De meesten zijn blij.
        als: meeste blij = ja
      zeg: Iedereen is blij.
        als: iedereen blij = ja
      zeg: Er is iemand blij of de meesten niet.
        als: iemand blij = ja en niet (meeste blij = ja)
      vraag: tip open
        tekst: Wat is jouw tip?
      """)
    var two = seated(source, ["Tijger", "Blauw", "Ster"])
    let said = two.type(["ja", "ja", "nee"])
    #expect(said.contains("De meesten zijn blij."))
    #expect(!said.contains("Iedereen is blij."))
    #expect(!said.contains("Er is iemand blij of de meesten niet."))
    var one = seated(source, ["Tijger", "Blauw", "Ster"])
    let other = one.type(["ja", "nee", "nee"])
    #expect(other == other.filter { $0 != "De meesten zijn blij." })
    #expect(other.contains("Er is iemand blij of de meesten niet."))
  }

  @Test("a secret question: the others look away and the answer is not read out")
  func secretQuestion() {
    let source = tableHeader(
      """
      vraag: schulden ja/nee
        tekst: Heb je schulden?
        geheim: ja
      """)
    var talk = Talk(parseScript(source))
    let first = talk.type(["Tijger", "Blauw", "klaar"])
    #expect(first.contains(dutch.privateLook("Tijger")))
    let answered = talk.type("ja")
    #expect(answered.contains(dutch[.openThanks]))
    #expect(!answered.contains { $0.contains("Ja") && $0.hasPrefix(dutch[.youChose, ["keuze": ""]]) })
    #expect(answered.contains(dutch[.privateDone]))
    #expect(answered.contains(dutch.privateLook("Blauw")))
    #expect(talk.kept.first?.value == .option("ja"), "kept as any answer")
  }

  @Test("groep: 3-4 refuses klaar with two and closes the table at four")
  func groupSize() {
    let source = tableHeader("vraag: blij ja/nee\n  tekst: Ben je blij?", extra: "\ngroep: 3-4")
    var talk = Talk(parseScript(source))
    let early = talk.type(["Tijger", "Blauw", "klaar"])
    #expect(early.contains(dutch.tooFew(3)))
    #expect(talk.state.table?.settingUp == true)
    let full = talk.type(["Ster", "Maan"])
    #expect(full.contains(dutch[.tableFull]))
    #expect(talk.asked.last == "blij")
    #expect(talk.type("/erbij Zon").contains(dutch[.tableFull]))
  }

  @Test("zet: adds up, and brackets group a condition", arguments: [(2, "Twee keer."), (3, "Klaar.")])
  func sumsAndBrackets(rounds: Int, expected: String) {
    let source = """
      variabele: teller = 0
      \(withHeader(
        """
        deel: rondje
        vraag: nog ja/nee
          tekst: Nog een keer?
        zet: teller = teller + 1
        ga naar: rondje
          als: nog = ja en (teller < \(rounds) of teller = 0)
        zeg: Twee keer.
          als: (teller = 2 of teller = 5) en nog = nee
        zeg: Klaar.
          als: teller >= 3
        """))
      """
    let talk = play(
      parseScript(source), Array(repeating: "ja", count: rounds - 1) + [rounds == 2 ? "nee" : "ja"])
    #expect(talk.transcript.contains(expected), "\(talk.transcript)")
    #expect(talk.state.variables["teller"] == .number(rounds))
  }
}

@Suite("Checking the rules of a table")
struct TableCheckTests {
  static let misuses: [BadScript] = [
    BadScript(
      name: "S041 a line for the table reads one person's answer",
      source: tableHeader("vraag: hulp ja/nee\n  tekst: Wil je hulp?\nzeg: Fijn.\n  als: hulp = ja"),
      errors: ["S041 11:8"]),
    BadScript(
      name: "S042 a group word with one person",
      source: withHeader("vraag: hulp ja/nee\n  tekst: Wil je hulp?\nzeg: Fijn.\n  als: iemand hulp = ja"),
      errors: ["S042 10:15"]),
    BadScript(
      name: "S043 a follow-up with nothing above it",
      source: tableHeader("vraag: hulp ja/nee\n  tekst: Wil je hulp?\n  vervolg: ja"),
      errors: ["S043 10:3"]),
    BadScript(
      name: "S043 a jump between a question and its follow-up",
      source: tableHeader(
        "deel: a\nvraag: hulp ja/nee\n  tekst: Wil je hulp?\nga naar: b\n  als: iemand hulp = ja\nvraag: welke open\n  tekst: Welke hulp?\n  vervolg: ja\ndeel: b\nzeg: Klaar."
      ),
      errors: ["S043 11:1"]),
    BadScript(
      name: "S045 a tally of an open question",
      source: tableHeader("vraag: idee open\n  tekst: Wat wil je?\n  toon: stemmen"),
      errors: ["S045 10:3"]),
    BadScript(
      name: "S046 a secret question with one person",
      source: withHeader("vraag: geld ja/nee\n  tekst: Heb je schulden?\n  geheim: ja"),
      errors: ["S046 9:3"]),
    BadScript(
      name: "S047 a group size for one person and a table of twelve",
      source: withHeader("vraag: geld ja/nee\n  tekst: Heb je schulden?").replacingOccurrences(
        of: "versie: 1", with: "versie: 1\ngroep: 3-12"),
      errors: ["S047 7:8"]),
    BadScript(
      name: "S048 a condition on a card and a line between cards",
      source: tableHeader(
        "vraag: a ja/nee\n  tekst: Woon je alleen?\nzeg: Tussendoor.\nvraag: b ja/nee\n  als: a = ja\n  tekst: Is het fijn?",
        method: "kwartetspel"),
      errors: ["S048 10:6", "S048 12:8"]),
  ]

  @Test("each misuse at a table is an error exactly where it is", arguments: misuses)
  func misuse(_ bad: BadScript) {
    #expect(diagnose(bad.source).errorBriefs == bad.errors.sorted())
  }

  @Test("every misuse has a hint; the hints for conditions, applied, check clean")
  func hintsApplied() throws {
    for bad in Self.misuses {
      let found = diagnose(bad.source).filter { $0.severity == .error }
      #expect(found.allSatisfy { $0.hint != nil }, "\(bad.name)")
    }
    for bad in Self.misuses where bad.name.hasPrefix("S041") || bad.name.hasPrefix("S042") {
      var lines = bad.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for d in diagnose(bad.source) where d.severity == .error {
        let hint = try #require(d.hint)
        let start = try #require(hint.range(of: "als: "))
        let applied = hint[start.lowerBound...].components(separatedBy: "  (")[0]
        lines[d.location.line - 1] = "  " + applied
      }
      let fixed = diagnose(lines.joined(separator: "\n")).filter { $0.severity == .error }
      #expect(fixed.isEmpty, "\(bad.name): \(fixed.map(\.description))")
    }
  }

  @Test("a question that reads only the one above warns at a table; vervolg: ja or nee settles it")
  func followUpWarning() {
    let body =
      "vraag: blij schaal 3\n  tekst: Hoe gaat het?\nvraag: waarom open\n  als: blij beantwoord\n  tekst: Wat maakt dat zo?"
    #expect(diagnose(tableHeader(body)).places(of: .followUpMissing) == ["10:8"])
    #expect(diagnose(tableHeader(body + "\n  vervolg: ja")).isEmpty)
    #expect(diagnose(tableHeader(body + "\n  vervolg: nee")).isEmpty)
    #expect(diagnose(withHeader(body)).places(of: .followUpMissing).isEmpty, "one person: no rounds")
  }

  @Test("conditions print back as they are written, with brackets where they matter")
  func writtenConditions() throws {
    for text in [
      "a = 1", "niet a beantwoord", "iemand (a = 1 en b = ja)", "(a = 1 of b = 2) en c = ja",
      "a = 1 of b = 2 en c = 3",
    ] {
      var parser = ConditionParser(text, line: 1, column: 1)
      let condition = try parser.parse()
      var again = ConditionParser(condition.written, line: 1, column: 1)
      #expect(try again.parse() == condition, "\(text) → \(condition.written)")
    }
  }
}
