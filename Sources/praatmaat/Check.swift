import ArgumentParser
import Foundation
import PraatmaatApp

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate scripts: structure and simple language (default: all of Content/scripts).")

  @Argument(help: "Script files or folders.")
  var paths: [String] = []

  @Flag(help: "Also print a readability table: Flesch-Douma and LIX per script.")
  var language = false

  func run() throws {
    let library = try? ContentLibrary.locate()
    let files: [URL]
    if let library {
      files = try library.scriptFiles(for: paths)
    } else if !paths.isEmpty {
      files = try ContentLibrary(root: URL(fileURLWithPath: ".")).scriptFiles(for: paths)
    } else {
      throw AppError.usage("Ik vind de map Content/scripts niet. Geef een pad mee.")
    }
    var checks = ScriptChecks()
    if let library {
      checks.lists = try library.languageLists()
      checks.library = library
    }
    let report = try checks.run(files: files, includeBuiltIns: paths.isEmpty)
    var lines = report.lines
    if language {
      // The table goes above the summary, so the last line still says how it went.
      lines.insert(contentsOf: [""] + ScriptChecks.table(report.readability) + [""], at: lines.count - 1)
    }
    print(lines.joined(separator: "\n"))
    if report.errors > 0 { throw AppError.problems("\(report.errors) fout(en) gevonden.") }
  }
}

struct Test: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run the scripts' transcript tests and a seeded explorer over every script.")

  @Argument(help: "Script files or folders (default: all of Content/scripts).")
  var paths: [String] = []

  @ArgumentParser.Option(help: "How many random walks the explorer makes per script (1 to 10000).")
  var walks = 200

  static let walkRange = 1...10_000

  func validate() throws {
    guard Self.walkRange.contains(walks) else {
      throw ValidationError(
        "--walks moet tussen \(Self.walkRange.lowerBound) en \(Self.walkRange.upperBound) liggen.")
    }
  }

  func run() throws {
    let library = try ContentLibrary.locate()
    let files: [URL]
    if paths.isEmpty {
      files = try library.scriptFiles()
    } else {
      files = try ContentLibrary(root: URL(fileURLWithPath: ".")).scriptFiles(for: paths)
    }
    var tests = ScriptTests(texts: try library.phraseBook())
    tests.walks = walks
    // Answers in transcripts are read with the same words as in a conversation.
    tests.words = try library.answerWords()
    tests.library = library
    // Cases with `modus: echt` play the conversation with the anonymiser a real one has.
    tests.anonymiser = try Anonymisers.load(from: library)
    let report = try tests.run(files: files)
    print(report.lines.joined(separator: "\n"))
    if report.failed > 0 { throw AppError.problems("\(report.failed) test(s) mislukt.") }
  }
}
