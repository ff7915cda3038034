import Testing

@testable import PraatmaatCore

/// The report builder on hand-made answers: what is counted, merged and shown where.
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

  static func build(_ rows: [ReportRow], minGroup: Int = 5) -> Report {
    var builder = ReportBuilder(
      minGroup: minGroup, stopWords: ["ik", "me", "hier", "het", "gaat", "wel", "niet"])
    for row in rows { builder.add(row) }
    return builder.build()
  }

  @Test("'niet veilig' and 'veilig' are two quotes, and 'niet' is no word of its own")
  func negationsStayApart() throws {
    let texts = [
      "Ik voel me hier veilig.", "Ik voel me niet veilig.", "Ik voel me niet veilig.",
      "Ik voel me hier niet veilig.", "Ik voel me veilig.",
    ]
    let report = Self.build(
      texts.enumerated().map { Self.row($0.offset, "waarom", "open", "text", $0.element) })
    let open = try #require(report.phases.first?.themes.first?.open)
    #expect(open.quotes.map(\.mentions).sorted() == [2, 3])
    #expect(open.quotes.first { $0.mentions == 3 }?.text.contains("niet") == true)
    #expect(!open.words.contains { $0.word == "niet" })
    #expect(open.pairs.contains { $0.word == "niet veilig" })
  }

  @Test("an answer of only stop words is still a quote")
  func onlyStopWords() throws {
    let report = Self.build((0..<5).map { Self.row($0, "waarom", "open", "text", "Het gaat wel.") })
    let open = try #require(report.phases.first?.themes.first?.open)
    #expect(open.quotes.map(\.text) == ["Het gaat wel."])
    #expect(open.quotes.first?.mentions == 5)
  }

  @Test("several options per person: percentages are of the people")
  func multipleChoice() throws {
    let picks = ["familie,buren", "familie", "familie,begeleider", "buren", "familie,buren,begeleider"]
    let report = Self.build(
      picks.enumerated().map { Self.row($0.offset, "wie", "meerkeuze", "options", $0.element) })
    let q = try #require(report.phases.first?.themes.first?.closed.first)
    #expect(q.multiple && q.people == 5)
    #expect(q.options.first { $0.id == "familie" }.map { ($0.count, $0.percent) } ?? (0, 0) == (4, 80))
  }

  @Test("a panel's own statement shows its text; notes stand apart and are no answers")
  func statementsAndNotes() throws {
    var rows: [ReportRow] = []
    for s in 0..<5 {
      rows.append(
        Self.row(
          s, "stelling-extra-ab12", "stellingtekst", "text", "Er komt een buurthuis.", participant: "groep",
          method: .panel))
      rows.append(
        Self.row(
          s, "stelling-extra-ab12", "stelling", "option", s < 4 ? "eens" : "oneens", participant: "1",
          method: .panel))
      rows.append(
        Self.row(
          s, "stelling-extra-ab12", "notitie", "text", "Ze twijfelde lang.", participant: "1", method: .panel)
      )
    }
    let report = Self.build(rows)
    let theme = try #require(report.phases.first?.themes.first)
    #expect(theme.panels.map(\.statement) == ["Er komt een buurthuis."])
    #expect(theme.panels.first.map { ($0.agree, $0.disagree) } ?? (0, 0) == (4, 1))
    #expect(theme.notes.map(\.text) == ["Ze twijfelde lang."] && theme.notes.first?.mentions == 5)
    #expect(report.overview.answers == 5)
  }

  @Test("a Persona card comes whole, once, whatever themes its lines have")
  func personaWhole() throws {
    var rows: [ReportRow] = []
    for s in 0..<5 {
      rows.append(
        Self.row(
          s, "naam", "open", "text", "Naam: Noor", participant: "groep", method: .persona, theme: "hulp"))
      rows.append(
        Self.row(
          s, "dag", "open", "text", "Dag: werkt in de tuin", participant: "groep", method: .persona,
          theme: "werk", phase: .evaluatie))
    }
    let report = Self.build(rows)
    #expect(report.personas.count == 5)
    #expect(report.personas.first?.lines == ["Naam: Noor", "Dag: werkt in de tuin"])
    // The card is the table's, linked to nobody: each table counts as one voice.
    #expect(report.overview.people == 5)
  }

  @Test("who spoke under a theme filter counts only blocks with enough people in that theme")
  func overviewUnderFilter() throws {
    var rows: [ReportRow] = []
    for s in 0..<10 {
      let month = s < 5 ? "2026-01" : "2026-02"
      rows.append(Self.row(s, "thuis", "schaal 5", "option", "3", month: month))
      // In January only one person answers about feeling safe.
      if s == 0 || s >= 5 {
        rows.append(Self.row(s, "veilig", "schaal 5", "option", "2", theme: "veilig voelen", month: month))
      }
    }
    var builder = ReportBuilder(filter: ReportFilter(theme: "veilig voelen"), minGroup: 5)
    for row in rows { builder.add(row) }
    let report = builder.build()
    #expect(report.overview.people == 5)
    #expect(report.phases.first?.themes.first?.people == 5)
  }

  @Test("a place is only named with enough sessions")
  func places() {
    let rows = (0..<10).map {
      Self.row($0, "thuis", "schaal 5", "option", "3", municipality: $0 == 9 ? "Zeist" : "Utrecht")
    }
    #expect(
      Self.build(rows).overview.municipalities == [
        "Utrecht", "andere gemeenten (te weinig mensen om te noemen)",
      ])
  }

  @Test("a note at a Persona table is no card line and no answer; notes differ by their text")
  func notesAtPersona() throws {
    var rows: [ReportRow] = []
    for s in 0..<5 {
      rows.append(Self.row(s, "wens", "open", "text", "Wens: werken", participant: "groep", method: .persona))
      rows.append(
        Self.row(
          s, "_check", "notitie", "text", "Notitie nummer \(s)", participant: "groep", method: .persona))
    }
    let report = Self.build(rows)
    #expect(report.personas.count == 5)
    #expect(report.personas.allSatisfy { $0.lines == ["Wens: werken"] })
    #expect(report.overview.answers == 5)
    let notes = try #require(report.phases.first?.themes.first?.notes)
    #expect(notes.count == 5 && notes.allSatisfy { $0.mentions == 1 })
  }

  @Test("a Persona card from a block with too few people is not shown")
  func personaSmallBlock() {
    let rows = [Self.row(0, "wens", "open", "text", "Wens: werken", participant: "groep", method: .persona)]
    #expect(Self.build(rows).personas.isEmpty)
    #expect(Self.build(rows, minGroup: 1).personas.count == 1)
  }

  @Test("fewer people than the minimum in the whole store: no figure at all")
  func tooFew() {
    let report = Self.build((0..<4).map { Self.row($0, "gevoel", "schaal 5", "option", "3") })
    #expect(report.overview.suppressed && report.phases.isEmpty)
  }
}
