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
    vraag: groeten schaal 3
      tekst: Hoeveel buren groet je?
      stappen: Niemand / Een paar buren / Veel buren
    vraag: lastig schaal 3
      tekst: Hoe lastig is het formulier?
      stappen: Makkelijk / Een beetje lastig / Heel lastig
    vraag: herrie schaal 3
      tekst: Hoeveel last heb je van herrie?
      stappen: Veel last / Een beetje last / Geen last
    """)

  @Test("the participant's partner with children is the partner's option, unless an option names children")
  func household() {
    let script = Self.counts
    #expect(understood("met mn man en onze twee zoons", "thuis", in: script) == .value(.option("3")))
    #expect(understood("samen met mijn vrouw en mijn dochter", "thuis", in: script) == .value(.option("3")))
    // A word that may be a friend is checked first.
    #expect(understood("met mijn vriend en de kinderen", "thuis", in: script) == .guess(.option("3")))
    #expect(understood("samen met mijn vrouw en mijn dochter", "gezin", in: script) != .value(.option("1")))
    // Someone else's partner, or someone else beside them, is no household of the participant.
    #expect(understood("bij mijn dochter en haar vriend", "thuis", in: script) != .value(.option("3")))
    #expect(
      understood("met mijn vrouw, de kinderen en mijn schoonmoeder", "thuis", in: script)
        != .value(.option("3")))
  }

  @Test("'nauwelijks' alone is the step of little; a number of people chooses by its size")
  func countedSteps() {
    let script = Self.counts
    #expect(understood("nauwelijks hoor", "sporttijd", in: script) == .guess(.option("1")))
    #expect(understood("amper, door mijn werk", "sporttijd", in: script) == .guess(.option("1")))
    // Where the step of little is last, that step; where the first step is the good one, none.
    #expect(understood("nauwelijks hoor", "herrie", in: script) == .guess(.option("3")))
    #expect(understood("nauwelijks hoor", "lastig", in: script) != .guess(.option("1")))
    #expect(understood("een man of zes", "groeten", in: script) == .guess(.option("2")))
    #expect(understood("wel 40 mensen", "groeten", in: script) == .guess(.option("3")))
    #expect(understood("iedereen wel", "groeten", in: script) == .guess(.option("3")))
    #expect(understood("niet iedereen", "groeten", in: script) != .guess(.option("3")))
    #expect(understood("3 of 15", "groeten", in: script) != .guess(.option("2")))
  }
}
