import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

/// The screens around a conversation on a real terminal: the session code that waits for
/// `ok`, the large layout kept on resume, and the menu left from every page.
@Suite(
  "Real terminal: the code, the large layout and the menu",
  .enabled(
    if: ExternalTool.runs(TmuxSession.available),
    "tmux is missing and PRAATMAAT_SKIP_TERMINAL=1: real-terminal tests skipped")
)
struct RealTerminalScreenTests {
  @Test("The session code stays on screen until ok, and /code shows it again")
  func codeBox() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    try tmux.launch(["start", "wonen"])
    try tmux.wait(for: dutch[.consentQuestion])
    try tmux.enter("ja")
    try tmux.wait(for: dutch[.codeWritten])
    let screen = try tmux.screen()
    let code = try #require(sessionCode(in: screen))
    #expect(!screen.contains("Waar woon je?"), "the conversation waits for ok")
    try tmux.enter("hmm")
    try tmux.wait("the request again") { $0.components(separatedBy: dutch[.codeWritten]).count == 3 }
    try tmux.enter("ok")
    try tmux.wait(for: "Waar woon je?")
    try tmux.enter("/code")
    try tmux.wait("the code again") { $0.components(separatedBy: dutch.codeIs("\(code)")).count == 3 }
    try tmux.wait("the question again") { $0.components(separatedBy: "Waar woon je?").count == 3 }
    try tmux.press("C-c")
    #expect(try tmux.exitStatus() == 130)
  }

  @Test("A conversation started with --large is shown large again on resume, without --large")
  func largeRemembered() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    try tmux.launch(["start", "wonen", "--large"])
    try tmux.wait(for: dutch[.consentQuestion])
    try tmux.enter("ja")
    try tmux.wait(for: dutch[.codeWritten])
    try tmux.enter("ok")
    try tmux.wait(for: "   Waar woon je?")
    try tmux.press("C-c")
    #expect(try tmux.exitStatus() == 130)
    let code = try #require(sessionCode(in: try tmux.screen()))
    try tmux.launch(["resume", code.description])
    try tmux.wait(for: dutch[.resumedAt])
    try tmux.wait("the large layout") { $0.contains("\n   " + dutch[.resumedAt]) }
    try tmux.press("C-c")
    #expect(try tmux.exitStatus() == 130)
  }

  @Test("The menu in a real terminal: every page is left with terug, and stoppen ends it")
  func menuWalk() throws {
    let sandbox = Sandbox()
    // A paused conversation, so the list of conversations has a page too.
    _ = try sandbox.run(["start", "wonen"], lines: ["ja", "1"])
    let tmux = try TmuxSession(sandbox)
    try tmux.launch([])
    var welcomes = 1
    try tmux.wait(for: dutch[.menuWelcome])
    // Read-aloud, scripts page 1, scripts page 2, conversations, report: each back with terug.
    for path in [["1"], ["1", "1"], ["1", "1", "meer"], ["2"], ["3"]] {
      for key in path { try tmux.enter(key) }
      try tmux.wait(for: dutch[.menuHowToLeave])
      try tmux.enter("terug")
      welcomes += 1
      try tmux.wait("welcome number \(welcomes) after \(path)") {
        $0.components(separatedBy: dutch[.menuWelcome]).count == welcomes + 1
      }
    }
    try tmux.enter("1")
    try tmux.enter("1")
    try tmux.enter("stoppen")
    try tmux.wait(for: "Tot ziens!")
    #expect(try tmux.exitStatus() == 0)
    #expect(!(try tmux.screen()).contains(dutch[.notUnderstood]), "no screen was a dead end")
  }
}
