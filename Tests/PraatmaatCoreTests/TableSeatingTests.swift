import Testing

@testable import PraatmaatCore

@Suite("At the table: nicknames and latecomers")
struct TableSeatingTests {
  /// A stand-in for the anonymiser's check: Jan, Kim and full names are real names.
  static let realNames: @Sendable (String) -> Bool = { name in
    !["jan", "kim", "de vries"].contains { name.lowercased().contains($0) }
  }

  @Test("'weet ik niet' as a nickname gives a nickname from the list, never a bare number")
  func defaultNickname() {
    var talk = Talk(parseScript(tafelScript))
    talk.type("Tijger")
    #expect(talk.type("weet ik niet").first == dutch.nameGiven("Zon"))
    talk.type("overslaan")
    talk.type("klaar")
    #expect(talk.state.table?.participants.map(\.nickname) == ["Tijger", "Zon", "Wolk"])
    #expect(talk.transcript.contains(dutch.turn("Tijger")))
  }

  @Test("a taken nickname is refused with a free one as example; so is another seat's number")
  func takenNames() {
    var talk = Talk(parseScript(tafelScript))
    talk.type(["Zon", "Tijger"])
    #expect(talk.type("zon") == [dutch[.nameTaken], dutch.forExample("Wolk")])
    // Number 3 may not call itself "Deelnemer 1" or "2": those are the others' numbers.
    #expect(talk.type("Deelnemer 1").first == dutch[.numberTaken])
    #expect(talk.type("2").first == dutch[.numberTaken])
    #expect(talk.type("Deelnemer 3").first == dutch.hello("Deelnemer 3"))
    // And nobody else can be "3" now.
    #expect(talk.type("nummer 3").first == dutch[.nameTaken])
  }

  @Test("a full real name gets the kind real-name message, one sentence per line")
  func realName() {
    var talk = Talk(parseScript(tafelScript), nicknameCheck: Self.realNames)
    #expect(
      talk.type("Jan de Vries") == [
        dutch[.nameIsReal], dutch[.nameInstead], dutch.forExample("Zon"),
      ])
    #expect(talk.type("Kim").first == dutch[.nameIsReal])
    #expect(talk.type("De grote blauwe vogel").first == dutch[.nameTooLong])
  }

  @Test("a nickname of pictograms only is refused: it is read aloud as nothing; with a word it is fine")
  func pictogramName() {
    var talk = Talk(parseScript(tafelScript))
    #expect(talk.type("🐯").first == dutch[.nameNeedsLetters])
    #expect(talk.type("⭐ ⭐").first == dutch[.nameNeedsLetters])
    #expect(talk.type("🐯 Tijger").first == dutch.hello("🐯 Tijger"))
    #expect(SpeechText.of([.say(dutch.turn("🐯 Tijger"))]).contains("Tijger"))
  }

  @Test("the example in the help for /erbij is a nickname that is taken, not refused")
  func helpExampleAccepted() {
    let example = SupporterCommand.tableHelpLines.first { $0.hasPrefix("/erbij") }
    #expect(example?.hasPrefix("/erbij Zon") == true)
    var talk = seated(tafelScript, nicknameCheck: Self.realNames)
    talk.type(["/erbij Zon", "ja"])
    #expect(talk.state.table?.participants.map(\.nickname) == ["Tijger", "Blauw", "Zon"])
  }

  @Test("a latecomer is asked for consent; yes takes a seat and a turn this round")
  func latecomerSaysYes() {
    var talk = seated(tafelScript)
    let asked = talk.type("/erbij Maan")
    #expect(asked.first == dutch.latecomer("Maan"))
    #expect(asked.contains(dutch[.consentQuestion]))
    #expect(talk.state.table?.participants.count == 2, "no seat before a yes")
    #expect(
      talk.type("ja") == [
        dutch[.joined], "Aan tafel: Tijger, Blauw, Maan.", dutch.turn("Tijger"),
        "Wat heb je vandaag gedaan?",
      ])
    talk.type(["Ik werkte.", "Ik sliep.", "Ik kookte."])
    #expect(talk.events.map(\.participant) == ["1", "2", "3"])
  }

  @Test("a latecomer who says no is not seated and nothing is kept of them")
  func latecomerSaysNo() {
    var talk = seated(tafelScript)
    talk.type("/erbij Maan")
    #expect(talk.type("blabla") == [dutch[.notUnderstood], dutch[.consentAnswerHow]])
    #expect(
      talk.type("nee") == [
        dutch[.joinDeclined], dutch[.joinNothingKept], dutch.turn("Tijger"),
        "Wat heb je vandaag gedaan?",
      ])
    talk.type(["Ik werkte.", "Ik sliep."])
    #expect(talk.state.table?.participants.map(\.nickname) == ["Tijger", "Blauw"])
    #expect(talk.kept.map(\.participant) == ["1", "2"])
    #expect(talk.next == .answer("fijn"))
  }

  @Test("a pause while a latecomer is asked leaves them out; the table resumes as it was")
  func latecomerPause() throws {
    var talk = seated(tafelScript)
    talk.type("/erbij Maan")
    let paused = talk.conversation.state
    #expect(paused.table?.joining == "Maan")
    var copy = talk.conversation
    _ = copy.pause()
    #expect(copy.state.table?.joining == nil)
    // Also a state kept while the question was on screen (a killed process).
    let resumed = try Talk(parseScript(tafelScript), resuming: try roundTrip(paused))
    #expect(resumed.state.table?.joining == nil)
    #expect(resumed.transcript.last == "Wat heb je vandaag gedaan?")
  }

  @Test("after three tries at a table, the bot offers pas or overslaan, not a pause for everyone")
  func offerPassAtTable() {
    var talk = seated(tafelScript)
    talk.type(["Ik werkte.", "Ik sliep."])
    talk.type(["blabla", "blabla"])
    #expect(
      talk.type("blabla") == [
        dutch[.notUnderstood], dutch[.offerSkip], dutch[.offerPassHow], dutch[.orTryAgain],
      ])
    #expect(!talk.transcript.contains(dutch[.offerSkipHow]))
  }
}
