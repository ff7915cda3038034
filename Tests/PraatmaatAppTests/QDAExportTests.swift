import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore
import Testing

/// `praatmaat export --format qdpx`: a REFI-QDA project that the QDA programs import, checked
/// with their own schema, and that shows no more than a report may.
@Suite("REFI-QDA export")
struct QDAExportTests {
  static let schema = ReportTests.packageRoot.appendingPathComponent(
    "Tests/PraatmaatAppTests/Fixtures/REFI-QDA-Project.xsd")

  /// Runs a tool and returns its status and output.
  static func tool(_ path: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static func export(_ store: SQLiteStore, _ library: ContentLibrary, minGroup: Int = 5) throws
    -> QDAExportJob.Result
  {
    var job = QDAExportJob()
    job.made = "2026-12-04"
    job.minGroup = minGroup
    return try job.run(store: store, library: library)
  }

  @Test(
    "the .qdpx of a realistic store is a valid zip whose project.qde validates against the REFI-QDA schema")
  func validates() throws {
    let (store, library) = try RegionReportTests.store()
    let result = try Self.export(store, library)
    #expect(
      result.documents > 5 && result.answers > 50, "\(result.documents) documents, \(result.answers) answers")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qdpx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("project.qdpx")
    try Data(result.bytes).write(to: file)

    let test = try Self.tool("/usr/bin/unzip", ["-t", file.path])
    #expect(test.status == 0, "\(test.out)")
    let unpack = try Self.tool(
      "/usr/bin/unzip", ["-q", file.path, "-d", folder.appendingPathComponent("uit").path])
    #expect(unpack.status == 0, "\(unpack.out)")
    let qde = folder.appendingPathComponent("uit/project.qde")
    let lint = try Self.tool("/usr/bin/xmllint", ["--noout", "--schema", Self.schema.path, qde.path])
    #expect(lint.status == 0, "\(lint.out.prefix(2_000))")

    // Every source file the project names is in the archive, and every segment lies inside it.
    let xml = try String(contentsOf: qde, encoding: .utf8)
    let paths = xml.matches(of: /plainTextPath="internal:\/\/([0-9a-f-]+\.txt)"/).map { String($0.output.1) }
    #expect(paths.count == result.documents)
    for path in paths {
      let text = try String(contentsOf: folder.appendingPathComponent("uit/Sources/\(path)"), encoding: .utf8)
      #expect(!text.isEmpty)
    }
    let ends = xml.matches(of: /endPosition="(\d+)"/).compactMap { Int($0.output.1) }
    #expect(ends.count == result.answers)
  }

  @Test("codes for script, question, theme, phase, method and municipality; nothing links answers")
  func codesAndLinks() throws {
    let (store, library) = try RegionReportTests.store()
    var export = QDAExport(
      catalogue: library.catalogue(), themes: library.themeVocabulary(), sessions: try store.reportSessions())
    try store.forEachReportRow(script: nil) { export.add($0) }
    let documents = export.documents()
    let groups = Set(documents.flatMap { $0.segments.flatMap { $0.codes.map(\.group) } })
    #expect(groups == Set(QDACode.Group.allCases))
    let (xml, _) = QDAProjectFile.project(documents, name: "test", day: "2026-12-04")
    // No session codes, months or seats anywhere in the project.
    let codes = try store.reportSessions().map(\.code)
    for code in codes { #expect(!xml.contains(code)) }
    #expect(xml.range(of: #"2026-(0[1-9]|1[0-2])[^-]"#, options: .regularExpression) == nil)
    for d in documents { #expect(d.people >= 5) }
    // Themes in the vocabulary's words.
    let vocabulary = library.themeVocabulary()
    for d in documents {
      for s in d.segments {
        for c in s.codes where c.group == .theme { #expect(vocabulary.themes.contains(c.name), "\(c.name)") }
      }
    }
  }

  @Test("a question fewer than five people answered stays out, and so do waiting conversations")
  func smallGroups() throws {
    let (store, _, _) = try ReportTests.store(sessions: 4)
    var export = QDAExport(catalogue: [:], themes: ThemeVocabulary(), sessions: try store.reportSessions())
    try store.forEachReportRow(script: nil) { export.add($0) }
    #expect(export.documents().isEmpty)
  }

  @Test("the same store gives the same project, byte for byte")
  func deterministic() throws {
    let (store, library) = try RegionReportTests.store()
    #expect(try Self.export(store, library).bytes == Self.export(store, library).bytes)
    #expect(throws: AppError.self) { try Self.export(store, library, minGroup: 3) }
  }
}
