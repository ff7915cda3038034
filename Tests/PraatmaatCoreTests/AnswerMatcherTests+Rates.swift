import Testing

@testable import PraatmaatCore

/// Readings of the eleventh session: choices whose options are rates, a yes or no to a scale
/// asked as a yes/no question, moving that is not sport, an option for not doing something,
/// ordinals with the picture named, and "nou ja" as a correction.
extension AnswerMatcherTests {
  static let eleventhSession = withHeader(
    """
    vraag: contact keuze
      tekst: Hoe vaak zie je je coach?
      optie 1: Elke week
      optie 2: Elke maand
      optie 3: Minder dan eens per maand
      optie 4: Nooit
    vraag: familie keuze
      tekst: Hoe vaak bel je met je familie?
      optie week: Elke week
      optie maand: Elke maand
      optie minder: Minder vaak
    vraag: hobbytijd schaal 3
      tekst: Heb je genoeg tijd voor je hobby?
      stappen: Te weinig / Bijna genoeg / Genoeg
    vraag: fit meerkeuze
      tekst: Wat doe je om fit te blijven?
      optie 1: Bewegen
      optie 2: Gezond eten
      optie 3: Op tijd slapen
      optie 4: Niet roken
    vraag: sport keuze
      tekst: Hoe vaak sport je?
      optie 1: Nooit
      optie 2: Soms
      optie 3: Vaak
    vraag: kamer schaal 3
      tekst: Hoe fijn is je kamer?
      stappen: Niet fijn / Een beetje fijn / Fijn
    """)

  @Test("a rate chooses the option it is or falls in; otherwise the most often one it reaches, checked first")
  func ratesAsOptions() {
    let script = Self.eleventhSession
    #expect(understood("twee keer in de maand", "contact", in: script) == .guess(.option("2")))
    #expect(understood("een keer in de maand", "contact", in: script) == .value(.option("2")))
    #expect(understood("twee keer per jaar", "contact", in: script) == .value(.option("3")))
    #expect(understood("wekelijks", "contact", in: script) == .value(.option("1")))
    // "Minder vaak" is below the other options.
    #expect(understood("om de drie maanden", "familie", in: script) == .value(.option("minder")))
    #expect(understood("vier keer per week", "familie", in: script) == .guess(.option("week")))
    // Two rates name two options; "Soms" and "Vaak" are judgements, no rates to store.
    #expect(understood("elke week of elke maand", "contact", in: script) == .notUnderstood)
    #expect(understood("iedere twee weken", "sport", in: script) != .value(.option("2")))
  }

  @Test("yes or no to a scale asked as a yes/no question that names its last step is that step or the first")
  func yesToANamedStep() {
    #expect(understood("ja, zeker", "hobbytijd", in: Self.eleventhSession) == .guess(.option("3")))
    #expect(understood("nee, niet echt", "hobbytijd", in: Self.eleventhSession) == .guess(.option("1")))
  }

  @Test("walking and cycling are moving; eating greens is eating healthily")
  func movingIsMoreThanSport() {
    #expect(
      understood("ik fiets veel en eet fruit", "fit", in: Self.eleventhSession)
        == .value(.options(["1", "2"])))
    #expect(understood("elke avond een ommetje", "fit", in: Self.eleventhSession) == .value(.options(["1"])))
  }

  @Test("an option for not doing something is named by saying no to it, or having stopped; doing it is no")
  func notDoingSomething() {
    #expect(
      understood("ik rook niet en ik fiets", "fit", in: Self.eleventhSession) == .value(.options(["1", "4"])))
    #expect(
      understood("al een jaar gestopt met roken", "fit", in: Self.eleventhSession) == .value(.options(["4"])))
    #expect(understood("ik rook", "fit", in: Self.eleventhSession) == .notUnderstood)
    #expect(understood("ik rook niet veel", "fit", in: Self.eleventhSession) == .notUnderstood)
    #expect(understood("ik wil stoppen met roken", "fit", in: Self.eleventhSession) == .notUnderstood)
    // "niet" alone names no option for not doing something.
    #expect(understood("ik beweeg niet", "fit", in: Self.eleventhSession) == .notUnderstood)
    #expect(
      understood("ik drink geen cola en ik rook niet", "fit", in: Self.eleventhSession)
        == .value(.options(["4"])))
  }

  @Test(
    "an ordinal with the picture named picks that step, checked first; 'nou ja' corrects what went before")
  func ordinalsAndNouJa() {
    #expect(understood("de middelste smiley", "kamer", in: Self.eleventhSession) == .guess(.option("2")))
    #expect(understood("de derde smiley", "kamer", in: Self.eleventhSession) == .guess(.option("3")))
    #expect(
      understood("fijn.. nou ja een beetje, hij is klein", "kamer", in: Self.eleventhSession)
        == .guess(.option("2")))
  }

  @Test("in a conversation, a rate between two options is checked with the one it reaches")
  func rateInConversation() {
    let script = withHeader(
      """
      vraag: contact keuze
        tekst: Hoe vaak zie je je coach?
        optie 1: Elke week
        optie 2: Elke maand
        optie 3: Nooit
      """)
    var talk = play(parseScript(script))
    let asked = talk.type("iedere twee weken")
    #expect(asked.contains { $0.contains("Bedoel je") && $0.contains("Elke maand") }, "\(asked)")
    #expect(talk.next == .answer("contact"))
  }
}
