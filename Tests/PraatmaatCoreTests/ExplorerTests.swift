import Testing

@testable import PraatmaatCore

@Suite("Explorer")
struct ExplorerTests {
  /// A loop the checker cannot judge: the jump has a condition, but `x` is always ja.
  static let endlessScript = withHeader(
    """
    variabele: x = ja
    deel: lus
    vraag: nog ja/nee
      tekst: Wil je nog een keer?
    ga naar: lus
      als: x = ja
    deel: slot
    vraag: nooit ja/nee
      tekst: Deze vraag komt nooit.
    """)

  /// A short explorer run, so the suite stays fast.
  func explore(_ script: Script, walks: Int = 5) -> Explorer.Report {
    var explorer = Explorer(texts: dutch, walks: walks, seed: 1)
    explorer.answerLimit = 60
    return explorer.explore(script)
  }

  @Test("finds a conversation that never ends, and the question it never asks")
  func endlessLoop() {
    let script = parseScript(Self.endlessScript)
    let report = explore(script)
    #expect(report.walks == 5)
    #expect(report.finished == 0)
    #expect(report.endless == [1, 2, 3, 4, 5])
    #expect(report.asked == ["nog"])
    #expect(Set(script.questions.map(\.id)).subtracting(report.asked) == ["nooit"])
  }

  @Test("a conversation that jumps around without asking counts as endless")
  func stalledLoop() throws {
    let script = parseScript(
      withHeader(
        """
        variabele: x = ja
        deel: a
        vraag: q ja/nee
          tekst: Ben je er?
        deel: b
        vraag: nooit ja/nee
          als: x = nee
          tekst: Deze vraag komt nooit.
        ga naar: c
          als: x = ja
        deel: c
        ga naar: b
          als: x = ja
        """))
    let report = explore(script, walks: 2)
    #expect(report.finished == 0)
    #expect(report.endless.count == 2)
    // Each finding points at its place in the script, with a hint.
    let found = Explorer(texts: dutch).diagnostics(report, script: script)
    let loop = try #require(found.first { $0.code == .loop })
    #expect(loop.location.line == 17, "the part 'c' it kept jumping into")
    #expect(loop.hint != nil)
    let never = try #require(found.first { $0.code == .neverAsked })
    // It points at the question's own condition, the one that was never true.
    #expect(never.location.line == 13)
    #expect(never.message.contains("'nooit'") && never.message.contains("'als:' was nooit waar"))
    #expect(never.hint != nil)
  }

  @Test("a good script: every walk ends and every question is asked")
  func goodScript() {
    let script = parseScript(wonenScript)
    let report = explore(script, walks: 30)
    #expect(report.finished == 30)
    #expect(report.endless.isEmpty)
    #expect(report.asked == Set(script.questions.map(\.id)))
  }

  @Test("the same seed explores the same way")
  func deterministic() {
    let script = parseScript(wonenScript)
    #expect(explore(script, walks: 20) == explore(script, walks: 20))
  }

  @Test("random inputs fit the question: numbers within min and max")
  func inputsFitTheQuestion() throws {
    let script = parseScript(
      withHeader(
        """
        vraag: leeftijd getal
          tekst: Hoe oud ben je?
          min: 16
          max: 20
        """))
    let question = try #require(script.question("leeftijd"))
    var random = SeededGenerator(seed: 5)
    for _ in 0..<200 {
      let input = Explorer(texts: dutch).input(for: question, using: &random)
      if let number = Int(input) { #expect((16...20).contains(number)) }
    }
  }
}
