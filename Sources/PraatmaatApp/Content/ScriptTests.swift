import Foundation
import PraatmaatCore

/// `praatmaat test`: every transcript beside a script, and a seeded explorer over every script.
public struct ScriptTests {
  public struct Report: Sendable {
    public var lines: [String] = []
    public var passed = 0
    public var failed = 0
  }

  /// The word knowledge answers are read with, as in a real conversation.
  public var words = AnswerWords()
  /// How many seeded walks the explorer takes through each script.
  public var walks = 200
  /// The anonymiser of a real conversation, for transcript cases with `modus: echt`.
  public var anonymiser: (any Anonymiser)?
  /// Where shared blocks (`gebruik:`) are found; nil: beside each script only.
  public var library: ContentLibrary?
  /// The sentences the conversations say (Content/teksten).
  public var texts: PhraseBook
  public init(texts: PhraseBook) { self.texts = texts }

  public func run(files: [URL]) throws(AppError) -> Report {
    var report = Report()
    for file in files {
      let source = try SourceFile.read(file)
      let (script, diagnostics) = ScriptChecker().check(
        source: source.text, fileName: source.name, blocks: ContentLibrary.blocks(for: file, library: library)
      )
      if let error = diagnostics.first(where: { $0.severity == .error }) {
        report.failed += 1
        report.lines.append("FAIL \(source.name): het script heeft fouten (\(error)).")
        continue
      }
      runTranscript(for: file, script: script, into: &report)
      explore(script, source: source, into: &report)
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
    let outcome = TranscriptRunner(texts: texts, words: words, anonymiser: anonymiser).run(
      transcript, script: script, fileName: source.name)
    for name in outcome.passed {
      report.passed += 1
      report.lines.append("PASS \(source.name): \(name)")
    }
    for failure in outcome.failures {
      report.failed += 1
      report.lines.append("FAIL " + failure.rendered(sourceLines: lines))
    }
  }

  private func explore(_ script: Script, source: SourceFile, into report: inout Report) {
    let name = source.name
    let explorer = Explorer(texts: texts, walks: walks)
    let result = explorer.explore(script)
    // Each finding points at its line in the script, with the line, a caret and a hint.
    let lines = ScriptParser.lines(of: source.text)
    let problems = explorer.diagnostics(result, script: script).map { $0.rendered(sourceLines: lines) }
    if result.endless.isEmpty {
      report.passed += 1
      report.lines.append(
        "PASS \(name): verkenner, \(result.walks) rondes, \(Set(script.questions.map(\.id)).intersection(result.asked).count) van \(script.questions.count) vragen bereikt"
      )
    } else {
      report.failed += 1
    }
    report.lines += problems
  }
}
