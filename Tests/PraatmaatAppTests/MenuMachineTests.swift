import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore

/// The start menu as a step machine, driven without a terminal.
@Suite("Menu machine: every screen, without a terminal")
struct MenuMachineTests {
  static let scripts = (1...7).map { n in
    parseScript(withHeader("vraag: v ja/nee\n  tekst: Gaat het?", id: "script\(n)"))
  }

  static func machine(paused: [SessionRecord] = [], reportable: Bool = true) -> MenuMachine {
    MenuMachine(scripts: scripts, paused: paused, speaking: false, reportable: reportable, phrases: dutch)
  }

  /// The lines shown, and the choice, after typing `lines` from the first screen.
  static func play(_ lines: [String], _ machine: MenuMachine = machine()) -> (
    shown: [String], choice: Menu.Choice?
  ) {
    var machine = machine
    var shown = PlainRenderer.lines(machine.start())
    for line in lines {
      let (show, choice) = machine.step(.line(line))
      shown += PlainRenderer.lines(show)
      if let choice { return (shown, choice) }
    }
    return (shown, nil)
  }

  @Test("a new conversation with read-aloud, on the third page of scripts")
  func newOnLastPage() {
    let (shown, choice) = Self.play(["1", "2", "4", "4", "1"])
    #expect(choice == .start(scriptID: "script7", speak: true))
    #expect(shown.contains(dutch[.menuHowToLeave]))
  }

  @Test("terug on any screen goes back to the first; stoppen leaves; a name chooses on any page")
  func wayOut() {
    #expect(Self.play(["1", "terug", "4"]).choice == .quit)
    #expect(Self.play(["1", "1", "stoppen"]).choice == .quit)
    #expect(Self.play(["1", "1", "script6"]).choice == .start(scriptID: "script6", speak: false))
    #expect(Self.play(["script2"]).choice == .start(scriptID: "script2", speak: false))
  }

  @Test("nothing to go on with or to report: said, and the first screen again")
  func nothingThere() {
    let (shown, choice) = Self.play(["2", "3"], Self.machine(reportable: false))
    #expect(choice == nil)
    #expect(shown.contains(dutch[.menuNothingPaused]) && shown.contains(dutch[.menuNothingToReport]))
    #expect(shown.filter { $0 == dutch[.menuWhatToDo] }.count == 3)
  }

  @Test("a report in a file asks its name; ? shows the question again; Ctrl-C and the end of input stop")
  func reportFile() {
    let (shown, choice) = Self.play(["3", "2", "?", "", "verslag.md"])
    #expect(choice == .report(file: "verslag.md"))
    #expect(shown.filter { $0 == dutch[.menuFileName] }.count == 3)
    var machine = Self.machine()
    _ = machine.start()
    #expect(machine.step(.interrupt).choice == .interrupted)
    #expect(machine.step(.end).choice == .quit)
  }

  @Test("a number that is not on the screen says which numbers are")
  func numberNotShown() {
    let (shown, _) = Self.play(["7"])
    #expect(shown.contains(dutch.chooseNumber(4)))
  }
}
