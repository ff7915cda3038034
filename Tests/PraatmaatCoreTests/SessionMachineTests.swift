import Testing

@testable import PraatmaatCore

/// A second host for the session machine: no terminal, a list of typed lines in and what the
/// session asked for out, as a tablet page or a chat channel would keep it.
struct MemoryHost {
  /// Everything done, in order: `show: …`, `open`, `code`, `record: …`, `checkpoint`, `close: …`.
  var log: [String] = []
  var kept: [AnswerEvent] = []
  var opened = false
  var outcome: SessionMachine.Outcome?
  var declined = false

  mutating func perform(_ effects: [SessionEffect]) {
    for effect in effects {
      switch effect {
      case .show(let messages): log += PlainRenderer.lines(messages).map { "show: " + $0 }
      case .open: (opened, log) = (true, log + ["open"])
      case .showCode: log.append("code")
      case .record(let answers, _, _):
        kept += answers
        log.append("record: " + answers.map(\.questionID).joined(separator: " "))
      case .checkpoint: log.append("checkpoint")
      case .close(_, let end): (outcome, log) = (end, log + ["close: \(end)"])
      case .declined: (declined, log) = (true, log + ["declined"])
      }
    }
  }

  /// Plays `lines` from the start of a new session; `nil` is an interrupt.
  static func play(_ machine: inout SessionMachine, _ lines: [String?]) -> MemoryHost {
    var host = MemoryHost()
    host.perform(machine.start())
    for line in lines where machine.phase != .ended {
      host.perform(machine.step(line.map { .line($0) } ?? .interrupt))
    }
    return host
  }

  func index(of entry: String) -> Int? { log.firstIndex(of: entry) }
}

@Suite("Session machine: consent, conversation, review and code with another host")
struct SessionMachineTests {
  static let script = parseScript(
    withHeader(
      """
      vraag: woon keuze
        tekst: Waar woon je?
        optie ouders: Bij mijn ouders
        optie alleen: Alleen
      vraag: waarom open
        tekst: Wat vind je daarvan?
      """))

  static func machine(confirmsCode: Bool = true) -> SessionMachine {
    let conversation = Conversation(
      script: script, texts: dutch, anonymise: { AnonymiserFixture.anonymiser.anonymise($0) },
      words: packageWords)
    return SessionMachine(
      conversation: conversation, texts: dutch, reviewer: AnonymiserFixture.anonymiser,
      confirmsCode: confirmsCode)
  }

  @Test(
    "yes: the session is made, the code waits for ok, answers are kept before their echo, free text is reviewed"
  )
  func wholeSession() throws {
    var machine = Self.machine()
    let host = MemoryHost.play(
      &machine, ["ja", "wat?", "ok", "1", "Ik woon bij Sjoerd en dat is fijn", "fijn", "ja"])
    #expect(host.opened)
    let open = try #require(host.index(of: "open"))
    let code = try #require(host.index(of: "code"))
    #expect(open < code)
    #expect(host.log[code + 1] == "show: " + dutch[.codeWritten])
    #expect(host.log[code + 2] == "show: " + dutch[.codeWritten], "'wat?' is no ok: the code stays")
    // The choice is kept before its echo is shown.
    let recorded = try #require(host.index(of: "record: woon"))
    let echo = try #require(host.index(of: "show: " + dutch.youChose("Bij mijn ouders")))
    #expect(recorded < echo)
    // The open answer: the review shows the anonymised version; "fijn" is hidden too.
    #expect(host.log.contains("show: " + dutch.reviewShown("Ik woon bij [naam 1] en dat is fijn")))
    #expect(host.kept.last?.value == .kept("Ik woon bij [naam 1] en dat is [weggehaald]"))
    #expect(host.outcome == .finished)
    #expect(!host.log.contains { $0.contains("Sjoerd") && $0.hasPrefix("record") })
  }

  @Test("no, or an interrupt at consent: nothing is made or kept")
  func declined() {
    for lines in [["nee"], [nil], ["hm", "tja", "pff"]] as [[String?]] {
      var machine = Self.machine()
      let host = MemoryHost.play(&machine, lines)
      #expect(host.declined && !host.opened && host.kept.isEmpty, "\(lines)")
      #expect(host.log.contains("show: " + dutch[.consentDeclined]))
      #expect(machine.phase == .ended)
    }
  }

  @Test("an interrupt while the code is on screen pauses the session at its first question")
  func interruptAtCode() {
    var machine = Self.machine()
    let host = MemoryHost.play(&machine, ["ja", nil])
    #expect(host.opened && host.outcome == .paused && host.kept.isEmpty)
    #expect(machine.conversation.state.currentQuestion == "woon")
  }

  @Test(
    "/code shows the code again; a pause keeps the state; resume starts where it stopped, without consent")
  func codeAgainAndResume() throws {
    var machine = Self.machine(confirmsCode: false)
    let host = MemoryHost.play(&machine, ["ja", "/code", "2", "pauze"])
    #expect(host.log.filter { $0 == "code" }.count == 2)
    #expect(host.outcome == .paused)
    var resumed = SessionMachine(
      conversation: try Conversation(script: Self.script, texts: dutch, resuming: machine.conversation.state),
      texts: dutch)
    var again = MemoryHost()
    again.perform(resumed.resume())
    #expect(!again.log.contains("open") && again.log.contains("show: Wat vind je daarvan?"))
    again.perform(resumed.step(.line("Het is rustig.")))
    #expect(again.kept.map(\.questionID) == ["waarom"] && again.outcome == .finished)
  }

  @Test("a pause at the review keeps the anonymised answer and pauses before the next question")
  func pauseAtReview() {
    let longer = parseScript(
      withHeader(
        """
        vraag: waarom open
          tekst: Wat vind je van je huis?
        vraag: buren ja/nee
          tekst: Ken je je buren?
        """))
    var machine = SessionMachine(
      conversation: Conversation(script: longer, texts: dutch, words: packageWords), texts: dutch,
      reviewer: AnonymiserFixture.anonymiser)
    let host = MemoryHost.play(&machine, ["ja", "Bel Sjoerd op 0612345678", "pauze"])
    #expect(host.kept.last?.value == .kept("Bel [naam 1] op [telefoon]"))
    #expect(host.outcome == .paused)
    #expect(!host.log.contains("show: Ken je je buren?"))
  }
}
