import Foundation
import GRDB
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

/// Hostile input typed at the prompt of every script, from the corpus in `Hostile/`, from a
/// seeded mixer, as 1 MB lines and as thousands of answers in a row; then every report.
/// Nothing may crash, nothing acknowledged may be lost, and nothing may be injected: no
/// escape or control byte reaches the screen, the database or a report.
@Suite("Hostile input at the prompt: no crash, nothing lost, nothing injected")
struct HostileInputTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Hostile")

  /// Every line of every corpus file, as bytes: a line may be invalid UTF-8. A missing or
  /// emptied corpus is an error, never a test that passes on nothing.
  static func loadCorpus() throws -> [Data] {
    let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension != "md" }.sorted { $0.path < $1.path }
    try #require(files.count >= 5, "the hostile corpus in \(folder.path) has \(files.count) files")
    let lines = try files.flatMap { file in
      try Data(contentsOf: file).split(separator: 0x0A).map { Data($0) }
    }
    try #require(lines.count >= 60, "the hostile corpus has only \(lines.count) lines")
    return lines
  }

  /// The corpus, read once per test; every test that uses it fails when it is missing.
  let corpus: [Data]

  init() throws { corpus = try Self.loadCorpus() }

  /// How many mixed lines the mixer makes: 100, or `PRAATMAAT_HOSTILE_LINES` (scripts/stress).
  static let mixedCount =
    ProcessInfo.processInfo.environment["PRAATMAAT_HOSTILE_LINES"].flatMap { Int($0) } ?? 100

  /// Seeded mixes of the corpus: pieces of lines glued together, cut mid-sequence, with
  /// escape sequences and stray bytes put in between.
  static func mixed(_ count: Int, seed: UInt64, from corpus: [Data]) -> [Data] {
    var random = SeededGenerator(seed: seed)
    let extras: [Data] = [
      Data([0x1B]), Data("\u{1B}[".utf8), Data("\u{1B}]0;pwned".utf8), Data([0x07]), Data([0x00]),
      Data([0xFF]), Data([0xC2, 0x9B]), Data("\u{202E}".utf8), Data("\r".utf8), Data("\u{1B}\\".utf8),
    ]
    return (0..<count).map { _ in
      var line = Data()
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let piece = corpus.randomElement(using: &random) ?? Data()
        let cut = piece.isEmpty ? 0 : Int.random(in: 0...piece.count, using: &random)
        line += Bool.random(using: &random) ? piece.prefix(cut) : piece.dropFirst(cut)
        if Bool.random(using: &random) { line += extras.randomElement(using: &random)! }
      }
      return line
    }
  }

  /// Set while mixed lines are typed: a mix can cut `pwned` out of its escape sequence,
  /// which makes it plain, harmless text.
  @TaskLocal static var mixing = false

  /// What must never be in text meant for a screen or a report, by name.
  static func injected(_ data: Data) -> [String] {
    var found: [String] = []
    let bytes: [(String, [UInt8])] = [
      ("ESC", [0x1B]), ("BEL", [0x07]), ("NUL", [0x00]), ("BS", [0x08]), ("DEL", [0x7F]),
      ("C1 CSI", [0xC2, 0x9B]), ("C1 OSC", [0xC2, 0x9D]), ("RLO", [0xE2, 0x80, 0xAE]),
      ("LRO", [0xE2, 0x80, 0xAD]), ("RLI", [0xE2, 0x81, 0xA7]), ("pwned", Array("pwned".utf8)),
    ]
    for (name, needle) in bytes where data.range(of: Data(needle)) != nil && !(mixing && name == "pwned") {
      found.append(name)
    }
    // A lone CR moves the cursor back over a line; CR LF (CSV) is fine.
    let crs = data.indices.filter { data[$0] == 0x0D }
    if crs.contains(where: { $0 + 1 >= data.endIndex || data[$0 + 1] != 0x0A }) { found.append("lone CR") }
    return found
  }

  static func lines(_ lines: [String]) -> Data { Data(lines.map { $0 + "\n" }.joined().utf8) }

  /// Every answer value and saved state in the database is clean text.
  func storeIsClean(_ sandbox: Sandbox, _ label: String) throws {
    let store = try sandbox.openStore()
    #expect(try store.integrityOK(), "\(label)")
    let (values, states) = try store.writer.read { db in
      (
        try String.fetchAll(db, sql: "SELECT value FROM answer WHERE value IS NOT NULL"),
        try Data.fetchAll(db, sql: "SELECT state FROM session WHERE state IS NOT NULL")
      )
    }
    for value in values {
      #expect(TextSafety.clean(value) == value, "\(label): kept \(value.debugDescription)")
      #expect(Self.injected(Data(value.utf8)) == [], "\(label): kept \(value.debugDescription)")
    }
    for state in states {
      let text = String(decoding: state, as: UTF8.self).lowercased()
      #expect(
        !text.contains("\\u001b") && (Self.mixing || !text.contains("pwned")),
        "\(label): state \(text.prefix(300))")
    }
  }

  /// Every report of the sandbox's database, in every format, holds nothing injected.
  func reportsAreClean(_ sandbox: Sandbox, _ label: String) throws {
    let outputs = sandbox.root.folder("verslagen")
    // Copies of the conversations make a round, so that the reports show what they said.
    try sandbox.copySessions()
    let formats = [
      ("beleid", "markdown"), ("beleid", "html"), ("beleid", "csv"), ("beleid", "json"),
      ("deelnemers", "markdown"), ("deelnemers", "html"),
    ]
    for (audience, format) in formats {
      let out = outputs.appendingPathComponent("\(audience).\(format)")
      let result = try sandbox.run([
        "report", "--audience", audience, "--format", format, "--out", out.path,
      ])
      #expect(result.status == 0, "\(label) \(audience) \(format): \(result.err)")
      #expect(Self.injected(result.stderr) == [], "\(label) \(audience) \(format) stderr")
      let report = try #require(
        FileManager.default.contents(atPath: out.path), "\(label): no \(audience) \(format) report written")
      #expect(Self.injected(report) == [], "\(label): report \(audience) \(format)")
      // HTML must hold no tag from an answer; Markdown may show one only escaped (\<script\>),
      // and no link either.
      let lower = String(decoding: report, as: UTF8.self).lowercased()
      let tags =
        format == "html"
        ? #"<(script|img|!--|iframe)"# : #"(?<!\\)<(script|img|!--|iframe)|(?<!\\)\]\(javascript:"#
      if format == "html" || format == "markdown" {
        let tag = lower.range(of: tags, options: .regularExpression).map { String(lower[$0]) }
        #expect(tag == nil, "\(label): report \(audience) \(format) holds \(tag ?? "")")
      }
      if format == "json" {
        _ = try JSONSerialization.jsonObject(with: report)
      }
      if format == "csv" {
        // No cell starts a formula (Excel would run =HYPERLINK, +cmd, @SUM).
        let cells = String(decoding: report, as: UTF8.self).split(whereSeparator: {
          $0 == ";" || $0.isNewline
        })
        let formulas = cells.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"\u{FEFF}")) }
          .filter { $0.first.map { "=+@".contains($0) } == true }
        #expect(formulas == [], "\(label): CSV cells that start a formula")
      }
    }
  }

  /// Runs `praatmaat start` with `input` and checks the run: no crash, clean output.
  func play(_ sandbox: Sandbox, _ arguments: [String], _ input: Data, _ label: String) throws -> CLIResult {
    let result = try sandbox.run(arguments, input: input, timeout: 120)
    #expect(!result.timedOut, "\(label)")
    #expect(result.reason == .exit, "\(label): \(result.err.suffix(500))")
    #expect(result.status == 0, "\(label): \(result.err.suffix(500))")
    #expect(Self.injected(result.stdout) == [], "\(label): stdout")
    #expect(Self.injected(result.stderr) == [], "\(label): stderr")
    #expect(!result.err.contains("Fatal error"), "\(label)")
    return result
  }

  @Test(
    "The corpus and the mixer at every prompt of every script, then every report",
    arguments: contentScripts.map(\.id))
  func everyScript(id: String) throws {
    try Self.$mixing.withValue(true) { try typeIntoScript(id) }
  }

  func typeIntoScript(_ id: String) throws {
    let library = try ContentLibrary.locate(
      environment: ["PRAATMAAT_CONTENT": CLI.packageRoot.appendingPathComponent("Content").path])
    let script = try library.loadScript(id)
    let seats = script.header.method.isGroup ? ["Tijger", "Blauw", "klaar"] : []
    var remaining = (corpus + Self.mixed(Self.mixedCount, seed: UInt64(id.utf8.count) &* 7919, from: corpus))[
      ...]
    let anonymiser = PackageContent.anonymiser
    let sandbox = Sandbox()
    var tried = 0
    var sessions = 0
    var kept = 0
    // Every line is really read: the engine, walked here with the app's own anonymiser and
    // the plain terminal's decoding, says where a conversation ends; the rest goes to the next.
    while !remaining.isEmpty, sessions < 1_000 {
      var conversation = Conversation(
        script: script, texts: dutch, seed: 3, nicknameCheck: { !anonymiser.looksLikeName($0) },
        anonymise: anonymiser.anonymise, words: PackageContent.words)
      var turn = conversation.start()
      var typed = Self.lines(["ja"] + seats)
      for seat in seats { turn = conversation.respond(to: seat) }
      var lines = 0
      while case .answer = turn.next, let line = remaining.popFirst() {
        typed += line + Data([0x0A])
        lines += 1
        turn = conversation.respond(to: PlainTerminal.decode(line))
      }
      sessions += 1
      tried += lines
      let label = "\(id), session \(sessions)"
      let result = try play(sandbox, ["start", id, "--seed", "3"], typed, label)
      let code = try #require(sessionCode(in: result.out), "\(label): no session")
      #expect(
        result.out.contains(turn.next == .finished ? dutch[.savedAll] : "praatmaat resume \(code)"),
        "\(label): the run took the engine's path")
      let answers = try sandbox.openStore().answers(code)
      if !script.header.method.isGroup {
        #expect(answers.count >= echoCount(result.out), "\(label): every acknowledged answer is kept")
      }
      kept += answers.count
    }
    #expect(remaining.isEmpty)
    try storeIsClean(sandbox, id)
    try reportsAreClean(sandbox, id)
    print("hostile input: \(tried) lines read by \(id) in \(sessions) conversations, \(kept) answers kept")
  }

  @Test("The corpus as nicknames at a Stamtafel: shown cleaned, never kept")
  func hostileNicknames() throws {
    let sandbox = Sandbox()
    let input =
      Self.lines(["ja"]) + corpus.reduce(Data()) { $0 + $1 + Data([0x0A]) }
      + Self.lines(["klaar", "Ik was thuis.", "/einde"])
    let result = try play(sandbox, ["start", "stamtafel"], input, "nicknames")
    let welcomed = result.out.split(separator: "\n").contains { $0.hasPrefix("Hallo ") && $0.hasSuffix("!") }
    #expect(welcomed, "some nicknames were taken")
    try storeIsClean(sandbox, "nicknames")
  }

  @Test("1 MB lines: as a nickname, cut inside a UTF-8 sequence, three in a row as answers")
  func megabyteLines() throws {
    let sandbox = Sandbox()
    let megabyte = 1 << 20
    var input = Self.lines(["ja"])
    input += Data(String(repeating: "é", count: megabyte / 2 + 1).utf8) + Data([0x0A])  // a nickname
    input += Self.lines(["Tijger", "klaar"])
    for byte in [UInt8(ascii: "x"), 0x1B, 0xFF] {
      input += Data(repeating: byte, count: megabyte + 7) + Data([0x0A])
    }
    input += Self.lines(["Ik was thuis.", "/einde"])
    let result = try play(sandbox, ["start", "stamtafel"], input, "1 MB")
    #expect(result.out.contains(dutch[.tooLong]))
    #expect(result.out.contains("Aan tafel: Tijger."))
    try storeIsClean(sandbox, "1 MB")
  }

  /// Answers in a row: `PRAATMAAT_HOSTILE_REPEAT`, else 500.
  static let repeats =
    ProcessInfo.processInfo.environment["PRAATMAAT_HOSTILE_REPEAT"].flatMap { Int($0) } ?? 500

  @Test("Thousands of answers in a row: back and answer again, and 'herhaal' without end")
  func thousandsOfAnswers() throws {
    let sandbox = Sandbox()
    let answers = wonenAnswers()
    var lines = ["ja", answers[0]]
    for _ in 0..<Self.repeats { lines += ["terug", answers[0]] }
    lines += Array(repeating: "herhaal", count: Self.repeats * 2)
    lines += answers.dropFirst()
    let result = try play(sandbox, ["start", "wonen"], Self.lines(lines), "thousands")
    #expect(result.out.contains(dutch[.savedAll]))
    let code = try #require(sessionCode(in: result.out))
    let store = try sandbox.openStore()
    #expect(try store.answers(code).map(\.questionID) == wonenQuestionIDs)
    #expect(try store.integrityOK())
    print("hostile input: \(lines.count) lines in a row (\(Self.repeats + 1) answers to one question)")
  }

  @Test("Escape sequences in paths and arguments: one clean line on stderr, exit 2")
  func hostileArguments() throws {
    let sandbox = Sandbox()
    let evil = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
    let folder = sandbox.root.folder("args").path
    let runs: [[String]] = [
      ["start", "\(folder)/\(evil).gesprek"],
      ["start", "wonen", "--db", "\(folder)/\(evil)/db.sqlite", "--municipality", evil],
      ["import", "\(folder)/\(evil).jsonl"],
      ["report", "--out", "/nergens/\(evil)/verslag.md"],
      ["report", "--theme", evil, "--script", evil],
      ["check", "\(folder)/\(evil).gesprek"],
      ["forget", evil],
      ["export", "--out", "/nergens/\(evil)"],
    ]
    for arguments in runs {
      let result = try sandbox.run(arguments, lines: ["ja"])
      #expect(result.reason == .exit, "\(arguments)")
      #expect(Self.injected(result.stderr) == [], "\(arguments): \(result.err.debugDescription)")
      #expect(Self.injected(result.stdout) == [], "\(arguments): \(result.out.debugDescription)")
    }
  }

  @Test("A bundle full of escapes, HTML and formulas: imported, and every report stays clean")
  func hostileBundle() throws {
    let sandbox = Sandbox()
    let text = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("Tests/Fuzz/bundle/vijandig.jsonl"), encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    // More of the same answer in other sessions, so the small-group rule lets quotes through;
    // and hostile themes, script ids and municipalities too.
    var entries = [lines[0].replacingOccurrences(of: "\"sessions\":1", with: "\"sessions\":6")]
    let hostile = corpus.map { String(decoding: $0, as: UTF8.self) }.filter { !$0.isEmpty }
    for i in 0..<6 {
      var entry = try #require(
        try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
      entry["code"] = ["ACD-EFG", "ACD-EFH", "ACD-EFJ", "ACD-EFK", "ACD-EFM", "ACD-EFN"][i]
      // A municipality must be on the list: hostile text stays in the answers and themes.
      entry["municipality"] = "Utrecht"
      var answers = try #require(entry["answers"] as? [[String: Any]])
      for j in answers.indices {
        answers[j]["value"] =
          answers[j]["valueKind"] as? String == "text"
          ? hostile[(i * 7 + j) % hostile.count] : answers[j]["value"]
        answers[j]["themes"] = ["wonen", hostile[(i + j) % hostile.count]]
      }
      entry["answers"] = answers
      entries.append(String(decoding: try JSONSerialization.data(withJSONObject: entry), as: UTF8.self))
    }
    let bundle = sandbox.root.folder("in").appendingPathComponent("vijandig.jsonl")
    try Data((entries.joined(separator: "\n") + "\n").utf8).write(to: bundle)
    let imported = try sandbox.run(["import", bundle.path])
    #expect(imported.status == 0, "\(imported.err)")
    #expect(imported.out.contains("6 gesprek(ken) toegevoegd"))
    #expect(Self.injected(imported.stderr) == [] && Self.injected(imported.stdout) == [])
    // The importer cleans text like the prompt does; the reports hold nothing injected.
    try storeIsClean(sandbox, "bundle")
    try reportsAreClean(sandbox, "bundle")

    // An id is no place for text: a hostile question id refuses that session, on its line,
    // and a hostile municipality too, without repeating it.
    for evil in hostile.filter({ !BundleScreen.isIdentifier(TextSafety.clean($0)) }).prefix(4) {
      var entry = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
      entry["code"] = "HJK-MNP"
      var answers = try #require(entry["answers"] as? [[String: Any]])
      answers[0]["questionID"] = evil
      entry["answers"] = answers
      let line = String(decoding: try JSONSerialization.data(withJSONObject: entry), as: UTF8.self)
      try Data((lines[0] + "\n" + line + "\n").utf8).write(to: bundle)
      let refused = try sandbox.run(["import", bundle.path])
      #expect(refused.status == 1, "\(evil.debugDescription): \(refused.err)")
      #expect(refused.errLines.count == 2)
      #expect(refused.err.contains("regel 2"))
      #expect(Self.injected(refused.stderr) == [])
    }
    for evil in hostile.prefix(6) + ["Zonnebloemstraat 77 3572KX Utrecht", "Stichting Jozefien Zorg"] {
      var entry = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
      entry["code"] = "HJK-MNQ"
      entry["municipality"] = evil
      let line = String(decoding: try JSONSerialization.data(withJSONObject: entry), as: UTF8.self)
      try Data((lines[0] + "\n" + line + "\n").utf8).write(to: bundle)
      let refused = try sandbox.run(["import", bundle.path])
      #expect(refused.status == 1, "\(evil.debugDescription): \(refused.err)")
      #expect(refused.err.contains("gemeente"))
      #expect(!refused.err.contains("Zonnebloemstraat") && !refused.err.contains("Jozefien"))
      #expect(Self.injected(refused.stderr) == [])
    }
  }
}
