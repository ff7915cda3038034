import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("Bundles: export, import, and refusing broken bundles")
struct SessionBundleTests {
  let script = parseScript(proefScript)

  /// A store with a finished and a paused session.
  func filledStore() throws -> SQLiteStore {
    let store = try SQLiteStore.inMemory()
    _ = try #require(try start(script, typing: ["ja", "1", "34", "Rustig hier.", "ja"], store: store))
    _ = try #require(try start(script, typing: ["ja", "3", "72"], store: store))
    return store
  }

  /// What `praatmaat import` does: read the whole bundle, screen every session against the
  /// scripts (here: proef) with the standard anonymiser, then merge it in one go.
  /// Imports a bundle whole, or throws the first problem of any of its sessions.
  func importBundle(_ text: String, into store: SQLiteStore) throws -> ImportSummary {
    let contents = try SessionBundle.read(text)
    if let first = contents.problems.first { throw first }
    let screen = BundleScreen(anonymiser: PackageContent.anonymiser, scripts: [script.id: script])
    return try store.importEntries(try contents.entries.map(screen.screen), withdrawn: contents.withdrawn)
  }

  /// Imports what can be taken of a bundle, as `praatmaat import` does: a session that cannot
  /// be read or screened is left out.
  func importWhatCanBeTaken(_ text: String, into store: SQLiteStore) throws -> ImportSummary {
    let contents = try SessionBundle.read(text)
    let screen = BundleScreen(anonymiser: PackageContent.anonymiser, scripts: [script.id: script])
    var taken: [SessionBundle.Entry] = []
    for numbered in contents.entries {
      do { taken.append(try screen.screen(numbered)) } catch { continue }
    }
    return try store.importEntries(taken, withdrawn: contents.withdrawn)
  }

  /// A valid one-session line for hand-made bundles.
  func entryLine(code: String, month: String = testMonth) -> String {
    let entry = SessionBundle.Entry(
      session: SessionRecord(
        code: SessionCode(code)!, scriptID: "proef", scriptVersion: 1, method: .gesprek,
        municipality: nil, status: .finished, month: month, state: nil),
      answers: [])
    return SessionBundle.encode([entry]).split(separator: "\n")[1].description
  }

  func header(sessions: Int, version: Int = 1, withdrawn: Int? = nil) -> String {
    let tombstones = withdrawn.map { #","withdrawn":\#($0)"# } ?? ""
    return #"{"format":"praatmaat-bundel","sessions":\#(sessions),"version":\#(version)\#(tombstones)}"#
  }

  /// A bundle line of one proef session with one answer, as another laptop could write it.
  func answerLine(
    code: String = "ACDEFG", question: String, kind: String, valueKind: String, value: String,
    scriptVersion: Int = 1
  ) -> String {
    let answer = AnswerRecord(
      questionID: question, scriptID: "proef", scriptVersion: scriptVersion, method: .gesprek, kind: kind,
      themes: ["wonen"],
      phases: [.evaluatie], valueKind: valueKind, value: value, answeredBy: .participant, month: testMonth)
    let entry = SessionBundle.Entry(
      session: SessionRecord(
        code: SessionCode(code)!, scriptID: "proef", scriptVersion: 1, method: .gesprek,
        municipality: "Utrecht",
        status: .finished, month: testMonth, state: nil),
      answers: [answer])
    return SessionBundle.encode([entry]).split(separator: "\n")[1].description
  }

  @Test("Export then import into an empty store gives the same sessions and answers")
  func roundTrip() throws {
    let source = try filledStore()
    let exported = try source.exportEntries()
    #expect(exported.count == 2)
    let text = SessionBundle.encode(exported)

    let target = try SQLiteStore.inMemory()
    let result = try importBundle(text, into: target)
    #expect(result.added == 2)
    #expect(result.known == 0)
    // Anonymising again changes nothing in text that was anonymised on the laptop.
    #expect(try target.exportEntries() == exported)
    #expect(try target.counts() == source.counts())
    for entry in exported {
      let code = try #require(SessionCode(entry.code))
      #expect(try target.answers(code) == source.answers(code))
      let kept = try #require(try target.session(code))
      let original = try #require(try source.session(code))
      #expect(kept.state == nil, "no engine state travels in a bundle")
      #expect(kept.status == original.status)
      #expect(kept.ageBand == original.ageBand)
      #expect(kept.municipality == original.municipality)
    }
  }

  @Test("Importing the same bundle twice adds nothing the second time")
  func importTwice() throws {
    let text = SessionBundle.encode(try filledStore().exportEntries())
    let target = try SQLiteStore.inMemory()
    _ = try importBundle(text, into: target)
    let before = try target.counts()
    let again = try importBundle(text, into: target)
    #expect(again.added == 0)
    #expect(again.updated == 0)
    #expect(again.known == 2)
    #expect(try target.counts() == before)
  }

  @Test(
    "A session on line 3 that cannot be read is named by its line; the sessions around it come in",
    arguments: [
      "{dit is geen json",
      #"{"code":"KMT4HX"}"#,
      "BAD",
    ])
  func badLineThree(bad: String) throws {
    let store = try SQLiteStore.inMemory()
    let text =
      [header(sessions: 3), entryLine(code: "ACD-EFG"), bad, entryLine(code: "HJK-MNP")]
      .joined(separator: "\n") + "\n"
    let contents = try SessionBundle.read(text)
    #expect(contents.problems.map(\.line) == [3])
    #expect(contents.problems.first?.description.hasPrefix("regel 3:") == true)
    #expect(try importWhatCanBeTaken(text, into: store).added == 2)
    // The strict reading of a whole bundle still refuses it.
    #expect(throws: SessionBundle.Problem.self) { try SessionBundle.decode(text) }
  }

  @Test("A wrong session code or month on line 3 is named too, and only that session is left out")
  func badFieldsLineThree() throws {
    let store = try SQLiteStore.inMemory()
    for bad in [
      entryLine(code: "ACD-EFG").replacingOccurrences(of: "ACDEFG", with: "0OO-III"),
      entryLine(code: "ACD-EFG", month: "2026-03").replacingOccurrences(of: "2026-03", with: "maart"),
      entryLine(code: "ACD-EFG", month: "2026-03").replacingOccurrences(of: "2026-03", with: "٢٠٢٦-١٢"),
      entryLine(code: "ACD-EFG", month: "2026-03").replacingOccurrences(of: "2026-03", with: "0000-00"),
      entryLine(code: "ACD-EFG", month: "2026-03").replacingOccurrences(of: "2026-03", with: "9999-99"),
    ] {
      let text = [header(sessions: 2), entryLine(code: "HJK-MNP"), bad].joined(separator: "\n")
      let contents = try SessionBundle.read(text)
      #expect(contents.problems.map(\.line) == [3], "\(bad)")
      _ = try importWhatCanBeTaken(text, into: store)
    }
    #expect(try store.counts() == (1, 0))
  }

  @Test("A bundle written with CR LF line ends is read like any other")
  func crlf() throws {
    let text =
      [header(sessions: 2), entryLine(code: "HJK-MNP"), entryLine(code: "ACD-EFG")]
      .joined(separator: "\r\n") + "\r\n"
    let contents = try SessionBundle.read(text)
    #expect(contents.entries.count == 2 && contents.problems.isEmpty)
  }

  @Test("A bundle of an unknown version is refused")
  func unknownVersion() throws {
    let store = try SQLiteStore.inMemory()
    let text = [header(sessions: 1, version: 3), entryLine(code: "ACD-EFG")].joined(separator: "\n")
    let problem = #expect(throws: SessionBundle.Problem.self) { try importBundle(text, into: store) }
    #expect(problem?.line == 1)
    #expect(problem?.message.contains("3") == true)
    #expect(try store.counts() == (0, 0))
  }

  @Test("A version 1 bundle (sessions only, as older praatmaat wrote it) is still read")
  func versionOne() throws {
    let store = try SQLiteStore.inMemory()
    let text = [header(sessions: 2), entryLine(code: "ACD-EFG"), entryLine(code: "HJK-MNP")].joined(
      separator: "\n")
    #expect(try importWhatCanBeTaken(text, into: store).added == 2)
    // A version 1 bundle cannot hold withdrawn codes.
    let withTombstone = [header(sessions: 0), #"{"withdrawn":"ACDEFG"}"#].joined(separator: "\n")
    let problem = #expect(throws: SessionBundle.Problem.self) { try importBundle(withTombstone, into: store) }
    #expect(problem?.line == 2)
  }

  // MARK: Screening what comes in

  @Test("Imported free text passes through the anonymiser before it is kept")
  func importedTextIsAnonymised() throws {
    let store = try SQLiteStore.inMemory()
    let personal = "ik ben Jan de Vries, bel 0612345678, jan@vries.nl"
    let text = [
      header(sessions: 1, version: 2, withdrawn: 0),
      answerLine(question: "verhaal", kind: "open", valueKind: "text", value: personal),
    ].joined(separator: "\n")
    #expect(try importBundle(text, into: store).added == 1)
    let code = try #require(SessionCode("ACDEFG"))
    let kept = try #require(try store.answers(code).first?.value)
    #expect(
      hits(["Jan", "Vries", "0612345678", "jan@vries.nl", "vries.nl"], in: Data(kept.utf8)) == [], "\(kept)")
    #expect(kept.contains("[naam 1]"))
    #expect(kept.contains("[telefoon]"))
    #expect(kept.contains("[e-mail]"))
  }

  @Test(
    "Text anonymised before comes through unchanged",
    arguments: [
      "ik ben [naam 1], bel [telefoon]", "[naam 1] en [naam 2] wonen in [plaats 1]",
      "ik ben [leeftijd 30-39] en woon op [straat 1]", "mail [e-mail] of kijk op [website]",
    ])
  func anonymisedTextSurvives(value: String) throws {
    let store = try SQLiteStore.inMemory()
    let text = [
      header(sessions: 1, version: 2, withdrawn: 0),
      answerLine(question: "verhaal", kind: "open", valueKind: "text", value: value),
    ].joined(separator: "\n")
    _ = try importBundle(text, into: store)
    let code = try #require(SessionCode("ACDEFG"))
    #expect(try store.answers(code).first?.value == value)
  }

  @Test("A closed answer that is not an option of the script is refused with its line, nothing imported")
  func unknownOption() throws {
    let store = try SQLiteStore.inMemory()
    let text = [
      header(sessions: 2, version: 2, withdrawn: 0), entryLine(code: "HJK-MNP"),
      answerLine(question: "woonplek", kind: "keuze", valueKind: "option", value: "kasteel"),
    ].joined(separator: "\n")
    let problem = #expect(throws: SessionBundle.Problem.self) { try importBundle(text, into: store) }
    #expect(problem?.line == 3)
    #expect(problem?.message.contains("kasteel") == true)
    #expect(problem?.message.contains("ouders, groep, alleen") == true)
    #expect(try store.counts() == (0, 0))
  }

  @Test("A closed answer from an older script version keeps an option the script no longer has")
  func optionOfOlderVersion() throws {
    let store = try SQLiteStore.inMemory()
    let newer = parseScript(proefScript.replacingOccurrences(of: "versie: 1", with: "versie: 2"))
    let screen = BundleScreen(anonymiser: PackageContent.anonymiser, scripts: [newer.id: newer])
    let text = [
      header(sessions: 1, version: 2, withdrawn: 0),
      answerLine(question: "woonplek", kind: "keuze", valueKind: "option", value: "kasteel"),
    ].joined(separator: "\n")
    let contents = try SessionBundle.read(text)
    let summary = try store.importEntries(try contents.entries.map(screen.screen), withdrawn: [])
    #expect(summary.added == 1)
    let code = try #require(SessionCode("ACDEFG"))
    #expect(try store.answers(code).first?.value == "kasteel")
    // The same answer given in the current version is still checked.
    let current = answerLine(
      code: "HJK-MNP", question: "woonplek", kind: "keuze", valueKind: "option", value: "kasteel",
      scriptVersion: 2)
    #expect(throws: SessionBundle.Problem.self) {
      try SessionBundle.read(
        [header(sessions: 1, version: 2, withdrawn: 0), current].joined(separator: "\n")
      )
      .entries.map(screen.screen)
    }
  }

  /// A Persona whose card has a name, a multiple choice and an open line.
  static let personaSource = """
    id: persona
    titel: Persona
    methode: persona
    thema: hulp
    fase: agendavorming
    versie: 1

    vraag: naam keuze
      tekst: Welke naam vind jij mooi?
      optie noor: Noor
      optie daan: Daan
      kaart: Naam
    vraag: hulp meerkeuze
      tekst: Wie helpt de persoon?
      optie begeleider: Een begeleider
      optie familie: Familie
      kaart: Wie helpt
    vraag: moeilijk open
      tekst: Wat vindt de persoon moeilijk?
      kaart: Moeilijk
    """

  /// A Persona group card line as another laptop could have kept it.
  func personaLine(_ question: String, _ value: String, script: String = "persona") -> AnswerRecord {
    AnswerRecord(
      questionID: question, participant: "groep", scriptID: script, scriptVersion: 1, method: .persona,
      kind: "keuze", themes: ["hulp"], phases: [.agendavorming], valueKind: "text", value: value,
      answeredBy: .participant, month: testMonth)
  }

  @Test(
    "A Persona card line made of option labels comes through unchanged",
    arguments: [
      "Naam: Daan", "Naam: Noor / Daan", "Wie helpt: Een begeleider (2), Familie", "Wie helpt: Familie",
    ])
  func personaCardLineKept(value: String) throws {
    let persona = parseScript(Self.personaSource, fileName: "persona.gesprek")
    let screen = BundleScreen(anonymiser: PackageContent.anonymiser, scripts: [persona.id: persona])
    let question = value.hasPrefix("Naam") ? "naam" : "hulp"
    #expect(try screen.screen(personaLine(question, value)).value == value)
  }

  @Test(
    "Any other Persona card line still passes through the anonymiser",
    arguments: [
      ("naam", "Naam: Daan, bel 0612345678", "persona"),
      ("moeilijk", "Moeilijk: Jan de Vries helpt", "persona"),
      ("naam", "Naam: Jan de Vries", "persona"), ("naam", "Naam: Daan", "elders"),
    ])
  func personaOtherLinesAnonymised(question: String, value: String, script: String) throws {
    let persona = parseScript(Self.personaSource, fileName: "persona.gesprek")
    let screen = BundleScreen(anonymiser: PackageContent.anonymiser, scripts: [persona.id: persona])
    let kept = try screen.screen(personaLine(question, value, script: script)).value
    #expect(kept != value)
    #expect(kept?.contains("[") == true, "\(kept ?? "")")
  }

  @Test(
    "Free text cannot hide in a field that has a plain shape",
    arguments: [
      ("woonplek", "keuze", "option", "Jan de Vries"), ("leeftijd", "getal", "number", "06 12345678"),
      ("leeftijd", "getal", "ageBand", "34"), ("hulp", "ja/nee", "dontKnow", "Jan"),
      ("verhaal", "open", "iets", "Jan"),
    ])
  func plainFields(question: String, kind: String, valueKind: String, value: String) throws {
    let store = try SQLiteStore.inMemory()
    let text = [
      header(sessions: 1, version: 2, withdrawn: 0),
      answerLine(question: question, kind: kind, valueKind: valueKind, value: value),
    ].joined(separator: "\n")
    let problem = #expect(throws: SessionBundle.Problem.self) { try importBundle(text, into: store) }
    #expect(problem?.line == 2)
    #expect(try store.counts() == (0, 0))
  }

  // MARK: Withdrawals travel

  @Test("A withdrawal travels: export has the code, import removes the session and never brings it back")
  func withdrawalTravels() throws {
    let laptop = try filledStore()
    let old = SessionBundle.encode(try laptop.exportEntries())
    let office = try SQLiteStore.inMemory()
    #expect(try importBundle(old, into: office).added == 2)

    let finished = try #require(try laptop.exportEntries().first { $0.status == .finished })
    let gone = try #require(SessionCode(finished.code))
    _ = try laptop.forget(gone)
    let withdrawal = SessionBundle.encode(try laptop.exportEntries(), withdrawn: try laptop.withdrawnCodes())
    #expect(withdrawal.contains(#"{"withdrawn":"\#(gone.value)"}"#))
    #expect(!withdrawal.contains("Rustig"), "a withdrawn session leaves its code only")

    let merged = try importBundle(withdrawal, into: office)
    #expect(merged.removed == 1)
    #expect(merged.tracesLeft == nil)
    #expect(try office.session(gone) == nil)
    #expect(try office.answers(gone).isEmpty)
    #expect(try office.withdrawnCodes() == [gone])

    // The old bundle again: the withdrawn session stays away, and the import says so.
    let again = try importBundle(old, into: office)
    #expect(again.added == 0)
    #expect(again.skippedWithdrawn == 1)
    #expect(again.known == 1)
    #expect(try office.session(gone) == nil)
  }

  // MARK: A session that went on

  @Test("A paused session that was finished later is updated; an older copy never replaces it")
  func sessionThatWentOn() throws {
    let laptop = try SQLiteStore.inMemory()
    let played = try #require(try start(script, typing: ["ja", "1", "34"], store: laptop))
    #expect(played.outcome == .paused)
    let paused = SessionBundle.encode(try laptop.exportEntries())

    let office = try SQLiteStore.inMemory()
    #expect(try importBundle(paused, into: office).added == 1)

    let content = ContentFolder(["proef": proefScript])
    let library = content.library
    let resumed = try resume(played.code, typing: ["Rustig hier.", "ja"], store: laptop, library: library)
    #expect(resumed.outcome == .finished)
    let finished = SessionBundle.encode(try laptop.exportEntries())

    let merged = try importBundle(finished, into: office)
    #expect(merged.updated == 1)
    #expect(merged.added == 0)
    #expect(try office.answers(played.code) == laptop.answers(played.code))
    #expect(try office.session(played.code)?.status == .finished)

    // The paused copy once more: it is older and shorter, so nothing changes.
    let older = try importBundle(paused, into: office)
    #expect(older.updated == 0)
    #expect(older.known == 1)
    #expect(try office.answers(played.code).count == 4)
    #expect(try office.session(played.code)?.status == .finished)
  }

  @Test("A bundle that is not a praatmaat bundle, or empty, is refused")
  func notABundle() throws {
    let store = try SQLiteStore.inMemory()
    for text in ["", "\n\n", #"{"format":"iets anders","version":1,"sessions":0}"#, "hallo"] {
      let problem = #expect(throws: SessionBundle.Problem.self) { try importBundle(text, into: store) }
      #expect(problem?.line == 1, "\(text.debugDescription)")
    }
    #expect(try store.counts() == (0, 0))
  }

  @Test("A truncated bundle (the header says 2 sessions, 1 is there) is refused")
  func truncated() throws {
    let store = try SQLiteStore.inMemory()
    let text = [header(sessions: 2), entryLine(code: "ACD-EFG")].joined(separator: "\n") + "\n"
    let problem = #expect(throws: SessionBundle.Problem.self) { try importBundle(text, into: store) }
    #expect(problem?.message.contains("afgebroken") == true)
    #expect(problem?.message.hasSuffix("?") == false, "the import adds its own full stop")
    #expect(try store.counts() == (0, 0))
  }
}
