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

  /// What `praatmaat import` does: read the whole bundle, then add it in one go.
  func importBundle(_ text: String, into store: SQLiteStore) throws -> (added: Int, known: Int) {
    try store.importEntries(try SessionBundle.decode(text))
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

  func header(sessions: Int, version: Int = 1) -> String {
    #"{"format":"praatmaat-bundel","sessions":\#(sessions),"version":\#(version)}"#
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
    #expect(again.known == 2)
    #expect(try target.counts() == before)
  }

  @Test(
    "A bad line 3 is named, and the store is unchanged",
    arguments: [
      "{dit is geen json",
      #"{"code":"KMT4HX"}"#,
      "BAD",
    ])
  func badLineThree(bad: String) throws {
    let store = try filledStore()
    let before = try store.exportEntries()
    let text =
      [header(sessions: 3), entryLine(code: "ACD-EFG"), bad, entryLine(code: "HJK-MNP")]
      .joined(separator: "\n") + "\n"
    let problem = #expect(throws: SessionBundle.Problem.self) { try importBundle(text, into: store) }
    #expect(problem?.line == 3)
    #expect(problem?.description.hasPrefix("regel 3:") == true)
    #expect(try store.exportEntries() == before)
  }

  @Test("A wrong session code or month on line 3 is named too")
  func badFieldsLineThree() throws {
    let store = try SQLiteStore.inMemory()
    for bad in [
      entryLine(code: "ACD-EFG").replacingOccurrences(of: "ACDEFG", with: "0OO-III"),
      entryLine(code: "ACD-EFG", month: "2026-03").replacingOccurrences(of: "2026-03", with: "maart"),
    ] {
      let text = [header(sessions: 2), entryLine(code: "HJK-MNP"), bad].joined(separator: "\n")
      let problem = #expect(throws: SessionBundle.Problem.self) { try importBundle(text, into: store) }
      #expect(problem?.line == 3, "\(bad)")
    }
    #expect(try store.counts() == (0, 0))
  }

  @Test("A bundle of an unknown version is refused")
  func unknownVersion() throws {
    let store = try SQLiteStore.inMemory()
    let text = [header(sessions: 1, version: 2), entryLine(code: "ACD-EFG")].joined(separator: "\n")
    let problem = #expect(throws: SessionBundle.Problem.self) { try importBundle(text, into: store) }
    #expect(problem?.line == 1)
    #expect(problem?.message.contains("2") == true)
    #expect(try store.counts() == (0, 0))
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
    #expect(try store.counts() == (0, 0))
  }
}
