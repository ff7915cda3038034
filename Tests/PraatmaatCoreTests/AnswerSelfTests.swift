import Testing

@testable import PraatmaatCore

/// A question with the participant as an option ("Ik zelf"): "ik" chooses it, and the
/// participant together with someone else is two options, asked again.
@Suite("Answer matcher: the participant as an option")
struct AnswerSelfTests {
  static let source = withHeader(
    """
    vraag: geld keuze
      tekst: Wie regelt jouw geld?
      optie zelf: 🙋 Ik zelf
      optie familie: 👪 Mijn familie
      optie bewind: 💼 Een bewindvoerder
    vraag: woon keuze
      tekst: Bij wie woon je?
      optie ouders: 🏠 Bij mijn ouders
      optie alleen: 🔑 Alleen
    """)

  func match(_ input: String, _ id: String = "geld") throws -> AnswerMatcher.Result {
    let question = try #require(parseScript(Self.source).question(id))
    return AnswerMatcher(words: packageWords).match(input, for: question)
  }

  @Test func selfAlone() throws {
    #expect(try match("ik") == .value(.option("zelf")))
    #expect(try match("dat ben ik") == .value(.option("zelf")))
    #expect(try match("mezelf") == .value(.option("zelf")))
    #expect(try match("dat") == .notUnderstood)
  }

  @Test func together() throws {
    #expect(try match("ik en mijn moeder samen") == .notUnderstood)
    #expect(try match("mijn vader en ik") == .notUnderstood)
    #expect(try match("mijn moeder") == .value(.option("familie")))
    // Without a self option, "ik" is just the one who speaks.
    #expect(try match("ik woon bij mijn moeder", "woon") == .value(.option("ouders")))
  }
}
