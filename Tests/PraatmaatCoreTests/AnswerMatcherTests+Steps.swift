import Foundation
import Testing

@testable import PraatmaatCore

/// Steps said without the question's own words, never and always on steps from rarely to often,
/// and a bus line by its number among as many options.
extension AnswerMatcherTests {
  @Test(
    "a step's label without the words the question already says is that step; never and always on a scale of how often"
  )
  func stepsWithoutTheQuestionsWords() {
    let script = withHeader(
      """
      vraag: hulp schaal 5
        tekst: Hoe goed helpt je coach jou?
        stappen: Helemaal niet goed / Niet zo goed / Een beetje / Goed / Heel goed
      vraag: lawaai schaal 3
        tekst: Hoeveel last heb je van lawaai?
        stappen: Geen last / Een beetje last / Veel last
      vraag: bellen schaal 3
        tekst: Belt je coach je terug?
        stappen: Bijna nooit / Soms / Meestal wel
      """)
    #expect(answerReading("helemaal niet", question: "hulp", in: script) == .value(.option("1")))
    #expect(answerReading("niet zo", question: "hulp", in: script) == .value(.option("2")))
    #expect(answerReading("erg veel", question: "lawaai", in: script) == .value(.option("3")))
    #expect(answerReading("geen", question: "lawaai", in: script) == .value(.option("1")))
    #expect(answerReading("ja hij belt altijd terug", question: "bellen", in: script) == .guess(.option("3")))
    #expect(answerReading("nooit", question: "bellen", in: script) == .value(.option("1")))
  }

  @Test(
    "mostly is the step that says often; 'beetje' with a step's own words is the step that says 'een beetje'")
  func mostlyAndALittle() {
    let script = withHeader(
      """
      vraag: sporten schaal 3
        tekst: Hoe vaak ga je sporten?
        stappen: Zelden / Soms / Vaak
      vraag: rustig schaal 3
        tekst: Hoe rustig is het in je huis?
        stappen: Onrustig / Een beetje rustig / Rustig
      """)
    #expect(answerReading("meestal wel hoor", question: "sporten", in: script) == .value(.option("3")))
    #expect(answerReading("beetje rustig wel", question: "rustig", in: script) == .value(.option("2")))
    #expect(answerReading("rustig", question: "rustig", in: script) == .value(.option("3")))
  }

  @Test("how one gets in touch and what cleaning is, in other words (woordgroepen.txt)")
  func touchAndCleaning() {
    let script = withHeader(
      """
      vraag: wijkteam keuze
        tekst: Hoe spreek je het wijkteam het liefst?
        optie bel: Ik bel
        optie langs: Ik ga langs
        optie mail: Ik mail
      vraag: taken meerkeuze
        tekst: Wat doe je zelf in huis? Je mag meer dingen kiezen.
        optie koken: Koken
        optie schoonmaken: Schoonmaken
        optie post: Post
      """)
    #expect(answerReading("telefonisch", question: "wijkteam", in: script) == .value(.option("bel")))
    #expect(answerReading("langskomen", question: "wijkteam", in: script) == .value(.option("langs")))
    #expect(
      answerReading("dweilen en koken", question: "taken", in: script)
        == .value(.options(["koken", "schoonmaken"])))
  }

  @Test("after 'lijn' a number is a bus line, also when there are as many options")
  func lineAmongAsManyOptions() {
    let script = withHeader(
      """
      vraag: school keuze
        tekst: Hoe ga je naar school?
        optie lopen: Lopend
        optie fiets: Met de fiets
        optie bus: Met de bus
        optie taxi: Met de taxi
      """)
    #expect(answerReading("lijn 4", question: "school", in: script) == .value(.option("bus")))
    #expect(answerReading("4", question: "school", in: script) == .value(.option("taxi")))
  }

  @Test("a word that starts exactly one option's longer word names it, checked first")
  func startOfALabelWord() {
    let script = withHeader(
      """
      vraag: hulp keuze
        tekst: Wie helpt je het meest?
        optie coach: Mijn jobcoach
        optie fysio: De fysiotherapeut
        optie arts: De huisarts
      """)
    #expect(answerReading("fysiot", question: "hulp", in: script) == .guess(.option("fysio")))
    #expect(answerReading("huisa", question: "hulp", in: script) == .guess(.option("arts")))
  }

  @Test("a general word of liking says nothing on steps of a quality that do not run from bad to good")
  func likingOnStepsOfAQuality() {
    let script = withHeader(
      """
      vraag: drukte schaal 3
        tekst: Hoe druk is het in de bus?
        stappen: Kalm / Gaat wel / Te vol
      vraag: beslissen schaal 3
        tekst: Hoeveel mag je zelf kiezen op je werk?
        stappen: Niks / Een beetje / Veel
      """)
    #expect(answerReading("gezellig hoor", question: "drukte", in: script) == .notUnderstood)
    #expect(answerReading("kalm", question: "drukte", in: script) == .value(.option("1")))
    #expect(answerReading("normaal", question: "drukte", in: script) == .value(.option("2")))
    #expect(answerReading("prima", question: "beslissen", in: script) == .notUnderstood)
  }

  @Test("no to a scale asked as a yes/no question whose first step says no; yes only where the last says yes")
  func noOnStepsThatSayNo() {
    let script = withHeader(
      """
      vraag: zwemmen schaal 3
        tekst: Ga je graag zwemmen?
        stappen: Nee / Een beetje / Ja
      vraag: piekeren schaal 3
        tekst: Lig je wakker van de huur?
        stappen: Geen zorgen / Een beetje zorgen / Veel zorgen
      """)
    #expect(answerReading("niet echt", question: "zwemmen", in: script) == .value(.option("1")))
    #expect(answerReading("ja hoor", question: "zwemmen", in: script) == .value(.option("3")))
    #expect(answerReading("nee hoor", question: "piekeren", in: script) == .value(.option("1")))
    #expect(answerReading("ja echt heel erg", question: "piekeren", in: script) == .notUnderstood)
  }

  @Test("no and not knowing to a statement about knowing is disagreeing; not taking part is asked again")
  func notKnowingAndNotTakingPart() {
    let panel = withHeader(
      """
      vraag: loket stelling
        tekst: Ik weet bij wie ik terecht kan met mijn post.
      """
    ).replacingOccurrences(of: "methode: gesprek", with: "methode: panel")
    #expect(
      answerReading("nee, geen idee bij wie", question: "loket", in: panel) == .guess(.option("oneens")))
    let script = withHeader(
      """
      vraag: sportclub schaal 3
        tekst: Voel je je thuis bij de sportclub?
        stappen: Niet thuis / Een beetje thuis / Thuis
      """)
    #expect(
      answerReading("ik ga niet naar een sportclub", question: "sportclub", in: script) == .notUnderstood)
    #expect(answerReading("niet echt", question: "sportclub", in: script) == .value(.option("1")))
  }

  @Test("a label word in another form of a group's head chooses through that group ('Sporten', 'Langsgaan')")
  func labelWordsInAnotherForm() {
    let script = withHeader(
      """
      vraag: doen meerkeuze
        tekst: Wat doe je in het weekend? Je mag meer dingen kiezen.
        optie sporten: Sporten
        optie series: Series kijken
      vraag: loket keuze
        tekst: Hoe regel je iets met de gemeente?
        optie bellen: Bellen
        optie langs: Langsgaan
      vraag: post keuze
        tekst: Wie leest je post met je?
        optie familie: Familie
        optie buur: Een buur
      """)
    #expect(
      answerReading("hardlopen en tennis", question: "doen", in: script) == .value(.options(["sporten"])))
    #expect(answerReading("aan de balie", question: "loket", in: script) == .value(.option("langs")))
    // A group named in the plural ("buren") for a label in the singular.
    #expect(answerReading("de buurjongen", question: "post", in: script) == .value(.option("buur")))
  }

  @Test("which one was pointed at or shown on fingers, as the supporter says it, checked first")
  func pointedAt() {
    let script = withHeader(
      """
      vraag: fijn schaal 3
        tekst: Hoe vind je je werk?
        stappen: Niet leuk / Gaat wel / Leuk
      """)
    #expect(
      answerReading("hij wijst het middelste rondje aan", question: "fijn", in: script)
        == .guess(.option("2")))
    #expect(
      answerReading("ze houdt drie vingers omhoog", question: "fijn", in: script) == .guess(.option("3")))
    #expect(answerReading("de middelste", question: "fijn", in: script) == .guess(.option("2")))
  }

  @Test("a time of day falls in the option before, between or after the hours it names")
  func timesOfDay() {
    let script = withHeader(
      """
      vraag: op keuze
        tekst: Hoe laat sta je op?
        optie vroeg: Voor 8 uur
        optie midden: Tussen 8 en 10 uur
        optie laat: Na 10 uur
      """)
    #expect(answerReading("half 8", question: "op", in: script) == .value(.option("vroeg")))
    #expect(answerReading("kwart over 9", question: "op", in: script) == .value(.option("midden")))
    #expect(answerReading("om 11 uur", question: "op", in: script) == .value(.option("laat")))
    // An hour on the other half of the clock is not read.
    #expect(answerReading("om 3 uur", question: "op", in: script) != .value(.option("vroeg")))
  }

  @Test("the group of what a none option says someone has not does not name it; 'niet' with its thing does")
  func noneOptionsWithAThing() {
    let script = withHeader(
      """
      vraag: sport keuze
        tekst: Welke sport doe je het liefst?
        optie fitness: Fitness
        optie zwemmen: Zwemmen
        optie voetbal: Voetbal
        optie geen: Geen sport
      """)
    #expect(answerReading("tennis", question: "sport", in: script) != .value(.option("geen")))
    #expect(answerReading("voetballen", question: "sport", in: script) == .value(.option("voetbal")))
    #expect(
      answerReading("ik doe helemaal niet aan sport", question: "sport", in: script)
        == .value(.option("geen")))
  }

  @Test(
    "checked first: the groups of a step's words ('zelf' for 'Alleen'); a rate with '1' (its step, not the first)",
    arguments: [
      ("Hoe kook je je eten?", "Alleen / Met wat hulp / Met veel hulp", "zelf", "1"),
      ("Hoe vaak ga je zwemmen?", "Nooit / Soms / Vaak", "1 keer per jaar", "2"),
    ])
  func checkedOnOneScale(text: String, steps: String, answer: String, step: String) {
    let script = withHeader(
      """
      vraag: schaal schaal 3
        tekst: \(text)
        stappen: \(steps)
      """)
    #expect(answerReading(answer, question: "schaal", in: script) == .guess(.option(step)))
  }

  @Test(
    "mostly not is the step of rarely; now and then is sometimes (checked first); just getting by is the middle"
  )
  func mostlyNotAndGettingBy() {
    let script = withHeader(
      """
      vraag: ruzie schaal 5
        tekst: Hoe vaak heb je ruzie met je huisgenoten?
        stappen: Nooit / Bijna nooit / Soms / Vaak / Heel vaak
      vraag: rond schaal 3
        tekst: Hoe gaat het met je geld?
        stappen: Slecht / Gaat wel / Goed
      """)
    #expect(answerReading("meestal niet hoor", question: "ruzie", in: script) == .value(.option("2")))
    #expect(answerReading("zo nu en dan", question: "ruzie", in: script) == .guess(.option("3")))
    #expect(answerReading("kom net rond hoor", question: "rond", in: script) == .value(.option("2")))
  }

  @Test("statements: not knowing whom it is about, yes now and then, someone else deciding")
  func statementsInOtherWords() {
    let panel = withHeader(
      """
      vraag: buurvrouw stelling
        tekst: De mensen in mijn straat zijn vriendelijk.
      vraag: pesten stelling
        tekst: Ik word uitgescholden op straat.
      vraag: kleren stelling
        tekst: Ik kies zelf mijn kleren.
      """
    ).replacingOccurrences(of: "methode: gesprek", with: "methode: panel")
    #expect(
      answerReading("ken ze nog niet", question: "buurvrouw", in: panel) == .guess(.option("weet-niet")))
    #expect(answerReading("ja soms wel hoor", question: "pesten", in: panel) == .guess(.option("eens")))
    #expect(answerReading("mijn zus bepaalt dat", question: "kleren", in: panel) == .guess(.option("oneens")))
    #expect(
      answerReading("nee, mijn zus bepaalt dat", question: "kleren", in: panel) == .value(.option("oneens")))
    // Not knowing whether the statement is true.
    #expect(
      answerReading("weet ik niet of dat zo is", question: "buurvrouw", in: panel)
        == .value(.option("weet-niet")))
  }

  @Test("half days are counted as days, checked first: some mean days, some a day in all")
  func halfDays() {
    let script = withHeader(
      """
      vraag: school getal
        tekst: Hoeveel dagen per week ga je naar school?
        min: 0
        max: 7
      """)
    #expect(answerReading("drie halve dagen", question: "school", in: script) == .guess(.number(3)))
  }
}
