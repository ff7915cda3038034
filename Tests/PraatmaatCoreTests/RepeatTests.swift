import Testing

@testable import PraatmaatCore

/// A multiple choice and a section asked once for each helper chosen.
let helpersBody = """
  vraag: helpers meerkeuze
    tekst: Wie helpt jou thuis?
    optie familie: 👪 Mijn familie
    optie buren: 🏘️ De buren
    optie begeleider: 🙋 Een begeleider
    optie niemand: 🙅 Niemand
    alleen: niemand
  deel: per_helper
    herhaal-voor: helpers
  vraag: helper_fijn schaal 3
    tekst: Hoe vind je de hulp van {helpers}?
  zeg: Wat fijn.
    als: helper_fijn = 3
  vraag: helper_waarom open
    als: helper_fijn <= 2
    tekst: Wat kan {helpers} beter doen?
  deel: einde
  zeg: Dank je wel!
  """

@Suite("herhaal-voor: a section for each option chosen")
struct RepeatTests {
  @Test("each chosen option gets its own pass, its own words and its own answers")
  func passes() {
    let talk = play(parseScript(withHeader(helpersBody)), ["1 3", "3", "1", "Vaker komen."])
    #expect(
      talk.asked == ["helpers", "helper_fijn.familie", "helper_fijn.begeleider", "helper_waarom.begeleider"])
    #expect(talk.transcript.contains("Hoe vind je de hulp van mijn familie?"))
    #expect(talk.transcript.contains("Wat kan een begeleider beter doen?"))
    #expect(talk.transcript.filter { $0 == "Wat fijn." }.count == 1, "the condition reads this pass's answer")
    #expect(
      talk.kept.map(\.questionID) == [
        "helpers", "helper_fijn.familie", "helper_fijn.begeleider", "helper_waarom.begeleider",
      ])
    #expect(talk.next == .finished)
  }

  @Test("an option chosen alone (niemand) gives no pass; the section is skipped")
  func nobody() {
    let talk = play(parseScript(withHeader(helpersBody)), ["4"])
    #expect(talk.asked == ["helpers"])
    #expect(talk.transcript.last == "Dank je wel!")
  }

  @Test("terug goes to the previous pass, and a pause resumes in the same pass")
  func backAndResume() throws {
    var talk = play(parseScript(withHeader(helpersBody)), ["1 2", "2"])
    #expect(talk.asked.last == "helper_waarom.familie")
    talk.type("terug")
    #expect(talk.asked.last == "helper_fijn.familie")
    talk.type("3")
    #expect(talk.asked.last == "helper_fijn.buren")
    let saved = try roundTrip(talk.state)
    var again = try Talk(parseScript(withHeader(helpersBody)), resuming: saved)
    #expect(again.asked.last == "helper_fijn.buren")
    again.type("3")
    #expect(again.next == .finished)
  }

  @Test(
    "a repeat that cannot work is an error with a hint",
    arguments: [
      ("herhaal-voor: onbekend", "S050"),
      ("herhaal-voor: blij", "S050"),
    ])
  func badSource(line: String, code: String) {
    let body =
      "vraag: blij ja/nee\n  tekst: Ben je blij?\n"
      + helpersBody.replacingOccurrences(of: "herhaal-voor: helpers", with: line)
    let found = diagnose(withHeader(body)).filter { $0.severity == .error }
    #expect(found.map(\.code.rawValue) == [code])
    #expect(found.allSatisfy { $0.hint != nil })
  }

  @Test("a jump inside, a table, and reading a repeated answer from outside are errors")
  func misuse() {
    let jump = diagnose(
      withHeader(
        helpersBody.replacingOccurrences(
          of: "zeg: Wat fijn.", with: "ga naar: einde\n  als: helper_fijn = 1\nzeg: Wat fijn.")))
    #expect(jump.codes().contains(.badRepeat))
    let outside = diagnose(withHeader(helpersBody + "\nzeg: Jammer.\n  als: helper_fijn = 1"))
    #expect(outside.errorBriefs.contains { $0.hasPrefix("S050") })
    let table = diagnose(
      withHeader(helpersBody).replacingOccurrences(of: "methode: gesprek", with: "methode: stamtafel"))
    #expect(table.codes().contains(.badRepeat))
  }

  @Test("a report names the option in the question's words")
  func reportText() {
    let script = parseScript(withHeader(helpersBody))
    let text = ReportBuilder.questionText(
      [script.id: script], script: script.id, question: "helper_fijn.buren")
    #expect(text == "Hoe vind je de hulp van de buren?")
  }
}
