import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore

@Suite("praatmaat start --transcript: a trial conversation kept as a test")
struct TranscriptRecordingTests {
  /// Three people at the money table, with planted personal data in an open answer.
  static func moneyEvening(_ canary: Canary) -> [String] {
    [
      "Jan", "Tijger", "Blauw", "Ster", "klaar",
      "1", "Ik woon bij \(canary.fullName) op de \(canary.street) \(canary.houseNumber).", "ja",
      "3", "2", "Ik kom net rond, want ik heb epilepsie.", "epilepsie", "ja",
      "4", "1", "/samen 2",
      "ja", "nee", "pas",
      "ja",
      "Bel me op \(canary.phone).", "ja", "pas", "Ik spaar in een potje.", "ja",
      "nee", "pas", "pas",
    ]
  }

  @Test("the played evening passes praatmaat test unchanged, holds no planted data and keeps nothing")
  func recordAndReplay() throws {
    let sandbox = Sandbox()
    let canary = Canary.make()
    let folder = sandbox.root.folder("scripts")
    let script = folder.appendingPathComponent("geld.gesprek")
    try FileManager.default.copyItem(
      at: CLI.packageRoot.appendingPathComponent("Content/scripts/geld.gesprek"), to: script)
    let out = folder.appendingPathComponent("geld.transcript").path
    let played = try sandbox.run(
      ["start", script.path, "--transcript", out, "--seed", "11"], lines: Self.moneyEvening(canary))
    #expect(played.status == 0, "canary seed \(canary.seed), stderr: \(played.err)")
    let written = try String(contentsOfFile: out, encoding: .utf8)
    #expect(written.hasPrefix("=== Opgenomen gesprek 1\nseed: 11\nmodus: echt\n"))
    #expect(written.contains("Zo antwoordde de tafel:"))
    #expect(written.contains("Zo bewaren we het:"), "the review is in the test")
    #expect(written.hasSuffix("[einde]\n"))
    for needle in canary.needles + ["epilepsie", "> Jan"] {
      #expect(!written.lowercased().contains(needle.lowercased()), "canary seed \(canary.seed): \(needle)")
    }
    #expect(written.contains("Ik kom net rond, want ik heb [weggehaald]."), "the supporter’s version")
    #expect(
      !FileManager.default.fileExists(atPath: sandbox.database), "a trial keeps nothing in the database")

    let replayed = try sandbox.run(["test", script.path])
    #expect(replayed.status == 0, "\(replayed.out)\n\(replayed.err)")
    #expect(replayed.out.contains("PASS \(out): Opgenomen gesprek 1"))

    // A second play is added below the first, with its own name.
    let again = try sandbox.run(["start", script.path, "--transcript", out], lines: ["Tijger", "/pauze"])
    #expect(again.status == 0, "stderr: \(again.err)")
    let both = Transcript.parse(try String(contentsOfFile: out, encoding: .utf8), fileName: out).0
    #expect(both.cases.map(\.name) == ["Opgenomen gesprek 1", "Opgenomen gesprek 2"])
    #expect(try sandbox.run(["test", script.path]).status == 0)
  }

  @Test("a transcript path that is a folder or the database is refused and nothing is played")
  func refusedPaths() throws {
    let sandbox = Sandbox()
    let folder = sandbox.root.folder("plek")
    let result = try sandbox.run(["start", "geld", "--transcript", folder.path], lines: ["Tijger"])
    #expect(result.status == 2)
    #expect(result.errLines.count == 1, "\(result.err)")
    #expect(!result.out.contains("Deelnemer 1."))
  }
}

@Suite("Writing a transcript from typed lines")
struct TranscriptRecorderTests {
  @Test("a bot line that would read as transcript syntax is skipped with ...")
  func syntaxLines() {
    let lines = TranscriptRecorder.written([
      .say("> dit lijkt op invoer"), .say("# en dit op een opmerking"), .say("Gewoon een zin."),
      .say("[einde]"),
    ])
    #expect(lines == ["...", "Gewoon een zin.", "..."])
  }

  @Test("inputs after the end are left out; a paused play ends with [pauze]")
  func endings() throws {
    let script = try PackageContent.library.loadScript("wonen")
    let recorder = TranscriptRecorder(texts: dutch, words: PackageContent.words)
    let paused = recorder.record(name: "kort", script: script, seed: 0, inputs: ["1", "pauze", "nog iets"])
    #expect(paused.hasSuffix("[pauze]\n"))
    #expect(!paused.contains("> nog iets"))
    let (transcript, problems) = Transcript.parse(paused, fileName: "t")
    #expect(problems.isEmpty)
    #expect(
      TranscriptRunner(texts: dutch, words: PackageContent.words).run(
        transcript, script: script, fileName: "t"
      ).failures
        .isEmpty)
  }
}
