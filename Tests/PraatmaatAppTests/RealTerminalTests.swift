import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

/// praatmaat on a real terminal: GNU readline in a tmux pane, typed with `send-keys` (arrow
/// keys, backspace over accented letters, Ctrl-C, Ctrl-D, a resize, a paste) and read back
/// with `capture-pane`. NO_COLOR keeps the screen plain, except in the colour test.
@Suite(
  "Real terminal: praatmaat in tmux",
  .enabled(
    if: ExternalTool.runs(TmuxSession.available),
    "tmux is missing and PRAATMAAT_SKIP_TERMINAL=1: real-terminal tests skipped")
)
struct RealTerminalTests {
  @Test("A whole wonen conversation: arrow keys, backspace over accents, history in memory only")
  func wholeConversation() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    try tmux.launch(["start", "wonen", "--seed", "1"])
    try tmux.wait(for: dutch[.consentQuestion])
    try tmux.answer("ja")
    try tmux.wait(for: "Waar woon je?")
    // A wrong key taken back: 3, backspace, 2.
    try tmux.type("3")
    try tmux.press("BSpace")
    try tmux.answer("2")
    try tmux.wait(for: "✓ Je koos: 🔑 In mijn eigen huis")
    // A 5-step scale on two screens: first the side, then how far.
    try tmux.type("3")
    try tmux.press("Enter")
    try tmux.wait(for: "Goed of heel goed?")
    try tmux.answer("1")
    // A letter put back with the arrow keys, and two accented letters taken away again.
    try tmux.wait(for: "Wat maakt dat zo?")
    try tmux.type("Het is rstig")
    try tmux.press("Left", "Left", "Left", "Left")
    try tmux.type("u")
    try tmux.press("End")
    try tmux.type(" bij het cafëé")
    try tmux.press("BSpace", "BSpace")
    try tmux.answer("é.")
    for answer in wonenAnswers().dropFirst(3) { try tmux.answer(answer) }
    try tmux.wait(for: dutch[.savedAll])
    #expect(try tmux.exitStatus() == 0)

    let code = try #require(sessionCode(in: try tmux.screen()))
    let store = try sandbox.openStore()
    let answers = try store.answers(code)
    #expect(answers.map(\.questionID) == wonenQuestionIDs)
    #expect(answers.first?.value == "eigen-huis")
    let why = try #require(answers.first { $0.questionID == "thuis_waarom" }?.value)
    #expect(why.hasSuffix("rustig bij het café."), "kept: \(why)")
    #expect(try store.session(code)?.status == .finished)
    // readline's history stays in memory: nothing in HOME or TMPDIR but praatmaat's cache of
    // the anonymiser's lexicon (public word lists) and the marks of scripts whose language
    // passed (empty files); nothing that was typed.
    let kept = files(under: sandbox.home)
    #expect(kept.allSatisfy { $0.deletingLastPathComponent().path.hasSuffix("/.cache/praatmaat") })
    for file in kept {
      let name = file.lastPathComponent
      let bytes = try Data(contentsOf: file)
      if name.hasPrefix("taal-gecontroleerd-") {
        #expect(bytes.isEmpty, "\(name)")
      } else {
        #expect(name.hasPrefix("anonimiseren-") && name.hasSuffix(".index"), "\(name)")
        #expect(bytes.range(of: Data("rustig bij het caf".utf8)) == nil)
      }
    }
    #expect(files(under: sandbox.tmp) == [])
  }

  @Test(
    "Without a UTF-8 locale (LANG=C, LC_ALL=C) backspace still takes away whole accented letters",
    arguments: ["LANG", "LC_ALL"])
  func accentsWithoutUTF8Locale(variable: String) throws {
    let sandbox = Sandbox()
    sandbox.overrides[variable] = "C"
    let tmux = try TmuxSession(sandbox)
    try tmux.launch(["start", "wonen", "--seed", "1"])
    try tmux.wait(for: dutch[.consentQuestion])
    try tmux.answer("ja")
    try tmux.wait(for: "Waar woon je?")
    try tmux.answer("2")
    try tmux.answer("goed")
    try tmux.wait(for: "Wat maakt dat zo?")
    try tmux.type("café één")
    try tmux.press("Left", "Left", "BSpace")
    try tmux.wait(for: "> café én")
    #expect(!(try tmux.screen()).contains("\u{FFFD}"))
    try tmux.press("C-c")
    #expect(try tmux.exitStatus() == 130)
  }

  @Test("A note is reviewed first: terug takes it back, Ctrl-C at the review pauses; neither is kept")
  func noteTakenBack() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    try tmux.launch(["start", "wonen", "--seed", "1"])
    try tmux.wait(for: dutch[.consentQuestion])
    try tmux.answer("ja")
    try tmux.wait(for: "Waar woon je?")
    try tmux.enter("/notitie Ze was moe.")
    try tmux.wait(for: dutch[.reviewNoteBack])
    try tmux.enter("terug")
    try tmux.wait(for: "✓ \(dutch[.noteDropped])")
    try tmux.wait(for: "Waar woon je?", count: 2)
    try tmux.enter("/notitie Ze lachte.")
    try tmux.wait(for: dutch[.reviewNoteBack], count: 2)
    try tmux.press("C-c")
    #expect(try tmux.exitStatus() == 130)
    let screen = try tmux.screen()
    #expect(screen.components(separatedBy: dutch[.noteDropped]).count - 1 == 2)
    #expect(screen.contains(dutch[.paused]))
    #expect(!screen.contains(dutch[.noteKept]))
    let code = try #require(sessionCode(in: screen))
    #expect(try sandbox.openStore().answers(code).isEmpty)
  }

  @Test("Ctrl-C pauses (exit 130), resume after a resize, Ctrl-D on an empty line pauses (exit 0)")
  func pauseResizeResume() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    try tmux.launch(["start", "wonen"])
    try tmux.wait(for: dutch[.consentQuestion])
    try tmux.answer("ja")
    try tmux.answer("2")
    try tmux.wait(for: "Hoe vind je het om daar te wonen?")
    // Typed but not sent: Ctrl-C throws the line away and pauses.
    try tmux.type("4")
    try tmux.press("C-c")
    try tmux.wait(for: dutch[.paused])
    #expect(try tmux.exitStatus() == 130)
    let first = try tmux.screen()
    let code = try #require(sessionCode(in: first))
    #expect(first.contains("praatmaat resume \(code)"))
    do {
      let store = try sandbox.openStore()
      #expect(try store.answers(code).map(\.questionID) == ["woonplek"])
      #expect(try store.session(code)?.status == .paused)
    }

    try tmux.launch(["resume", code.description])
    try tmux.wait(for: dutch[.resumedAt])
    try tmux.wait(for: "Hoe vind je het om daar te wonen?")
    // A narrower window: readline redraws, and a long answer wraps.
    try tmux.resize(width: 44, height: 16)
    try tmux.type("3")
    try tmux.press("Enter")
    try tmux.wait(for: "Goed of heel goed?")
    try tmux.answer("1")
    try tmux.wait(for: "Wat maakt dat zo?")
    let long = "Ik woon hier al lang en ik ken de buren goed, dat vind ik fijn."
    try tmux.answer(long)
    try tmux.wait(for: "Hoe veilig voel je je thuis?")
    // Ctrl-D with text on the line is not the end; on an empty line it is.
    try tmux.type("ab")
    try tmux.press("C-d")
    try tmux.press("C-u")
    try tmux.press("C-d")
    try tmux.wait(for: dutch[.paused])
    #expect(try tmux.exitStatus() == 0)
    do {
      let store = try sandbox.openStore()
      let answers = try store.answers(code)
      #expect(answers.map(\.questionID) == Array(wonenQuestionIDs.prefix(3)))
      #expect(answers.last?.value == long)
      #expect(try store.session(code)?.status == .paused)
      #expect(try store.session(code)?.state?.currentQuestion == "veilig")
    }

    // The rest through a pipe: the same session finishes.
    let rest = try sandbox.run(["resume", code.description], lines: Array(wonenAnswers().dropFirst(3)))
    #expect(rest.status == 0, "\(rest.err)")
    #expect(try sandbox.openStore().answers(code).map(\.questionID) == wonenQuestionIDs)
  }

  @Test("A Stamtafel round: nicknames, turns, pass, Ctrl-C and resume at the same seat, /einde")
  func groupRound() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    try tmux.launch(["start", "stamtafel", "--seed", "1"], height: 50)
    try tmux.wait(for: dutch[.consentQuestion])
    try tmux.answer("ja")
    try tmux.wait(for: dutch[.nameQuestion])
    try tmux.answer("Tijger")
    try tmux.answer("Blauw")
    try tmux.enter("klaar")
    try tmux.wait(for: dutch.atTable(["Tijger", "Blauw"]))
    try tmux.wait(for: dutch.turn("Tijger"))
    try tmux.answer("Ik ben naar mijn werk geweest.")
    try tmux.wait(for: dutch.turn("Blauw"))
    try tmux.enter("pas")
    try tmux.wait(for: "Wat doe je het liefst in je vrije tijd?")
    try tmux.answer("1")
    try tmux.wait(for: dutch.turn("Blauw"), count: 2)
    try tmux.press("C-c")
    try tmux.wait(for: dutch[.paused])
    #expect(try tmux.exitStatus() == 130)
    let code = try #require(sessionCode(in: try tmux.screen()))

    try tmux.launch(["resume", code.description], height: 50)
    try tmux.wait(for: dutch[.resumedAt])
    let resumed = try tmux.wait(for: "Wat doe je het liefst in je vrije tijd?")
    #expect(resumed.contains(dutch.atTable(["Tijger", "Blauw"])))
    #expect(resumed.contains(dutch.turn("Blauw")))
    try tmux.answer("3")
    try tmux.enter("/einde")
    try tmux.wait(for: dutch[.savedAll])
    #expect(try tmux.exitStatus() == 0)

    let store = try sandbox.openStore()
    let answers = try store.answers(code)
    // Blauw's "pas" is kept as a pass, so the report can count it.
    #expect(answers.map(\.questionID) == ["vandaag", "vandaag", "vrije_tijd", "vrije_tijd"])
    #expect(answers.map(\.participant) == ["1", "2", "1", "2"])
    #expect(answers.map(\.value).suffix(2) == ["sport", "vrienden"])
    #expect(try store.session(code)?.status == .finished)
    #expect(planted(["Tijger", "Blauw"], in: [sandbox.databaseFolder]) == [], "nicknames stay on screen")
  }

  @Test("With colour on, the coloured prompt keeps readline's cursor right while editing")
  func colourPrompt() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox, colour: true)
    try tmux.launch(["start", "wonen"])
    try tmux.wait(for: dutch[.consentQuestion])
    #expect(try tmux.colouredScreen().contains("\u{1B}["), "colour is on")
    try tmux.answer("ja")
    try tmux.wait(for: "Waar woon je?")
    // The prompt comes once the word lists are read (a moment after the question).
    try tmux.wait("the prompt") { _ in (try? tmux.lastRow()) == ">" }
    try tmux.type("abc")
    try tmux.press("Left", "Left")
    try tmux.type("X")
    try tmux.wait("the edited line") { _ in (try? tmux.lastRow()) == "> aXbc" }
    try tmux.press("End", "C-u")
    try tmux.answer("2")
    try tmux.wait(for: "✓ Je koos: 🔑 In mijn eigen huis")
    try tmux.wait("a clean prompt") { _ in (try? tmux.lastRow()) == ">" }
    try tmux.press("C-c")
    #expect(try tmux.exitStatus() == 130)
  }

  @Test("Pasted escape sequences never reach the screen: no new title, no cleared screen, no colour")
  func pastedEscapes() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    // The check means something: printed raw, this sequence does change the title.
    try tmux.launch(command: "printf '\\033]2;controle\\007'; sleep 30")
    try tmux.wait("the control title") { _ in (try? tmux.title()) == "controle" }

    try tmux.launch(["start", "stamtafel"], height: 60)
    try tmux.wait(for: dutch[.consentQuestion])
    try tmux.answer("ja")
    try tmux.wait(for: dutch[.nameQuestion])
    try tmux.paste("\u{1B}]2;pwned\u{07}\u{1B}[2J\u{1B}[31mTijger\u{1B}[0m\u{202E}")
    try tmux.press("Enter")
    try tmux.wait(for: "✓ Hallo Tijger!")
    try tmux.answer("Blauw")
    try tmux.enter("klaar")
    try tmux.wait(for: dutch.turn("Tijger"))
    try tmux.paste("\u{1B}]0;pwned\u{07}Ik \u{1B}[1;31mwas\u{1B}[0m \u{200B}thuis\u{1B}[H\u{1B}[2J")
    let before = try tmux.echoes()
    try tmux.press("Enter")
    try tmux.settle(after: before, reviews: 0)
    try tmux.wait(for: dutch.turn("Blauw"))

    #expect(try tmux.title() != "pwned")
    let rows = try tmux.visibleRows()
    #expect(rows.contains { $0.contains(dutch[.chooseName]) }, "the screen was not cleared")
    #expect(!(try tmux.colouredScreen()).contains("\u{1B}[31m"), "no colour got through")
    // readline shows a pasted ESC as the letters ^[ while the line is typed; only typed
    // lines ("> …") may hold them, never what praatmaat says.
    let said = try tmux.screen().split(separator: "\n").filter { !$0.hasPrefix(">") }
    #expect(!said.contains { $0.contains("pwned") || $0.contains("^[") }, "\(said)")
    try tmux.enter("/einde")
    #expect(try tmux.exitStatus() == 0)
    let code = try #require(sessionCode(in: try tmux.screen()))
    let kept = try #require(try sandbox.openStore().answers(code).first?.value)
    #expect(TextSafety.clean(kept) == kept, "kept: \(kept.debugDescription)")
    #expect(kept.contains("was") && kept.contains("thuis"))
  }

  /// Starts a group script and seats Tijger and Blauw, until it is Tijger's turn.
  static func seatTable(_ tmux: TmuxSession, _ arguments: [String]) throws {
    try tmux.launch(arguments, height: 50)
    try tmux.wait(for: dutch[.consentQuestion])
    try tmux.answer("ja")
    try tmux.answer("Tijger")
    try tmux.answer("Blauw")
    try tmux.enter("klaar")
    try tmux.wait(for: dutch.turn("Tijger"))
  }

  /// Lines that are only a prompt: readline must not leave one behind after an answer.
  static func strayPrompts(_ screen: String) -> Int {
    screen.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces) == ">" }.count
  }

  @Test("A whole Kwartetspel: two players, every card passed, pages of themes, to the last card")
  func kwartetToTheEnd() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    try Self.seatTable(tmux, ["start", "kwartetspel", "--seed", "3"])
    try tmux.enter("herhaal")
    try tmux.wait(for: dutch[.chooseTheme], count: 2)
    for _ in 0..<28 {
      try tmux.answer("1")
      try tmux.answer("pas")
    }
    try tmux.wait(for: dutch[.allCardsPlayed])
    try tmux.wait(for: dutch[.savedAll])
    #expect(try tmux.exitStatus() == 0)
    let screen = try tmux.screen()
    #expect(screen.contains("4. ➡️ \(dutch[.moreThemes])"))
    #expect(!screen.contains("  5. "), "never more than four options")
    #expect(Self.strayPrompts(screen) == 0, "no empty prompt line after herhaal")

    let code = try #require(sessionCode(in: screen))
    let store = try sandbox.openStore()
    let answers = try store.answers(code)
    #expect(answers.count == 28)
    #expect(Set(answers.map(\.valueKind)) == ["skipped"])
    #expect(answers.map(\.participant) == (0..<28).map { $0 % 2 == 0 ? "1" : "2" })
    #expect(try store.session(code)?.status == .finished)
  }

  @Test("A whole Persona: one player answers, the other passes, the card is confirmed and kept")
  func personaToTheEnd() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    try Self.seatTable(tmux, ["start", "persona", "--seed", "1"])
    for answer in ["1", "2", "3", "Ze werkt.", "Brieven.", "Een lijst.", "1 2", "Korte brieven."] {
      try tmux.answer(answer)
      try tmux.answer("pas")
    }
    try tmux.wait(for: dutch[.personaQuestion])
    try tmux.enter("herhaal")
    try tmux.wait(for: dutch[.personaIntro], count: 2)
    // The card's four lines of free text are shown to the supporter before they are kept.
    try tmux.enter("ja")
    for shown in 1...4 {
      try tmux.wait(for: dutch[.reviewAsk], count: shown)
      try tmux.enter("ja")
    }
    try tmux.wait(for: dutch[.personaKept])
    #expect(try tmux.exitStatus() == 0)

    let screen = try tmux.screen()
    let code = try #require(sessionCode(in: screen))
    let kept = try sandbox.openStore().answers(code)
    // The card's lines, and how many people sat at the table (for the reports' counts).
    #expect(kept.last.map { ($0.questionID, $0.value) } ?? ("", nil) == (AnswerRecord.tablePeopleID, "2"))
    let answers = kept.filter { $0.questionID != AnswerRecord.tablePeopleID }
    #expect(answers.count == 8)
    #expect(answers.allSatisfy { $0.participant == "groep" && $0.valueKind == "text" })
    #expect(answers.first?.value?.hasPrefix("Naam: ") == true)
    #expect(answers.contains { $0.value == "Moeilijk: Brieven" })
  }

  @Test("A whole panel with a statement of the day: votes as number and smiley, advice, to the end")
  func panelToTheEnd() throws {
    let sandbox = Sandbox()
    let tmux = try TmuxSession(sandbox)
    let plan = "De bus naar het buurthuis wordt gratis."
    try Self.seatTable(tmux, ["start", "panel", "--statement", plan])
    for _ in 0..<4 {
      try tmux.answer("1")
      try tmux.answer("pas")
      try tmux.answer("🙂")
      try tmux.answer("pas")
      try tmux.answer("ja")
    }
    for answer in ["1", "2", "pas", "pas"] { try tmux.answer(answer) }
    try tmux.wait(for: dutch[.savedAll])
    #expect(try tmux.exitStatus() == 0)

    let screen = try tmux.screen()
    #expect(screen.contains(plan))
    #expect(screen.contains(dutch[.adviceYes]))
    let code = try #require(sessionCode(in: screen))
    let answers = try sandbox.openStore().answers(code)
    let id = Script.extraStatementID(plan)
    let text = try #require(answers.first { $0.kind == "stellingtekst" })
    #expect(text.questionID == id && text.value == plan && text.participant == "groep")
    #expect(
      answers.filter { $0.questionID == id }.compactMap(\.value).sorted() == ["eens", "eens", plan].sorted())
    #expect(answers.filter { $0.questionID.hasSuffix("-advies") }.count == 4)
  }
}
