import Testing

@testable import PraatmaatCore

/// Answers with two parts: mixed ("de ene dag wel …"), now against before, a condition, a
/// feeling in a pictogram beside words, and a label inside another label.
@Suite("Answer matcher: mixed answers, now and before, conditions, pictograms beside words")
struct AnswerTurnsTests: AnswerReadingSuite {
  static let source = withHeader(
    """
    vraag: dag schaal 3
      tekst: Hoe was je dag?
    vraag: stemming schaal 5
      tekst: Hoe voel je je de laatste tijd?
    vraag: fietsen schaal 3
      tekst: Lukt het om zelf naar de markt te fietsen?
      stappen: Lukt niet / Lukt soms / Lukt goed
    vraag: donker schaal 3
      tekst: Hoe veilig voel je je in het park?
      stappen: Onveilig / Een beetje veilig / Veilig
    vraag: verveling schaal 3
      tekst: Hoe vaak verveel je je?
      stappen: Nooit / Soms / Vaak
    vraag: zwemmen schaal 5
      tekst: Hoe vaak ga je zwemmen?
      stappen: Nooit / Bijna nooit / Soms / Vaak / Elke week
    vraag: afwas keuze
      tekst: Wie doet de afwas?
      optie zelf: Ik doe het zelf
      optie samen: Samen met iemand
      optie ander: Iemand anders
    vraag: ruzie schaal 3
      tekst: Hoe vaak is er ruzie in de klas?
      stappen: Nooit / Soms / Vaak
    vraag: bieb schaal 5
      tekst: Hoe vaak ga je naar de bieb?
    vraag: tram schaal 3
      tekst: Hoe moeilijk is reizen met de tram voor jou?
      stappen: Moeilijk / Gaat wel / Makkelijk
    vraag: zakgeld schaal 3
      tekst: Heb je genoeg zakgeld?
      stappen: Te weinig / Net genoeg / Ruim genoeg
    vraag: lawaai schaal 3
      tekst: Hoe druk is het in de kantine?
      stappen: Te stil / Precies goed / Te druk
    vraag: hulp schaal 5
      tekst: Hoe tevreden ben je over de hulp?
    vraag: tandarts ja/nee
      tekst: Ben je dit jaar naar de tandarts geweest?
    vraag: uren getal
      tekst: Hoeveel uur slaap je per nacht?
      min: 0
      max: 16
    vraag: weetje ja/nee
      tekst: Weet je waar de bieb is?
    vraag: winkel schaal 3
      tekst: Hoe ver is de winkel?
      stappen: Te ver / Gaat wel / Dichtbij
    vraag: lezen schaal 3
      tekst: Hoe vaak lees je een boek?
      stappen: Nooit / Soms / Altijd
    vraag: eerlijk schaal 3
      tekst: Is de regel op de groep eerlijk?
      stappen: Nee / Een beetje / Ja
    vraag: maatjes getal
      tekst: Hoeveel maatjes heb je op de club?
      min: 0
      max: 40
    vraag: contact keuze
      tekst: Hoe heb je contact met je coach?
      optie bellen: 📞 Bellen
      optie app: 💬 Appen
      optie mail: 📧 Mailen
    vraag: steun meerkeuze
      tekst: Waar helpt je broer je bij?
      optie geld: Geld
      optie post: Post
      optie klussen: Klussen
    """)

  @Test(
    "both sides, each only sometimes: the middle, kept where the middle says 'sometimes', checked elsewhere",
    arguments: [
      ("soms gezellig soms niet", "dag", AnswerMatcher.Result.guess(.option("2"))),
      ("soms wel soms niet", "fietsen", .value(.option("2"))),
      ("de ene week wel de andere niet", "fietsen", .guess(.option("2"))),
    ])
  func mixed(input: String, id: String, result: AnswerMatcher.Result) throws {
    #expect(try match(input, id) == result)
  }

  @Test("what is said of now counts, also after a past verb form the spelling list makes present")
  func now() throws {
    #expect(try match("ging eerst beroerd, nu gaat het goed", "stemming") == .value(.option("4")))
    #expect(try match("slecht maar nu goed", "stemming") == .value(.option("4")))
  }

  @Test("a judgement that holds only under a condition is checked first")
  func condition() throws {
    #expect(try match("lukt goed als het droog is", "fietsen") == .guess(.option("3")))
    #expect(try match("eng wanneer het donker wordt", "donker") == .guess(.option("1")))
  }

  @Test("'durf', 'kan niet': being afraid and not being able are the bad side")
  func afraidOrUnable() throws {
    #expect(try match("ik durf er niet naar toe", "donker") == .guess(.option("1")))
    #expect(try match("ik durf niet door het park als het regent en waait", "donker") == .guess(.option("1")))
    #expect(try match("dat kan ik niet", "fietsen") == .value(.option("1")))
  }

  @Test("a pictogram beside words that answer does not outvote them")
  func pictogramBesideWords() throws {
    #expect(try match("altijd 😞", "verveling") == .value(.option("3")))
  }

  @Test("a whole label beats the same word inside another label, in the clause that names it")
  func wholeLabel() throws {
    #expect(try match("nooit, heb ik geen tijd voor", "zwemmen") == .value(.option("1")))
  }

  @Test("'samen met …' is the option of doing it together, whoever the other one is")
  func together() throws {
    #expect(try match("samen met mijn buurvrouw", "afwas") == .value(.option("samen")))
    #expect(try match("mijn vriend en ik", "afwas") == .value(.option("samen")))
  }

  @Test("the participant in the first part and a remark after the comma is the participant, checked first")
  func selfWithRemark() throws {
    #expect(try match("ik, meestal met de radio aan", "afwas") == .guess(.option("zelf")))
    #expect(try match("ikke", "afwas") == .value(.option("zelf")))
  }

  @Test("'geen geld' rules the option out; it does not name it")
  func ruledOut() throws {
    #expect(try match("geen geld, alleen post", "steun") == .value(.options(["post"])))
  }

  @Test("on a scale of how often only words of frequency count; 'nooit' and 'heel vaak' are its ends")
  func howOften() throws {
    #expect(try match("nee, het is er heel gezellig", "ruzie") == .guess(.option("1")))
    #expect(try match("nooit", "bieb") == .value(.option("1")))
    #expect(try match("heel vaak", "bieb") == .value(.option("5")))
    #expect(try match("bijna nooit", "bieb") == .guess(.option("2")))
  }

  @Test("between 'Nooit' and 'Soms' ('weinig', 'bijna nooit') is checked first")
  func between() throws {
    #expect(try match("weinig", "verveling") == .guess(.option("1")))
    #expect(try match("bijna nooit", "verveling") == .guess(.option("1")))
  }

  @Test("'gaat' in a sentence that goes on is a verb of going, not 'gaat wel'")
  func goingIsNoJudgement() throws {
    #expect(try match("ik ga nooit met de tram", "tram") == .notUnderstood)
    #expect(try match("met wat hulp gaat het wel", "tram") == .guess(.option("2")))
  }

  @Test("a word two steps share names neither; a quality without 'te' is not yet too much of it")
  func sharedAndTooMuch() throws {
    #expect(try match("genoeg", "zakgeld") == .notUnderstood)
    #expect(try match("stil", "lawaai") == .guess(.option("1")))
    #expect(try match("te stil", "lawaai") == .value(.option("1")))
  }

  @Test("terms on one side go as far as the strongest")
  func strongest() throws {
    #expect(try match("goed geholpen, heel blij", "hulp") == .value(.option("5")))
  }

  @Test("a yes or no that is only believed is checked first; so is doubt on a statement")
  func believed() throws {
    #expect(try match("ik denk het wel hoor", "tandarts") == .guess(.option("ja")))
    #expect(try match("volgens mij niet", "tandarts") == .guess(.option("nee")))
    #expect(try match("ja", "tandarts") == .value(.option("ja")))
    #expect(
      answerReading("ken haar nog niet", question: "bieb", in: panelScript) == .guess(.option("weet-niet")))
  }

  @Test("half a unit and almost none are no whole number: asked again")
  func notWhole() throws {
    #expect(try match("vijf en een half", "uren") == .notUnderstood)
    #expect(try match("bijna nooit", "uren") == .notUnderstood)
  }

  @Test("nobody is none")
  func nobody() throws {
    #expect(try match("niemand 😢", "maatjes") == .value(.number(0)))
  }

  @Test("mail is its own way of contact, not an app")
  func mail() throws {
    #expect(try match("e-mail", "contact") == .value(.option("mail")))
  }

  @Test("'geen idee' to 'Weet je …?' is checked as no")
  func notKnowingIsNo() throws {
    let question = try #require(parseScript(Self.source).question("weetje"))
    #expect(
      AnswerMatcher(words: packageWords).understand("geen idee", for: question) == .guess(.option("nee")))
  }

  @Test("a step that says 'te', 'vaak' between 'Soms' and 'Altijd', 'best' and 'meestal' are checked first")
  func betweenSteps() throws {
    #expect(try match("ver", "winkel") == .guess(.option("1")))
    #expect(try match("te ver", "winkel") == .value(.option("1")))
    #expect(try match("vaak", "lezen") == .guess(.option("3")))
    #expect(try match("altijd", "lezen") == .value(.option("3")))
    #expect(try match("vrij veilig", "donker") == .guess(.option("3")))
    #expect(try match("meestal", "eerlijk") == .guess(.option("2")))
    #expect(try match("een paar wel", "eerlijk") == .guess(.option("2")))
  }
}
