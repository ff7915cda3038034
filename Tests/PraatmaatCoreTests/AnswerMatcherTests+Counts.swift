import Testing

@testable import PraatmaatCore

/// Households and counts of the twelfth session: a partner with children, "hardly" on a scale,
/// and a number of people on a scale of how many.
extension AnswerMatcherTests {
  static let counts = withHeader(
    """
    vraag: thuis keuze
      tekst: Met wie woon je?
      optie 1: Alleen
      optie 2: Met mijn ouders of familie
      optie 3: Met mijn partner
      optie 4: Anders
    vraag: gezin keuze
      tekst: Met wie woon je?
      optie 1: Met mijn partner
      optie 2: Met mijn kinderen
    vraag: sporttijd schaal 3
      tekst: Hoeveel tijd heb je om te sporten?
      stappen: Weinig / Genoeg / Veel
    vraag: straat schaal 3
      tekst: Hoeveel mensen in je straat groet je?
      stappen: Niemand / Een paar mensen / Veel mensen
    vraag: lastig schaal 3
      tekst: Hoe lastig is het formulier?
      stappen: Makkelijk / Een beetje lastig / Heel lastig
    """)

  @Test("a partner with children is the partner's option, unless an option names children")
  func household() {
    let script = Self.counts
    #expect(
      understood("met mn man en onze twee zoons", "thuis", in: script)
        == understood("met mn man en onze twee zonen", "thuis", in: script))
    #expect(understood("ik woon met mijn vriendin en de kids", "thuis", in: script) == .value(.option("3")))
    #expect(understood("samen met mijn vrouw en mijn dochter", "thuis", in: script) == .value(.option("3")))
    #expect(understood("samen met mijn vrouw en mijn dochter", "gezin", in: script) != .value(.option("1")))
    // Someone else beside them is no household of two.
    #expect(
      understood("met mijn vrouw, de kinderen en mijn schoonmoeder", "thuis", in: script)
        != .value(.option("3")))
  }

  @Test("'nauwelijks' alone is the lowest step where that is little; a number of people chooses by its size")
  func countedSteps() {
    let script = Self.counts
    #expect(understood("nauwelijks hoor", "sporttijd", in: script) == .guess(.option("1")))
    #expect(understood("amper, door mijn werk", "sporttijd", in: script) == .guess(.option("1")))
    // Not where the first step is the good one.
    #expect(understood("nauwelijks hoor", "lastig", in: script) != .guess(.option("1")))
    #expect(understood("een man of zes", "straat", in: script) == .guess(.option("2")))
    #expect(understood("wel 40 mensen", "straat", in: script) == .guess(.option("3")))
    #expect(understood("iedereen wel", "straat", in: script) == .guess(.option("3")))
    #expect(understood("3 of 15", "straat", in: script) != .guess(.option("2")))
  }
}
