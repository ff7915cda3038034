import Testing

@testable import PraatmaatCore

/// Readings of the thirteenth session: the participant among several options, "not knowing"
/// typed as one word, a spoken diminutive, three e's for stress, "enough" in the middle of an
/// amount, "all the time", and two readings of statements.
extension AnswerMatcherTests {
  static let ownWords = withHeader(
    """
    vraag: boodschappen meerkeuze
      tekst: Wie doet je boodschappen? Je mag meer kiezen.
      optie 1: Mijn familie
      optie 2: Mijn begeleider
      optie 3: Dat doe ik alleen
    vraag: werk ja/nee
      tekst: Heb je werk?
    vraag: naar-school keuze
      tekst: Hoe ga je naar school?
      optie 1: Lopen
      optie 2: Fiets
      optie 3: Bus
    vraag: liefst keuze
      tekst: Waar ben je het liefst?
      optie 1: Huis
      optie 2: Werk
      optie 3: Buiten
    vraag: buiten schaal 3
      tekst: Hoe goed gaat het buiten?
      stappen: Slecht / Gaat wel / Goed
    vraag: rust schaal 3
      tekst: Hoeveel rust heb je?
      stappen: Weinig / Precies genoeg / Veel
    vraag: pijn schaal 5
      tekst: Hoe vaak heb je pijn?
      stappen: Nooit / Bijna nooit / Soms / Vaak / Altijd
    """)

  @Test("the participant's own option beside the others, and nobody as doing it alone")
  func ownOption() {
    let script = Self.ownWords
    #expect(understood("doe ik helemaal zelf", "boodschappen", in: script) == .value(.options(["3"])))
    #expect(understood("mijn zus en ik zelf", "boodschappen", in: script) == .guess(.options(["1", "3"])))
    #expect(understood("niemand", "boodschappen", in: script) == .guess(.options(["3"])))
    // Everyone is every option of a person, checked first; but the ones left out.
    #expect(
      understood("eigenlijk iedereen", "boodschappen", in: script) == .guess(.options(["1", "2"])))
    #expect(
      understood("iedereen behalve mijn familie", "boodschappen", in: script) == .guess(.options(["2"])))
    // Turned round, it is not the participant.
    #expect(
      understood("zelf lukt het niet, mijn begeleider", "boodschappen", in: script) == .value(.options(["2"]))
    )
    // "zelf" said of someone else.
    #expect(
      understood("mijn begeleider doet het zelf", "boodschappen", in: script) == .value(.options(["2"])))
  }

  @Test("not knowing typed as one word, a spoken diminutive and three e's for stress")
  func spelledTogether() {
    let script = Self.ownWords
    #expect(understood("geenidee", "werk", in: script) == .reply(.dontKnow))
    #expect(understood("in me huisie", "liefst", in: script) == .value(.option("1")))
    #expect(understood("slechtttttt", "buiten", in: script) == .value(.option("1")))
    #expect(understood("sleeecht", "buiten", in: script) == .value(.option("1")))
  }

  @Test("a good word without an amount is enough; all the time is always")
  func enoughAndAlways() {
    let script = Self.ownWords
    #expect(understood("het is wel prima zo", "rust", in: script) == .guess(.option("2")))
    // Two steps named at once ("veel", "weinig") are asked again; no amount is no "enough".
    #expect(understood("echt veel te weinig rust", "rust", in: script) == .notUnderstood)
    #expect(
      understood("ik heb er eigenlijk de hele tijd last van", "pijn", in: script) == .guess(.option("5")))
  }

  static let ownWordsPanel = withHeader(
    """
    vraag: coach stelling
      tekst: Mijn coach kijkt naar wat ik kan.
    vraag: plannen stelling
      tekst: Ik kan mijn week goed plannen.
    """
  ).replacingOccurrences(of: "methode: gesprek", with: "methode: panel")

  @Test("'naar' as a preposition in a statement is no judgement; agreeing only of the past disagrees")
  func statementsReadRight() {
    let script = Self.ownWordsPanel
    #expect(understood("hij kijkt heel goed", "coach", in: script) == .guess(.option("eens")))
    #expect(understood("vroeger lukte dat wel", "plannen", in: script) == .guess(.option("oneens")))
    // Since then, or now, it holds.
    #expect(understood("sinds vroeger wel", "plannen", in: script) == .guess(.option("eens")))
    #expect(understood("vroeger nooit, maar nu wel", "plannen", in: script) == .value(.option("eens")))
    #expect(understood("ja, beter dan vroeger", "plannen", in: script) == .value(.option("eens")))
  }

  @Test(
    "not understanding, asking how to answer, or asking it in other words is a wish for the question made clear"
  )
  func madeClear() {
    let script = Self.ownWords
    #expect(understood("ik snap er echt niks van", "buiten", in: script) == .reply(.explain))
    #expect(understood("hoeveel moet ik kiezen", "boodschappen", in: script) == .reply(.explain))
    #expect(understood("kun je dat anders vragen", "naar-school", in: script) == .reply(.explain))
    // An answer that holds more is read as an answer.
    #expect(understood("ik snap niet waarom, maar het gaat goed", "buiten", in: script) != .reply(.explain))
  }
}
