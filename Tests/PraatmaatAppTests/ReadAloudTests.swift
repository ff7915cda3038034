import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore

/// Read-aloud: what is spoken, in which voice and order, and that an answer stops the voice.
@Suite("Read-aloud")
struct ReadAloudTests {
  @Test("options are read with their number as a word, pictograms are never read")
  func speechText() {
    let prompt = Prompt(
      questionID: "woonplek", kind: .choice, lines: ["Waar woon je?"],
      options: [
        Option(id: "ouders", pictogram: "🏠", label: "Bij mijn ouders"),
        Option(id: "alleen", pictogram: "🔑", label: "Alleen"),
      ], hint: "Typ een nummer of een woord.")
    let text = SpeechText.of([.echo("Je koos: 🙂 Goed"), .ask(prompt)])
    #expect(
      text == "Je koos: Goed. Waar woon je? Een: Bij mijn ouders. Twee: Alleen. Typ een nummer of een woord.")
    #expect(SpeechText.withoutPictograms("👩‍💻 Hallo 👍🏽!") == "Hallo !")
  }

  /// Records what it is asked to say and when it is stopped.
  final class RecordingSpeaker: Speaker {
    var events: [String] = []
    func speak(_ text: String) { events.append("speak: " + text) }
    func stop() { events.append("stop") }
    func finish() { events.append("finish") }
  }

  @Test("everything shown before an answer is spoken as one text; the answer stops it")
  func speakingTerminal() {
    let speaker = RecordingSpeaker()
    let inner = MemoryTerminal(typing: ["1"])
    do {
      let terminal = SpeakingTerminal(inner, speaker: speaker)
      terminal.show([.say("Hallo.")])
      terminal.show([.say("Hoe gaat het?")])
      #expect(terminal.readLine(prompt: "> ") == .line("1"))
      terminal.show([.say("Dag!")])
    }
    #expect(speaker.events == ["speak: Hallo. Hoe gaat het?", "stop", "speak: Dag!", "finish"])
  }

  @Test("a session code is spelled letter by letter, digits as words; other words stay words")
  func spelledCode() {
    #expect(SpeechText.of([.say("Je code is: ETD-HTP")]) == "Je code is: E. T. D. streepje H. T. P.")
    #expect(
      SpeechText.of([.say("Verder gaan kan met: praatmaat resume KX3-4H9")])
        == "Verder gaan kan met: praatmaat resume K. X. drie. streepje vier. H. negen.")
    #expect(SpeechText.of([.say("Stuur een e-mail naar ABC-DEFG.")]) == "Stuur een e-mail naar ABC-DEFG.")
    #expect(SpeechText.of([.hint("Typ dan een vraagteken: ?")]) == "Typ dan een vraagteken: ?")
  }

  /// The real espeak-ng on PATH, when it is installed.
  static let espeak: String? = EspeakSpeaker.find(
    "espeak-ng", in: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")

  @Test(
    "the real voice says every letter and digit of a code: seven sounds for ABC-DEF",
    .enabled(if: ExternalTool.runs(espeak != nil), "espeak-ng is missing and PRAATMAAT_SKIP_TERMINAL=1"))
  func realVoiceSpellsCodes() throws {
    let alphabet = SessionCode.alphabet
    for start in stride(from: 0, to: alphabet.count, by: 6) {
      let chars = (0..<6).map { alphabet[(start + $0) % alphabet.count] }
      let code = String(chars[0..<3]) + "-" + String(chars[3...])
      let process = Process()
      process.executableURL = URL(fileURLWithPath: try #require(Self.espeak))
      // -q: no sound, -x: the phonemes, one group per word said.
      process.arguments = ["-q", "-v", "nl", "-x", SpeechText.spellingCodes(code)]
      let out = Pipe()
      process.standardOutput = out
      process.standardError = FileHandle.nullDevice
      try process.run()
      let phonemes = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      let sounds = phonemes.split(whereSeparator: \.isWhitespace)
      #expect(sounds.count == 7, "\(code) is said as \(phonemes)")
    }
  }

  /// A terminal that, while it waits, shows the idle hint and then gets a key.
  final class WaitingTerminal: ObservableTerminal {
    weak var observer: (any TerminalObserver)?
    func show(_ messages: [Message]) {}
    func note(_ line: String) {}
    func readLine(prompt: String) -> TerminalInput {
      observer?.shownWhileWaiting(dutch.list(.idle).map(Message.hint))
      observer?.keyPressed()
      return .line("1")
    }
  }

  @Test("the idle hint is spoken too, and the first key stops the voice before the answer is sent")
  func idleHintAndFirstKey() {
    let speaker = RecordingSpeaker()
    let terminal = SpeakingTerminal(WaitingTerminal(), speaker: speaker)
    terminal.show([.say("Hoe gaat het?")])
    #expect(terminal.readLine(prompt: "> ") == .line("1"))
    #expect(
      speaker.events == [
        "speak: Hoe gaat het?", "speak: Neem rustig de tijd. Wil je hulp? Typ dan een vraagteken: ?", "stop",
        "stop",
      ])
  }

  /// A stand-in espeak-ng first on PATH: logs its arguments and text, "speaks" for
  /// `seconds`, and notes when it is stopped. It cannot be stopped before it has logged.
  static func fakeEspeak(in folder: URL, log: URL, seconds: Double = 2) throws {
    let script = """
      #!/bin/sh
      trap '' TERM
      text=$(cat)
      echo "ARGS $*" >> "\(log.path)"
      sleep \(seconds) &
      pid=$!
      trap 'kill $pid 2>/dev/null; echo "STOPPED" >> "\(log.path)"; exit 0' TERM
      echo "TEXT $text" >> "\(log.path)"
      wait $pid
      echo "DONE" >> "\(log.path)"
      """
    let file = folder.appendingPathComponent("espeak-ng")
    try script.write(to: file, atomically: true, encoding: .utf8)
    chmod(file.path, 0o755)
  }

  /// The lines the stand-in was given so far.
  static func logged(_ log: URL) -> [String] {
    // Before the stand-in speaks its first line there is no log yet: nothing was said.
    guard FileManager.default.fileExists(atPath: log.path) else { return [] }
    do {
      return try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
    } catch {
      Issue.record(error)
      return []
    }
  }

  /// Waits until the log satisfies `predicate`.
  static func waitForLog(_ log: URL, timeout: TimeInterval = 10, _ predicate: ([String]) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if predicate(logged(log)) { return true }
      usleep(20_000)
    }
    return predicate(logged(log))
  }

  /// What read-aloud says for one line as it is printed: "  2. 🔑 Alleen" is "Twee: Alleen.".
  static func spoken(_ line: String) -> String {
    let digits = line.dropFirst(2).prefix(while: \.isNumber)
    if line.hasPrefix("  "), let n = Int(digits), n < SpeechText.numbers.count,
      line.dropFirst(2 + digits.count).hasPrefix(". ")
    {
      let label = SpeechText.withoutPictograms(String(line.dropFirst(4 + digits.count)))
      return SpeechText.sentence("\(SpeechText.numbers[n]): \(label)")
    }
    return SpeechText.of([.say(line)])
  }

  @Test("a whole conversation with --speak: every bot line is spoken, in a Dutch voice, in order")
  func everyLineSpoken() throws {
    let sandbox = Sandbox()
    let bin = sandbox.root.folder("bin")
    let log = sandbox.root.folder("log").appendingPathComponent("espeak.log")
    try Self.fakeEspeak(in: bin, log: log, seconds: 0.2)
    sandbox.pathPrefix = [bin.path]
    let live = try LiveProcess(sandbox, ["start", "wonen", "--speak", "--seed", "1"])
    // Each answer is typed when what comes before it is being spoken, so the texts are
    // logged in the order they were said.
    for (n, answer) in (["ja"] + wonenAnswers()).enumerated() {
      #expect(Self.waitForLog(log) { $0.filter { $0.hasPrefix("TEXT ") }.count > n }, "text \(n + 1)")
      live.type(answer)
    }
    live.closeInput()
    #expect(live.finish(timeout: 20))
    #expect(live.result.status == 0)
    let lines = Self.logged(log)
    let args = lines.filter { $0.hasPrefix("ARGS") }
    #expect(!args.isEmpty && args.allSatisfy { $0.contains("-v nl") && $0.contains("-s 140") })
    let said = lines.filter { $0.hasPrefix("TEXT ") }.map { String($0.dropFirst(5)) }.joined(separator: " ")
    let shown = live.stdout.text.split(separator: "\n").map(String.init)
    #expect(shown.contains(dutch[.savedAll]))
    var from = said.startIndex
    for line in shown {
      let expected = Self.spoken(line)
      guard !expected.isEmpty else { continue }
      guard let found = said.range(of: expected, range: from..<said.endIndex) else {
        Issue.record("not spoken, or not in order: \(line)")
        break
      }
      from = found.upperBound
    }
    #expect(!said.contains("🏠"))
    let code = try #require(sessionCode(in: live.stdout.text))
    #expect(said.contains(SpeechText.spellingCodes(code.description)))
  }

  @Test("with piped answers, an answer stops the voice that is still speaking")
  func answerInterrupts() throws {
    let sandbox = Sandbox()
    let bin = sandbox.root.folder("bin")
    let log = sandbox.root.folder("log").appendingPathComponent("espeak.log")
    try Self.fakeEspeak(in: bin, log: log)
    sandbox.pathPrefix = [bin.path]
    let live = try LiveProcess(sandbox, ["start", "wonen", "--speak", "--seed", "1"])
    #expect(Self.waitForLog(log) { $0.contains { $0.contains("Vind je dat goed?") } })
    live.type("ja")
    #expect(Self.waitForLog(log) { $0.contains { $0.contains("Waar woon je?") } })
    live.type("1")  // typed while the welcome is still being spoken
    #expect(Self.waitForLog(log) { $0.contains { $0.contains("Je koos: Bij mijn ouders.") } })
    live.type("pauze")
    live.closeInput()
    #expect(live.finish(timeout: 20))
    #expect(Self.waitForLog(log) { $0.contains { $0.contains("We stoppen even.") } })
    // The welcome was still being spoken when "1" was typed: it was stopped, not finished.
    #expect(Self.logged(log).contains("STOPPED"))
  }

  @Test(
    "on a real terminal the first key typed stops the voice, before Enter",
    .enabled(if: ExternalTool.runs(TmuxSession.available), "tmux is missing and PRAATMAAT_SKIP_TERMINAL=1"))
  func keyInterrupts() throws {
    let sandbox = Sandbox()
    let bin = sandbox.root.folder("bin")
    let log = sandbox.root.folder("log").appendingPathComponent("espeak.log")
    try Self.fakeEspeak(in: bin, log: log, seconds: 3)
    sandbox.pathPrefix = [bin.path]
    let tmux = try TmuxSession(sandbox)
    try tmux.launch(["start", "wonen", "--speak"])
    try tmux.wait(for: dutch[.consentQuestion])
    #expect(Self.waitForLog(log) { $0.contains { $0.contains("Vind je dat goed?") } })
    try tmux.type("j")
    #expect(Self.waitForLog(log) { $0.contains("STOPPED") }, "the voice stops at the first key")
    #expect(Self.logged(log).filter { $0.hasPrefix("TEXT ") }.count == 1, "nothing was answered yet")
    try tmux.type("a")
    try tmux.press("Enter")
    try tmux.wait(for: dutch[.codeWritten])
    try tmux.type("ok")
    try tmux.press("Enter")
    try tmux.wait(for: "Waar woon je?")
    #expect(Self.waitForLog(log) { $0.contains { $0.contains("Waar woon je?") } })
    try tmux.press("C-c")
    #expect(try tmux.exitStatus() == 130)
  }

  @Test("read-aloud chosen in the menu without espeak-ng: one kind line, and the conversation goes on")
  func menuWithoutVoice() throws {
    let sandbox = Sandbox()
    // A PATH without espeak-ng.
    sandbox.overrides["PATH"] = sandbox.root.folder("empty").path
    let result = try sandbox.run([], lines: ["nieuw", "horen", "meer", "wonen", "ja", "1"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains(dutch[.menuNoVoice]))
    #expect(result.out.contains(Menu.noVoiceHow))
    #expect(!(result.out + result.err).contains("apt-get"))
    #expect(result.out.contains("Je koos: 🏠 Bij mijn ouders"))
    #expect(result.out.contains("praatmaat resume"))
  }

  @Test("a session read at --speak-rate 100 is read at that speed again on resume, unless another is given")
  func resumeKeepsSpeed() throws {
    let sandbox = Sandbox()
    let bin = sandbox.root.folder("bin")
    let log = sandbox.root.folder("log").appendingPathComponent("espeak.log")
    try Self.fakeEspeak(in: bin, log: log, seconds: 0.05)
    sandbox.pathPrefix = [bin.path]
    let first = try sandbox.run(
      ["start", "wonen", "--speak", "--speak-rate", "100", "--seed", "1"], lines: ["ja", "1"])
    #expect(first.status == 0, "\(first.err)")
    let code = try #require(sessionCode(in: first.out))
    #expect(try sandbox.openStore().session(code)?.state?.speakRate == 100)
    for (extra, speed) in [([String](), "-s 100"), (["--speak", "--speak-rate", "180"], "-s 180")] {
      try? FileManager.default.removeItem(at: log)
      let again = try sandbox.run(["resume", code.description] + extra, lines: ["pauze"])
      #expect(again.status == 0, "\(again.err)")
      let args = Self.logged(log).filter { $0.hasPrefix("ARGS") }
      #expect(!args.isEmpty && args.allSatisfy { $0.contains(speed) }, "\(args)")
    }
  }

  @Test("a session started with --speak speaks again when it is resumed from the menu")
  func resumeSpeaksAgain() throws {
    let sandbox = Sandbox()
    let bin = sandbox.root.folder("bin")
    let log = sandbox.root.folder("log").appendingPathComponent("espeak.log")
    try Self.fakeEspeak(in: bin, log: log, seconds: 0.1)
    sandbox.pathPrefix = [bin.path]
    let first = try sandbox.run(["start", "wonen", "--speak", "--seed", "1"], lines: ["ja", "1"])
    #expect(first.status == 0, "\(first.err)")
    let code = try #require(sessionCode(in: first.out))
    try? FileManager.default.removeItem(at: log)
    // The menu itself has no voice; the conversation that goes on has it again.
    let again = try LiveProcess(sandbox, [])
    again.type("verder")
    again.type("1")
    #expect(Self.waitForLog(log) { $0.contains { $0.contains(dutch[.resumedAt]) } })
    // "2" is Gaat wel on the first screen of a 5-step scale.
    again.type("2")
    again.closeInput()
    #expect(again.finish(timeout: 20))
    #expect(again.result.status == 0, "\(again.stderr.text)")
    #expect(again.stdout.text.contains("Je koos: 😐 Gaat wel"))
    // Without a voice on this computer it goes on all the same, and says so once.
    sandbox.overrides["PATH"] = sandbox.root.folder("empty").path
    let silent = try sandbox.run(["resume", code.description], lines: ["2"])
    #expect(silent.status == 0, "\(silent.err)")
    #expect(silent.out.contains(dutch[.menuNoVoice]))
    #expect(silent.out.contains(dutch[.resumedAt]))
  }
}
