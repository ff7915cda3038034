import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("Privacy canary: planted personal data never reaches a file")
struct PrivacyCanaryTests {
  /// The planted data, searched for without regard to case.
  static let canaries = [
    "Xandrijn", "Vlotterbeek", "0612398745", "canary.7731", "canary.7731@example.org", "example.org",
    "Zwaluwstraat",
  ]

  /// Every open answer of wonen carries all of it, each time put differently.
  static let openAnswers = [
    "ik heet Xandrijn Vlotterbeek, mijn nummer is 0612398745, mail canary.7731@example.org, ik woon op de Zwaluwstraat 88",
    "Bel 0612398745. Ik heet Xandrijn Vlotterbeek en ik woon in de Zwaluwstraat 88. Mijn mail is canary.7731@example.org",
    "canary.7731@example.org is mijn mail, ik heet Xandrijn Vlotterbeek, Zwaluwstraat 88, 0612398745",
    "IK HEET Xandrijn Vlotterbeek / tel: 0612398745 / canary.7731@example.org / Zwaluwstraat 88",
  ]

  /// The places a run could leave something behind.
  func places(_ sandbox: Sandbox) -> [URL] {
    [sandbox.databaseFolder, sandbox.data, sandbox.home, sandbox.tmp, sandbox.xdg]
  }

  @Test("A full wonen conversation and its export hold none of the planted data")
  func fullConversation() throws {
    let sandbox = Sandbox()
    let result = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers(open: Self.openAnswers))
    #expect(result.status == 0, "stderr: \(result.err)")
    #expect(result.out.contains(Phrases.savedAll))
    let code = try #require(sessionCode(in: result.out))

    let bundle = sandbox.root.folder("export").appendingPathComponent("bundel.jsonl")
    let exported = try sandbox.run(["export", "--out", bundle.path])
    #expect(exported.status == 0, "stderr: \(exported.err)")
    let text = try String(contentsOf: bundle, encoding: .utf8)
    #expect(text.contains("[naam 1]"), "the bundle holds the open answers, anonymised")

    // The search itself works: the answers really were in the database.
    let kept = try sandbox.openStore().answers(code).filter { $0.valueKind == "text" }
    #expect(kept.count == 4)

    #expect(planted(Self.canaries, in: places(sandbox) + [bundle]) == [])
    let history = files(under: sandbox.home).filter { $0.lastPathComponent.lowercased().contains("history") }
    #expect(history == [])
    #expect(!result.out.lowercased().contains("xandrijn"), "the answer is not echoed")
  }

  @Test("A conversation killed mid-way leaves none of the planted data in the database, WAL or SHM")
  func killedMidway() throws {
    let sandbox = Sandbox()
    let live = try LiveProcess(sandbox, ["start", "wonen"])
    let answers = wonenAnswers(open: Self.openAnswers)
    live.type("ja")
    // Up to and including the second open answer (hulp_waarom), each time waiting for the echo.
    for (i, answer) in answers.prefix(10).enumerated() {
      live.type(answer)
      try #require(live.stdout.wait(timeout: 10) { echoCount($0) >= i + 1 }, "answer \(i)")
    }
    // Look while it is still running, with the WAL in use, and after a hard kill.
    #expect(planted(Self.canaries, in: places(sandbox)) == [])
    live.kill()
    #expect(planted(Self.canaries, in: places(sandbox)) == [])
    let code = try #require(sessionCode(in: live.stdout.text))
    #expect(try sandbox.openStore().answers(code).filter { $0.valueKind == "text" }.count == 2)
  }
}
