import Testing

@testable import PraatmaatCore

/// Readings found on a development set written apart: a possessive after "bij", "alles",
/// yes or no on a scale, numbers taken back or about the past.
extension AnswerMatcherTests {
  /// Two choices: how one travels (a label with "het" in it) and where one lives (a label that
  /// starts with a little word, and one whose "huis" another word qualifies).
  static let travelAndHome = withHeader(
    """
    vraag: reis keuze
      tekst: Hoe ga je naar je werk?
      optie bus: Met de bus
      optie fiets: Met de fiets
      optie taxi: Met de taxi of het busje
      optie lopen: Lopend
    vraag: woon keuze
      tekst: Waar woon je?
      optie ouders: Bij mijn ouders
      optie alleen: Alleen in een eigen huis
      optie groep: In een woongroep
    """)

  @Test("'bij mijn' is home only at the end: 'bij mn vrienden' is at the friends'")
  func possessiveAfterPhrase() throws {
    #expect(try match("bij mn vrienden", "weekend") == .value(.option("vrienden")))
    #expect(try match("bij mijn familie", "weekend") == .value(.option("familie")))
    #expect(try match("gewoon bij mij", "weekend") == .value(.option("thuis")))
  }

  @Test(
    "a remark after a comma leaves the option named; a little word that starts a label names it through its group"
  )
  func remarkAfterCommaAndLittleLabelWord() {
    let script = Self.travelAndHome
    // "het" of "het busje" is no word of substance: the remark after the comma is a remark.
    #expect(
      answerReading("met de fiets, ook als het waait", question: "reis", in: script)
        == .guess(.option("fiets")))
    #expect(answerReading("in mijn eentje", question: "woon", in: script) == .value(.option("alleen")))
    #expect(
      answerReading("ik heb een eigen studio", question: "woon", in: script) == .value(.option("alleen")))
    // "alleen" on its own names nothing here: "only".
    #expect(
      answerReading("alleen bij mijn ouders", question: "woon", in: script) == .value(.option("ouders")))
  }

  @Test(
    "never and always to a question of how much: the lowest and highest step, checked first; cooking said in other words"
  )
  func alwaysAndNeverOnDegree() {
    let script = withHeader(
      """
      vraag: uitleg schaal 3
        tekst: Hoe goed legt je coach dingen uit?
        stappen: Niet goed / Een beetje / Goed
      vraag: taken meerkeuze
        tekst: Waarmee krijg je hulp? Je mag meer dingen kiezen.
        optie geld: Geld en post
        optie huishouden: Schoonmaken en wassen
        optie koken: Koken
      """)
    #expect(answerReading("hij legt het nooit uit", question: "uitleg", in: script) == .guess(.option("1")))
    #expect(answerReading("altijd", question: "uitleg", in: script) == .guess(.option("3")))
    #expect(answerReading("ja nooit", question: "uitleg", in: script) != .guess(.option("1")))
    #expect(answerReading("het eten maken", question: "taken", in: script) == .value(.options(["koken"])))
  }

  @Test(
    "a bus line by its number, a duration beside a choice, one option named firmly beside a word another label qualifies"
  )
  func linesDurationsAndFirmWords() {
    let script = Self.travelAndHome
    #expect(answerReading("met de 31", question: "reis", in: script) == .value(.option("bus")))
    #expect(answerReading("buslijn 8", question: "reis", in: script) == .value(.option("bus")))
    // "met de 2" is the second option shown.
    #expect(answerReading("met de 2", question: "reis", in: script) == .value(.option("fiets")))
    #expect(
      answerReading("op de fiets, een kwartiertje", question: "reis", in: script) == .guess(.option("fiets")))
    #expect(
      answerReading("in een groot huis met begeleiding erbij", question: "woon", in: script)
        == .guess(.option("groep")))
  }

  @Test(
    "a school grade on a scale from bad to good is the step it stands for, checked first; a number shown is that step"
  )
  func schoolGrades() {
    let script = withHeader(
      """
      vraag: tevreden schaal 5
        tekst: Hoe tevreden ben je over je huis?
        stappen: Heel ontevreden / Ontevreden / Neutraal / Tevreden / Heel tevreden
      vraag: fijn schaal 3
        tekst: Hoe fijn is je werk?
        stappen: Niet fijn / Een beetje fijn / Heel fijn
      """)
    #expect(answerReading("9/10", question: "tevreden", in: script) == .guess(.option("5")))
    #expect(answerReading("ik geef het een 7", question: "tevreden", in: script) == .guess(.option("4")))
    #expect(answerReading("4 van de 10", question: "tevreden", in: script) == .guess(.option("2")))
    #expect(answerReading("een 6", question: "fijn", in: script) == .guess(.option("2")))
    #expect(answerReading("2", question: "fijn", in: script) == .value(.option("2")))
  }

  @Test("meerkeuze: 'alles' or 'van alles' is every option, checked first")
  func everythingIsChecked() throws {
    #expect(try match("alles", "hobby") == .guess(.options(["sport", "muziek", "koken"])))
    #expect(try match("van alles", "hobby") == .guess(.options(["sport", "muziek", "koken"])))
  }

  @Test("a yes said only of the past, to a question about now, is probably no; a past question takes it")
  func pastYes() throws {
    #expect(try match("vroeger wel", "blij") == .guess(.option("nee")))
    #expect(try match("had ik, toen ik klein was", "blij") == .guess(.option("nee")))
    #expect(try match("vroeger niet, nu wel", "blij") == .value(.option("ja")))
    #expect(try match("had ik er een, nu niet", "blij") == .value(.option("nee")))
    // Some is a yes, checked first.
    #expect(try match("een klein beetje", "blij") == .guess(.option("ja")))
    #expect(try match("misschien", "blij") == .notUnderstood)
    let past = withHeader(
      """
      vraag: hulp ja/nee
        tekst: Heb je ooit hulp gevraagd?
      """)
    #expect(answerReading("vroeger wel", question: "hulp", in: past) == .notUnderstood)
  }

  @Test(
    "from too little to too much: wanting more is too little, wanting less too much, a good word the middle")
  func amountScale() throws {
    let source = withHeader(
      """
      vraag: uren schaal 3
        tekst: Hoeveel uren werk je?
        stappen: Te weinig / Goed zo / Te veel
      """)
    func read(_ input: String) -> AnswerMatcher.Result? { answerReading(input, question: "uren", in: source) }
    #expect(read("ik zou graag meer werken") == .guess(.option("1")))
    #expect(read("mag wel iets minder") == .guess(.option("3")))
    #expect(read("prima") == .value(.option("2")))
    #expect(read("te veel") == .value(.option("3")))
    #expect(read("slecht") == .notUnderstood)
    #expect(read("niet genoeg") == .guess(.option("1")))
  }

  @Test("people named and a number said that agree are that number; 'eentje' is one")
  func peopleAgree() throws {
    let source = withHeader(
      """
      vraag: thuis getal
        tekst: Met hoeveel mensen woon je? Tel jezelf niet mee.
        min: 0
        max: 20
      """)
    func read(_ input: String) -> AnswerMatcher.Result? {
      answerReading(input, question: "thuis", in: source)
    }
    #expect(read("mijn vader en mijn zus, dus 2") == .value(.number(2)))
    #expect(read("hij zegt 3, met zijn opa en oma") == .notUnderstood)
    #expect(read("eentje") == .value(.number(1)))
  }

  @Test("a short label word that heads a group ('Tv of series') takes the words of its group")
  func shortHead() throws {
    let source = withHeader(
      """
      vraag: avond meerkeuze
        tekst: Wat doe je 's avonds?
        optie tv: Tv of series
        optie lezen: Lezen
        optie muziek: Muziek
      """)
    #expect(
      answerReading("videoland en lezen", question: "avond", in: source) == .value(.options(["tv", "lezen"])))
  }

  @Test("hours between clock times: 'van half 12 tot half 8', two times with 'om', checked first")
  func clockTimes() throws {
    let source = withHeader(
      """
      vraag: slaap getal
        tekst: Hoeveel uur slaap je per nacht?
        min: 0
        max: 24
      """)
    func read(_ input: String) -> AnswerMatcher.Result? {
      answerReading(input, question: "slaap", in: source)
    }
    #expect(read("van half 11 tot half 7") == .guess(.number(8)))
    #expect(read("om 12 uur naar bed en om 7 uur eruit") == .guess(.number(7)))
  }

  @Test("a word in the groups of two options belongs to the much smaller, more precise group")
  func preciseGroup() throws {
    let source = withHeader(
      """
      vraag: contact meerkeuze
        tekst: Hoe spreek je je vrienden?
        optie bellen: Bellen
        optie samen: Samen online
        optie zien: Afspreken
      """)
    #expect(answerReading("videobellen", question: "contact", in: source) == .value(.options(["bellen"])))
  }

  @Test("a scale asked as a yes/no question: yes is the good end, no the bad end")
  func yesNoOnScale() throws {
    #expect(try match("nee", "koken") == .value(.option("1")))
    #expect(try match("nee, ik brand alles aan", "koken") == .guess(.option("1")))
    #expect(try match("ja hoor", "koken") == .value(.option("3")))
    #expect(try match("ja maar alleen met hulp van mijn zus", "koken") == .guess(.option("3")))
    // "Hoe gaat koken?" is no yes/no question.
    #expect(try match("ja", "koken_hoe") == .notUnderstood)
  }

  @Test("'nee' to 'Hoe vaak …?' with a step 'Nooit' is that step, checked first; 'ja' says nothing")
  func noToHowOften() throws {
    #expect(try match("nee", "ruzie") == .guess(.option("3")))
    #expect(try match("nee hoor", "ruzie") == .guess(.option("3")))
    #expect(try match("ja", "ruzie") == .notUnderstood)
    #expect(try match("vaak", "ruzie") == .value(.option("1")))
  }

  @Test(
    "the writer's top step says which side is good: 'altijd' to 'Hoe vaak …?' with 'Nooit' on top is 'Vaak'")
  func topStepBeatsQuestionWord() throws {
    #expect(try match("altijd", "ruzie") == .value(.option("1")))
    #expect(try match("nooit", "ruzie") == .value(.option("3")))
    // Almost always is still often; checked first.
    #expect(try match("bijna altijd", "ruzie") == .guess(.option("1")))
  }

  @Test("years since an age, a whole life, and words one letter from a number word")
  func yearsSinceAnAge() throws {
    #expect(try match("sinds mijn 16e, nu ben ik 21", "jaren") == .guess(.number(5)))
    #expect(try match("al mijn hele leven, ik ben 40", "jaren") == .guess(.number(40)))
    // "leven" and "tegen" are words, not "zeven" and "negen" typed wrong.
    #expect(try match("al 19 jaar, mijn hele leven", "jaren") == .guess(.number(19)))
    #expect(try match("tegen de 30", "jaren") == .guess(.number(29)))
    #expect(try match("twintg jaar", "jaren") == .guess(.number(20)))
  }

  @Test("a number taken back is the later one, checked first; a part about the past is left out")
  func correctedAndPastNumbers() throws {
    #expect(try match("twee nee drie", "sportdagen") == .guess(.number(3)))
    #expect(try match("4 sorry 5", "sportdagen") == .guess(.number(5)))
    #expect(try match("3 dagen, vroeger 5", "sportdagen") == .value(.number(3)))
    #expect(try match("15 euro, eerst was het 20", "zakgeld") == .value(.number(15)))
    #expect(try match("elke dag behalve in het weekend", "sportdagen") == .guess(.number(5)))
  }

  @Test("a part about the past is left out of a choice; a sentence after a comma is a remark")
  func pastPartsAndRemarks() throws {
    #expect(
      try match("thuis, vroeger was ik altijd bij mijn vrienden", "weekend") == .value(.option("thuis")))
    // The remark has words of its own, so the reading is checked first.
    #expect(try match("bij familie, ik slaap daar op de bank", "weekend") == .guess(.option("familie")))
    // A part after a comma with no sentence in it is one more thing: asked again.
    #expect(try match("bij familie, de camping", "weekend") == .notUnderstood)
  }

  @Test("panel statements: agreeing in part and 'misschien' are checked as 'weet ik niet' first")
  func partlyOnStatements() throws {
    let cannotSay = AnswerMatcher.Result.guess(.option("weet-niet"))
    #expect(try answerReading("soms wel soms niet", question: "bieb", in: panelScript) == cannotSay)
    #expect(try answerReading("niet altijd", question: "bieb", in: panelScript) == cannotSay)
    #expect(try answerReading("de grote wel, de kleine niet", question: "bieb", in: panelScript) == cannotSay)
    #expect(try answerReading("misschien", question: "bieb", in: panelScript) == .guess(.option("weet-niet")))
    #expect(try answerReading("twijfel", question: "bieb", in: panelScript) == .value(.option("weet-niet")))
  }

  @Test("a judgement to a statement that judges: its side agrees, the other side disagrees, checked first")
  func judgedStatement() throws {
    let panel = panelScript.replacingOccurrences(
      of: "Er komt een vragenplek in de bibliotheek.", with: "Formulieren invullen vind ik moeilijk.")
    #expect(try answerReading("valt wel mee", question: "bieb", in: panel) == .guess(.option("oneens")))
    #expect(try answerReading("heel lastig", question: "bieb", in: panel) == .guess(.option("eens")))
    #expect(try answerReading("ja echt wel", question: "bieb", in: panel) == .value(.option("eens")))
  }

  @Test(
    "what is less sure is asked again or checked: 'en een beetje', 'soms', 'samen met', a number that counts a thing"
  )
  func lessSure() throws {
    #expect(
      answerReading("samen met mijn bewindvoerder", question: "geld", in: Self.contact) == .notUnderstood)
    #expect(answerReading("veertig en nog wat", question: "leeftijd", in: Self.contact) == .notUnderstood)
    let days = withHeader(
      """
      vraag: werk getal
        tekst: Hoeveel dagen per week werk je?
        min: 0
        max: 7
      """)
    #expect(answerReading("2 dagen en vrijdag soms", question: "werk", in: days) == .guess(.number(2)))
    #expect(
      answerReading("2 zussen en mijn oom", question: "vrienden", in: Self.contact)
        != .value(.options(["bellen"])))
  }

  static let contact = withHeader(
    """
    vraag: vrienden meerkeuze
      tekst: Hoe heb je contact met je vrienden?
      optie appen: 📱 Appen
      optie bellen: 📞 Bellen
      optie online: 🎮 Samen online
    vraag: geld keuze
      tekst: Wie regelt je geld?
      optie zelf: 🙋 Ik zelf
      optie bewind: 📁 Bewindvoerder
      optie anders: Anders
    vraag: uren getal
      tekst: Hoeveel uur per week komt je begeleider?
    vraag: wonen keuze
      tekst: Waar woon je?
      optie alleen: 🏠 Alleen
      optie ouders: 👪 Bij mijn ouders
      optie groep: 🏘️ In een woongroep
    vraag: zwemmen getal
      tekst: Hoe vaak per maand ga je zwemmen?
    vraag: leeftijd getal
      tekst: Hoe oud ben je?
      min: 16
      max: 99
    """)

  @Test("an option's own word beats the same word in another option's group")
  func ownWordBeatsGroup() throws {
    let reading = answerReading("appen en bellen", question: "vrienden", in: Self.contact)
    #expect(reading == .value(.options(["appen", "bellen"])))
    // In both groups, but "appen" is itself in the group of "Samen online": the narrower one.
    #expect(answerReading("whatsapp", question: "vrienden", in: Self.contact) == .value(.options(["appen"])))
  }

  @Test("a budget coach or debt help is not a bewindvoerder")
  func budgetCoachIsNoBewind() throws {
    #expect(answerReading("de budgetcoach", question: "geld", in: Self.contact) != .value(.option("bewind")))
  }

  @Test("hours on separate days add up, checked first")
  func hoursAddUp() throws {
    #expect(
      answerReading("dinsdag 2 uur en vrijdag 3 uur", question: "uren", in: Self.contact)
        == .guess(.number(5)))
  }

  @Test("an age still to come is one less, and a number taken back with 'sorry' after it is the later one")
  func agesToCome() throws {
    #expect(
      answerReading("volgende maand word ik 31", question: "leeftijd", in: Self.contact)
        == .guess(.number(30)))
    #expect(answerReading("net 40 geworden", question: "leeftijd", in: Self.contact) == .guess(.number(40)))
    #expect(
      answerReading("negentien nee twintig sorry", question: "leeftijd", in: Self.contact)
        == .guess(.number(20)))
  }

  static let replies: [(String, BuiltInReply)] = [
    ("ik moet ff plassen", .pause), ("kunnen we even rust nemen", .pause), ("even pauzeren", .pause),
    ("kunnen we door naar de volgende vraag", .skip), ("weet ik nie precies", .dontKnow),
    ("eh wat was de vraag", .repeatQuestion),
  ]

  @Test(
    "built-in replies in everyday words: a break, the next question, not knowing, the question again",
    arguments: replies)
  func everydayReplies(input: String, reply: BuiltInReply) {
    #expect(BuiltInReply.recognise(input) == reply)
  }

  @Test(
    "a word spelled right is no slip of another ('thuis' is no 'tehuis'); a one-word label heads its group")
  func knownWordsAndLittleLabels() throws {
    #expect(
      answerReading("thuis bij pa en ma", question: "wonen", in: Self.contact) == .guess(.option("ouders")))
    #expect(answerReading("op mezelf", question: "wonen", in: Self.contact) == .value(.option("alleen")))
  }

  @Test("a step that holds back is checked first: how often, a comparison, too much of a good thing")
  func hedgedSteps() throws {
    #expect(try match("lukt meestal, soms niet", "koken") == .guess(.option("3")))
    #expect(try match("kan beter", "koken_hoe") == .guess(.option("2")))
    #expect(try match("te rustig", "koken_hoe") == .guess(.option("3")))
    #expect(try match("goed", "koken_hoe") == .value(.option("3")))
    // Half a step, between two: checked first.
    #expect(try match("net aan", "koken_hoe") == .guess(.option("2")))
  }

  @Test("days of the week to a question per month are a habit of every week, checked first")
  func weekdaysPerMonth() throws {
    #expect(
      answerReading("op dinsdag en donderdag", question: "zwemmen", in: Self.contact) == .guess(.number(8)))
    #expect(answerReading("elke zondag", question: "zwemmen", in: Self.contact) == .guess(.number(4)))
  }
}
