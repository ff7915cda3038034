import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore

extension ReportJob.Format: ExpressibleByArgument {}
extension ReportJob.Audience: ExpressibleByArgument {}
extension PolicyPhase: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Summary for policymakers (per phase and theme) or the report-back for participants.")

  @OptionGroup var database: DatabaseOption

  @ArgumentParser.Option(help: "markdown, html, csv or json.")
  var format = ReportJob.Format.markdown

  @ArgumentParser.Option(
    help: "Write to this file (atomically, mode 0600) instead of standard output; - is standard output.")
  var out: String?

  @ArgumentParser.Option(help: "beleid (policymakers) or deelnemers (participants).")
  var audience = ReportJob.Audience.beleid

  @ArgumentParser.Option(help: "Leave out figures and quotes of fewer people than this (5 or more).")
  var minGroup = 5

  @ArgumentParser.Option(help: "Only this script.")
  var script: String?

  @ArgumentParser.Option(help: "Only this theme.")
  var theme: String?

  @ArgumentParser.Option(
    help: "Only conversations held in this municipality (its own rounds of 5 or more people).")
  var municipality: String?

  @ArgumentParser.Option(
    help: "Side by side: 'gemeenten' (each municipality) or periods as 2026-01:2026-06,2026-07:2026-12.")
  var compare: String?

  @ArgumentParser.Option(help: "Only this phase.")
  var phase: PolicyPhase?

  @ArgumentParser.Option(help: "From this month (YYYY-MM).")
  var from: String?

  @ArgumentParser.Option(help: "Up to and including this month (YYYY-MM).")
  var to: String?

  @ArgumentParser.Option(
    help:
      "A plain-text file with what the municipality does with the advice ('Over: …' lines tie the lines after them to an advice)."
  )
  var reactie: String?

  @Flag(
    help:
      "On a region's server: read every answer and count here instead of on the server (slower; the same report)."
  )
  var countHere = false

  func validate() throws {
    for month in [from, to].compactMap({ $0 })
    where month.range(of: #"^\d{4}-(0[1-9]|1[0-2])$"#, options: .regularExpression) == nil {
      throw ValidationError("Een maand schrijf je als JJJJ-MM, bijvoorbeeld 2026-11.")
    }
    if minGroup < ReportBuilder.smallestGroup { throw ValidationError(ReportJob.minGroupRefusal) }
    if let from, let to, from > to {
      throw ValidationError("--from (\(from)) komt na --to (\(to)): draai ze om.")
    }
    if compare != nil, audience == .deelnemers {
      throw ValidationError("--compare hoort bij het verslag voor beleid.")
    }
  }

  func run() throws {
    let library = try ContentLibrary.locate()
    var job = ReportJob()
    job.filter = ReportFilter(
      script: script, theme: theme, phase: phase, from: from, to: to,
      municipality: try municipality.flatMap { try Conversations.municipality($0, library: library) })
    job.minGroup = minGroup
    job.format = format
    job.compare = try compare.map(ReportJob.Comparison.parse)
    job.audience = audience
    job.countWhereStored = !countHere
    // Refused before any work: a report written over the database would destroy it.
    if let out, let reason = OutputFile.refusal(out, database: try database.path()) {
      throw AppError.usage(reason)
    }
    if let reactie {
      guard let text = try? String(contentsOfFile: reactie, encoding: .utf8) else {
        throw AppError.usage("Kan \(reactie) niet lezen (tekst in UTF-8).")
      }
      job.reaction = text.split(whereSeparator: \.isNewline).map { TextSafety.clean(String($0)) }.filter {
        !$0.isEmpty
      }
      warnAboutLanguage(text, file: reactie, lists: (try? library.languageLists().lists) ?? .builtIn)
    }
    // A report reads what is there: a mistyped --db must not leave an empty database.
    let store = try database.openForReading()
    let progress = isatty(STDERR_FILENO) == 1 ? ProgressBar.show : nil
    guard let text = try job.run(store: store, library: library, progress: progress) else {
      let filtered = job.filter != ReportFilter()
      throw AppError.problems(
        filtered
          ? "Er is niets om te laten zien met deze filters." : "Er zijn nog geen antwoorden om te laten zien."
      )
    }
    try OutputFile.write(Data(text.utf8), to: out ?? OutputFile.standardOutput)
  }
}

extension ReportCommand {
  /// The municipality's reaction is read by participants: it gets the same language check
  /// as the questions. Problems are shown on stderr; the report is still made.
  func warnAboutLanguage(_ text: String, file: String, lists: LanguageLists) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let check = LanguageCheck(lists: lists)
    for (n, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let item = LanguageCheck.Text(
        text: TextSafety.clean(String(line)), location: SourceLocation(line: n + 1, column: 1))
      for diagnostic in check.check(item, file: file) {
        FileHandle.standardError.write(Data("\(diagnostic.rendered(sourceLines: lines))\n".utf8))
      }
    }
  }
}

/// A progress bar on stderr, only when stderr is a terminal.
enum ProgressBar {
  static func show(_ done: Int, _ total: Int) {
    guard total > 50_000 else { return }
    let width = 30
    let filled = min(width, done * width / max(1, total))
    let line =
      "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
      + "] \(done)/\(total) antwoorden"
    FileHandle.standardError.write(Data((done >= total ? line + "\n" : line).utf8))
  }
}
