import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

/// Group sessions kept in the store: a panel's statement added on the spot, latecomers,
/// and nicknames checked by the real anonymiser.
@Suite("Group sessions in the store")
struct GroupSessionTests {
  static let panel = """
    id: panel
    titel: Panel
    methode: panel
    thema: hulp
    fase: besluitvorming
    versie: 1

    vraag: bieb stelling
      tekst: Er komt een vragenplek in de bibliotheek.
    vraag: idee open
      tekst: Wat kan de gemeente nog meer doen?
    """

  static let plan = "Er komt een vragenplek waar Jan helpt."

  @Test("--statement: its text is kept as the group's row, anonymised; its votes under its own id")
  func statementText() throws {
    let store = try SQLiteStore.inMemory()
    let script = parseScript(Self.panel).addingStatements([Self.plan])
    let id = Script.extraStatementID(Self.plan)
    let played = try #require(
      try start(
        script,
        typing: [
          "ja", "Tijger", "Blauw", "klaar", "1", "Ja.", "1", "Ja.", "ja", "2", "Te ver.", "1", "Fijn.", "ja",
        ],
        store: store))
    let answers = try store.answers(played.code)
    let text = try #require(answers.first { $0.kind == "stellingtekst" })
    #expect(text.questionID == id)
    #expect(text.participant == "groep")
    #expect(text.valueKind == "text")
    #expect(text.answeredBy == .supporter)
    #expect(text.value == "Er komt een vragenplek waar [naam 1] helpt.")
    #expect(answers.filter { $0.questionID == id }.map(\.participant).sorted() == ["1", "2", "groep"])
    #expect(answers.contains { $0.questionID == id + "-advies" && $0.value == "verdeeld" })
    // Only the statement row: no "Zo bewaren we het" for text the supporter gave on the command line.
    #expect(!played.output.contains { $0.hasPrefix(dutch[.reviewShown, ["antwoord": ""]]) })
  }

  @Test("two sessions with the same statement count it under one id, another statement under another")
  func statementIDsAcrossSessions() throws {
    let store = try SQLiteStore.inMemory()
    var ids: [String] = []
    for plan in [Self.plan, "er komt een VRAGENPLEK waar Jan helpt", "De bus wordt gratis."] {
      let script = parseScript(Self.panel).addingStatements([plan])
      let played = try #require(
        try start(
          script, typing: ["ja", "Tijger", "klaar", "1", "Ja.", "ja", "3", "Weet niet."], store: store))
      ids += try store.answers(played.code).filter { $0.kind == "stellingtekst" }.map(\.questionID)
    }
    #expect(ids.count == 3)
    #expect(ids[0] == ids[1])
    #expect(ids[2] != ids[0])
  }

  @Test("a paused panel with a statement added on the spot resumes at it and finishes")
  func resumeWithStatement() throws {
    let content = ContentFolder(["panel": Self.panel])
    let store = try SQLiteStore.inMemory()
    let script = parseScript(Self.panel).addingStatements([Self.plan])
    let id = Script.extraStatementID(Self.plan)
    let first = try #require(
      try start(
        script, typing: ["ja", "Tijger", "Blauw", "klaar", "1", "Ja.", "1", "Ja.", "ja", "2"], store: store))
    #expect(first.outcome == .paused)
    #expect(try store.session(first.code)?.state?.pending == .why(statement: id))
    let rest = try resume(
      first.code, typing: ["Te ver.", "1", "Fijn.", "ja", "Meer bussen.", "Niets."], store: store,
      library: content.library)
    #expect(rest.outcome == .finished)
    #expect(rest.output.contains(dutch[.resumedAt]))
    let answers = try store.answers(first.code)
    #expect(answers.filter { $0.kind == "stellingtekst" }.count == 1)
    #expect(answers.contains { $0.questionID == id + "-waarom" && $0.participant == "1" })
    #expect(answers.contains { $0.questionID == id + "-akkoord" })
    #expect(answers.filter { $0.questionID == "idee" }.count == 2)
  }

  @Test("a latecomer who says no is not at the table and nothing of them is kept")
  func latecomerDeclines() throws {
    let store = try SQLiteStore.inMemory()
    let played = try #require(
      try start(
        parseScript(Self.tafelSource),
        typing: [
          "ja", "Tijger", "Blauw", "klaar", "/erbij Maan", "nee", "Ik werkte.", "/erbij Ster", "ja",
          "Ik sliep.", "Ik at.",
        ],
        store: store))
    #expect(played.output.contains(dutch[.joinNothingKept]))
    // The consent text promised a code: Ster, who said yes, is shown the table's code; Maan is not.
    let code = dutch.codeIs("\(played.code)")
    #expect(played.output.filter { $0 == code }.count == 2)
    let welcome = try #require(played.output.firstIndex(of: dutch[.joined]))
    #expect(played.output.lastIndex(of: code).map { $0 > welcome } == true)
    #expect(played.output.filter { $0 == dutch[.codeNote] }.count == 2)
    let answers = try store.answers(played.code)
    #expect(answers.map(\.participant) == ["1", "2", "3"])
    #expect(
      try store.session(played.code)?.state?.table?.participants.map(\.nickname) == [
        "Tijger", "Blauw", "Ster",
      ])
  }

  static let tafelSource = """
    id: tafel
    titel: Tafel
    methode: stamtafel
    thema: wonen
    fase: agendavorming
    versie: 1

    vraag: vandaag open
      tekst: Wat heb je vandaag gedaan?
    """

  @Test("a real name as nickname gets the kind message; the bot's own nicknames all pass the anonymiser")
  func nicknamesWithTheAnonymiser() throws {
    let store = try SQLiteStore.inMemory()
    let played = try #require(
      try start(
        parseScript(Self.tafelSource), typing: ["ja", "Jan de Vries", "Kim", "weet ik niet"], store: store))
    let refusal = try #require(played.output.firstIndex(of: dutch[.nameIsReal]))
    #expect(played.output[refusal + 1] == dutch[.nameInstead])
    #expect(played.output.contains(dutch.nameGiven("Zon")))
    #expect(!played.output.contains(dutch[.nameTooLong]))
    let anonymiser = PackageContent.anonymiser
    for name in dutch.list(.nicknames) {
      #expect(!anonymiser.looksLikeName(name), "\(name) looks like a real name")
    }
    #expect(anonymiser.looksLikeName("Kim"), "the old help example was refused")
  }
}

/// A terminal that tells which lines were read as secret.
final class SecretWatchingTerminal: Terminal {
  private var lines: [String]
  private(set) var secret: [String] = []
  private(set) var shown: [String] = []

  init(_ lines: [String]) { self.lines = lines }

  func show(_ messages: [Message]) { shown += PlainRenderer.lines(messages) }
  func note(_ line: String) { shown.append(line) }
  func readLine(prompt: String) -> TerminalInput { lines.isEmpty ? .endOfInput : .line(lines.removeFirst()) }
  func readSecret(prompt: String) -> TerminalInput {
    let input = readLine(prompt: prompt)
    if case .line(let text) = input { secret.append(text) }
    return input
  }
}

@Suite("A secret question on the terminal")
struct SecretQuestionTests {
  @Test("only the answers to a geheim: ja question are read as secret, for every person at the table")
  func secretReads() throws {
    let script = parseScript(
      """
      id: geheim
      titel: Geheim
      methode: stamtafel
      thema: geld
      fase: agendavorming
      versie: 1
      vraag: schulden ja/nee
        tekst: Heb je schulden?
        geheim: ja
      vraag: tip open
        tekst: Wat is jouw tip?
      """)
    let terminal = SecretWatchingTerminal(["Tijger", "Blauw", "klaar", "ja", "nee", "Sparen.", "pas"])
    var conversation = Conversation(script: script, texts: dutch)
    let host = ConversationHost(terminal: terminal, texts: dutch, recorder: nil)
    _ = try host.run(&conversation, first: conversation.start())
    #expect(terminal.secret == ["ja", "nee"])
    #expect(
      !terminal.shown.contains { $0.contains(dutch[.youChose, ["keuze": ""]]) },
      "no answer of the secret question is read out")
  }
}
