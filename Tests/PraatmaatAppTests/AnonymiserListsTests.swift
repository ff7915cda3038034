import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore

/// The anonymiser works with all its lists or not at all: a missing list stops a conversation
/// before consent and an import before anything is read, with the reason.
@Suite("Anonymiser lists: no list, no conversation")
struct AnonymiserListsTests {
  /// A copy of Content without one file of the anonymiser.
  static func contentWithout(_ file: String, in sandbox: Sandbox) throws -> URL {
    let copy = sandbox.root.folder("content").appendingPathComponent("Content")
    try FileManager.default.copyItem(at: PackageContent.root.appendingPathComponent("Content"), to: copy)
    try FileManager.default.removeItem(at: copy.appendingPathComponent("anonimiseren/\(file)"))
    return copy
  }

  @Test(
    "start without a word list or the labeller: exit 2 before consent, nothing made",
    arguments: ["voornamen.txt", "woorden.txt", "domein.txt", Anonymisers.labellerFile])
  func startRefused(file: String) throws {
    let sandbox = Sandbox()
    sandbox.overrides["PRAATMAAT_CONTENT"] = try Self.contentWithout(file, in: sandbox).path
    let result = try sandbox.run(["start", "wonen"], lines: ["ja", "1"])
    #expect(result.status == 2, "\(result.err)")
    #expect(result.errLines.count == 1)
    #expect(result.err.contains(file))
    #expect(!result.out.contains(dutch[.consentQuestion]), "no consent was asked")
    #expect(!FileManager.default.fileExists(atPath: sandbox.databaseFolder.path), "no database was made")
  }

  @Test("import without a word list: exit 2, nothing read or made")
  func importRefused() throws {
    let sandbox = Sandbox()
    let bundle = sandbox.root.folder("in").appendingPathComponent("leeg.jsonl")
    try Data(#"{"format":"praatmaat-bundel","version":1,"sessions":0}"#.utf8 + Data("\n".utf8)).write(
      to: bundle)
    sandbox.overrides["PRAATMAAT_CONTENT"] = try Self.contentWithout("achternamen.txt", in: sandbox).path
    let result = try sandbox.run(["import", bundle.path])
    #expect(result.status == 2, "\(result.err)")
    #expect(result.err.contains("achternamen.txt"))
    #expect(!FileManager.default.fileExists(atPath: sandbox.databaseFolder.path))
  }

  @Test("the menu without the labeller: exit 2 before it is shown")
  func menuRefused() throws {
    let sandbox = Sandbox()
    sandbox.overrides["PRAATMAAT_CONTENT"] = try Self.contentWithout(Anonymisers.labellerFile, in: sandbox)
      .path
    let result = try sandbox.run([], lines: ["1"])
    #expect(result.status == 2)
    #expect(result.err.contains(Anonymisers.labellerFile))
  }
}
