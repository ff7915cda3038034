import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore

/// Without its table of sentences the program has nothing to say: a missing or broken
/// Content/teksten/nl.txt stops a conversation before consent, with where and why.
@Suite("Sentence table: no table, no conversation")
struct PhraseTableCommandTests {
  /// A copy of Content with `change` applied to the Dutch table.
  static func content(in sandbox: Sandbox, _ change: (URL) throws -> Void) throws -> URL {
    let copy = sandbox.root.folder("content").appendingPathComponent("Content")
    try FileManager.default.copyItem(at: PackageContent.root.appendingPathComponent("Content"), to: copy)
    try change(copy.appendingPathComponent("teksten/nl.txt"))
    return copy
  }

  @Test("start without the table: exit 2 before consent, nothing made")
  func missing() throws {
    let sandbox = Sandbox()
    sandbox.overrides["PRAATMAAT_CONTENT"] = try Self.content(in: sandbox) {
      try FileManager.default.removeItem(at: $0)
    }.path
    let result = try sandbox.run(["start", "wonen"], lines: ["ja", "1"])
    #expect(result.status == 2, "\(result.err)")
    #expect(result.errLines.count == 1)
    #expect(result.err.contains("teksten/nl.txt"))
    #expect(!result.out.contains(dutch[.consentQuestion]), "no consent was asked")
    #expect(!FileManager.default.fileExists(atPath: sandbox.databaseFolder.path), "no database was made")
  }

  @Test("start with a broken table: the file, line and column, the line itself, and nothing made")
  func broken() throws {
    let sandbox = Sandbox()
    sandbox.overrides["PRAATMAAT_CONTENT"] = try Self.content(in: sandbox) { url in
      let text = try String(contentsOf: url, encoding: .utf8)
      try text.replacingOccurrences(of: "Nu is {naam} aan", with: "Nu is {name} aan")
        .write(to: url, atomically: true, encoding: .utf8)
    }.path
    let result = try sandbox.run(["start", "wonen"], lines: ["ja", "1"])
    #expect(result.status == 2, "\(result.err)")
    let line = try #require(
      String(
        contentsOf: PackageContent.root.appendingPathComponent("Content/teksten/nl.txt"), encoding: .utf8
      )
      .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("turn = ") })
    #expect(
      result.err.contains("Content/teksten/nl.txt:\(line + 1):8: error: 'turn' hoort {naam} te hebben."))
    #expect(result.err.contains("turn = 🙋 Nu is {name} aan de beurt."))
    #expect(!FileManager.default.fileExists(atPath: sandbox.databaseFolder.path))
  }
}
