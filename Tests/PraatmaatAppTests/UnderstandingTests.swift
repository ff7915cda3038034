import Foundation
import PraatmaatApp
import PraatmaatCore
import TestSupport
import Testing

/// How the conversation reads what people type, on the package's own word lists: the
/// examples from practice as a script with its transcript (Understanding/begrip.*).
@Suite("Understanding answers")
struct UnderstandingTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Understanding")

  @Test("every example from practice reads as a careful interviewer would note it")
  func examplesFromPractice() throws {
    let scriptSource = try String(
      contentsOf: Self.folder.appendingPathComponent("begrip.gesprek"), encoding: .utf8)
    let (script, scriptProblems) = ScriptChecker().check(source: scriptSource, fileName: "begrip.gesprek")
    #expect(scriptProblems.filter { $0.severity == .error }.isEmpty, "\(scriptProblems)")
    let source = try String(
      contentsOf: Self.folder.appendingPathComponent("begrip.transcript"), encoding: .utf8)
    let (transcript, problems) = Transcript.parse(source, fileName: "begrip.transcript")
    #expect(problems.isEmpty, "\(problems)")
    #expect(transcript.cases.count >= 40)
    let outcome = TranscriptRunner(texts: dutch, words: PackageContent.words).run(
      transcript, script: script, fileName: "begrip.transcript")
    #expect(outcome.failures.isEmpty, "\(outcome.failures.map(\.description).joined(separator: "\n"))")
  }

  @Test("without the word lists the same examples are not understood: the lists do the work")
  func listsMatter() throws {
    let scriptSource = try String(
      contentsOf: Self.folder.appendingPathComponent("begrip.gesprek"), encoding: .utf8)
    let (script, _) = ScriptChecker().check(source: scriptSource, fileName: "begrip.gesprek")
    let source = try String(
      contentsOf: Self.folder.appendingPathComponent("begrip.transcript"), encoding: .utf8)
    let (transcript, _) = Transcript.parse(source, fileName: "begrip.transcript")
    let outcome = TranscriptRunner(texts: dutch).run(
      transcript, script: script, fileName: "begrip.transcript")
    #expect(outcome.failures.count >= 10)
  }

  @Test("at consent, 'weet ik niet' asks again instead of ending the conversation")
  func consentDoubt() {
    for doubt in ["weet ik niet", "ik weet niet", "mwah", "geen idee"] {
      #expect(Consent.read(doubt, texts: dutch, words: PackageContent.words) == .notUnderstood, "\(doubt)")
    }
    #expect(Consent.read("ja hoor", texts: dutch, words: PackageContent.words) == .agreed)
    #expect(Consent.read("nee liever niet", texts: dutch, words: PackageContent.words) == .declined)
  }

  @Test("the word lists read without a problem, and a broken line names its file and line")
  func lists() throws {
    var files: [String: String] = [:]
    for name in AnswerWords.fileNames {
      files[name] = try String(
        contentsOf: PackageContent.root.appendingPathComponent("Content/begrip/\(name)"), encoding: .utf8)
    }
    #expect(AnswerWords.parse(files).problems.isEmpty)
    files["schaal.txt"]! += "\n7: super duper\n"
    let problems = AnswerWords.parse(files).problems
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("schaal.txt:") == true)
  }

  @Test("a missing word list stops with the file named")
  func missingList() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("begrip-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("begrip"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: AppError.self) { try ContentLibrary(root: folder).answerWords() }
  }
}
