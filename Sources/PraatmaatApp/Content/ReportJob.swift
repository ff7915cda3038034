import Foundation
import PraatmaatCore
import PraatmaatStore

/// `praatmaat report`: reads the store once, builds the report, renders one format.
public struct ReportJob {
  public enum Format: String, CaseIterable, Sendable {
    case markdown, html, csv, json
  }

  public enum Audience: String, CaseIterable, Sendable {
    case beleid, deelnemers
  }

  public var filter = ReportFilter()
  public var minGroup = 5
  public var format = Format.markdown
  public var audience = Audience.beleid
  /// What the municipality did or will do, one line per sentence (`Over:` lines tie the lines
  /// after them to an advice): first in the participants' report, a record in the policy report.
  public var reaction: [String] = []
  /// The day on the report: today, in the local time zone.
  public var made = ReportJob.today()
  /// Reports side by side instead of one.
  public var compare: Comparison?
  /// Where a store can count (a region's server), the report is counted there; false reads
  /// every answer here instead (the same report: tests and benchmarks compare the two).
  public var countWhereStored = true

  public init() {}

  /// Why a `--min-group` under 5 is refused.
  public static let minGroupRefusal =
    "--min-group moet \(ReportBuilder.smallestGroup) of meer zijn: een kleinere groep maakt één persoon herkenbaar."

  /// The rendered report, or nil when no answer matches the filters.
  public func run(store: any AnswerStore, library: ContentLibrary, progress: ((Int, Int) -> Void)? = nil)
    throws(AppError) -> String?
  {
    guard minGroup >= ReportBuilder.smallestGroup else { throw AppError.usage(Self.minGroupRefusal) }
    let catalogue = library.catalogue()
    let sessions: [ReportSession]
    do { sessions = try store.reportSessions() } catch { throw AppError.storing(error, "\(error)") }
    let themes = library.themeVocabulary()
    let filter = try Self.checked(self.filter, themes: themes, catalogue: catalogue, sessions: sessions)
    let source = Source(
      store: store, catalogue: catalogue, sessions: sessions, themes: themes, stopWords: library.stopWords())
    if let compare { return try comparison(compare, filter: filter, source: source, library: library) }
    guard var report = try build(filter, source, progress: progress) else { return nil }
    report.made = made
    report.reaction = ParticipantReaction(lines: reaction).parts
    switch (audience, format) {
    case (.beleid, .markdown): return MarkdownReport.render(report)
    case (.beleid, .html): return HTMLReport.render(report, template: try library.reportTemplate())
    case (.beleid, .csv): return CSVReport.render(report)
    case (.beleid, .json): return JSONReport.render(report)
    case (.deelnemers, .markdown): return ParticipantReport.markdown(report, reaction: reaction)
    case (.deelnemers, .html):
      return HTMLReport.participants(report, reaction: reaction, template: try library.reportTemplate())
    case (.deelnemers, .csv), (.deelnemers, .json):
      throw AppError.usage("Het verslag voor deelnemers is er als markdown of html.")
    }
  }

  /// What every report of one run reads.
  struct Source {
    var store: any AnswerStore
    var catalogue: [String: Script]
    var sessions: [ReportSession]
    var themes: ThemeVocabulary
    var stopWords: Set<String>
  }

  /// One report: the store read once, its rows counted on a second thread.
  func build(_ filter: ReportFilter, _ source: Source, progress: ((Int, Int) -> Void)? = nil)
    throws(AppError) -> Report?
  {
    let builder = ReportBuilder(
      filter: filter, minGroup: minGroup, catalogue: source.catalogue, stopWords: source.stopWords,
      themes: source.themes, sessions: source.sessions)
    guard builder.hasSessions else { return nil }
    if countWhereStored, let counting = source.store as? any ReportCountingStore,
      let report = try Self.counted(builder, script: filter.script, on: counting, progress: progress)
    {
      return report
    }
    let pipeline = RowPipeline(builder: builder)
    pipeline.start()
    var seen = 0
    var batch: [ReportRow] = []
    batch.reserveCapacity(2_048)
    do {
      let total = progress == nil ? 0 : try source.store.answerCount(script: filter.script)
      try source.store.forEachReportRow(script: filter.script) { row in
        batch.append(row)
        seen += 1
        if batch.count == 2_048 {
          pipeline.send(batch)
          batch.removeAll(keepingCapacity: true)
        }
        if seen % 20_000 == 0 { progress?(seen, total) }
      }
      progress?(total, total)
    } catch {
      _ = pipeline.finish()
      throw AppError.storing(error, "\(error)")
    }
    pipeline.send(batch)
    return pipeline.finish().build()
  }
}

extension ReportJob {
  /// A report whose cells the store counts: only the answers it leaves to the report (shown
  /// whole) are read here. Nil when the store cannot count it.
  static func counted(
    _ builder: ReportBuilder, script: String?, on store: any ReportCountingStore,
    progress: ((Int, Int) -> Void)?
  ) throws(AppError) -> Report? {
    var builder = builder
    do {
      progress?(0, 1)
      let counted = try store.countReport(script: script, plan: { builder.countingPlan($0) }) { row in
        builder.add(row, counted: true)
      }
      guard let cells = counted else { return nil }
      builder.absorb(cells)
      progress?(1, 1)
    } catch {
      throw AppError.storing(error, "\(error)")
    }
    return builder.build()
  }

  /// Today as `YYYY-MM-DD`.
  public static func today() -> String {
    let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
  }
}

extension ContentLibrary {
  /// Every script that parses, by id, for question wording and option labels in reports.
  public func catalogue() -> [String: Script] {
    var scripts: [String: Script] = [:]
    for file in (try? scriptFiles()) ?? [] {
      guard let source = try? SourceFile.read(file) else { continue }
      let script = ScriptParser(blocks: blocks(for: file)).parse(source.text, fileName: source.name).script
      scripts[script.id] = script
    }
    return scripts
  }

  /// Dutch stop words, left out of word counts (Content/verslag/stopwoorden.txt).
  public func stopWords() -> Set<String> {
    let url = root.appendingPathComponent("verslag/stopwoorden.txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return Set(
      text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") })
  }

  /// The HTML page shell for reports (Content/verslag/verslag.html).
  /// The municipalities of `gemeenten/gemeenten.txt`; without the list no municipality can be
  /// checked, so nothing that takes one works.
  public func municipalities() throws(AppError) -> Municipalities {
    let url = root.appendingPathComponent("gemeenten/gemeenten.txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw AppError.usage("De lijst met gemeenten \(url.path) ontbreekt.")
    }
    return Municipalities(text: text)
  }

  public func reportTemplate() throws(AppError) -> String {
    let url = root.appendingPathComponent("verslag/verslag.html")
    guard let text = try? String(contentsOf: url, encoding: .utf8), text.contains("{{inhoud}}") else {
      throw AppError.usage("De verslagvorm \(url.path) ontbreekt of mist {{inhoud}}.")
    }
    return text
  }
}
