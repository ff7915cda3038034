import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("Privacy canary: planted personal data never reaches a file")
struct PrivacyCanaryTests {
  /// The planted data: made up for this run, on no list and in no development set.
  /// `PRAATMAAT_CANARY_SEED` makes the canary of an earlier run again.
  static let canary: Canary = {
    let seed = ProcessInfo.processInfo.environment["PRAATMAAT_CANARY_SEED"].flatMap { UInt64($0) }
    let made = seed.map { Canary.make(seed: $0) } ?? Canary.make()
    print("privacy canary: planted data made from seed \(made.seed)")
    return made
  }()

  /// What is searched for, without regard to case.
  static var canaries: [String] { canary.needles }

  /// Every open answer of wonen carries all of it, each time put differently.
  static var openAnswers: [String] { openAnswers(canary) }

  static func openAnswers(_ c: Canary) -> [String] {
    [
      "ik heet \(c.fullName), mijn nummer is \(c.phone), mail \(c.email), ik woon op de \(c.street) \(c.houseNumber)",
      "Bel \(c.phone). Ik heet \(c.fullName) en ik woon in de \(c.street) \(c.houseNumber). Mijn mail is \(c.email)",
      "\(c.email) is mijn mail, ik heet \(c.fullName), \(c.street) \(c.houseNumber), \(c.phone)",
      "IK HEET \(c.fullName) / tel: \(c.phone) / \(c.email) / \(c.street) \(c.houseNumber)",
    ]
  }

  /// The places a run could leave something behind.
  func places(_ sandbox: Sandbox) -> [URL] {
    [sandbox.databaseFolder, sandbox.data, sandbox.home, sandbox.tmp, sandbox.xdg]
  }

  // MARK: Every script

  /// The data the anonymiser must catch in context, planted in every free-text field.
  static var everywhere: [String] { canaries + ["3521 AB", "3521AB"] }

  /// Open answers for any question: a name after a cue, a phone number, an e-mail address,
  /// a street with its number and a postcode, each time put differently.
  static var freeText: [String] {
    let c = canary
    return openAnswers.map { $0 + ", postcode 3521 AB" } + [
      "Mijn adres is \(c.street) \(c.houseNumber), 3521 AB Utrecht. Ik heet \(c.fullName).",
      "Ik ben \(c.fullName) en je kunt me bellen op \(c.phone).",
      "mijn mail is \(c.email) en ik woon op \(c.street) \(c.houseNumber) in 3521 AB",
    ]
  }

  /// Nicknames that are really personal data: the table must refuse them.
  static var nicknames: [String] {
    [canary.fullName, canary.phone, "\(canary.street) \(canary.houseNumber)"]
  }

  /// The lines for a whole conversation of `script`, found by walking the engine with the
  /// app's own anonymiser: personal data in every free-text field (open questions, the
  /// panel's "waarom", the open round, persona steps) and as nicknames; closed questions get
  /// their first option. With the same seed the executable takes the same path.
  static func canaryLines(_ script: Script, seed: UInt64) -> [String] {
    let anonymiser = PackageContent.anonymiser
    var conversation = Conversation(
      script: script, texts: dutch, seed: seed, nicknameCheck: { !anonymiser.looksLikeName($0) },
      anonymise: anonymiser.anonymise)
    var turn = conversation.start()
    var lines: [String] = []
    var texts = 0
    var refused = 0
    for _ in 0..<2_000 {
      guard case .answer = turn.next, let question = conversation.awaiting else { break }
      let shown = PlainRenderer.lines(turn.messages)
      let line: String
      if shown.contains(dutch[.confirmSoft]) {
        line = "ja"
      } else if question.id == Conversation.builtInPrefix + "bijnaam" {
        let seated = conversation.state.table?.participants.count ?? 0
        if refused < nicknames.count {
          line = nicknames[refused]
          refused += 1
        } else {
          // As many as the script is for (`groep: 3-6`), at least two.
          let needed = max(2, script.header.groupSize?.lowerBound ?? 2)
          line = seated >= needed ? "klaar" : ["Tijger", "Blauw", "Ster", "Maan"][seated]
        }
      } else {
        switch question.kind {
        case .open:
          line = freeText[texts % freeText.count]
          texts += 1
        case .number: line = "34"
        default:
          line = question.id.hasPrefix(Conversation.builtInPrefix) && question.kind == .yesNo ? "ja" : "1"
        }
      }
      lines.append(line)
      turn = conversation.respond(to: line)
    }
    #expect(turn.next == .finished, "\(script.id): the walk reaches the end")
    #expect(texts >= 2, "\(script.id): personal data was planted in \(texts) free-text answers")
    return lines
  }

  @Test(
    "A whole conversation of every script, paused and finished, its export and every report hold none of it",
    arguments: contentScripts.map(\.id))
  func everyScript(id: String) throws {
    let library = try ContentLibrary.locate(
      environment: ["PRAATMAAT_CONTENT": CLI.packageRoot.appendingPathComponent("Content").path])
    let script = try library.loadScript(id)
    let lines = Self.canaryLines(script, seed: 7)

    // Paused half-way: the saved state (nicknames, persona steps) is on disk now.
    let paused = Sandbox()
    let half = try paused.run(["start", id, "--seed", "7"], lines: ["ja"] + lines.prefix(lines.count / 2))
    #expect(half.status == 0, "\(id): \(half.err)")
    #expect(half.out.contains("praatmaat resume"), "\(id): paused")
    #expect(planted(Self.everywhere, in: places(paused)) == [], "\(id), paused")

    let sandbox = Sandbox()
    let result = try sandbox.run(["start", id, "--seed", "7"], lines: ["ja"] + lines)
    #expect(result.status == 0, "\(id): \(result.err)")
    #expect(result.out.contains(dutch[.savedAll]), "\(id): the conversation ends")
    for nickname in Self.nicknames where script.header.method.isGroup {
      #expect(!result.out.contains(dutch.hello(nickname)), "\(id): nickname \(nickname) taken")
    }
    // The search itself works: free text was kept, anonymised.
    let code = try #require(sessionCode(in: result.out))
    let kept = try sandbox.openStore().answers(code).filter {
      $0.valueKind == "text" || $0.valueKind == "kept"
    }
    #expect(!kept.isEmpty, "\(id): free text was kept")

    let out = sandbox.root.folder("uit")
    let bundle = out.appendingPathComponent("bundel.jsonl")
    #expect(try sandbox.run(["export", "--out", bundle.path]).status == 0)
    var written = [bundle]
    // Nine copies of the conversation: ten people, so that the reports show what it said.
    try sandbox.copySessions()
    for (audience, format) in [
      ("beleid", "markdown"), ("beleid", "html"), ("beleid", "csv"), ("beleid", "json"),
      ("deelnemers", "markdown"), ("deelnemers", "html"),
    ] {
      let file = out.appendingPathComponent("verslag-\(audience).\(format)")
      let report = try sandbox.run([
        "report", "--audience", audience, "--format", format, "--out", file.path,
      ])
      #expect(report.status == 0, "\(id) \(audience) \(format): \(report.err)")
      #expect(hits(Self.everywhere, in: report.stdout + report.stderr) == [])
      written.append(file)
    }
    // The search itself works: the anonymised quotes are in the report, and a paused group's
    // saved state (with its nicknames) is on disk.
    let markdown = try String(contentsOf: written[1], encoding: .utf8)
    #expect(markdown.contains("[naam") || markdown.contains("[telefoon]"), "\(id): quotes in the report")
    if script.header.method.isGroup {
      #expect(
        !planted(["Tijger"], in: [paused.databaseFolder]).isEmpty, "\(id): the paused state is searched")
    }
    #expect(planted(Self.everywhere, in: places(sandbox) + written) == [], "\(id)")
    print("privacy canary: \(id), \(lines.count) lines typed, \(kept.count) free-text answers kept, 0 leaks")
  }

  @Test("A made-up full name is refused as a nickname, also when its words split into Dutch words")
  func madeUpNamesRefused() {
    let anonymiser = PackageContent.anonymiser
    // The canary's own generator, over many seeds: names no list has.
    let taken = (1...300).map { Canary.make(seed: UInt64($0)).fullName }.filter {
      !anonymiser.looksLikeName($0)
    }
    #expect(taken.isEmpty, "\(taken)")
  }

  @Test("A full wonen conversation and its export hold none of the planted data")
  func fullConversation() throws {
    let sandbox = Sandbox()
    let result = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers(open: Self.openAnswers))
    #expect(result.status == 0, "stderr: \(result.err)")
    #expect(result.out.contains(dutch[.savedAll]))
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
    #expect(!result.out.lowercased().contains(Self.canary.firstName.lowercased()), "the answer is not echoed")
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
