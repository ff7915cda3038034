import Testing

@testable import PraatmaatCore

/// `terug` and then another answer: what was answered on the path that was left no longer
/// counts, and what a `zet:` did after the question is taken back.
@Suite("terug: a new answer leaves the old path behind")
struct GoingBackTests {
  static let script = withHeader(
    """
    variabele: zorgen = nee
    vraag: veilig schaal 3
      tekst: Hoe veilig voel je je thuis?
    zet: zorgen = ja
      als: veilig = 1
    vraag: helpers meerkeuze
      tekst: Wie helpt jou thuis?
      optie familie: 👪 Mijn familie
      optie niemand: 🙅 Niemand
    vraag: hulp_dagen getal
      als: helpers != niemand
      tekst: Hoeveel dagen per week komt er iemand?
    vraag: slot ja/nee
      tekst: Was het een fijn gesprek?
    zeg: Praat hierover met je begeleider.
      als: zorgen = ja
    """)

  @Test("familie and 3 days, terug twice, then niemand: the 3 days are dropped")
  func answerOnTheOldPathIsDropped() {
    var talk = play(parseScript(Self.script), ["3", "1", "3"])
    #expect(talk.state.answers["hulp_dagen"] == .number(3))
    talk.type(["terug", "terug"])
    #expect(talk.next == .answer("helpers"))
    talk.type("2")
    #expect(talk.last.dropped == ["hulp_dagen"])
    #expect(talk.state.answers["hulp_dagen"] == nil)
    #expect(talk.state.answers["helpers"] == .options(["niemand"]))
    #expect(talk.next == .answer("slot"))
    #expect(talk.state.history == ["veilig", "helpers"])
  }

  @Test("terug and the same answer again: the next question is asked again, nothing is lost")
  func sameAnswerAgain() {
    var talk = play(parseScript(Self.script), ["3", "1", "3"])
    talk.type(["terug", "terug", "1"])
    #expect(talk.last.dropped == ["hulp_dagen"])
    #expect(talk.next == .answer("hulp_dagen"))
    talk.type("4")
    #expect(talk.last.dropped == [])
    #expect(talk.state.answers["hulp_dagen"] == .number(4))
  }

  @Test("terug takes back what zet: did after the question; the new answer decides again")
  func variablesAreTakenBack() {
    var talk = play(parseScript(Self.script), ["1"])
    #expect(talk.state.variables["zorgen"] == .word("ja"))
    talk.type("terug")
    #expect(talk.state.variables["zorgen"] == .word("nee"))
    talk.type(["3", "2", "ja"])
    #expect(talk.next == .finished)
    #expect(talk.state.variables["zorgen"] == .word("nee"))
    #expect(!talk.transcript.contains("Praat hierover met je begeleider."))
  }

  @Test("the state after terug survives a pause: resume, answer, and the old answer is dropped")
  func afterResume() throws {
    let script = parseScript(Self.script)
    let paused = play(script, ["3", "1", "3", "terug", "terug", "pauze"])
    var resumed = try Talk(script, resuming: try roundTrip(paused.state))
    resumed.type("2")
    #expect(resumed.last.dropped == ["hulp_dagen"])
    #expect(resumed.state.answers == play(script, ["3", "1", "3", "terug", "terug", "2"]).state.answers)
  }
}
