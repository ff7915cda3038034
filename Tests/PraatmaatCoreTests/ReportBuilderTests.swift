import Testing

@testable import PraatmaatCore

/// The report builder on hand-made answers: what is counted, merged and shown where. Every
/// published number is perturbed; the tests work out the number the cell key gives.
@Suite struct ReportBuilderTests {
  /// One answer of session `session` (one person per session unless `participant` is given).
  static func row(
    _ session: Int, _ question: String, _ kind: String, _ valueKind: String, _ value: String?,
    participant: String = "", method: Method = .gesprek, theme: String = "wonen",
    phase: PolicyPhase = .agendavorming, month: String = "2026-05", municipality: String = "Utrecht"
  ) -> ReportRow {
    ReportRow(
      session: "S\(session)", municipality: municipality,
      answer: AnswerRecord(
        questionID: question, participant: participant, scriptID: "s", scriptVersion: 1, method: method,
        kind: kind, themes: [theme], phases: [phase], valueKind: valueKind, value: value,
        answeredBy: .participant, month: month))
  }

  static func key(_ session: Int) -> UInt32 { UInt32(truncatingIfNeeded: (session + 1) &* 2_654_435_761) }

  /// The sessions behind rows, all finished in the order they first appear.
  static func sessions(_ rows: [ReportRow]) -> [ReportSession] {
    var order: [String] = []
    var seats: [String: Set<String>] = [:]
    var tables: [String: Int] = [:]
    var months: [String: String] = [:]
    for row in rows {
      if seats[row.session] == nil { order.append(row.session) }
      months[row.session] = months[row.session] ?? row.sessionMonth
      let a = row.answer
      if a.questionID == AnswerRecord.tablePeopleID { tables[row.session] = Int(a.value ?? "") }
      if a.participant != "groep", a.kind != ReportBuilder.noteKind {
        seats[row.session, default: []].insert(a.participant)
      } else {
        seats[row.session, default: []].formUnion([])
      }
    }
    return order.enumerated().map { n, code in
      ReportSession(
        code: code, script: "s", ready: n + 1, month: months[code]!,
        people: max(1, seats[code]!.count, tables[code] ?? 0), recordKey: key(Int(code.dropFirst())!))
    }
  }

  static func build(_ rows: [ReportRow], minGroup: Int = 5, filter: ReportFilter = ReportFilter()) -> Report {
    var builder = ReportBuilder(
      filter: filter, minGroup: minGroup, stopWords: ["ik", "me", "hier", "het", "gaat", "wel", "niet"],
      sessions: sessions(rows))
    for row in rows { builder.add(row) }
    return builder.build()
  }

  /// What a cell of these one-person sessions is published as.
  static func published(_ sessions: some Sequence<Int>) -> Int {
    var cell = CellCount()
    for s in sessions { cell.add(key(s)) }
    return cell.perturbed
  }

  @Test("'niet veilig' and 'veilig' are two quotes, and 'niet' is no word of its own")
  func negationsStayApart() throws {
    let texts = (0..<20).map {
      $0 < 12
        ? ($0 % 2 == 0 ? "Ik voel me niet veilig." : "Ik voel me hier niet veilig.") : "Ik voel me veilig."
    }
    let report = Self.build(
      texts.enumerated().map { Self.row($0.offset, "waarom", "open", "text", $0.element) })
    let open = try #require(report.phases.first?.themes.first?.open)
    #expect(open.quotes.count == 2)
    #expect(open.quotes.first { $0.text.contains("niet") }?.mentions == Self.published(0..<12))
    #expect(open.quotes.first { !$0.text.contains("niet") }?.mentions == Self.published(12..<20))
    #expect(!open.words.contains { $0.word == "niet" })
    #expect(open.pairs.contains { $0.word == "niet veilig" })
  }

  @Test("an answer of only stop words is still a quote")
  func onlyStopWords() throws {
    let report = Self.build((0..<10).map { Self.row($0, "waarom", "open", "text", "Het gaat wel.") })
    let open = try #require(report.phases.first?.themes.first?.open)
    #expect(open.quotes.map(\.text) == ["Het gaat wel."])
    #expect(open.quotes.first?.mentions == Self.published(0..<10))
  }

  @Test("several options per person: percentages are of the people; a rare option is left out and counted")
  func multipleChoice() throws {
    let picks =
      (0..<14).map { ["familie,buren", "familie", "familie,begeleider", "buren"][$0 % 4] } + ["vrienden"]
    let report = Self.build(
      picks.enumerated().map { Self.row($0.offset, "wie", "meerkeuze", "options", $0.element) })
    let theme = try #require(report.phases.first?.themes.first)
    let q = try #require(theme.closed.first)
    #expect(q.multiple && q.people == Self.published(0..<15))
    let familie = Self.published([0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13])
    #expect(q.options.first { $0.id == "familie" }?.count == familie)
    #expect(q.options.first { $0.id == "familie" }?.percent == percentage(familie, of: q.people))
    #expect(!q.options.contains { $0.id == "vrienden" })
    #expect(theme.hiddenAnswers >= 5 && theme.hiddenAnswers % 5 == 0)
  }

  @Test("a panel's own statement shows its text; notes are counted, never shown")
  func statementsAndNotes() throws {
    var rows: [ReportRow] = []
    for s in 0..<10 {
      rows.append(
        Self.row(
          s, "stelling-extra-ab12", "stellingtekst", "text", "Er komt een buurthuis.", participant: "groep",
          method: .panel))
      rows.append(
        Self.row(
          s, "stelling-extra-ab12", "stelling", "option", s < 8 ? "eens" : "oneens", participant: "1",
          method: .panel))
      rows.append(
        Self.row(
          s, "stelling-extra-ab12", "notitie", "text", "Ze twijfelde lang.", participant: "1", method: .panel)
      )
    }
    let report = Self.build(rows)
    let theme = try #require(report.phases.first?.themes.first)
    #expect(theme.panels.map(\.statement) == ["Er komt een buurthuis."])
    var eens = CellCount()
    for s in 0..<8 { eens.add(RecordKey.person(session: Self.key(s), seat: 1)) }
    #expect(theme.panels.first?.agree == eens.perturbed)
    #expect(theme.panels.first?.disagree == 0)
    #expect(theme.notes == Self.published(0..<10))
    for text in [MarkdownReport.render(report), CSVReport.render(report), JSONReport.render(report)] {
      #expect(!text.contains("twijfelde"))
    }
  }

  /// Three Persona tables of five people, each making a card with a line about "hulp" and one
  /// about "werk" (in `werkPhase`).
  static func personaTables(werkPhase: PolicyPhase = .agendavorming) -> [ReportRow] {
    (0..<3).flatMap { s in
      [
        Self.row(
          s, "naam", "open", "text", "Naam: Noor", participant: "groep", method: .persona, theme: "hulp"),
        Self.row(
          s, "dag", "open", "text", "Dag: werkt in de tuin", participant: "groep", method: .persona,
          theme: "werk", phase: werkPhase),
        Self.row(
          s, AnswerRecord.tablePeopleID, "getal", "number", "5", participant: "groep", method: .persona),
      ]
    }
  }

  @Test("a Persona card comes whole, once, and counts the people at the table")
  func personaWhole() throws {
    let report = Self.build(Self.personaTables(werkPhase: .evaluatie))
    #expect(report.personas.count == 3)
    #expect(report.personas.first?.lines == ["Naam: Noor", "Dag: werkt in de tuin"])
    var people = CellCount()
    for s in 0..<3 { for seat in 1...5 { people.add(RecordKey.person(session: Self.key(s), seat: seat)) } }
    #expect(report.overview.people == people.perturbed)
  }

  @Test("a place is only named with enough sessions")
  func places() {
    let rows = (0..<15).map {
      Self.row($0, "thuis", "schaal 5", "option", "3", municipality: $0 == 14 ? "Zeist" : "Utrecht")
    }
    #expect(
      Self.build(rows).overview.municipalities == [
        "Utrecht", "andere gemeenten (te weinig mensen om te noemen)",
      ])
  }

  @Test("a note at a Persona table is no card line and no answer")
  func notesAtPersona() throws {
    var rows: [ReportRow] = []
    for s in 0..<10 {
      rows.append(Self.row(s, "wens", "open", "text", "Wens: werken", participant: "groep", method: .persona))
      rows.append(
        Self.row(
          s, "_check", "notitie", "text", "Notitie nummer \(s)", participant: "groep", method: .persona))
    }
    let report = Self.build(rows)
    #expect(report.personas.count == 10)
    #expect(report.personas.allSatisfy { $0.lines == ["Wens: werken"] })
    var answers = CellCount()
    for s in 0..<10 { answers.add(RecordKey.person(session: Self.key(s), seat: 15)) }
    #expect(report.overview.answers == answers.perturbed)
  }

  @Test("a Persona table waits until its round has five people")
  func personaWaits() {
    var rows = [Self.row(0, "wens", "open", "text", "Wens: werken", participant: "groep", method: .persona)]
    rows.append(
      Self.row(0, AnswerRecord.tablePeopleID, "getal", "number", "3", participant: "groep", method: .persona))
    let waiting = Self.build(rows)
    #expect(waiting.personas.isEmpty && waiting.overview.waiting == 1)
    rows[1].answer.value = "5"
    #expect(Self.build(rows).personas.count == 1)
  }

  @Test("fewer people than the minimum in the whole store: no figure at all")
  func tooFew() {
    let report = Self.build((0..<4).map { Self.row($0, "gevoel", "schaal 5", "option", "3") })
    #expect(report.overview.suppressed && report.phases.isEmpty)
    #expect(report.overview.waiting == 4)
  }

  @Test("a period takes whole rounds, and says when that is wider than asked")
  func periodTakesWholeRounds() {
    // Five sessions make one round, from January to May.
    let rows = (0..<5).map { Self.row($0, "gevoel", "schaal 5", "option", "3", month: "2026-0\($0 + 1)") }
    let march = Self.build(rows, filter: ReportFilter(from: "2026-03", to: "2026-03"))
    #expect(march.overview.periodWidened)
    #expect(march.overview.firstMonth == "2026-01" && march.overview.lastMonth == "2026-05")
    #expect(march.overview.people == Self.build(rows).overview.people)
  }
}

extension ReportBuilderTests {
  @Test("under a theme filter a Persona card still comes whole, when one of its lines is about that theme")
  func personaWholeUnderFilter() throws {
    let rows = Self.personaTables()
    let werk = Self.build(rows, filter: ReportFilter(theme: "werk"))
    #expect(
      werk.personas.map(\.lines) == Array(repeating: ["Naam: Noor", "Dag: werkt in de tuin"], count: 3))
    #expect(Self.build(rows, filter: ReportFilter(theme: "geld")).personas.isEmpty)
  }
}

extension ReportBuilderTests {
  @Test(
    "answers of a theme with too few people are counted as left out, in the theme and in the whole report")
  func hiddenCounted() throws {
    var rows = (0..<10).map { Self.row($0, "thuis", "schaal 5", "option", "3") }
    rows += (0..<2).map { Self.row($0, "schuld", "ja/nee", "option", "ja", theme: "geld") }
    let report = Self.build(rows)
    let geld = try #require(report.phases.first?.themes.first { $0.theme == "geld" })
    #expect(geld.suppressed && geld.hiddenAnswers == 5)
    #expect(report.overview.hiddenAnswers == 5)
    #expect(MarkdownReport.render(report).contains("Een paar antwoorden staan er niet in"))
  }
}

extension ReportBuilderTests {
  @Test("the low and the high steps of a five-step scale are shown together when each is too small")
  func scaleSides() throws {
    // 20 sessions: four whole rounds.
    let values = [
      "1", "1", "1", "2", "2", "2", "3", "3", "3", "3", "3", "3", "3", "4", "4", "4", "5", "5", "5", "5",
    ]
    let rows = values.enumerated().map { Self.row($0.offset, "thuis", "schaal 5", "option", $0.element) }
    let q = try #require(Self.build(rows).phases.first?.themes.first?.closed.first)
    #expect(q.options.map(\.id) == ["3", "1+2", "4+5"])
    #expect(q.options.first { $0.id == "1+2" }?.count == Self.published(0..<6))
    #expect(q.options.first { $0.id == "4+5" }?.label.contains(" of ") == true)
  }
}
