import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("The Dutch menu: new conversation, continue one, report, quit")
struct MenuTests {
  let scripts = [parseScript(proefScript)]

  func choose(
    _ typed: [TerminalInput], paused: [SessionRecord] = [], speaking: Bool = false, reportable: Bool = true
  ) -> (Menu.Choice, MemoryTerminal) {
    let terminal = MemoryTerminal(inputs: typed)
    return (
      Menu(terminal: terminal, prompt: "> ", phrases: dutch).choose(
        scripts: scripts, paused: paused, speaking: speaking, reportable: reportable),
      terminal
    )
  }

  @Test("The main menu has four choices, the report among them")
  func mainMenu() {
    let (choice, terminal) = choose([.line("4")])
    #expect(choice == .quit)
    #expect(
      Array(terminal.output.prefix(7)) == [
        "Welkom bij praatmaat.", "Wat wil je doen?", "  1. 💬 Een nieuw gesprek",
        "  2. ⏯️ Verder met een gesprek",
        "  3. 📊 Een verslag maken", "  4. 👋 Stoppen", "Typ een nummer of een woord.",
      ])
  }

  @Test("A new conversation asks about read-aloud, unless it is on already")
  func newConversation() {
    #expect(choose([.line("1"), .line("2"), .line("1")]).0 == .start(scriptID: "proef", speak: true))
    #expect(choose([.line("1"), .line("lezen"), .line("1")]).0 == .start(scriptID: "proef", speak: false))
    let (choice, terminal) = choose([.line("1"), .line("1")], speaking: true)
    #expect(choice == .start(scriptID: "proef", speak: false))
    #expect(!terminal.output.contains("Hoe wil je de vragen krijgen?"))
  }

  @Test("Verder with nothing paused says so, and the menu comes back")
  func nothingPaused() throws {
    let (choice, terminal) = choose([.line("2"), .line("stoppen")])
    #expect(choice == .quit)
    let at = try #require(terminal.output.firstIndex(of: "Er is geen gesprek om verder te gaan."))
    #expect(terminal.output[at + 1] == "Welkom bij praatmaat.")
  }

  @Test("Verder with a paused conversation chooses it")
  func resume() throws {
    let code = try #require(SessionCode("KMT-4HX"))
    let paused = SessionRecord(
      code: code, scriptID: "proef", scriptVersion: 1, method: .gesprek, municipality: nil, status: .paused,
      month: testMonth, state: ConversationState(scriptID: "proef", scriptVersion: 1, seed: 1))
    #expect(choose([.line("2"), .line("1")], paused: [paused]).0 == .resume(code))
  }

  @Test("A session without a state to go on from (imported) is not offered")
  func importedNotOffered() throws {
    let imported = SessionRecord(
      code: try #require(SessionCode("KMT-4HX")), scriptID: "proef", scriptVersion: 1, method: .gesprek,
      municipality: nil, status: .paused, month: testMonth, state: nil)
    let (choice, terminal) = choose([.line("2"), .line("stoppen")], paused: [imported])
    #expect(choice == .quit)
    #expect(terminal.output.contains(dutch[.menuNothingPaused]))
    #expect(!terminal.output.contains { $0.contains("KMT-4HX") })
  }

  @Test("A report with nothing for it says so before asking where, and the menu comes back")
  func reportWithNothing() throws {
    let (choice, terminal) = choose([.line("3"), .line("stoppen")], reportable: false)
    #expect(choice == .quit)
    let at = try #require(terminal.output.firstIndex(of: dutch[.menuNothingToReport]))
    #expect(terminal.output[at + 1] == "Welkom bij praatmaat.")
    #expect(!terminal.output.contains("Waar wil je het verslag?"))
  }

  @Test("praatmaat: a chosen session whose script file is gone gives one kind line, and the menu comes back")
  func scriptGone() throws {
    let sandbox = Sandbox()
    let file = sandbox.root.folder("eigen").appendingPathComponent("proef.gesprek")
    try Data(proefScript.utf8).write(to: file)
    let started = try sandbox.run(["start", file.path], lines: ["ja", "1"])
    #expect(started.status == 0, "\(started.err)")
    try FileManager.default.removeItem(at: file)
    let result = try sandbox.run([], lines: ["2", "1", "4"])
    #expect(result.status == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    let at = try #require(lines.firstIndex(of: dutch[.menuCannotResume]))
    #expect(lines[at + 1] == "Welkom bij praatmaat.")
    #expect(result.out.contains("Tot ziens!"))
  }

  @Test("Ctrl-C stops the menu as an interruption; the end of input quits")
  func interruptAndEnd() {
    #expect(choose([.interrupt]).0 == .interrupted)
    #expect(choose([.line("1"), .interrupt]).0 == .interrupted)
    #expect(choose([.line("3"), .line("2"), .interrupt]).0 == .interrupted)
    #expect(choose([]).0 == .quit)
  }

  @Test("A report on the screen, or in a file the supporter names")
  func reportChoice() {
    #expect(choose([.line("3"), .line("1")]).0 == .report(file: nil))
    let (choice, terminal) = choose([.line("3"), .line("bestand"), .line("  "), .line("verslag.md")])
    #expect(choice == .report(file: "verslag.md"))
    #expect(terminal.output.contains("Typ de naam van het bestand."))
  }

  /// Content with the test script, and a store of six finished conversations on it.
  func reportable() throws -> (ContentFolder, SQLiteStore) {
    let content = ContentFolder(["proef": proefScript])
    let store = try SQLiteStore.inMemory()
    for age in 30..<36 {
      _ = try start(scripts[0], typing: ["ja", "1", "\(age)", "Rustig hier.", "ja"], store: store)
    }
    return (content, store)
  }

  @Test("The report is the policymakers' Markdown, on the screen or in the named file")
  func reportWritten() throws {
    let (content, store) = try reportable()
    let screen = MemoryTerminal(typing: [])
    MenuReport(terminal: screen, phrases: dutch).write(store: store, library: content.library, file: nil)
    #expect(screen.output.first?.hasPrefix("# ") == true, "\(screen.output.prefix(3))")

    let folder = TemporaryFolder()
    let file = folder.path("verslag.md")
    let saved = MemoryTerminal(typing: [])
    MenuReport(terminal: saved, phrases: dutch).write(store: store, library: content.library, file: file)
    #expect(saved.output == [dutch[.menuReportSaved], file])
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(written == screen.output.joined(separator: "\n"))
  }

  @Test("On a screen that scrolls, the report comes a screen at a time: Enter for more, terug for the menu")
  func reportPaged() throws {
    let (content, store) = try reportable()
    let whole = MemoryTerminal(typing: [])
    MenuReport(terminal: whole, phrases: dutch).write(store: store, library: content.library, file: nil)
    // The cell key method makes the number of lines vary a little from store to store.
    try #require(whole.output.count > 12, "\(whole.output)")

    // A wide screen of 8 rows: two screens of 5 lines, each with the line that says how to
    // go on; then the menu.
    let paged = MemoryTerminal(typing: ["", "terug", "this line is never read"])
    paged.pageSize = PageSize(rows: 8, columns: 1000)
    MenuReport(terminal: paged, phrases: dutch).write(store: store, library: content.library, file: nil)
    #expect(
      paged.output == Array(whole.output[0..<5]) + [dutch[.menuReportMore]] + Array(whole.output[5..<10])
        + [dutch[.menuReportMore]])
    #expect(!paged.allRead)

    // A narrow screen: a line that wraps takes its rows, so no screen holds more than fits.
    let narrow = MemoryTerminal(typing: ["terug"])
    let size = PageSize(rows: 12, columns: 30)
    narrow.pageSize = size
    MenuReport(terminal: narrow, phrases: dutch).write(store: store, library: content.library, file: nil)
    let first = Array(narrow.output.prefix { $0 != dutch[.menuReportMore] })
    #expect(first == Array(whole.output.prefix(first.count)))
    #expect(first.map(size.rows(of:)).reduce(0, +) <= 12 - 2 - size.rows(of: dutch[.menuReportMore]))

    let toTheEnd = MemoryTerminal(typing: Array(repeating: "", count: 40))
    toTheEnd.pageSize = PageSize(rows: 12, columns: 1000)
    MenuReport(terminal: toTheEnd, phrases: dutch).write(store: store, library: content.library, file: nil)
    #expect(toTheEnd.output.filter { $0 != dutch[.menuReportMore] } == whole.output)
  }

  @Test("No database or nothing in it: one kind line, no report")
  func nothingToReport() throws {
    let content = ContentFolder(["proef": proefScript])
    for store in [nil, try SQLiteStore.inMemory()] {
      let terminal = MemoryTerminal(typing: [])
      MenuReport(terminal: terminal, phrases: dutch).write(store: store, library: content.library, file: nil)
      #expect(terminal.output == [dutch[.menuNothingToReport]])
    }
  }

  @Test("A script that cannot be used is not left out silently: the reason is given")
  func brokenScripts() {
    let content = ContentFolder([
      "proef": proefScript, "kapot": "id: kapot\ntitel: Kapot\n", "kopie": proefScript,
    ])
    let (usable, problems) = content.library.usableScripts()
    #expect(usable.map(\.id) == ["proef"])
    #expect(problems.count == 2)
    #expect(problems.contains { $0.contains("kapot.gesprek heeft fouten") })
    #expect(problems.contains { $0.contains("proef.gesprek") && $0.contains("hetzelfde id 'proef'") })
  }

  @Test("praatmaat: Verder with nothing paused, a report with nothing in it, then the end; no database made")
  func menuAsProcess() throws {
    let sandbox = Sandbox()
    let result = try sandbox.run([], lines: ["2", "3", "1"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains(dutch[.menuNothingPaused]))
    #expect(result.out.contains(dutch[.menuNothingToReport]))
    #expect(result.out.contains("Tot ziens!"))
    #expect(!FileManager.default.fileExists(atPath: sandbox.databaseFolder.path))
  }

  @Test("praatmaat: Ctrl-C in the menu ends with exit 130")
  func menuInterrupted() throws {
    let sandbox = Sandbox()
    let live = try LiveProcess(sandbox, [])
    #expect(live.stdout.wait(timeout: 20) { $0.contains("Wat wil je doen?") })
    kill(live.process.processIdentifier, SIGINT)
    live.finish()
    #expect(live.result.status == 130, "\(live.result.err)")
  }
}
