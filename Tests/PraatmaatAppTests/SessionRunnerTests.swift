import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("Session runner: consent, keeping answers, pause and resume, forget")
struct SessionRunnerTests {
  let script = parseScript(proefScript)

  // MARK: Consent

  @Test(
    "Without consent nothing is stored at all",
    arguments: [["nee"], [], ["pauze"], ["wil ik niet zeggen"], ["blauw", "groen", "rood"]])
  func noConsentStoresNothing(typed: [String]) throws {
    let store = try SQLiteStore.inMemory()
    let played = try start(script, typing: typed, store: store)
    #expect(played == nil)
    let counts = try store.counts()
    #expect(counts.sessions == 0)
    #expect(counts.answers == 0)
  }

  @Test("Declining says that nothing is kept and shows no session code")
  func declineMessage() throws {
    let store = try SQLiteStore.inMemory()
    let terminal = MemoryTerminal(typing: ["nee", "1"])
    let result = try sessionRunner(store, terminal).start(
      script: script, seed: 1, municipality: nil, month: testMonth)
    #expect(result == nil)
    #expect(terminal.output.last == dutch[.consentDeclined])
    #expect(!terminal.output.contains { $0.hasPrefix(dutch[.codeIs, ["code": ""]]) })
    #expect(!terminal.allRead, "after 'nee' no question is asked")
  }

  // MARK: Keeping answers

  @Test("Every accepted answer is kept with its themes, phases, method, month and who answered")
  func answersAreKeptWithTags() throws {
    let store = try SQLiteStore.inMemory()
    let played = try #require(
      try start(
        script, typing: ["ja", "/samen 2", "34", "Het huis is licht en fijn.", "/begeleider ja"],
        store: store))
    #expect(played.outcome == .finished)
    #expect(played.terminal.allRead)

    let answers = try store.answers(played.code)
    let expected = [
      AnswerRecord(
        questionID: "woonplek", scriptID: "proef", scriptVersion: 1, method: .gesprek, kind: "keuze",
        themes: ["wonen"], phases: [.agendavorming], valueKind: "option", value: "groep",
        answeredBy: .withHelp, month: testMonth),
      AnswerRecord(
        questionID: "leeftijd", scriptID: "proef", scriptVersion: 1, method: .gesprek, kind: "getal",
        themes: ["leeftijd"], phases: [.agendavorming], valueKind: "ageBand", value: "30-39",
        answeredBy: .participant, month: testMonth),
      AnswerRecord(
        questionID: "verhaal", scriptID: "proef", scriptVersion: 1, method: .gesprek, kind: "open",
        themes: ["wonen", "hulp"], phases: [.evaluatie], valueKind: "text",
        value: "Het huis is licht en fijn.", answeredBy: .participant, month: testMonth),
      AnswerRecord(
        questionID: "hulp", scriptID: "proef", scriptVersion: 1, method: .gesprek, kind: "ja/nee",
        themes: ["wonen"], phases: [.uitvoering], valueKind: "option", value: "ja",
        answeredBy: .supporter, month: testMonth),
    ]
    #expect(answers == expected)

    let session = try #require(try store.session(played.code))
    #expect(session.status == .finished)
    #expect(session.state == nil, "a finished session keeps no engine state")
    #expect(session.scriptID == "proef")
    #expect(session.method == .gesprek)
    #expect(session.month == testMonth)
    #expect(session.municipality == "Utrecht")
    #expect(try store.counts() == (1, 4))
    #expect(played.output.contains(dutch[.savedAll]))
  }

  @Test("An open answer keeps no name, phone number, e-mail address or street")
  func openAnswerIsAnonymised() throws {
    let store = try SQLiteStore.inMemory()
    let typed =
      "ik heet Jan de Vries, mijn nummer is 06-12345678, mail jan@example.nl, ik woon op de Kerkstraat 12"
    let played = try #require(try start(script, typing: ["ja", "1", "40", typed], store: store))
    #expect(played.outcome == .paused)

    let kept = try #require(try store.answers(played.code).first { $0.questionID == "verhaal" })
    let value = try #require(kept.value)
    #expect(kept.valueKind == "text")
    let personal = [
      "Jan", "Vries", "06-12345678", "12345678", "jan@example.nl", "example.nl", "Kerkstraat",
      "Kerkstraat 12",
    ]
    #expect(hits(personal, in: Data(value.utf8)) == [], "kept: \(value)")
    #expect(value.contains("[naam 1]"))
    #expect(value.contains("[telefoon]"))
    #expect(value.contains("[e-mail]"))

    // Nor is any of it in what else is kept: the saved engine state and the bundle.
    let state = try JSONEncoder().encode(try #require(try store.session(played.code)?.state))
    #expect(hits(personal, in: state) == [])
    let bundle = SessionBundle.encode(try store.exportEntries())
    #expect(hits(personal, in: Data(bundle.utf8)) == [])
  }

  @Test("A getal question with id leeftijd keeps only the age band, also on the session")
  func ageIsKeptAsBand() throws {
    let store = try SQLiteStore.inMemory()
    let played = try #require(try start(script, typing: ["ja", "1", "34", "Fijn.", "nee"], store: store))
    #expect(played.outcome == .finished)
    let age = try #require(try store.answers(played.code).first { $0.questionID == "leeftijd" })
    #expect(age.valueKind == "ageBand")
    #expect(age.value == "30-39")
    #expect(try store.session(played.code)?.ageBand == "30-39")
    #expect(try store.answers(played.code).allSatisfy { $0.value != "34" })
  }

  @Test("A paused session keeps no exact age in its saved state, only the band")
  func pausedStateHoldsNoExactAge() throws {
    let store = try SQLiteStore.inMemory()
    let played = try #require(try start(script, typing: ["ja", "1", "34"], store: store))
    #expect(played.outcome == .paused)
    let session = try #require(try store.session(played.code))
    #expect(session.ageBand == "30-39")
    let state = try #require(session.state)
    // The state is written to disk while the session is paused; an exact age is more than
    // the band the privacy rules allow.
    #expect(state.answers["leeftijd"] != .number(34), "the saved state holds the exact age 34")
  }

  // MARK: Pause

  @Test(
    "The end of input or an interrupt pauses: status paused, state kept, the code to go on",
    arguments: [TerminalInput.endOfInput, .interrupt])
  func endOfInputPauses(stop: TerminalInput) throws {
    let store = try SQLiteStore.inMemory()
    let terminal = MemoryTerminal(inputs: [.line("ja"), .line("3"), stop, .line("40")])
    let (code, outcome) = try #require(
      try sessionRunner(store, terminal).start(
        script: script, seed: 1, municipality: nil, month: testMonth))
    #expect(outcome == .paused)
    let session = try #require(try store.session(code))
    #expect(session.status == .paused)
    let state = try #require(session.state)
    #expect(state.currentQuestion == "leeftijd")
    #expect(try store.answers(code).map(\.questionID) == ["woonplek"])
    #expect(terminal.output.contains(dutch[.paused]))
    #expect(terminal.output.last == "Verder gaan kan met: praatmaat resume \(code)")
    #expect(terminal.output.contains(dutch.codeIs("\(code)")))
    #expect(try store.pausedSessions().map(\.code) == [code])
  }

  // MARK: Resume

  @Test("Resume continues at the same question and shows where we were")
  func resumeAtSameQuestion() throws {
    let content = ContentFolder(["proef": proefScript])
    let store = try SQLiteStore.inMemory()
    let first = try #require(try start(script, typing: ["ja", "2"], store: store))
    #expect(first.outcome == .paused)

    let second = try resume(
      first.code, typing: ["41", "Gezellig.", "ja"], store: store, library: content.library)
    #expect(second.outcome == .finished)
    let out = second.output
    let at = try #require(out.firstIndex(of: dutch[.resumedAt]), "output: \(out)")
    #expect(out[at + 1] == "Hoe oud ben je?")
    #expect(out.first == dutch[.resumed])
    #expect(!out.contains("Waar woon je?"), "an answered question is not asked again")
    #expect(try store.answers(first.code).map(\.questionID) == ["woonplek", "leeftijd", "verhaal", "hulp"])
    #expect(try store.answers(first.code).first?.value == "groep")
    let session = try #require(try store.session(first.code))
    #expect(session.status == .finished)
    #expect(session.state == nil)
  }

  @Test("Resume works after the script was edited: a question added before, the question reworded")
  func resumeAfterEdit() throws {
    let content = ContentFolder(["proef": proefScript])
    let store = try SQLiteStore.inMemory()
    let first = try #require(try start(script, typing: ["ja", "3"], store: store))
    #expect(first.outcome == .paused)

    let edited =
      proefScript
      .replacingOccurrences(of: "versie: 1", with: "versie: 2")
      .replacingOccurrences(of: "tekst: Hoe oud ben je?", with: "tekst: Hoeveel jaar ben je?")
      .replacingOccurrences(
        of: "vraag: leeftijd getal",
        with: """
          vraag: huisdier ja/nee
            tekst: Heb je een huisdier?
          vraag: leeftijd getal
          """)
    _ = parseScript(edited)
    content.write("proef", edited)

    let second = try resume(
      first.code, typing: ["25", "Rustig.", "nee"], store: store, library: content.library)
    #expect(second.outcome == .finished)
    let out = second.output
    let at = try #require(out.firstIndex(of: dutch[.resumedAt]), "output: \(out)")
    #expect(out[at + 1] == "Hoeveel jaar ben je?")
    #expect(!out.contains("Heb je een huisdier?"))
    let answers = try store.answers(first.code)
    #expect(answers.map(\.questionID) == ["woonplek", "leeftijd", "verhaal", "hulp"])
    #expect(answers.map(\.scriptVersion) == [1, 2, 2, 2])
    #expect(answers[1].value == "18-29")
  }

  @Test("Resume when the question was removed from the script gives a clear reason and keeps the answers")
  func resumeQuestionGone() throws {
    let content = ContentFolder(["proef": proefScript])
    let store = try SQLiteStore.inMemory()
    let first = try #require(try start(script, typing: ["ja", "1"], store: store))
    #expect(first.outcome == .paused)

    // Drop the question block: from its `vraag:` line up to the next `vraag:`.
    var lines = proefScript.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let from = try #require(lines.firstIndex { $0.hasPrefix("vraag: leeftijd") })
    let to = try #require(lines[(from + 1)...].firstIndex { $0.hasPrefix("vraag:") })
    lines.removeSubrange(from..<to)
    let withoutAge = lines.joined(separator: "\n")
    #expect(!withoutAge.contains("leeftijd"))
    _ = parseScript(withoutAge)
    content.write("proef", withoutAge)

    let error = #expect(throws: AppError.self) {
      try resume(first.code, typing: ["40"], store: store, library: content.library)
    }
    guard case .session(.questionGone(_, "leeftijd")) = error, let message = error?.description else {
      Issue.record("expected the question to be gone, got \(String(describing: error))")
      return
    }
    #expect(message.contains("'leeftijd'"))
    #expect(message.contains("bestaat niet meer"))
    #expect(error?.exitCode == 2)
    #expect(!message.contains("\n"))
    #expect(try store.answers(first.code).map(\.questionID) == ["woonplek"])
    #expect(try store.session(first.code)?.status == .paused)
  }

  @Test("Resume refuses an unknown code and a finished conversation")
  func resumeRefusals() throws {
    let content = ContentFolder(["proef": proefScript])
    let store = try SQLiteStore.inMemory()
    let unknown = SessionCode("KMT-4HX")!
    #expect(throws: AppError.session(.unknownCode(unknown))) {
      try resume(unknown, typing: [], store: store, library: content.library)
    }
    let done = try #require(try start(script, typing: ["ja", "1", "30", "Ok.", "ja"], store: store))
    #expect(done.outcome == .finished)
    #expect(throws: AppError.session(.alreadyFinished(done.code))) {
      try resume(done.code, typing: [], store: store, library: content.library)
    }
  }

  @Test("A session killed right after its code was shown can be resumed from the first question")
  func resumeBeforeFirstQuestion() throws {
    // SessionRunner.start creates the session with the state of a conversation that has not
    // started, shows the code, and only then runs to the first question. A kill in between
    // leaves exactly this row behind.
    let content = ContentFolder(["proef": proefScript])
    let store = try SQLiteStore.inMemory()
    let code = SessionCode.random()
    let fresh = Conversation(script: script, texts: dutch, seed: 1)
    try store.create(
      SessionRecord(
        code: code, scriptID: "proef", scriptVersion: 1, method: .gesprek, municipality: nil,
        status: .running, month: testMonth, state: fresh.state))

    let played = try resume(code, typing: ["1", "30", "Ok.", "ja"], store: store, library: content.library)
    #expect(played.outcome == .finished)
    #expect(played.output.contains("Waar woon je?"))
    #expect(try store.answers(code).count == 4)
  }

  @Test("While the first question waits for an answer, the stored state already points at it")
  func firstQuestionIsCheckpointed() throws {
    // A kill (power cut, closed laptop) while the participant reads the first question leaves
    // the stored state behind; `resume` needs it to know where to go on.
    let store = try SQLiteStore.inMemory()
    var seen: [String?] = []
    let terminal = InspectingTerminal(typing: ["ja", "1", "30"]) { reads in
      guard reads == 2 || reads == 3 else { return }
      do {
        seen.append(try store.pausedSessions().first?.state?.currentQuestion)
      } catch {
        Issue.record(error)
      }
    }
    _ = try sessionRunner(store, terminal).start(script: script, seed: 1, municipality: nil, month: testMonth)
    #expect(seen == ["woonplek", "leeftijd"])
  }

  // MARK: Forget

  @Test("forget removes the session and its answers, returns how many, and leaves others alone")
  func forgetRemovesEverything() throws {
    let store = try SQLiteStore.inMemory()
    let gone = try #require(try start(script, typing: ["ja", "1", "30", "Weg ermee."], store: store))
    let stays = try #require(try start(script, typing: ["ja", "2", "50", "Blijft.", "ja"], store: store))
    #expect(try store.counts() == (2, 7))

    #expect(try store.forget(gone.code) == Withdrawal(answers: 3, wasWithdrawn: false, tracesLeft: nil))
    #expect(try store.session(gone.code) == nil)
    #expect(try store.answers(gone.code).isEmpty)
    #expect(try store.counts() == (1, 4))
    #expect(try store.answers(stays.code).count == 4)
    // Only the code stays behind, so a second forget says it was withdrawn already.
    #expect(try store.withdrawnCodes() == [gone.code])
    #expect(try store.forget(gone.code) == Withdrawal(answers: 0, wasWithdrawn: true, tracesLeft: nil))

    let unknown = try #require(SessionCode("ACD-EFG"))
    #expect(throws: StoreError.unknownSession(unknown.description)) {
      try store.forget(unknown)
    }
  }

  // MARK: Forgotten while going on

  @Test("A session forgotten in another terminal ends kindly at the next answer, keeping nothing more")
  func forgottenWhileRunning() throws {
    let store = try SQLiteStore.inMemory()
    // `praatmaat forget` runs elsewhere after the first answer was typed.
    let terminal = ForgettingTerminal(typing: ["ja", "1", "34", "Rustig hier."], after: 2) {
      for session in try store.pausedSessions() { _ = try store.forget(session.code) }
    }
    let (code, outcome) = try #require(
      try sessionRunner(store, terminal).start(script: script, seed: 1, municipality: nil, month: testMonth))
    #expect(outcome == .forgotten)
    #expect(terminal.output.last == dutch[.forgotten])
    #expect(!terminal.output.contains { $0.contains("databasefout") })
    #expect(try store.session(code) == nil)
    #expect(try store.counts() == (0, 0))
    #expect(try store.withdrawnCodes() == [code])
  }
}

/// The supporter's review of an open answer before it is kept.
@Suite("Answer review")
struct AnswerReviewTests {
  @Test("words the supporter types are hidden too; only the accepted version is kept")
  func hidesMarkedWords() {
    let terminal = MemoryTerminal(typing: ["kroket", "ja"])
    let review = TerminalReview(
      terminal: terminal, prompt: "> ", anonymiser: PackageContent.anonymiser, texts: dutch)
    let event = AnswerEvent(
      questionID: "waarom", kind: .open, themes: ["wonen"], phases: [.uitvoering],
      value: .text("ik eet graag een kroket bij de snackbar"), answeredBy: .participant)
    let kept = review.review([event]).kept
    guard case .kept(let text)? = kept.first?.value else {
      Issue.record("the answer was not reviewed: \(String(describing: kept.first?.value))")
      return
    }
    #expect(!text.contains("kroket"))
    #expect(terminal.output.first?.hasPrefix("Zo bewaren we het:") == true)
    #expect(terminal.output.last == "Bewaard.")
    #expect(terminal.allRead)
  }

  @Test("pauze at the review of an answer keeps the anonymised answer and pauses")
  func pauseKeepsAnswer() {
    let review = TerminalReview(
      terminal: MemoryTerminal(typing: ["pauze"]), prompt: "> ", anonymiser: PackageContent.anonymiser,
      texts: dutch)
    let event = AnswerEvent(
      questionID: "waarom", kind: .open, themes: [], phases: [],
      value: .text("bel me op 0612345678"), answeredBy: .participant)
    let reviewed = review.review([event])
    #expect(reviewed.paused && !reviewed.droppedNote)
    #expect(reviewed.kept.first?.value == .kept("bel me op [telefoon]"))
  }

  /// Reviews one open answer with `typed` lines; the version kept, and what was shown.
  func reviewed(_ raw: String, typing typed: [String]) -> (kept: String?, shown: [String]) {
    let terminal = MemoryTerminal(typing: typed)
    let review = TerminalReview(
      terminal: terminal, prompt: "> ", anonymiser: PackageContent.anonymiser, texts: dutch)
    let event = AnswerEvent(
      questionID: "waarom", kind: .open, themes: [], phases: [], value: .text(raw), answeredBy: .participant)
    guard case .kept(let text)? = review.review([event]).kept.first?.value else {
      return (nil, terminal.output)
    }
    return (text, terminal.output)
  }

  @Test("the answer typed again at 'Goed zo?' is the same answer, not a name")
  func typedAgain() {
    #expect(reviewed("hulp", typing: ["hulp"]).kept == "hulp")
    #expect(reviewed("Ik wil meer hulp.", typing: ["ik wil meer hulp"]).kept == "Ik wil meer hulp.")
  }

  @Test("nee asks for the answer again; the new text is anonymised and shown before it is kept")
  func neeRetypes() {
    let (kept, shown) = reviewed(
      "de buren zijn stom", typing: ["nee", "mijn buurman Piet maakt herrie", "ja"])
    #expect(kept == "mijn buurman [naam 1] maakt herrie")
    #expect(shown.contains(dutch[.reviewRetype]))
    #expect(shown.contains("Zo bewaren we het: mijn buurman [naam 1] maakt herrie"))
  }

  @Test("a correction after nee, or a new sentence, replaces the answer")
  func corrections() {
    #expect(
      reviewed("de buren", typing: ["nee ik bedoel de buren maken herrie", "ja"]).kept
        == "de buren maken herrie")
    #expect(
      reviewed("de buren", typing: ["Nee, het is te druk in de straat.", "ja"]).kept
        == "het is te druk in de straat.")
    #expect(
      reviewed("de buren", typing: ["het is te druk in de straat", "ja"]).kept
        == "het is te druk in de straat")
    #expect(reviewed("de buren", typing: ["terug", "het is te druk", "ja"]).kept == "het is te druk")
  }

  @Test("words taken out by hand get a neutral tag, unless they are names")
  func neutralTags() {
    #expect(
      reviewed("het was kut en niet chill", typing: ["kut, chill", "ja"]).kept
        == "het was [weggehaald] en niet [weggehaald]")
    #expect(reviewed("ik ging met Tinus", typing: ["ja"]).kept == "ik ging met [naam 1]")
  }

  @Test("a Persona card line of an open question is reviewed too")
  func personaCardLine() {
    let terminal = MemoryTerminal(typing: ["schaken", "ja"])
    let review = TerminalReview(
      terminal: terminal, prompt: "> ", anonymiser: PackageContent.anonymiser, texts: dutch)
    let event = AnswerEvent(
      questionID: "hobby", kind: .open, themes: [], phases: [], value: .kept("Hobby: schaken en zwemmen"),
      answeredBy: .participant, participant: "groep")
    #expect(review.review([event]).kept.first?.value == .kept("Hobby: [weggehaald] en zwemmen"))
    #expect(terminal.output.first == "Zo bewaren we het: Hobby: schaken en zwemmen")
  }

  @Test("at the end of input the anonymiser's own version is kept, never the raw text")
  func endOfInputKeepsAnonymised() {
    let review = TerminalReview(
      terminal: MemoryTerminal(typing: []), prompt: "> ", anonymiser: PackageContent.anonymiser, texts: dutch)
    let event = AnswerEvent(
      questionID: "waarom", kind: .open, themes: [], phases: [],
      value: .text("bel me op 0612345678"), answeredBy: .participant)
    #expect(review.review([event]).kept.first?.value == .kept("bel me op [telefoon]"))
  }
}

/// A terminal that runs `forget` once, right after the `after`-th line was read.
final class ForgettingTerminal: Terminal {
  let lines: MemoryTerminal
  let after: Int
  let forget: () throws -> Void
  var read = 0

  init(typing: [String], after: Int, forget: @escaping () throws -> Void) {
    lines = MemoryTerminal(typing: typing)
    self.after = after
    self.forget = forget
  }

  var output: [String] { lines.output }
  func show(_ messages: [Message]) { lines.show(messages) }
  func note(_ line: String) { lines.note(line) }

  func readLine(prompt: String) -> TerminalInput {
    let input = lines.readLine(prompt: prompt)
    read += 1
    if read == after { try? forget() }
    return input
  }
}
