import Foundation
import GRDB
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("praatmaat start, resume, forget and import as processes")
struct PraatmaatCommandTests {
  @Test("start wonen with every answer piped runs to the end")
  func startToEnd() throws {
    let sandbox = Sandbox()
    let result = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    #expect(!result.timedOut)
    #expect(result.reason == .exit)
    #expect(result.status == 0, "stderr: \(result.err)")
    #expect(result.errLines == [])
    #expect(result.out.contains(dutch[.savedAll]))
    #expect(echoCount(result.out) == wonenQuestionIDs.count)

    let code = try #require(sessionCode(in: result.out))
    let store = try sandbox.openStore()
    #expect(try store.answers(code).map(\.questionID) == wonenQuestionIDs)
    #expect(try store.session(code)?.status == .finished)
    #expect(try permissions(sandbox.database) == 0o600)
    #expect(try permissions(sandbox.databaseFolder.path) == 0o700)
  }

  @Test("The end of input pauses with exit 0 and the resume command; resume finishes")
  func pauseThenResume() throws {
    let sandbox = Sandbox()
    let answers = wonenAnswers()
    let first = try sandbox.run(["start", "wonen"], lines: ["ja"] + answers.prefix(5))
    #expect(first.status == 0, "stderr: \(first.err)")
    let code = try #require(sessionCode(in: first.out))
    #expect(first.out.contains("praatmaat resume \(code)"))
    #expect(first.out.contains(dutch[.paused]))
    do {
      let store = try sandbox.openStore()
      #expect(try store.answers(code).map(\.questionID) == Array(wonenQuestionIDs.prefix(5)))
      #expect(try store.session(code)?.status == .paused)
    }

    let second = try sandbox.run(["resume", code.description], lines: Array(answers.dropFirst(5)))
    #expect(second.status == 0, "stderr: \(second.err)")
    #expect(second.out.contains(dutch[.resumedAt]))
    // The question it stopped at (helpers) is shown again, right after the reminder.
    let lines = second.out.split(separator: "\n").map(String.init)
    let at = try #require(lines.firstIndex(of: dutch[.resumedAt]))
    #expect(lines[at + 1] == "Wie helpt jou thuis?")
    #expect(second.out.contains(dutch[.savedAll]))
    let store = try sandbox.openStore()
    #expect(try store.answers(code).map(\.questionID) == wonenQuestionIDs)
    #expect(try store.session(code)?.status == .finished)

    // A finished conversation cannot be resumed: exit 2, one line.
    let third = try sandbox.run(["resume", code.description.lowercased()])
    #expect(third.status == 2)
    #expect(third.errLines.count == 1)
    #expect(third.err.contains("al klaar"))
  }

  @Test("forget first says what goes and waits for ja; nee, nothing or the end of input removes nothing")
  func forgetAsksFirst() throws {
    let sandbox = Sandbox()
    let started = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers().prefix(3))
    let code = try #require(sessionCode(in: started.out))
    for typed in [["nee"], []] {
      let refused = try sandbox.run(["forget", code.description], lines: typed)
      #expect(refused.status == 1, "stderr: \(refused.err)")
      #expect(refused.out.contains("Dit wist gesprek \(code) (wonen, "))
      #expect(refused.out.contains("3 antwoord(en)"))
      #expect(refused.errLines.count == 1)
      #expect(refused.err.contains("--ja"))
      #expect(try sandbox.openStore().counts() == (1, 3))
    }
    let confirmed = try sandbox.run(["forget", code.description], lines: ["ja"])
    #expect(confirmed.status == 0, "stderr: \(confirmed.err)")
    #expect(try sandbox.openStore().counts() == (0, 0))
  }

  @Test("at a table the consent says the code is the table's, and forget says it wipes everyone")
  func tableCodeIsTheTables() throws {
    let sandbox = Sandbox()
    let started = try sandbox.run(
      ["start", "stamtafel", "--seed", "1"], lines: ["ja", "Tijger", "Blauw", "klaar", "1", "2"])
    #expect(started.out.contains(dutch.list(.consentTableCode)[0]))
    #expect(!started.out.contains("Met die code kun je alles laten wissen."))
    let code = try #require(sessionCode(in: started.out))
    let asked = try sandbox.run(["forget", code.description], lines: ["nee"])
    #expect(asked.out.contains("van een tafel"))
  }

  @Test("forget removes a session from the database file")
  func forgetCommand() throws {
    let sandbox = Sandbox()
    let started = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers().prefix(3))
    let code = try #require(sessionCode(in: started.out))
    let forgot = try sandbox.run(["forget", code.description, "--ja"])
    #expect(forgot.status == 0, "stderr: \(forgot.err)")
    #expect(forgot.out.contains("3 antwoord(en)"))
    #expect(try sandbox.openStore().counts() == (0, 0))

    // Only the code is left: forgetting again says so, and a code never seen is an error.
    let again = try sandbox.run(["forget", code.description])
    #expect(again.status == 0, "stderr: \(again.err)")
    #expect(again.out == "Gesprek \(code) was al gewist.\n")
    let unknown = try sandbox.run(["forget", "ACD-EFG"])
    #expect(unknown.status == 2)
    #expect(unknown.errLines.count == 1)
  }

  @Test("forget while another program reads the database: exit 1, the removal and the bytes left, honestly")
  func forgetWhileRead() throws {
    let sandbox = Sandbox()
    let started = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers().prefix(3))
    let code = try #require(sessionCode(in: started.out))
    let reader = try sandbox.openStore()
    var forgot: CLIResult?
    try reader.writer.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN")
      _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM answer")
      forgot = try sandbox.run(["forget", code.description, "--ja"])
      try db.execute(sql: "ROLLBACK")
    }
    let result = try #require(forgot)
    #expect(result.status == 1, "stderr: \(result.err)")
    #expect(result.out == "Gesprek \(code) gewist: 3 antwoord(en) verwijderd.\n")
    #expect(result.errLines.count == 1)
    #expect(result.err.contains("praatmaat forget \(code)"))
    let retry = try sandbox.run(["forget", code.description, "--ja"])
    #expect(retry.status == 0, "stderr: \(retry.err)")
    #expect(retry.out.contains("was al gewist"))
  }

  @Test("export and import between two databases; the second import adds nothing")
  func exportImport() throws {
    let laptop = Sandbox()
    _ = try laptop.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    let bundle = laptop.root.folder("export").appendingPathComponent("bundel.jsonl")
    let exported = try laptop.run(["export", "--out", bundle.path])
    #expect(exported.status == 0, "stderr: \(exported.err)")
    #expect(try permissions(bundle.path) == 0o600)

    let office = Sandbox()
    let first = try office.run(["import", bundle.path])
    #expect(first.status == 0, "stderr: \(first.err)")
    #expect(first.out == "1 gesprek(ken) toegevoegd, 0 bijgewerkt, 0 waren er al.\n")
    let second = try office.run(["import", bundle.path])
    #expect(second.out == "0 gesprek(ken) toegevoegd, 0 bijgewerkt, 1 waren er al.\n")
    #expect(try office.openStore().counts() == (1, wonenQuestionIDs.count))
  }

  @Test("A paused session finished later on the laptop is updated by the next import; a withdrawal travels")
  func importUpdatesAndWithdraws() throws {
    let laptop = Sandbox()
    let office = Sandbox()
    let bundle = laptop.root.folder("export").appendingPathComponent("bundel.jsonl")
    let started = try laptop.run(["start", "wonen"], lines: ["ja"] + wonenAnswers().prefix(5))
    let code = try #require(sessionCode(in: started.out))
    _ = try laptop.run(["export", "--out", bundle.path])
    #expect(try office.run(["import", bundle.path]).out.hasPrefix("1 gesprek(ken) toegevoegd"))

    _ = try laptop.run(["resume", code.description], lines: Array(wonenAnswers().dropFirst(5)))
    _ = try laptop.run(["export", "--out", bundle.path])
    let updated = try office.run(["import", bundle.path])
    #expect(updated.out == "0 gesprek(ken) toegevoegd, 1 bijgewerkt, 0 waren er al.\n", "\(updated.err)")
    #expect(try office.openStore().session(code)?.status == .finished)

    let old = laptop.root.folder("oud").appendingPathComponent("bundel.jsonl")
    try FileManager.default.copyItem(at: bundle, to: old)
    _ = try laptop.run(["forget", code.description, "--ja"])
    _ = try laptop.run(["export", "--out", bundle.path])
    let withdrawn = try office.run(["import", bundle.path])
    #expect(withdrawn.out.contains("1 hier gewist, omdat ze elders gewist zijn."), "\(withdrawn.err)")
    #expect(try office.openStore().counts() == (0, 0))
    let again = try office.run(["import", old.path])
    #expect(
      again.out
        == "0 gesprek(ken) toegevoegd, 0 bijgewerkt, 0 waren er al. 1 overgeslagen, omdat ze gewist zijn.\n")
    #expect(try office.openStore().counts() == (0, 0))
  }

  @Test("test with a transcript path tests the script beside it")
  func testTranscriptPath() throws {
    let sandbox = Sandbox()
    let transcript = CLI.packageRoot.appendingPathComponent("Content/scripts/wonen.transcript").path
    let result = try sandbox.run(["test", transcript, "--walks", "5"], timeout: 60)
    #expect(result.status == 0, "\(result.out) \(result.err)")
    #expect(result.out.contains("wonen.transcript"))
    #expect(result.out.contains("0 failed"))
    let lonely = sandbox.root.folder("los").appendingPathComponent("los.transcript")
    try Data("=== iets\n".utf8).write(to: lonely)
    let missing = try sandbox.run(["test", lonely.path])
    #expect(missing.status == 2)
    #expect(missing.err.contains("los.gesprek ernaast bestaat niet"))
  }

  @Test(
    "A municipality that is more than a place name is refused before anything is kept",
    arguments: [
      "Utrecht, contact Jan de Vries 0612345678", "Utrecht jan@vries.nl",
      "Zwolle bel nul zes een twee drie vier",
      "de gemeente van mijn tante in het oosten",
    ])
  func municipalityRefused(typed: String) throws {
    let sandbox = Sandbox()
    let result = try sandbox.run(["start", "wonen", "--municipality", typed], lines: ["ja"] + wonenAnswers())
    #expect(result.status == 2, "stderr: \(result.err)")
    #expect(result.errLines.count == 1)
    #expect(result.err.contains("--municipality"))
    #expect(!FileManager.default.fileExists(atPath: sandbox.database))
  }

  @Test("The municipality in praatmaat.conf is refused the same way; a plain name is kept")
  func municipalityFromSettings() throws {
    let sandbox = Sandbox()
    let config = sandbox.home.appendingPathComponent(".config/praatmaat")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    let file = config.appendingPathComponent("praatmaat.conf")
    try Data("gemeente = Utrecht, bel 030 1234567\n".utf8).write(to: file)
    let refused = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    #expect(refused.status == 2)
    #expect(refused.errLines.count == 1)
    #expect(refused.err.contains("praatmaat.conf"))

    try Data("gemeente = Bergen op Zoom\n".utf8).write(to: file)
    let kept = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    #expect(kept.status == 0, "stderr: \(kept.err)")
    let code = try #require(sessionCode(in: kept.out))
    #expect(try sandbox.openStore().session(code)?.municipality == "Bergen op Zoom")
  }
}

@Suite("praatmaat with bad input: no crash, no escapes, exit 2 with one line")
struct PraatmaatBadInputTests {
  static let esc = UInt8(0x1B)

  @Test("start survives a 1 MB line, invalid UTF-8, NUL bytes and ANSI escapes")
  func hostileAnswers() throws {
    let sandbox = Sandbox()
    var input = Data("ja\n2\ngoed\n".utf8)
    // The open question: a line over the 1 MB cut, then one answer full of tricks.
    input += Data(repeating: UInt8(ascii: "x"), count: (1 << 20) + 100) + Data("\n".utf8)
    input +=
      Data("\u{1B}]0;pwned\u{07}hallo \u{1B}[2Jwereld".utf8) + Data([0xFF, 0xFE, 0xC3, 0x28, 0x00])
      + Data("!\n".utf8)
    // The next question (a scale) gets nothing it can understand.
    input += Data([0xFF, 0xC0, 0x80, 0x0A])
    input += Data("a\0b\0\n".utf8)
    input += Data("\u{1B}]0;pwned\u{07}\n".utf8)
    input += Data("\u{1B}[2J\n".utf8)

    let result = try sandbox.run(["start", "wonen"], input: input, timeout: 30)
    #expect(!result.timedOut)
    #expect(result.reason == .exit)
    #expect(result.status == 0, "stderr: \(result.err)")
    #expect(!result.stdout.contains(Self.esc), "stdout has an escape byte")
    #expect(!result.stderr.contains(Self.esc))
    #expect(!result.out.contains("pwned"))
    #expect(!result.err.contains("Fatal error"))
    #expect(result.out.contains(dutch[.tooLong]))
    #expect(result.out.contains(dutch[.notUnderstood]))
    let code = try #require(sessionCode(in: result.out))
    #expect(result.out.contains("praatmaat resume \(code)"))

    let store = try sandbox.openStore()
    let answers = try store.answers(code)
    #expect(answers.map(\.questionID) == ["woonplek", "thuis_fijn", "thuis_waarom"])
    let kept = try #require(answers.last?.value)
    #expect(kept.contains("hallo"))
    #expect(kept.contains("wereld"))
    #expect(!kept.contains("pwned"))
    #expect(!kept.unicodeScalars.contains { $0.properties.generalCategory == .control })
    #expect(try store.session(code)?.state?.currentQuestion == "veilig")
  }

  @Test(
    "A database locked by another program: start stops with one line and exit 1 (a store fault), like forget")
  func lockedDatabase() throws {
    // File modes do not stop root, a lock does: hold an exclusive transaction while praatmaat
    // tries to create the session (busy timeout 2 s).
    let sandbox = Sandbox()
    _ = try sandbox.run(["start", "wonen"], lines: ["ja", "2"])
    let holder = try sandbox.openStore()
    var started: CLIResult?
    var forgot: CLIResult?
    try holder.writer.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN EXCLUSIVE")
      started = try sandbox.run(["start", "wonen"], lines: ["ja", "2"])
      forgot = try sandbox.run(["forget", "KMT-4HX", "--ja"])
      try db.execute(sql: "ROLLBACK")
    }
    let start = try #require(started)
    let forget = try #require(forgot)
    #expect(forget.status == 1, "a store fault: stderr: \(forget.err)")
    #expect(start.reason == .exit)
    #expect(start.errLines.count == 1, "stderr: \(start.err)")
    #expect(start.err.contains("in gebruik"))
    #expect(start.status == 1, "a store error on start should exit like the same error elsewhere")
  }

  @Test("import with a broken session line: that line is named, the rest comes in, exit 1")
  func malformedBundle() throws {
    let sandbox = Sandbox()
    let file = sandbox.root.folder("in").appendingPathComponent("kapot.jsonl")
    let lines = [
      #"{"format":"praatmaat-bundel","sessions":2,"version":1}"#,
      #"{"answers":[],"code":"ACDEFG","method":"gesprek","month":"2026-03","scriptID":"wonen","scriptVersion":1,"status":"finished"}"#,
      #"{"answers":[],"code":"ACDEFH","method":"gesprek","month":"#,
    ]
    try Data(lines.joined(separator: "\n").utf8).write(to: file)
    let result = try sandbox.run(["import", file.path])
    #expect(result.status == 1)
    #expect(result.errLines.count == 2, "stderr: \(result.err)")
    #expect(result.errLines.first?.contains("regel 3") == true)
    #expect(!result.err.contains("?."))
    #expect(result.out.contains("1 gesprek(ken) toegevoegd"))
    #expect(try sandbox.openStore().counts() == (1, 0))
    // A bundle whose first line is no header is refused whole, and nothing is made.
    let other = Sandbox()
    try Data(lines.dropFirst().joined(separator: "\n").utf8).write(to: file)
    let refused = try other.run(["import", file.path])
    #expect(refused.status == 2)
    #expect(refused.errLines.count == 1)
    #expect(!FileManager.default.fileExists(atPath: other.database))
  }

  @Test(
    "Bad usage ends with exit 2 and one line on stderr, never a crash",
    arguments: [
      ["resume", "ZZZ"],
      ["resume", "KMT-4HX"],
      ["resume", "\u{1B}[2J\u{1B}]0;pwned\u{07}"],
      ["start", "doesnotexist"],
      ["start", "\u{1B}]0;pwned\u{07}"],
      ["start", "/nergens/niet.gesprek"],
      ["forget", "ZZZ"],
      ["import", "/nergens/bundel.jsonl"],
    ])
  func badUsage(arguments: [String]) throws {
    let sandbox = Sandbox()
    let result = try sandbox.run(arguments)
    #expect(result.reason == .exit)
    #expect(result.status == 2, "stdout: \(result.out) stderr: \(result.err)")
    #expect(result.errLines.count == 1, "stderr: \(result.err)")
    #expect(!result.err.contains("Fatal error"))
    #expect(!result.err.lowercased().contains("stack"))
    #expect(!result.stderr.contains(PraatmaatBadInputTests.esc))
    #expect(!result.err.contains("pwned"))
  }
}
