import Testing

@testable import PraatmaatCore

/// Readings of the thirteenth session: people named on a scale of how many, a bare number
/// there, a step said twice, steps that are rates of their own, and hours said per day.
extension AnswerMatcherTests {
  static let people = withHeader(
    """
    vraag: helpers schaal 3
      tekst: Hoeveel mensen helpen je met klussen?
      stappen: Niemand / Een paar mensen / Veel mensen
    vraag: fijn schaal 5
      tekst: Hoe fijn is je kamer?
      stappen: Heel slecht / Slecht / Gaat wel / Fijn / Heel fijn
    vraag: werkuren getal
      tekst: Hoeveel uur per week werk je?
      min: 0
      max: 60
    vraag: zwemmen schaal 5
      tekst: Hoe vaak ga je zwemmen?
      stappen: Nooit / Eén keer per maand / Eén keer per week / Drie keer per week / Elke dag
    """)

  @Test("people named on a scale of how many: a few of them, a whole group, or no number")
  func namedPeople() {
    let script = Self.people
    #expect(understood("mijn oom en de buurvrouw", "helpers", in: script) == .guess(.option("2")))
    #expect(understood("alleen mijn broer", "helpers", in: script) == .guess(.option("2")))
    #expect(understood("eigenlijk de hele familie", "helpers", in: script) == .guess(.option("3")))
    // A "not" names no one.
    #expect(understood("niet eens mijn broer", "helpers", in: script) == .notUnderstood)
  }

  @Test("a bare number on a scale of how many people is asked again where count and step differ")
  func countOrStep() {
    let script = Self.people
    #expect(understood("1", "helpers", in: script) == .notUnderstood)
    #expect(understood("3", "helpers", in: script) == .notUnderstood)
    #expect(understood("2", "helpers", in: script) == .value(.option("2")))
    #expect(understood("een stuk of twintig", "helpers", in: script) == .guess(.option("3")))
  }

  @Test("a step said twice is said strongly")
  func saidTwice() {
    let script = Self.people
    #expect(understood("fijn fijn", "fijn", in: script) == .value(.option("5")))
    #expect(understood("slecht slecht hoor", "fijn", in: script) == .value(.option("1")))
    #expect(understood("fijn", "fijn", in: script) == .value(.option("4")))
    // Said twice, but not in a row: the step itself.
    #expect(understood("fijn, en de tuin is ook fijn", "fijn", in: script) == .value(.option("4")))
  }

  @Test("steps that name rates: the rate said chooses the nearest step, checked first")
  func stepsThatAreRates() {
    let script = Self.people
    #expect(understood("drie keertjes per week", "zwemmen", in: script) == .guess(.option("4")))
    #expect(understood("1x in de week zwem ik", "zwemmen", in: script) == .guess(.option("3")))
    #expect(understood("om de week op zaterdag", "zwemmen", in: script) == .guess(.option("3")))
    #expect(understood("zo'n twee keer per maand", "zwemmen", in: script) == .guess(.option("2")))
  }

  @Test("hours said per day add up, checked first")
  func hoursPerDay() {
    let script = Self.people
    #expect(understood("woensdag 3 uur, zaterdag 5 uur", "werkuren", in: script) == .guess(.number(8)))
    #expect(understood("di 4 en do 4", "werkuren", in: script) == .guess(.number(8)))
    // Two numbers to choose from are no sum.
    #expect(understood("woensdag 3 of zaterdag 5", "werkuren", in: script) == .notUnderstood)
  }
}
