import Foundation
import Testing

@testable import PraatmaatCore

@Suite("Panel: statements added on the spot, and votes")
struct PanelStatementTests {
  static let plan = "Er komt een vragenplek in het buurthuis."

  @Test("a statement's id comes from its text: the same text the same id, another text another")
  func statementIDs() {
    let id = Script.extraStatementID(Self.plan)
    #expect(id.hasPrefix(Script.extraStatementPrefix))
    #expect(Script.extraStatementID("  er komt een VRAGENPLEK in het buurthuis ") == id)
    #expect(Script.extraStatementID("Er komt een vragenplek in de bibliotheek.") != id)
    #expect(Script.extraStatementID("De bus wordt gratis.") != Script.extraStatementID("De bus wordt duur."))
    // Stable across runs and machines: a report adds up the same proposal from many sessions.
    #expect(id == "stelling-extra-" + String(id.dropFirst(Script.extraStatementPrefix.count)))
    #expect(id.count == Script.extraStatementPrefix.count + 12)
  }

  @Test("two statements are asked after the script's own; the same text twice is asked once")
  func addedInOrder() {
    let other = "De bus wordt gratis."
    let script = parseScript(panelScript).addingStatements([Self.plan, other, Self.plan])
    #expect(
      script.questions.map(\.id) == [
        "bieb", Script.extraStatementID(Self.plan), Script.extraStatementID(other), "idee",
      ])
  }

  @Test("the statement's text is kept once for the group, when the round on it begins")
  func statementTextKept() throws {
    let script = parseScript(panelScript).addingStatements([Self.plan])
    let id = Script.extraStatementID(Self.plan)
    var talk = Talk(script)
    talk.type(["Tijger", "Blauw", "klaar", "1", "Goed plan.", "2", "Te duur.", "ja"])
    #expect(talk.next == .answer(id))
    let text = try #require(talk.kept.first { $0.role == .statementText })
    #expect(text.questionID == id)
    #expect(text.participant == "groep")
    #expect(text.value == .text(Self.plan))
    #expect(text.answeredBy == .supporter)
    #expect(text.phases == [.besluitvorming])
    talk.type(["1", "Ja.", "1", "Ook ja.", "ja"])
    #expect(talk.kept.filter { $0.role == .statementText }.count == 1)
    // The votes on it and the advice are kept under the same id.
    #expect(talk.kept.filter { $0.questionID == id && $0.role == .answer }.map(\.participant) == ["1", "2"])
    #expect(talk.kept.contains { $0.questionID == id + "-advies" && $0.value == .option("eens") })
    // The engine state keeps the text to ask it after a resume, never as an answer.
    #expect(talk.state.extraStatements == [Self.plan])
  }

  @Test("a paused panel resumes at its statement under the same id, and does not keep the text twice")
  func resumeAtStatement() throws {
    let script = parseScript(panelScript).addingStatements([Self.plan])
    let id = Script.extraStatementID(Self.plan)
    var talk = Talk(script)
    talk.type(["Tijger", "Blauw", "klaar", "1", "Ja.", "1", "Ja.", "ja", "pauze"])
    let saved = try roundTrip(talk.state)
    #expect(saved.currentQuestion == id)
    // As the host does: the script again, with the statements kept in the state.
    let again = parseScript(panelScript).addingStatements(saved.extraStatements)
    var resumed = try Talk(again, resuming: saved)
    #expect(resumed.transcript.contains(Self.plan))
    resumed.type(["2", "Het kost te veel.", "1", "Fijn.", "ja"])
    #expect(resumed.kept.filter { $0.role == .statementText }.isEmpty)
    #expect(resumed.kept.map(\.questionID).prefix(2) == [id, id + "-waarom"])
    #expect(resumed.next == .answer("idee"))
  }

  @Test("a panel saved with the old numbered id (stelling-extra-1) resumes under the new id")
  func resumeOldNumberedID() throws {
    let script = parseScript(panelScript).addingStatements([Self.plan])
    let id = Script.extraStatementID(Self.plan)
    var talk = Talk(script)
    talk.type(["Tijger", "Blauw", "klaar", "1", "Ja.", "1", "Ja.", "ja", "2"])
    // The same state as an older praatmaat saved it.
    var old = talk.state
    old.currentQuestion = "stelling-extra-1"
    old.pending = .why(statement: "stelling-extra-1")
    var first = try #require(old.table?.answers["1"])
    first["stelling-extra-1"] = first.removeValue(forKey: id)
    old.table?.answers["1"] = first
    var resumed = try Talk(script, resuming: try roundTrip(old))
    #expect(resumed.state.currentQuestion == id)
    #expect(resumed.state.table?.answers["1"]?[id] == .option("oneens"))
    resumed.type(["Te duur.", "1", "Fijn.", "ja"])
    #expect(resumed.kept.first?.questionID == id + "-waarom")
    #expect(resumed.kept.contains { $0.questionID == id + "-advies" })
  }

  static let votes: [(String, String)] = [
    ("🙂", "eens"), ("🙁", "oneens"), ("🤔", "weet-niet"), ("jaa", "eens"), ("JAAA!", "eens"),
    ("neee", "oneens"), ("nee.", "oneens"), ("ja", "eens"),
  ]

  @Test("a vote typed as its smiley, or as a drawn-out ja or nee, counts", arguments: votes)
  func votesByPictogramOrWord(input: String, option: String) throws {
    var talk = seated(panelScript)
    let echo = try #require(talk.type(input).first)
    #expect(echo.hasPrefix(dutch[.youChose, ["keuze": ""]]))
    #expect(talk.events.last?.value == .option(option))
  }

  @Test("an unclear vote is not guessed: both smileys, or words that say nothing")
  func unclearVotes() {
    for input in ["🙂🙁", "blabla", "eens en oneens"] {
      var talk = seated(panelScript)
      #expect(talk.type(input).first == dutch[.notUnderstood], "\(input)")
      #expect(talk.events.isEmpty)
    }
  }

  @Test(
    "a vote in everyday words: 'goed idee' agrees, 'geen mening' does not know, 'ja nee' doubts (checked first)"
  )
  func everydayVotes() {
    for (inputs, option) in [
      (["goed idee"], "eens"), (["geen mening"], "weet-niet"), (["ja nee", "ja"], "weet-niet"),
    ] {
      var talk = seated(panelScript)
      for input in inputs { talk.type(input) }
      #expect(talk.events.last?.value == .option(option), "\(inputs)")
    }
    var doubting = seated(panelScript)
    doubting.type("ja nee")
    #expect(doubting.events.isEmpty)
  }

  @Test("when every vote is Weet ik niet, the panel does not know yet; it is not split")
  func everyoneUndecided() {
    let talk = play(
      parseScript(panelScript), ["Tijger", "Blauw", "klaar", "3", "Geen idee.", "3", "Snap ik niet."])
    #expect(talk.transcript.contains(dutch[.adviceUndecided]))
    #expect(!talk.transcript.contains(dutch[.adviceSplit]))
    let split = play(parseScript(panelScript), ["Tijger", "Blauw", "klaar", "1", "Ja.", "2", "Nee."])
    #expect(split.transcript.contains(dutch[.adviceSplit]))
    #expect(!split.transcript.contains(dutch[.adviceUndecided]))
  }

  @Test("a panel resumed at Waarom vind je dat? shows the plan again before the question")
  func resumeAtWhy() throws {
    var talk = Talk(parseScript(panelScript))
    talk.type(["Tijger", "Blauw", "klaar", "1", "pauze"])
    let saved = try roundTrip(talk.state)
    let resumed = try Talk(parseScript(panelScript), resuming: saved)
    let plan = try #require(resumed.transcript.firstIndex(of: "Er komt een vragenplek in de bibliotheek."))
    let why = try #require(resumed.transcript.firstIndex(of: dutch[.why]))
    #expect(plan < why)
    #expect(resumed.transcript.filter { $0 == dutch[.why] }.count == 1)
  }

  @Test("the summary speaks of a plan, as the script does")
  func summaryWord() {
    let talk = play(parseScript(panelScript), ["Tijger", "Blauw", "klaar", "1", "Ja.", "1", "Ja."])
    #expect(talk.transcript.contains("Het panel is het eens met dit plan."))
    #expect(!talk.transcript.joined().contains("voorstel"))
  }
}
