import Foundation
import Testing

@testable import PraatmaatCore

@Suite("Conversation state and resume")
struct ConversationStateTests {
  static let welcomeBack = ["Welkom terug. We gaan verder.", "We waren bij deze vraag:"]

  @Test("the state survives JSON; resuming continues at the same question")
  func resumeAfterJSON() throws {
    let script = parseScript(wonenScript)
    let before = play(script, ["1"])
    let saved = try roundTrip(before.state)
    #expect(saved == before.state)

    var talk = try Talk(script, resuming: saved)
    #expect(talk.transcript == Self.welcomeBack + tevredenPrompt)
    #expect(talk.next == .answer("tevreden"))
    #expect(talk.type("3") == ["Je koos: 🙂 Goed"] + hulpPrompt)
    #expect(talk.state.answers["woonplek"] == .option("ouders"))
    #expect(talk.type("terug") == ["We gaan terug naar de vorige vraag."] + tevredenPrompt)
  }

  @Test("a paused conversation can be resumed and finished")
  func resumeAfterPause() throws {
    let script = parseScript(wonenScript)
    let paused = play(script, ["2", "pauze"])
    #expect(paused.state.status == .paused)

    var talk = try Talk(script, resuming: roundTrip(paused.state))
    #expect(talk.state.status == .running)
    #expect(talk.transcript == Self.welcomeBack + tevredenPrompt)
    talk.type(["1", "nee"])
    #expect(talk.next == .finished)
    #expect(talk.events.map(\.value) == [.option("1"), .option("nee")])
  }

  @Test("variables and the failed tries are kept")
  func variablesKept() throws {
    let script = parseScript(
      withHeader(
        """
        variabele: thuis = nee
        vraag: woonplek keuze
          tekst: Waar woon je?
          optie ouders: Bij mijn ouders
          optie alleen: Alleen
        zet: thuis = ja
          als: woonplek = ouders
        vraag: blij ja/nee
          tekst: Ben je blij?
        zeg: Fijn dat je thuis woont.
          als: thuis = ja
        """))
    let before = play(script, ["1", "blabla"])
    var talk = try Talk(script, resuming: roundTrip(before.state))
    #expect(talk.state.variables["thuis"] == .word("ja"))
    #expect(talk.state.failedTries == 1)
    #expect(talk.type("ja") == ["Je koos: 👍 Ja", "Fijn dat je thuis woont."])
  }

  static let editedScript = """
    id: wonen
    titel: Hoe gaat het met wonen?
    methode: gesprek
    thema: wonen
    fase: agendavorming
    versie: 2

    zeg: Hallo! Fijn dat je er bent.
    vraag: woonplek keuze
      tekst: Waar woon je?
      optie ouders: 🏠 Bij mijn ouders
      optie groep: 🏢 In een woongroep
      optie alleen: 🔑 Alleen
    vraag: buurt schaal 3
      tekst: Hoe vind je de buurt?
    vraag: tevreden schaal 3
      tekst: Hoe fijn vind je het waar je woont?
    vraag: hulp ja/nee
      tekst: Krijg je hulp thuis?
    zeg: Dank je wel. Tot ziens!
    """

  @Test("resume after an edit that adds a question before it and rewords it")
  func resumeAfterEdit() throws {
    let saved = try roundTrip(play(parseScript(wonenScript), ["1"]).state)
    var talk = try Talk(parseScript(Self.editedScript), resuming: saved)
    #expect(
      talk.transcript
        == Self.welcomeBack + [
          "Hoe fijn vind je het waar je woont?",
          "  1. 🙁 Slecht",
          "  2. 😐 Gaat wel",
          "  3. 🙂 Goed",
          "Typ een nummer of een woord.",
        ])
    #expect(talk.state.scriptVersion == 2)
    #expect(talk.type("3") == ["Je koos: 🙂 Goed"] + hulpPrompt)
    #expect(talk.state.answers["woonplek"] == .option("ouders"))
    #expect(talk.state.answers["buurt"] == nil)
  }

  @Test("resume throws questionGone when the current question was removed")
  func questionGone() throws {
    let saved = try roundTrip(play(parseScript(wonenScript), ["1"]).state)
    let withoutTevreden = parseScript(
      """
      id: wonen
      titel: Hoe gaat het met wonen?
      methode: gesprek
      thema: wonen
      fase: agendavorming
      versie: 3
      vraag: woonplek keuze
        tekst: Waar woon je?
        optie ouders: 🏠 Bij mijn ouders
        optie alleen: 🔑 Alleen
      vraag: hulp ja/nee
        tekst: Krijg je hulp thuis?
      """)
    #expect(throws: Conversation.ResumeError.questionGone("tevreden")) {
      try Conversation(script: withoutTevreden, texts: dutch, resuming: saved)
    }
  }

  @Test("resume refuses another script, a finished conversation and a newer format")
  func resumeRefused() throws {
    let wonen = parseScript(wonenScript)
    let saved = play(wonen, ["1"]).state
    let other = parseScript(withHeader("zeg: Hallo!", id: "ander"))
    #expect(throws: Conversation.ResumeError.otherScript(expected: "wonen", found: "ander")) {
      try Conversation(script: other, texts: dutch, resuming: saved)
    }
    let finished = play(wonen, ["1", "1", "1"]).state
    #expect(throws: Conversation.ResumeError.alreadyFinished) {
      try Conversation(script: wonen, texts: dutch, resuming: finished)
    }
    var newer = saved
    newer.format = ConversationState.currentFormat + 1
    #expect(throws: Conversation.ResumeError.newerFormat(ConversationState.currentFormat + 1)) {
      try Conversation(script: wonen, texts: dutch, resuming: newer)
    }
  }

  // MARK: Random sections

  /// The order in which the random section asks its questions with this seed.
  func order(seed: UInt64, source: String = randomScript) -> [String] {
    var talk = play(parseScript(source), seed: seed)
    var tries = 0
    while talk.next != .finished, tries < 20 {
      talk.type("ja")
      tries += 1
    }
    return talk.asked
  }

  @Test("willekeurig: the zeg lines come first, every question once, then the next section")
  func randomSectionShape() {
    var talk = play(parseScript(randomScript), seed: 3)
    #expect(talk.transcript.first == "We doen een paar vragen door elkaar.")
    talk.type(Array(repeating: "ja", count: 5))
    #expect(Set(talk.asked) == ["eten", "sport", "muziek", "dieren", "reizen"])
    #expect(talk.asked.count == 5)
    #expect(talk.transcript.last == "Dat was het.")
    #expect(talk.next == .finished)
  }

  @Test("willekeurig: the same seed gives the same order", arguments: [0, 1, 2, 42, 9_999] as [UInt64])
  func sameSeedSameOrder(seed: UInt64) {
    #expect(order(seed: seed) == order(seed: seed))
  }

  @Test("willekeurig: different seeds give different orders")
  func differentSeedsDifferentOrders() {
    let orders = (UInt64(1)...8).map { order(seed: $0) }
    #expect(Set(orders).count >= 5, "orders: \(orders)")
    #expect(orders.allSatisfy { $0.count == 5 })
  }

  @Test("willekeurig: 2 asks two of the questions")
  func randomPick() {
    let source = randomScript.replacingOccurrences(of: "willekeurig: alle", with: "willekeurig: 2")
    for seed in UInt64(0)..<5 {
      let asked = order(seed: seed, source: source)
      #expect(asked.count == 2)
      #expect(Set(asked).count == 2)
    }
  }

  @Test("willekeurig: a resumed conversation keeps the order it drew")
  func randomOrderSurvivesResume() throws {
    let script = parseScript(randomScript)
    let full = order(seed: 7)
    let before = play(script, ["ja", "ja"], seed: 7)
    var talk = try Talk(script, resuming: roundTrip(before.state))
    talk.type(["ja", "ja", "ja"])
    #expect(before.asked + Array(talk.asked.dropFirst()) == full)
  }
}

@Suite("Context back: the question an answer refers to")
struct ContextBackTests {
  static let followUp = withHeader(
    """
    vraag: thuis schaal 3
      tekst: Hoe vind je het thuis?
    vraag: waarom open
      tekst: Wat maakt dat zo?
    """)

  @Test("on resume, an open follow-up comes after the question it refers to and its answer")
  func resumeShowsWhatAFollowUpIsAbout() throws {
    let script = parseScript(Self.followUp)
    let paused = play(script, ["3", "pauze"])
    let talk = try Talk(script, resuming: roundTrip(paused.state))
    let shown = talk.transcript
    let at = try #require(shown.firstIndex(of: "Hoe vind je het thuis?"))
    #expect(shown[at + 1] == "Je antwoord was: 🙂 Goed")
    #expect(shown[at + 2] == "Wat maakt dat zo?")
    #expect(!shown.contains { $0.hasPrefix(dutch[.youChose, ["keuze": ""]]) }, "a reminder, not a new echo")
  }

  @Test("after a note, and with /code, the question is shown again")
  func questionAfterNoteAndCode() {
    var talk = play(parseScript(wonenScript))
    #expect(talk.type("/notitie Ze was moe.").dropFirst().first == "Waar woon je?")
    #expect(talk.type("/code").first == "Waar woon je?")
    #expect(talk.events.count == 1, "only the note was kept")
  }

  @Test(
    "a step saved before methods owned their steps reads as the method's step",
    arguments: [
      (#"{"why":{"statement":"s1"}}"#, PendingStep.why(statement: "s1")),
      (#"{"advice":{"statement":"s1"}}"#, .advice(statement: "s1")),
      (#"{"chooseTheme":{}}"#, .chooseTheme),
      (#"{"personaCheck":{}}"#, .personaCheck),
      (#"{"personaRedo":{"question":"naam"}}"#, .personaRedo(question: "naam")),
      (#"{"openRound":{}}"#, .openRound),
      (#"{"namely":{"question":"vervoer"}}"#, .namely(question: "vervoer")),
      (#"{"nickname":{}}"#, .nickname),
    ])
  func oldSteps(json: String, step: PendingStep) throws {
    let read = try JSONDecoder().decode(PendingStep.self, from: Data(json.utf8))
    #expect(read == step)
    #expect(try JSONDecoder().decode(PendingStep.self, from: JSONEncoder().encode(read)) == step)
  }
}
