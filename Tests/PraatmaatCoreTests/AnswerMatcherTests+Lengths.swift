import Testing

@testable import PraatmaatCore

/// Lengths of time and rates of the twelfth session: a choice whose options are lengths of
/// time, and the step a rate is offered as on a scale of how often.
extension AnswerMatcherTests {
  static let lengthsAndRates = withHeader(
    """
    vraag: wachttijd keuze
      tekst: Hoe lang wacht je al op een woning?
      optie 1: Korter dan een jaar
      optie 2: 1 tot 5 jaar
      optie 3: Langer dan 5 jaar
      optie 4: Weet ik niet
    vraag: begeleiding keuze
      tekst: Hoe lang heb je al begeleiding?
      optie kort: Minder dan een half jaar
      optie half: Een half jaar tot een jaar
      optie lang: Meer dan een jaar
    vraag: zwemmen schaal 3
      tekst: Hoe vaak ga je zwemmen?
      stappen: Nooit / Soms / Vaak
    vraag: buiten schaal 3
      tekst: Hoe vaak ga je naar buiten?
      stappen: Nooit / Af en toe / Elke dag
    vraag: kwijt schaal 5
      tekst: Hoe vaak ben je je pasje kwijt?
      stappen: Nooit / Bijna nooit / Soms / Vaak / Altijd
    """)

  @Test(
    "a length of time in any unit chooses the option it falls in; 'bijna' is just below, 'ruim' just above")
  func lengthsAsOptions() {
    let script = Self.lengthsAndRates
    #expect(understood("pas acht maanden", "wachttijd", in: script) == .value(.option("1")))
    #expect(understood("al 3 jaar", "wachttijd", in: script) == .value(.option("2")))
    #expect(understood("al vijf jaar", "wachttijd", in: script) == .value(.option("2")))
    #expect(understood("ruim 5 jaar", "wachttijd", in: script) == .value(.option("3")))
    #expect(understood("bijna 1 jaar", "wachttijd", in: script) == .value(.option("1")))
    #expect(understood("al anderhalf jaar", "wachttijd", in: script) == .value(.option("2")))
    #expect(understood("12 jaar", "wachttijd", in: script) == .value(.option("3")))
    #expect(understood("sinds een half jaar", "begeleiding", in: script) == .value(.option("half")))
    #expect(understood("10 weken", "begeleiding", in: script) == .value(.option("kort")))
    #expect(understood("twee en een half jaar", "wachttijd", in: script) == .value(.option("2")))
    #expect(understood("minder dan een half jaar", "begeleiding", in: script) == .value(.option("kort")))
    // A number alone is the option's number; another number without a unit, an age, a number
    // with a comma and two lengths in two options are asked again.
    #expect(understood("3", "wachttijd", in: script) == .value(.option("3")))
    #expect(understood("al sinds 2016", "wachttijd", in: script) == .notUnderstood)
    #expect(understood("sinds ik 16 jaar was", "wachttijd", in: script) == .notUnderstood)
    #expect(understood("1,5 jaar", "wachttijd", in: script) == .notUnderstood)
    #expect(understood("een jaar of zeven", "wachttijd", in: script) == .value(.option("3")))
    #expect(understood("4 jaar hier en 6 jaar daarvoor", "wachttijd", in: script) == .notUnderstood)
    #expect(understood("een paar jaar", "wachttijd", in: script) == .notUnderstood)
  }

  @Test("every week is 'Vaak', once a month 'Soms'; an exact step only for its own rate or one much nearer")
  func ratesAsSteps() {
    let script = Self.lengthsAndRates
    #expect(understood("elke zaterdag met mijn neef", "zwemmen", in: script) == .guess(.option("3")))
    #expect(understood("een keer per maand hoor", "zwemmen", in: script) == .guess(.option("2")))
    #expect(understood("drie keer in de week", "buiten", in: script) == .guess(.option("2")))
    #expect(understood("bijna iedere dag", "buiten", in: script) == .guess(.option("3")))
    #expect(understood("bijna iedere dag", "kwijt", in: script) == .guess(.option("4")))
  }
}
