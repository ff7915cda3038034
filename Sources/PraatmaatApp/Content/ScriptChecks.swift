import Foundation
import PraatmaatCore

/// `praatmaat check`: every problem in every script, and the engine's own sentences.
public struct ScriptChecks {
  public struct Report: Sendable {
    public var lines: [String] = []
    public var files = 0
    public var errors = 0
    public var warnings = 0
    /// Readability per script and per group of praatmaat's own texts, for `--language`.
    public var readability: [ReadabilityRow] = []
  }

  /// The word lists the language rules use.
  public var lists = LanguageListFiles.builtIn
  /// The Content library, to see whether a script outside it takes the id of one of its
  /// scripts; nil: not checked.
  public var library: ContentLibrary?

  public init() {}

  /// praatmaat's own texts that live in the app rather than the core.
  public static var appTexts: [TextGroup] {
    [
      TextGroup(name: "Menu (begeleider)", level: .b1, texts: [Menu.noVoiceHow, TrialRecording.trialNote])
    ]
  }

  public func run(files: [URL], includeBuiltIns: Bool) throws(AppError) -> Report {
    var report = Report()
    var checker = ScriptChecker()
    checker.language = LanguageCheck(lists: lists.lists)
    checker.themes = library?.themeVocabulary()
    for name in lists.sources.keys.sorted() {
      let problems = lists.problems.filter { $0.file == name }
      add(problems, source: lists.sources[name], to: &report)
    }
    var checked: [ScriptChecker.File] = []
    for file in files {
      let source = try SourceFile.read(file)
      let (script, diagnostics) = checker.check(
        source: source.text, fileName: source.name, blocks: ContentLibrary.blocks(for: file, library: library)
      )
      add(diagnostics, source: source.text, to: &report)
      if let problem = library?.idTaken(by: script, file: file) {
        let line = ScriptParser.lines(of: source.text).firstIndex { $0.hasPrefix("id:") }.map { $0 + 1 } ?? 1
        let taken = Diagnostic(
          file: source.name, location: SourceLocation(line: line, column: 1), code: .idTaken,
          message: problem,
          hint: "Bijvoorbeeld: id: \(script.id)-eigen")
        add([taken], source: source.text, to: &report)
      }
      checked.append(ScriptChecker.File(name: source.name, source: source.text, script: script))
      report.files += 1
      let texts = ParticipantTexts.of(script, sourceLines: ScriptParser.lines(of: source.text))
      report.readability.append(
        .measure(texts, name: source.name, file: source.name, level: script.header.level))
    }
    // Shared blocks on their own: their lines and language, once each.
    for file in library?.blockFiles(near: files) ?? [] {
      let source = try SourceFile.read(file)
      let blocks = library?.blocks(for: file.deletingLastPathComponent()) ?? ScriptBlocks()
      add(
        checker.checkBlock(source: source.text, fileName: source.name, blocks: blocks), source: source.text,
        to: &report)
    }
    for problem in ScriptChecker.acrossFiles(checked) {
      add([problem], source: checked.first { $0.name == problem.file }?.source, to: &report)
    }
    if includeBuiltIns {
      // The participant's sentences are read from the table in Content/teksten.
      let texts = try library?.phraseBook()
      let groups = (texts.map(BuiltInTexts.groups) ?? []) + Self.appTexts
      for level in LanguageLevel.allCases {
        var rows: [ReadabilityRow] = []
        for group in groups where group.level == level {
          // A group from a file points at its lines (`Content/teksten/nl.txt:40:17`); a group
          // in the code reads like a file with one text per line: `praatmaat:Menu:3:12`.
          let file = group.file ?? "praatmaat:\(group.name)"
          let language = checker.language.at(level: group.level)
          let items = group.texts.enumerated().map {
            LanguageCheck.Text(
              text: $1, location: group.locations?[$0] ?? SourceLocation(line: $0 + 1, column: 1))
          }
          add(
            items.flatMap { language.check($0, file: file) },
            source: group.source ?? group.texts.joined(separator: "\n"), to: &report)
          rows.append(.measure(items, name: file, file: file, level: level))
        }
        let name = level == .a2 ? "praatmaat (deelnemer)" : "praatmaat (begeleider)"
        report.readability.append(.merged(rows, name: name, level: level))
      }
    }
    let summary =
      "\(report.files) script(s) gecontroleerd: \(report.errors) fout(en), \(report.warnings) waarschuwing(en)."
    report.lines.append(summary)
    return report
  }

  private func add(_ diagnostics: [Diagnostic], source: String?, to report: inout Report) {
    let lines = source.map(ScriptParser.lines(of:)) ?? []
    for d in diagnostics {
      report.lines.append(d.rendered(sourceLines: lines))
      if d.severity == .error { report.errors += 1 } else { report.warnings += 1 }
    }
  }

  /// The aim for participants' text: Flesch-Douma 80 or more is "gemakkelijk".
  public static let doumaAim = 80.0

  /// The readability table: one row per script or group, and the average over all
  /// participant-facing text, so a writer sees where to start.
  public static func table(_ rows: [ReadabilityRow]) -> [String] {
    let all = rows + [ReadabilityRow.total(of: rows, name: "gemiddeld (deelnemer)")]
    let header = ["tekst", "niveau", "zinnen", "woorden/zin", "Douma", "LIX", "langste zin"]
    let body: [[String]] = all.map { row in
      let r = row.readability
      let longest = row.longest.map { longest in
        // A script's own row needs no file name; the other rows do.
        let place = longest.file == row.name ? "\(longest.location)" : "\(longest.file):\(longest.location)"
        return "\(place) (\(longest.words) woorden) \(shorten(longest.sentence))"
      }
      let low = row.isForParticipants && r.words > 0 && r.fleschDouma < doumaAim ? " (onder 80)" : ""
      return [
        row.name, row.level.rawValue, "\(r.sentences)", decimal(r.wordsPerSentence),
        r.words == 0 ? "-" : decimal(r.fleschDouma) + low, r.words == 0 ? "-" : decimal(r.lix),
        longest ?? "-",
      ]
    }
    let widths = header.indices.map { column in
      ([header] + body).map { $0[column].count }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        // Numbers line up on the right, words on the left.
        return (2...5).contains(column) ? pad + cell : cell + pad
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
    return [
      "Leesbaarheid. Flesch-Douma: hoe hoger, hoe makkelijker (doel: 80 of meer).",
      "LIX: hoe lager, hoe makkelijker.",
      "",
      line(header),
      line(header.indices.map { String(repeating: "-", count: widths[$0]) }),
    ] + body.map(line)
  }

  /// One decimal with a comma, as Dutch writers read numbers.
  static func decimal(_ value: Double) -> String {
    String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
  }

  static func shorten(_ sentence: String) -> String {
    sentence.count <= 50 ? sentence : String(sentence.prefix(47)) + "..."
  }
}
