import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore
@testable import PraatmaatSynthetic

/// Regression tests for what the red-team round found: two processes on one session, personal
/// text in places that are not answers, output paths that are not files, crafted bundles, and
/// careless settings. Every test has its own sandbox.
@Suite("Hardening: attacks and careless use from the red-team round")
struct HardeningTests {
  // MARK: Helpers

  /// The file type bits of `path` as `lstat` sees them (a link is a link), or nil.
  static func fileType(_ path: String) -> mode_t? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT
  }

  /// A sandbox with one finished wonen conversation in its database.
  static func sandboxWithSession() throws -> Sandbox {
    let sandbox = Sandbox()
    let started = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    try #require(started.status == 0, "stderr: \(started.err)")
    return sandbox
  }

  /// Writes `praatmaat.conf` with `gemeente = <place>` where the sandbox's praatmaat reads it.
  static func configure(_ sandbox: Sandbox, municipality place: String) throws {
    let config = sandbox.home.appendingPathComponent(".config/praatmaat")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try Data("gemeente = \(place)\n".utf8).write(to: config.appendingPathComponent("praatmaat.conf"))
  }

  /// One answer as another laptop could have written it in a bundle.
  static func answer(
    _ question: String, kind: String, valueKind: String, value: String?, participant: String = "",
    script: String = "wonen", version: Int = 1, method: Method = .gesprek, month: String = testMonth
  ) -> AnswerRecord {
    AnswerRecord(
      questionID: question, participant: participant, scriptID: script, scriptVersion: version,
      method: method, kind: kind, themes: ["wonen"], phases: [.agendavorming], valueKind: valueKind,
      value: value, answeredBy: .participant, month: month)
  }

  /// A session of a bundle, on line 2, as the importer hands it to the screen.
  static func numbered(
    _ answers: [AnswerRecord], code: String = "ACD-EFG", script: String = "wonen", method: Method = .gesprek,
    municipality: String? = "Utrecht", status: SessionRecord.Status = .finished
  ) -> SessionBundle.Numbered {
    let session = SessionRecord(
      code: SessionCode(code)!, scriptID: script, scriptVersion: 1, method: method,
      municipality: municipality, status: status, month: testMonth, state: nil)
    return SessionBundle.Numbered(line: 2, entry: SessionBundle.Entry(session: session, answers: answers))
  }

  /// The importer's screen with the package's scripts, anonymiser and municipalities.
  static func packageScreen() throws -> BundleScreen {
    BundleScreen(
      anonymiser: PackageContent.anonymiser, scripts: PackageContent.library.catalogue(),
      municipalities: try PackageContent.library.municipalities())
  }

  // MARK: 1. Two processes, one session

  @Test("A second process cannot resume a conversation that runs, the menu hides it, and nothing is lost")
  func twoProcessesOneCode() throws {
    let sandbox = Sandbox()
    let answers = wonenAnswers()
    let live = try LiveProcess(sandbox, ["start", "wonen"])
    live.type("ja")
    let ready = live.stdout.wait(timeout: 20) { sessionCode(in: $0) != nil && $0.contains("Waar woon je?") }
    try #require(ready, "no first question; stdout: \(live.stdout.text)")
    for (i, typed) in answers.prefix(2).enumerated() {
      live.type(typed)
      let echoed = live.stdout.wait(timeout: 20) { echoCount($0) >= i + 1 }
      try #require(echoed, "no echo for answer \(i); stdout: \(live.stdout.text)")
    }
    let code = try #require(sessionCode(in: live.stdout.text))
    #expect(SessionLease.holder(code, database: sandbox.database) == live.process.processIdentifier)

    // The same code in a second window: refused before anything is shown or kept.
    let second = try sandbox.run(["resume", code.description], lines: Array(answers.dropFirst(2)))
    #expect(!second.timedOut)
    #expect(second.reason == .exit)
    #expect(
      second.status == 1, "a conflict in the store, not a typo: stdout: \(second.out) stderr: \(second.err)")
    #expect(second.errLines.count == 1, "stderr: \(second.err)")
    #expect(second.err.contains("al open"))
    #expect(echoCount(second.out) == 0)

    // The menu does not offer the live session to go on with.
    let menu = try sandbox.run([], lines: ["2"])
    #expect(menu.status == 0, "stderr: \(menu.err)")
    #expect(menu.out.contains(dutch[.menuNothingPaused]))
    #expect(!menu.out.contains(code.description))

    // The first window goes on and keeps every answer.
    for typed in answers.dropFirst(2) { live.type(typed) }
    live.closeInput()
    #expect(live.finish(timeout: 30), "the conversation did not end")
    let first = live.result
    #expect(first.reason == .exit)
    #expect(first.status == 0, "stderr: \(first.err)")
    #expect(first.out.contains(dutch[.savedAll]))
    let store = try sandbox.openStore()
    #expect(try store.answers(code).map(\.questionID) == wonenQuestionIDs)
    #expect(try store.session(code)?.status == .finished)
    #expect(SessionLease.holder(code, database: sandbox.database) == nil)
  }

  // MARK: 2. Statements typed on the spot

  @Test("A --statement is anonymised before it enters the saved state")
  func statementAnonymisedInState() throws {
    let sandbox = Sandbox()
    let result = try sandbox.run(
      ["start", "panel", "--statement", "Bel Jan de Vries op 0612345678."], lines: ["ja"])
    #expect(!result.timedOut)
    #expect(result.reason == .exit)
    #expect(result.status == 0, "stderr: \(result.err)")
    #expect(result.err.contains("iets persoonlijks"), "the supporter reads that the statement was changed")
    #expect(!result.out.contains("0612345678"))

    let store = try sandbox.openStore()
    let state = try #require(try store.pausedSessions().first?.state)
    let json = String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
    #expect(!json.contains("0612345678"), "\(json.prefix(500))")
    #expect(!json.contains("Vries"), "\(json.prefix(500))")
    #expect(state.extraStatements.count == 1)
    #expect(state.extraStatements.first?.contains("[telefoon]") == true, "\(state.extraStatements)")
    #expect(planted(["0612345678", "Vries"], in: [sandbox.databaseFolder]) == [])
  }

  // MARK: 3. Municipalities

  @Test("--municipality must be a Dutch municipality; a known one is kept by its official name")
  func municipalityFlag() throws {
    let person = Sandbox()
    let refused = try person.run(
      ["start", "wonen", "--municipality", "Jan de Vries"], lines: ["ja"] + wonenAnswers())
    #expect(refused.status == 2, "stderr: \(refused.err)")
    #expect(refused.errLines.count == 1, "stderr: \(refused.err)")
    #expect(refused.err.contains("geen Nederlandse gemeente"))
    #expect(!refused.out.contains(dutch[.codeIs, ["code": ""]]))
    #expect(!FileManager.default.fileExists(atPath: person.databaseFolder.path))

    let empty = Sandbox()
    let nothing = try empty.run(["start", "wonen", "--municipality", ""], lines: ["ja"] + wonenAnswers())
    #expect(nothing.status == 2, "stderr: \(nothing.err)")
    #expect(nothing.errLines.count == 1, "stderr: \(nothing.err)")
    #expect(!FileManager.default.fileExists(atPath: empty.databaseFolder.path))

    for (typed, official) in [("utrecht", "Utrecht"), ("Den Bosch", "'s-Hertogenbosch")] {
      let sandbox = Sandbox()
      let kept = try sandbox.run(["start", "wonen", "--municipality", typed], lines: ["ja"] + wonenAnswers())
      #expect(kept.status == 0, "\(typed): \(kept.err)")
      let code = try #require(sessionCode(in: kept.out), "\(typed)")
      #expect(try sandbox.openStore().session(code)?.municipality == official, "\(typed)")
    }
  }

  @Test("gemeente in praatmaat.conf must be a Dutch municipality; a typo gets a suggestion")
  func municipalityInSettings() throws {
    let person = Sandbox()
    try Self.configure(person, municipality: "Priscilla Vermeulen")
    let refused = try person.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    #expect(refused.status == 2, "stderr: \(refused.err)")
    #expect(refused.errLines.count == 1, "stderr: \(refused.err)")
    #expect(refused.err.contains("praatmaat.conf"))
    #expect(refused.err.contains("geen Nederlandse gemeente"))
    #expect(!FileManager.default.fileExists(atPath: person.databaseFolder.path))

    let typo = Sandbox()
    try Self.configure(typo, municipality: "Utrechtt")
    let suggested = try typo.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    #expect(suggested.status == 2, "stderr: \(suggested.err)")
    #expect(suggested.errLines.count == 1, "stderr: \(suggested.err)")
    #expect(suggested.err.contains("Bedoel je: Utrecht"), "stderr: \(suggested.err)")
    #expect(!FileManager.default.fileExists(atPath: typo.databaseFolder.path))
  }

  // MARK: 4. --out

  @Test("--out refuses a FIFO without opening it, a symbolic link, and a folder")
  func outRefusesWhatIsNoFile() throws {
    let sandbox = try Self.sandboxWithSession()
    let folder = sandbox.root.folder("uit")
    let fifo = folder.appendingPathComponent("pijp").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let real = folder.appendingPathComponent("echt.md").path
    try Data("mijn eigen tekst\n".utf8).write(to: URL(fileURLWithPath: real))
    let link = folder.appendingPathComponent("link.md").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let map = sandbox.root.folder("uit/map").path

    for command in [["report"], ["export"]] {
      for out in [fifo, link, map] {
        let result = try sandbox.run(command + ["--out", out], timeout: 20)
        #expect(!result.timedOut, "\(command) --out \(out) hung")
        #expect(result.reason == .exit)
        #expect(result.status == 2, "\(command) --out \(out): \(result.err)")
        #expect(result.errLines.count == 1, "\(command) --out \(out): \(result.err)")
      }
    }
    #expect(Self.fileType(fifo) == S_IFIFO)
    #expect(Self.fileType(link) == S_IFLNK)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
    #expect(FileManager.default.contents(atPath: real) == Data("mijn eigen tekst\n".utf8))
    #expect(Self.fileType(map) == S_IFDIR)
    #expect(try FileManager.default.contentsOfDirectory(atPath: map) == [])
  }

  @Test("--out - writes to standard output; a file is 0600, also one that was 0644 before")
  func outFilesArePrivate() throws {
    let sandbox = try Self.sandboxWithSession()
    let toScreen = try sandbox.run(["export", "--out", "-"])
    #expect(toScreen.status == 0, "stderr: \(toScreen.err)")
    #expect(toScreen.out.contains(#""format":"praatmaat-bundel""#))
    #expect(!FileManager.default.fileExists(atPath: sandbox.tmp.appendingPathComponent("-").path))
    let report = try sandbox.run(["report", "--out", "-"])
    #expect(report.status == 0, "stderr: \(report.err)")
    #expect(!report.out.isEmpty)

    let folder = sandbox.root.folder("uit")
    let fresh = folder.appendingPathComponent("bundel.jsonl").path
    let exported = try sandbox.run(["export", "--out", fresh])
    #expect(exported.status == 0, "stderr: \(exported.err)")
    #expect(try permissions(fresh) == 0o600)

    let existing = folder.appendingPathComponent("verslag.md").path
    try Data("oud verslag\n".utf8).write(to: URL(fileURLWithPath: existing))
    #expect(chmod(existing, 0o644) == 0)
    #expect(try permissions(existing) == 0o644)
    let replaced = try sandbox.run(["report", "--out", existing])
    #expect(replaced.status == 0, "stderr: \(replaced.err)")
    #expect(try permissions(existing) == 0o600)
    #expect(FileManager.default.contents(atPath: existing) != Data("oud verslag\n".utf8))
    // The temporary file beside it was renamed, not left behind.
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left.filter { $0.hasPrefix(".") } == [], "\(left)")
  }

  @Test("--out refuses the session lock file beside the database")
  func outRefusesTheLockFile() throws {
    let sandbox = try Self.sandboxWithSession()
    let lock = sandbox.database + "-sessies"
    #expect(FileManager.default.fileExists(atPath: lock))
    let before = FileManager.default.contents(atPath: lock)
    let result = try sandbox.run(["export", "--out", lock])
    #expect(result.status == 2, "stderr: \(result.err)")
    #expect(result.errLines.count == 1, "\(result.err)")
    #expect(FileManager.default.contents(atPath: lock) == before)
  }

  @Test("In one process: a session taken twice is refused, and asking who holds another keeps the lock")
  func leaseWithinOneProcess() throws {
    let sandbox = Sandbox()
    try FileManager.default.createDirectory(
      atPath: URL(fileURLWithPath: sandbox.database).deletingLastPathComponent().path,
      withIntermediateDirectories: true)
    let first = SessionCode("ACD-EFG")!
    let other = SessionCode("HJK-MNP")!
    var lease = try SessionLease.take(first, database: sandbox.database)
    #expect(lease != nil)
    #expect(SessionLease.holder(first, database: sandbox.database) == getpid())
    #expect(throws: StoreError.self) { try SessionLease.take(first, database: sandbox.database) }
    // Looking at another session opens and must not close the lock file (that would drop
    // every lock of this process on it).
    #expect(SessionLease.holder(other, database: sandbox.database) == nil)
    #expect(SessionLease.holder(first, database: sandbox.database) == getpid())
    lease = nil
    #expect(SessionLease.holder(first, database: sandbox.database) == nil)
    #expect(try SessionLease.take(first, database: sandbox.database) != nil)
  }

  @Test("An import where every session is refused makes no database")
  func importOfOnlyRefusedSessions() throws {
    let sandbox = Sandbox()
    let bundle = sandbox.tmp.appendingPathComponent("bundel.jsonl")
    let exported = try Self.sandboxWithSession().run(["export", "--out", "-"])
    try #require(exported.status == 0, "stderr: \(exported.err)")
    // The same session, with a municipality no list has.
    let crafted = exported.out.replacingOccurrences(
      of: #""scriptID":"wonen","scriptVersion":1,"status""#,
      with: #""municipality":"Nergenshuizen aan Zee","scriptID":"wonen","scriptVersion":1,"status""#)
    try #require(crafted != exported.out, "the bundle has no municipality field: \(exported.out.prefix(300))")
    try Data(crafted.utf8).write(to: bundle)
    let result = try sandbox.run(["import", bundle.path])
    #expect(result.status == 1, "stderr: \(result.err)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.database))
  }

  // MARK: 5. A crafted Persona card line

  @Test("A crafted Persona card line of 10 000 labels is imported or refused, never a crash or a hang")
  func craftedPersonaLine() throws {
    let crafted = "Naam: " + String(repeating: "Noor / ", count: 10_000)
    let valid = "Naam: " + Array(repeating: "Noor", count: 10_000).joined(separator: " / ")
    // The label walk itself: linear, no stack, and right both ways.
    #expect(!BundleScreen.isLabelList(crafted.dropFirst(6), labels: ["Noor", "Daan", "Lina", "Sem"]))
    #expect(BundleScreen.isLabelList(valid.dropFirst(6), labels: ["Noor", "Daan", "Lina", "Sem"]))

    let sandbox = Sandbox()
    // naam is a choice question of Content/scripts/persona.gesprek with the card label Naam.
    let entries = [("ACD-EFG", crafted), ("HJK-MNP", valid)].map { code, value in
      let card = Self.answer(
        "naam", kind: "keuze", valueKind: "text", value: value, participant: "groep", script: "persona",
        method: .persona)
      return Self.numbered([card], code: code, script: "persona", method: .persona).entry
    }
    let bundle = sandbox.root.folder("in").appendingPathComponent("persona.jsonl")
    try Data(SessionBundle.encode(entries).utf8).write(to: bundle)
    let result = try sandbox.run(["import", bundle.path], timeout: 120)
    #expect(!result.timedOut)
    #expect(result.reason == .exit)
    #expect([0, 1].contains(result.status), "stderr: \(result.err)")
    #expect(!result.err.contains("Fatal error"))
    #expect(try sandbox.openStore().integrityOK())
  }

  // MARK: 6. An import beside a conversation

  @Test("An import of 1 000 sessions beside a running conversation never stops the conversation")
  func importBesideConversation() throws {
    let sandbox = Sandbox()
    let live = try LiveProcess(sandbox, ["start", "wonen"])
    live.type("ja")
    let ready = live.stdout.wait(timeout: 20) { sessionCode(in: $0) != nil && $0.contains("Waar woon je?") }
    try #require(ready, "no first question; stdout: \(live.stdout.text)")
    let code = try #require(sessionCode(in: live.stdout.text))

    let wonen = try PackageContent.library.loadScript("wonen")
    var synthetic = SyntheticSessions(scripts: [wonen], seed: 41)
    let bundle = sandbox.root.folder("in").appendingPathComponent("duizend.jsonl")
    try Data(SessionBundle.encode(synthetic.entries(count: 1_000)).utf8).write(to: bundle)
    let importer = try LiveProcess(sandbox, ["import", bundle.path])
    importer.closeInput()

    // Every answer is typed while the import reads, screens and writes.
    for (i, typed) in wonenAnswers().enumerated() {
      live.type(typed)
      let echoed = live.stdout.wait(timeout: 30) { echoCount($0) >= i + 1 }
      try #require(echoed, "no echo for answer \(i); stdout: \(live.stdout.text) stderr: \(live.stderr.text)")
    }
    live.closeInput()
    #expect(live.finish(timeout: 30), "the conversation did not end")
    #expect(importer.finish(timeout: 180), "the import did not end")

    let conversation = live.result
    #expect(conversation.reason == .exit)
    #expect(conversation.status == 0, "stderr: \(conversation.err)")
    #expect(conversation.out.contains(dutch[.savedAll]))
    #expect(!conversation.out.contains("in gebruik"))
    #expect(!conversation.err.contains("in gebruik"))
    let imported = importer.result
    #expect(imported.reason == .exit)
    #expect(imported.status == 0, "stderr: \(imported.err)")
    #expect(imported.out.hasPrefix("1000 gesprek(ken) toegevoegd"), "\(imported.out)")

    let store = try sandbox.openStore()
    #expect(try store.answers(code).map(\.questionID) == wonenQuestionIDs)
    #expect(try store.session(code)?.status == .finished)
    #expect(try store.counts().sessions == 1_001)
  }

  // MARK: 7. A database that cannot be written

  @Test("A database that cannot be written is found by checkWritable, before anyone is asked anything")
  func readOnlyDatabase() throws {
    let folder = TemporaryFolder()
    let path = folder.path("db/praatmaat.sqlite")
    do {
      let store = try SQLiteStore(path: path)
      _ = try #require(try start(parseScript(proefScript), typing: ["ja", "1"], store: store))
      try store.checkWritable()
    }
    let reading = try SQLiteStore(path: path, create: false, readOnly: true)
    #expect(throws: StoreError.readOnly(path)) { try reading.checkWritable() }
    #expect(try reading.counts().sessions == 1)

    // File modes do not stop root; for anyone else a 0400 file opened to write is refused too.
    if !runningAsRoot {
      #expect(chmod(path, 0o400) == 0)
      #expect(throws: StoreError.self) {
        let store = try SQLiteStore(path: path, create: false)
        try store.checkWritable()
      }
    }
  }

  // MARK: 8. Escaping in reports

  @Test("CSV formulas, Markdown tags and terminal escapes are made harmless")
  func escaping() throws {
    for formula in [" =1+1", "＝HYPERLINK()", "\t=cmd"] {
      #expect(CSVReport.field(formula).hasPrefix("'"), "\(formula.debugDescription)")
    }
    let tag = "<img src=x onerror=alert(1)>".markdownEscaped
    #expect(tag.range(of: #"(?<!\\)<img"#, options: .regularExpression) == nil, "\(tag)")
    #expect(tag.contains("img"))

    let hostile = "a\u{1B}]0;x\u{07}b\u{2028}c"
    for (name, shown) in [
      ("html", hostile.html), ("markdown", hostile.markdownEscaped), ("clean", TextSafety.clean(hostile)),
    ] {
      let scalars = shown.unicodeScalars.map(\.value)
      #expect(!scalars.contains(0x1B), "\(name): \(shown.debugDescription)")
      #expect(!scalars.contains(0x07), "\(name): \(shown.debugDescription)")
      #expect(!scalars.contains(0x2028), "\(name): \(shown.debugDescription)")
      #expect(shown.contains("a") && shown.contains("b") && shown.contains("c"), "\(name)")
    }
  }

  @Test("report --theme with a script tag: no raw tag in a Markdown or HTML report, nor on stderr")
  func reportThemeTag() throws {
    let sandbox = try Self.sandboxWithSession()
    // CSV and JSON are no markup: a tag in them is text, and they are left out here.
    for format in ["markdown", "html"] {
      let result = try sandbox.run([
        "report", "--format", format, "--theme", "<script>x</script>",
      ])
      #expect(result.reason == .exit)
      // No theme is called that: refused as bad input, with the themes to choose from.
      #expect(result.status == 2, "\(format): \(result.err)")
      #expect(result.err.contains("Kies uit: hulp en de gemeente"), "\(format): \(result.err)")
      #expect(!result.out.lowercased().contains("<script>"), "\(format): \(result.out.prefix(500))")
      #expect(!result.err.lowercased().contains("<script>"), "\(format): \(result.err)")
    }
  }

  // MARK: 9. A local script with a taken id

  @Test("A local script that reuses the id wonen with other options: check says S034, start refuses")
  func localScriptTakesID() throws {
    let sandbox = Sandbox()
    let original = try String(
      contentsOf: CLI.packageRoot.appendingPathComponent("Content/scripts/wonen.gesprek"), encoding: .utf8)
    // wonen's choice questions have four options already, the most a question may have: one
    // of them is swapped for an option the built-in script does not have.
    let option = "  optie anders: 📍 Ergens anders\n"
    try #require(original.contains(option))
    let edited = original.replacingOccurrences(of: option, with: "  optie kamer: 🏢 Op een kamer\n")
    let folder = sandbox.root.folder("eigen")
    let copy = folder.appendingPathComponent("wonen.gesprek")
    try Data(edited.utf8).write(to: copy)

    let checked = try sandbox.run(["check", copy.path])
    #expect(checked.status == 1, "stdout: \(checked.out) stderr: \(checked.err)")
    #expect(checked.out.contains("[S034]"), "\(checked.out)")

    let started = try sandbox.run(["start", copy.path], lines: ["ja"] + wonenAnswers())
    #expect(started.status == 2, "stdout: \(started.out) stderr: \(started.err)")
    #expect(started.errLines.count == 1, "stderr: \(started.err)")
    #expect(started.err.contains("eigen id"))
    #expect(!started.out.contains(dutch[.codeIs, ["code": ""]]))
    #expect(echoCount(started.out) == 0)
    #expect(!FileManager.default.fileExists(atPath: sandbox.databaseFolder.path))

    // An unchanged copy is the same script: no S034.
    let same = folder.appendingPathComponent("kopie").appendingPathExtension("gesprek")
    try Data(original.utf8).write(to: same)
    let unchanged = try sandbox.run(["check", same.path])
    #expect(unchanged.status == 0, "\(unchanged.out) \(unchanged.err)")
    #expect(!unchanged.out.contains("[S034]"))
  }

  // MARK: 10. Screening bundles

  @Test("The bundle screen refuses IDs as numbers, personal ids, bad seats, addresses and foreign digits")
  func bundleScreening() throws {
    let screen = try Self.packageScreen()
    /// wonen's hulp_dagen: a number from 0 to 7.
    func days(_ value: String, participant: String = "", month: String = testMonth) -> AnswerRecord {
      Self.answer(
        "hulp_dagen", kind: "getal", valueKind: "number", value: value, participant: participant,
        month: month)
    }
    let personalID = Self.answer("jan-de-vries", kind: "open", valueKind: "text", value: "iets", version: 99)
    let refused: [(String, SessionBundle.Numbered)] = [
      ("nine-digit number", Self.numbered([days("123456782")])),
      ("personal question id", Self.numbered([personalID])),
      ("seat -99", Self.numbered([days("3", participant: "-99")])),
      ("withdrawn with answers", Self.numbered([days("3")], status: .withdrawn)),
      ("address as municipality", Self.numbered([], municipality: "Zonnebloemstraat 77 3572KX Utrecht")),
      ("Arabic-Indic month", Self.numbered([days("3", month: "٢٠٢٦-١٢")])),
      (
        "text longer than anyone may type",
        Self.numbered([
          Self.answer(
            "thuis_waarom", kind: "open", valueKind: "text",
            value: String(repeating: "lang ", count: TextSafety.maximumAnswerLength / 5 + 1))
        ])
      ),
    ]
    for (label, numbered) in refused {
      let problem = #expect(throws: SessionBundle.Problem.self, "\(label)") { try screen.screen(numbered) }
      #expect(problem?.line == 2, "\(label)")
    }

    // What is plain is kept: a seat at a table, a number in range, a municipality by its name.
    let kept = try screen.screen(Self.numbered([days("3", participant: "3")], municipality: "utrecht"))
    #expect(kept.answers.map(\.participant) == ["3"])
    #expect(kept.answers.first?.value == "3")
    #expect(kept.municipality == "Utrecht")

    #expect(!SessionBundle.isMonth("٢٠٢٦-١٢"))
    #expect(SessionBundle.isMonth("2026-12"))
  }

  // MARK: 11. Explorer walks

  @Test("praatmaat test --walks outside 1 to 10 000 is a usage error", arguments: ["0", "100000"])
  func walksOutOfRange(walks: String) throws {
    let sandbox = Sandbox()
    let result = try sandbox.run(["test", "--walks", walks])
    #expect(!result.timedOut)
    #expect(result.reason == .exit)
    #expect(result.status == 2, "stdout: \(result.out) stderr: \(result.err)")
    #expect(result.err.contains("--walks"))
  }

  // MARK: 12. Careless settings

  @Test("An existing database that others may read is made 0600 when a conversation opens it")
  func existingDatabaseTightened() throws {
    let sandbox = try Self.sandboxWithSession()
    let lockFile = sandbox.database + "-sessies"
    #expect(chmod(sandbox.database, 0o644) == 0)
    #expect(try permissions(sandbox.database) == 0o644)
    let hasLockFile = FileManager.default.fileExists(atPath: lockFile)
    if hasLockFile { #expect(chmod(lockFile, 0o644) == 0) }

    let second = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    #expect(second.status == 0, "stderr: \(second.err)")
    #expect(try permissions(sandbox.database) == 0o600)
    if hasLockFile { #expect(try permissions(lockFile) == 0o600) }
    #expect(try sandbox.openStore().counts().sessions == 2)
  }

  @Test("--speak-rate outside 60 to 400 is a usage error, and nothing is made", arguments: ["10", "99999"])
  func speakRateOutOfRange(rate: String) throws {
    let sandbox = Sandbox()
    let result = try sandbox.run(["start", "wonen", "--speak-rate", rate], lines: ["ja"] + wonenAnswers())
    #expect(result.reason == .exit)
    #expect(result.status == 2, "stdout: \(result.out) stderr: \(result.err)")
    #expect(result.err.contains("--speak-rate"))
    #expect(!result.out.contains(dutch[.codeIs, ["code": ""]]))
    #expect(!FileManager.default.fileExists(atPath: sandbox.databaseFolder.path))
  }
}
