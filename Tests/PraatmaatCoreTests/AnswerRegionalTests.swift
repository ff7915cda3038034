import Testing

@testable import PraatmaatCore

/// Answers as speech-to-text and regional speech write them: "jao", "nei", "mun", numbers
/// said in parts ("veertig 7"), sayings for easy and hard, and the replies said in other words.
@Suite("Answer matcher: regional and spoken forms, numbers in parts, sayings")
struct AnswerRegionalTests: AnswerReadingSuite {
  static let source = withHeader(
    """
    vraag: kano ja/nee
      tekst: Heb je een kano?
    vraag: klimmen schaal 5
      tekst: Hoe blij ben je met de klimclub?
      stappen: Helemaal niet blij / Niet blij / Gaat wel / Blij / Heel blij
    vraag: tillen schaal 3
      tekst: Hoe zwaar vind je het werk in de keuken?
      stappen: Niet zwaar / Een beetje zwaar / Heel zwaar
    vraag: puzzel schaal 3
      tekst: Hoe moeilijk vind je de puzzel?
      stappen: Slecht / Gaat wel / Goed
    vraag: oud getal
      tekst: Hoe oud ben je?
      min: 0
      max: 120
    vraag: spaarpot getal
      tekst: Hoeveel euro zit er in je spaarpot?
      min: 0
      max: 1000
    vraag: school keuze
      tekst: Hoe ga je naar school?
      optie fiets: 🚲 Fiets
      optie taxi: 🚕 Taxi
      optie auto: 🚗 Iemand brengt me met de auto
    vraag: zwembad ja/nee
      tekst: Ben je dit jaar in het zwembad geweest?
    vraag: katten getal
      tekst: Hoeveel katten heb je?
      min: 0
      max: 20
    """)

  @Test(
    "yes and no as regions say them",
    arguments: [("jao", "ja"), ("joa zeker", "ja"), ("nei", "nee"), ("nee hur, nooit", "nee")])
  func regionalYesNo(input: String, id: String) throws {
    #expect(try match(input, "kano") == .value(.option(id)))
  }

  @Test("'niet' before a stronger word is not the strongest step")
  func notReallyHappy() throws {
    let result = try match("nie echt blij mee hoor", "klimmen")
    #expect(result != .value(.option("5")))
    #expect(result != .guess(.option("5")))
  }

  @Test("on steps from good to bad, a 'niet' elsewhere in the sentence does not choose 'Niet …'")
  func strayNot() throws {
    #expect(try match("ik krijg de pan niet omhoog, echt lastig", "tillen") != .value(.option("1")))
    #expect(try match("niet zwaar", "tillen") == .value(.option("1")))
  }

  @Test(
    "sayings for easy and hard",
    arguments: [
      ("dat is een makkie", AnswerMatcher.Result.value(.option("3"))),
      ("er is geen beginnen aan", .value(.option("1"))),
      ("kost geen moeite", .value(.option("3"))),
    ])
  func sayings(input: String, result: AnswerMatcher.Result) throws {
    #expect(try match(input, "puzzel") == result)
  }

  @Test(
    "numbers in parts and 'een' alone",
    arguments: [
      ("veertig 7", "oud", 47), ("twintig vier", "oud", 24), ("een", "katten", 1), ("zeve", "katten", 7),
    ])
  func numbers(input: String, id: String, value: Int) throws {
    #expect(try match(input, id) == .value(.number(value)))
  }

  @Test(
    "hundreds in one word are read, and checked first",
    arguments: [("tweehonderd", 200), ("driehonderdvijftig", 350), ("honderdentwintig", 120)])
  func hundreds(input: String, value: Int) throws {
    #expect(try match(input, "spaarpot") == .guess(.number(value)))
  }

  @Test("'een' before something else is still no number")
  func articleNoNumber() throws {
    #expect(try match("een rode", "katten") != .value(.number(1)))
  }

  @Test(
    "replies said in other words",
    arguments: [
      ("ik heb de vraag niet goed verstaan", BuiltInReply.repeatQuestion),
      ("welke vraag was het ook alweer", .repeatQuestion),
      ("ik kap ermee", .pause),
      ("doei", .pause),
      ("wat bedoel je met vervoer, de bus of ook de fiets van mijn broer", .explain),
      ("ikweet het nie", .dontKnow),
    ])
  func replies(input: String, reply: BuiltInReply) {
    #expect(BuiltInReply.recognise(input) == reply)
  }

  @Test("'niet' with 'hoor' is still no")
  func notHoor() {
    #expect(BuiltInReply.recognise("helemaal niet hoor") != .repeatQuestion)
  }

  @Test(
    "a word in the groups of two options goes to the one whose own word the other's group holds",
    arguments: ["in het taxibusje", "altijd een wmo taxi"])
  func narrowerOption(input: String) throws {
    #expect(try match(input, "school") == .value(.option("taxi")))
  }

  @Test("a verb beside another option's word says how that one goes; alone it still chooses")
  func verbBeside() throws {
    #expect(try match("het taxibusje haalt me altijd op", "school") == .value(.option("taxi")))
    #expect(try match("mijn oom haalt me op", "school") != .notUnderstood)
  }

  @Test("how many to a yes/no question says whether, checked first")
  func counted() throws {
    #expect(try match("al 4 keer", "zwembad") == .guess(.option("ja")))
    #expect(try match("nul keer", "zwembad") == .guess(.option("nee")))
  }

  @Test(
    "questions back, refusals and skips in other words",
    arguments: [
      ("welke bonnetjes", BuiltInReply.explain), ("wie is de wijkagent", .explain), ("???", .help),
      ("dat is te persoonlijk", .refuse), ("dat hoeft niemand te weten", .refuse),
      ("deze vraag hoeft niet", .skip), ("wat waren de opties", .repeatQuestion),
    ])
  func otherWords(input: String, reply: BuiltInReply) {
    #expect(BuiltInReply.recognise(input) == reply)
  }

  @Test("a kind of supporter and 'this one not' after a comma are answers, not replies")
  func notReplies() {
    #expect(BuiltInReply.recognise("onze persoonlijk begeleider") == nil)
    #expect(BuiltInReply.recognise("mijn oude buurvrouw wel, deze niet") == nil)
  }

  @Test(
    "a letter typed many times for stress, a superlative and a strengthening prefix: that step, stored or checked first",
    arguments: [("heeeeel blij", "5"), ("bliiiij", "4"), ("de allerfijnste club", "5"), ("oersaai", "1")])
  func stressed(input: String, id: String) throws {
    #expect([.value(.option(id)), .guess(.option(id))].contains(try match(input, "klimmen")))
  }

  @Test("numbers and a folded diaeresis keep their letters")
  func notStressed() throws {
    #expect(try match("1000", "spaarpot") == .value(.number(1000)))
    #expect(try match("drieentwintig", "oud") == .value(.number(23)))
  }

  @Test(
    "more replies in other words",
    arguments: [
      ("laat die maar zitten", BuiltInReply.skip), ("kun je het nog eens voorlezen", .repeatQuestion),
      ("ze vraagt wat vervoer betekent", .explain), ("Bedoelt u de bus of ook de trein?", .explain),
      ("Mag ik even stoppen? Mijn thee wordt koud.", .pause),
      ("mijn dochter regelt dat, dus weet ik niet", .dontKnow),
      ("Kunt u dat nog eens zeggen? Ik verstond het niet.", .repeatQuestion),
    ])
  func moreReplies(input: String, reply: BuiltInReply) {
    #expect(BuiltInReply.recognise(input) == reply)
  }
}
