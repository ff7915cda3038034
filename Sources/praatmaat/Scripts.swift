import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore

struct Scripts: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scripts",
    abstract: "List the scripts in Content/scripts (id, method, title, themes, phases).")

  func run() throws {
    let library = try ContentLibrary.locate()
    var rows = [["id", "methode", "titel", "thema's", "fases"]]
    var files: [ScriptChecker.File] = []
    for file in try library.scriptFiles() {
      let source = try SourceFile.read(file)
      let script = ScriptParser(blocks: library.blocks(for: file)).parse(source.text, fileName: source.name)
        .script
      files.append(ScriptChecker.File(name: source.name, source: source.text, script: script))
      let themes = Set(script.questions.flatMap { script.themes(of: $0) }).sorted()
      let phases = Set(script.questions.flatMap { script.phases(of: $0) }).sorted()
      rows.append([
        script.id, script.header.method.rawValue, script.header.title,
        themes.joined(separator: ", "), phases.map(\.rawValue).joined(separator: ", "),
      ])
    }
    print(Table.render(rows))
    // Two files with one id: `start <id>` could only ever find one of them.
    let duplicates = ScriptChecker.acrossFiles(files)
    for problem in duplicates {
      FileHandle.standardError.write(Data("praatmaat: \(TextSafety.clean(problem.description))\n".utf8))
    }
    if !duplicates.isEmpty { throw AppError.problems("Geef elk script een eigen id.") }
  }
}

/// Left-aligned columns separated by two spaces.
enum Table {
  static func render(_ rows: [[String]]) -> String {
    let widths = (0..<(rows.first?.count ?? 0)).map { c in rows.map { $0[c].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { c, cell in
        c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
