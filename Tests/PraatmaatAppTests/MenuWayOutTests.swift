import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

/// No dead ends in the menu: every screen understands terug, stoppen, ? and the numbers it
/// shows; script names and session codes work on every screen.
@Suite("The menu has a way out of every screen")
struct MenuWayOutTests {
  /// Eight scripts: the list of scripts has three pages (3 and Meer, 3 and Meer, 2).
  let scripts = (1...8).map { n in
    parseScript(
      proefScript.replacingOccurrences(of: "id: proef", with: "id: proef\(n)")
        .replacingOccurrences(of: "titel: Proef", with: "titel: Proef \(n)"))
  }

  func paused(_ codes: [String]) -> [SessionRecord] {
    codes.compactMap(SessionCode.init).map {
      SessionRecord(
        code: $0, scriptID: "proef1", scriptVersion: 1, method: .gesprek, municipality: nil, status: .paused,
        month: testMonth, state: ConversationState(scriptID: "proef1", scriptVersion: 1, seed: 1))
    }
  }

  func choose(_ typed: [String], paused: [SessionRecord] = []) -> (Menu.Choice, MemoryTerminal) {
    let terminal = MemoryTerminal(inputs: typed.map(TerminalInput.line))
    return (
      Menu(terminal: terminal, prompt: "> ", phrases: dutch).choose(scripts: scripts, paused: paused),
      terminal
    )
  }

  /// The typed lines that reach each screen of the menu from the first one.
  static let screens: [(String, [String])] = [
    ("read-aloud", ["1"]), ("scripts, page 1", ["1", "1"]), ("scripts, page 2", ["1", "1", "meer"]),
    ("scripts, page 3", ["1", "1", "4", "4"]), ("sessions, page 1", ["2"]), ("sessions, page 2", ["2", "4"]),
    ("report", ["3"]),
  ]

  @Test("terug on every screen goes back to the first one", arguments: screens)
  func back(screen: String, path: [String]) {
    let (choice, terminal) = choose(path + ["terug", "stoppen"], paused: paused(Self.codes))
    #expect(choice == .quit, "\(screen)")
    let welcomes = terminal.output.filter { $0 == dutch[.menuWelcome] }.count
    #expect(welcomes == 2, "\(screen): \(terminal.output)")
  }

  @Test(
    "stoppen on every screen leaves the menu, and every screen after the first says how", arguments: screens)
  func stop(screen: String, path: [String]) {
    let (choice, terminal) = choose(path + ["stoppen"], paused: paused(Self.codes))
    #expect(choice == .quit, "\(screen)")
    #expect(terminal.output.last == dutch[.menuHowToLeave], "\(screen)")
    #expect(!terminal.output.contains(dutch[.notUnderstood]), "\(screen)")
  }

  static let codes = ["KMT-4HX", "ACD-3EF", "GHJ-4KM", "NPQ-6RT", "UVW-7XY"]

  @Test("a script's name or a session's code chooses it on any screen")
  func namesAnywhere() {
    #expect(choose(["proef 6"]).0 == .start(scriptID: "proef6", speak: false))
    #expect(choose(["1", "2", "proef7"]).0 == .start(scriptID: "proef7", speak: true))
    #expect(choose(["3", "npq-6rt"], paused: paused(Self.codes)).0 == .resume(SessionCode("NPQ-6RT")!))
    #expect(choose(["2", "UVW-7XY"], paused: paused(Self.codes)).0 == .resume(SessionCode("UVW-7XY")!))
  }

  @Test("a number not on the screen says which numbers are; ? shows the screen again")
  func numbersAndHelp() {
    let (choice, terminal) = choose(["7", "?", "stop"])
    #expect(choice == .quit)
    #expect(terminal.output.contains("Typ 1, 2, 3 of 4."))
    #expect(terminal.output.filter { $0 == dutch[.menuWhatToDo] }.count == 2)
  }
}
