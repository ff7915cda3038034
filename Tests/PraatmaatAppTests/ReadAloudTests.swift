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

  /// A stand-in espeak-ng first on PATH: logs its arguments and text, "speaks" for two
  /// seconds, and notes when it is stopped.
  static func fakeEspeak(in folder: URL, log: URL) throws {
    let script = """
      #!/bin/sh
      text=$(cat)
      trap 'echo "STOPPED" >> "\(log.path)"; exit 0' TERM
      echo "ARGS $*" >> "\(log.path)"
      echo "TEXT $text" >> "\(log.path)"
      sleep 2 &
      wait $!
      echo "DONE" >> "\(log.path)"
      """
    let file = folder.appendingPathComponent("espeak-ng")
    try script.write(to: file, atomically: true, encoding: .utf8)
    chmod(file.path, 0o755)
  }

  @Test("a conversation with --speak: every turn in a Dutch voice, in order; typing interrupts")
  func fakeEspeakConversation() throws {
    let sandbox = Sandbox()
    let bin = sandbox.root.folder("bin")
    let log = sandbox.root.folder("log").appendingPathComponent("espeak.log")
    try Self.fakeEspeak(in: bin, log: log)
    sandbox.pathPrefix = [bin.path]
    let live = try LiveProcess(sandbox, ["start", "wonen", "--speak", "--seed", "1"])
    func waitForLog(_ needle: String) -> Bool {
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline {
        if let text = try? String(contentsOf: log, encoding: .utf8), text.contains(needle) { return true }
        usleep(20_000)
      }
      return false
    }
    #expect(waitForLog("Vind je dat goed?"))
    live.type("ja")
    #expect(waitForLog("Waar woon je?"))
    live.type("1")  // typed while the welcome is still being spoken
    #expect(waitForLog("Je koos: Bij mijn ouders."))
    live.type("pauze")
    live.closeInput()
    #expect(live.finish(timeout: 20))
    #expect(waitForLog("We stoppen even."))
    let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
    let args = lines.filter { $0.hasPrefix("ARGS") }
    #expect(!args.isEmpty && args.allSatisfy { $0.contains("-v nl") && $0.contains("-s 140") })
    let texts = lines.filter { $0.hasPrefix("TEXT") }
    #expect(texts.first?.contains("Vind je dat goed? Een: Ja. Twee: Nee.") == true)
    let order = ["Vind je dat goed?", "Waar woon je?", "Je koos: Bij mijn ouders.", "We stoppen even."]
    let positions = order.compactMap { needle in texts.firstIndex { $0.contains(needle) } }
    #expect(positions == positions.sorted() && positions.count == order.count)
    // The welcome was still being spoken when "1" was typed: it was stopped, not finished.
    #expect(lines.contains("STOPPED"))
    #expect(!texts.joined().contains("🏠"))
  }
}
