import Foundation
import PraatmaatCore

/// `praatmaat check`: every problem in every script, and the engine's own sentences.
public struct ScriptChecks {
  public struct Report: Sendable {
    public var lines: [String] = []
    public var files = 0
    public var errors = 0
    public var warnings = 0
  }

  public init() {}

  public func run(files: [URL], includeBuiltIns: Bool) throws(AppError) -> Report {
    var report = Report()
    for file in files {
      let source = try SourceFile.read(file)
      let (_, diagnostics) = ScriptChecker().check(source: source.text, fileName: source.name)
      add(diagnostics, source: source.text, to: &report)
      report.files += 1
    }
    if includeBuiltIns {
      let language = LanguageCheck()
      let found = Phrases.all.flatMap {
        language.check(
          .init(text: $0, location: SourceLocation(line: 1, column: 1)), file: "(praatmaat: \($0))")
      }
      add(found, source: nil, to: &report)
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
}

/// `praatmaat test`: every transcript beside a script, and a seeded explorer over every script.
public struct ScriptTests {
  public struct Report: Sendable {
    public var lines: [String] = []
    public var passed = 0
    public var failed = 0
  }

  public var walks = 200
  public init() {}

  public func run(files: [URL]) throws(AppError) -> Report {
    var report = Report()
    for file in files {
      let source = try SourceFile.read(file)
      let (script, diagnostics) = ScriptChecker().check(source: source.text, fileName: source.name)
      if let error = diagnostics.first(where: { $0.severity == .error }) {
        report.failed += 1
        report.lines.append("FAIL \(source.name): het script heeft fouten (\(error)).")
        continue
      }
      runTranscript(for: file, script: script, into: &report)
      explore(script, name: source.name, into: &report)
    }
    report.lines.append("\(report.passed) passed, \(report.failed) failed")
    return report
  }

  private func runTranscript(for file: URL, script: Script, into report: inout Report) {
    let transcriptFile = file.deletingPathExtension().appendingPathExtension(
      ContentLibrary.transcriptExtension)
    guard FileManager.default.fileExists(atPath: transcriptFile.path) else {
      report.lines.append(
        "note \(SourceFile.relativeName(file)): geen \(transcriptFile.lastPathComponent) gevonden.")
      return
    }
    let source: SourceFile
    do {
      source = try SourceFile.read(transcriptFile)
    } catch {
      report.failed += 1
      report.lines.append("FAIL \(error)")
      return
    }
    let (transcript, problems) = Transcript.parse(source.text, fileName: source.name)
    let lines = ScriptParser.lines(of: source.text)
    for problem in problems {
      report.failed += 1
      report.lines.append("FAIL " + problem.rendered(sourceLines: lines))
    }
    let outcome = TranscriptRunner().run(transcript, script: script, fileName: source.name)
    for name in outcome.passed {
      report.passed += 1
      report.lines.append("PASS \(source.name): \(name)")
    }
    for failure in outcome.failures {
      report.failed += 1
      report.lines.append("FAIL " + failure.rendered(sourceLines: lines))
    }
  }

  private func explore(_ script: Script, name: String, into report: inout Report) {
    let result = Explorer(walks: walks).explore(script)
    var problems: [String] = []
    for seed in result.endless.prefix(3) {
      problems.append(
        "\(name): error: [\(DiagnosticCode.loop.rawValue)] Met seed \(seed) stopt het gesprek nooit.")
    }
    for q in script.questions where !result.asked.contains(q.id) {
      problems.append(
        "\(name):\(q.location): warning: [\(DiagnosticCode.neverAsked.rawValue)] De vraag '\(q.id)' kwam in \(result.walks) rondes nooit aan de beurt."
      )
    }
    if result.endless.isEmpty {
      report.passed += 1
      report.lines.append(
        "PASS \(name): verkenner, \(result.walks) rondes, \(result.asked.count) van \(script.questions.count) vragen bereikt"
      )
    } else {
      report.failed += 1
    }
    report.lines += problems
  }
}
