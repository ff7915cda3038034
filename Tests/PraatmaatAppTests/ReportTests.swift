import Foundation
import PraatmaatStore
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatSynthetic

/// Reports on a fixed, generated store: golden files per format, and the small-group rule.
@Suite struct ReportTests {
  static let packageRoot = PackageFiles.root
  static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  /// A small script of our own, so the golden files do not move when Content changes.
  static let script = """
    id: buurt
    titel: Hoe is het in de buurt?
    methode: gesprek
    thema: wonen
    fase: agendavorming, evaluatie
    versie: 1

    vraag: gevoel schaal 5
      tekst: Hoe vind je je buurt?
    vraag: vervoer keuze
      tekst: Hoe ga je naar de stad?
      thema: vervoer
      optie bus: 🚌 Met de bus
      optie fiets: 🚲 Met de fiets
      optie lopen: 🚶 Lopend
    vraag: waarom open
      tekst: Wat maakt dat zo?
    vraag: plan stelling
      tekst: De gemeente wil een buurthuis.
      fase: besluitvorming
    """

  /// A panel and a Persona table of our own, for the group parts of a report.
  static let groupScripts = [
    """
    id: raad
    titel: Wat vinden jullie van het plan?
    methode: panel
    thema: hulp
    fase: besluitvorming
    versie: 1

    vraag: loket stelling
      tekst: Er komt een loket in de wijk.
    vraag: loket-waarom open
      tekst: Waarom vind je dat?
    """,
    """
    id: figuur
    titel: Samen een persoon maken
    methode: persona
    thema: hulp
    fase: agendavorming
    versie: 1

    vraag: naam keuze
      tekst: Welke naam vind jij mooi?
      kaart: Naam
      optie noor: 🌷 Noor
      optie sem: 🌳 Sem
    vraag: wens open
      tekst: Wat wenst deze persoon?
      kaart: Wens
    """,
  ]

  static func store(sessions: Int, groups: Int = 0) throws -> (SQLiteStore, ContentLibrary, [String: Script])
  {
    let parsed = ScriptParser().parse(script, fileName: "buurt.gesprek")
    #expect(parsed.diagnostics.isEmpty)
    let store = try SQLiteStore.inMemory()
    var synthetic = SyntheticSessions(scripts: [parsed.script], seed: 7)
    _ = try store.importEntries(synthetic.entries(count: sessions))
    var catalogue = ["buurt": parsed.script]
    if groups > 0 {
      let scripts = groupScripts.enumerated().map {
        ScriptParser().parse($1, fileName: "g\($0).gesprek").script
      }
      for s in scripts { catalogue[s.id] = s }
      var tables = SyntheticSessions(scripts: scripts, seed: 11)
      _ = try store.importEntries(tables.entries(count: groups, first: sessions))
    }
    let library = ContentLibrary(root: packageRoot.appendingPathComponent("Content"))
    return (store, library, catalogue)
  }

  static func render(
    _ store: SQLiteStore, _ catalogue: [String: Script], template: String, format: ReportJob.Format,
    audience: ReportJob.Audience = .beleid, filter: ReportFilter = ReportFilter(), minGroup: Int = 5
  ) throws -> String? {
    guard var report = try Self.report(store, catalogue, filter: filter, minGroup: minGroup) else {
      return nil
    }
    report.made = "2026-12-04"
    switch (audience, format) {
    case (.beleid, .markdown): return MarkdownReport.render(report)
    case (.beleid, .html): return HTMLReport.render(report, template: template)
    case (.beleid, .csv): return CSVReport.render(report)
    case (.beleid, .json): return JSONReport.render(report)
    default: return ParticipantReport.markdown(report, reaction: ["De gemeente zet een bankje in het park."])
    }
  }

  /// The report of a store, as `praatmaat report` builds it; nil for a store without sessions.
  static func report(
    _ store: SQLiteStore, _ catalogue: [String: Script], filter: ReportFilter = ReportFilter(),
    minGroup: Int = 5
  ) throws -> Report? {
    var builder = ReportBuilder(
      filter: filter, minGroup: minGroup, catalogue: catalogue,
      stopWords: ["de", "het", "een", "ik", "mijn", "met", "van", "en", "is", "te", "op"],
      themes: ContentLibrary(root: packageRoot.appendingPathComponent("Content")).themeVocabulary(),
      sessions: try store.reportSessions())
    guard builder.hasSessions else { return nil }
    try store.forEachReportRow(script: filter.script) { builder.add($0) }
    return builder.build()
  }

  /// Compares with the golden file; `PRAATMAAT_RECORD=1` writes it anew and fails the run,
  /// so a recorded file is always looked at and a recording run never passes as a test.
  static func assertSnapshot(_ text: String, named name: String) throws {
    let file = snapshots.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["PRAATMAAT_RECORD"] == "1" {
      try Data(text.utf8).write(to: file)
      Issue.record("Recorded \(file.path). Read it, then run the tests again without PRAATMAAT_RECORD.")
      return
    }
    // Bytes, not String(contentsOf:), which would drop the CSV's byte-order mark.
    let expected = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    if expected != text {
      let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let b = text.split(separator: "\n", omittingEmptySubsequences: false)
      let line =
        zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
      Issue.record(
        "\(name) differs at line \(line + 1): expected \(line < a.count ? String(a[line]) : "<end>") got \(line < b.count ? String(b[line]) : "<end>")"
      )
    }
  }

  @Test(arguments: [
    (ReportJob.Format.markdown, ReportJob.Audience.beleid, "report-beleid.md"),
    (.html, .beleid, "report-beleid.html"),
    (.csv, .beleid, "report-beleid.csv"),
    (.json, .beleid, "report-beleid.json"),
    (.markdown, .deelnemers, "report-deelnemers.md"),
  ])
  func goldenFiles(format: ReportJob.Format, audience: ReportJob.Audience, name: String) throws {
    let (store, library, catalogue) = try Self.store(sessions: 40, groups: 12)
    let text = try #require(
      try Self.render(
        store, catalogue, template: try library.reportTemplate(), format: format, audience: audience))
    try Self.assertSnapshot(text, named: name)
  }

  @Test("the same store gives the same report, byte for byte")
  func deterministic() throws {
    let (store, library, catalogue) = try Self.store(sessions: 30)
    let template = try library.reportTemplate()
    for format in ReportJob.Format.allCases {
      #expect(
        try Self.render(store, catalogue, template: template, format: format)
          == Self.render(store, catalogue, template: template, format: format))
    }
  }

  @Test("with fewer people than the minimum, the whole report hides its figures")
  func tinyStore() throws {
    let (store, _, catalogue) = try Self.store(sessions: 3)
    let text = try #require(try Self.render(store, catalogue, template: "{{inhoud}}", format: .markdown))
    #expect(text.contains("Wie sprak: \(Report.tooFew)"))
    #expect(!text.contains("| Mensen |"))
    #expect(!text.contains("> "))
    #expect(text.contains("3 gesprekken wachten tot er genoeg nieuwe mensen zijn"))
  }

  @Test("CSV is for Dutch Excel: BOM, semicolons, a decimal comma, formulas defused")
  func csvShape() throws {
    let (store, _, catalogue) = try Self.store(sessions: 40)
    let csv = try #require(try Self.render(store, catalogue, template: "", format: .csv))
    #expect(csv.hasPrefix("\u{FEFF}fase;thema;soort;"))
    #expect(csv.contains(";") && csv.contains("\r\n"))
    #expect(csv.range(of: #";\d+,\d;"#, options: .regularExpression) != nil)
    #expect(CSVReport.field("=1+1") == "'=1+1")
    #expect(CSVReport.field("a;b") == "\"a;b\"")
  }

  @Test("the participants' report passes the language rules")
  func participantLanguage() throws {
    let check = LanguageCheck()
    for text in ParticipantReport.texts {
      let errors = check.check(
        .init(text: text, location: SourceLocation(line: 1, column: 1)), file: "report"
      )
      .filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(text)")
    }
  }

  @Test("an answer that tries to be HTML or Markdown stays text")
  func escaping() {
    #expect("<script>alert(1)</script>".html == "&lt;script&gt;alert(1)&lt;/script&gt;")
    #expect("# kop [link](x)".markdownEscaped == "\\# kop [link]\\(x)")
    #expect("Ik belde [naam 1].".markdownEscaped == "Ik belde [naam 1].")
  }
}
