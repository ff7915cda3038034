import Testing

@testable import PraatmaatCore

@Suite("Shared blocks: gebruik:")
struct BlockTests {
  static let blocks = ScriptBlocks([
    "welkom": .init(
      fileName: "delen/welkom.gesprek", text: "zeg: Fijn dat je er bent.\nzeg: Elk antwoord is goed."),
    "kapot": .init(fileName: "delen/kapot.gesprek", text: "zeg: Hallo.\nvraag: x"),
    "rond": .init(fileName: "delen/rond.gesprek", text: "gebruik: rond"),
  ])

  static func check(_ body: String) -> (Script, [Diagnostic]) {
    ScriptChecker().check(source: withHeader(body), fileName: testFile, blocks: blocks)
  }

  @Test("a block's lines are said where the script takes it in")
  func takenIn() {
    let (script, found) = Self.check("gebruik: welkom\nvraag: blij ja/nee\n  tekst: Gaat het goed?")
    #expect(found.isEmpty, "\(found.map(\.description))")
    let talk = play(script)
    #expect(Array(talk.transcript.prefix(2)) == ["Fijn dat je er bent.", "Elk antwoord is goed."])
  }

  @Test(
    "a block that is not there, a mistake in a block, a block that takes in itself: S049 or the mistake, at the gebruik: line"
  )
  func mistakes() throws {
    let unknown = Self.check("gebruik: welkmo\nvraag: blij ja/nee\n  tekst: Gaat het goed?").1
    #expect(unknown.errorBriefs == ["S049 7:10"])
    #expect(unknown.first?.hint?.hasPrefix("Kies uit: kapot, rond, welkom.") == true)
    let broken = Self.check("gebruik: kapot\nvraag: blij ja/nee\n  tekst: Gaat het goed?").1
    let error = try #require(broken.first { $0.severity == .error })
    #expect(error.brief == "S001 7:10")
    #expect(error.message.hasPrefix("In delen/kapot.gesprek, regel 2:"))
    #expect(
      Self.check("gebruik: rond\nvraag: blij ja/nee\n  tekst: Gaat het goed?").1.errorBriefs == ["S049 7:10"])
  }

  @Test("a block checked on its own points at its own lines")
  func onItsOwn() {
    let found = ScriptChecker().checkBlock(source: "zeg: Hallo.\nvraag: x", fileName: "delen/kapot.gesprek")
    #expect(found.map(\.brief) == ["S001 2:10"])
    #expect(found.first?.file == "delen/kapot.gesprek")
  }
}
