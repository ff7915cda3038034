import Testing

@testable import PraatmaatCore

/// Answers as people say them: a supporter speaking for the participant, how often as a rate,
/// "it varies", now against before on yes/no and statements, and "nothing" to a choice.
@Suite("Answer matcher: said for someone, rates, 'it varies', before and now, nothing")
struct AnswerSpokenTests: AnswerReadingSuite {
  static let source = withHeader(
    """
    vraag: zwemmen schaal 3
      tekst: Hoe vaak ga je zwemmen?
      stappen: Nooit / Soms / Vaak
    vraag: bakken schaal 5
      tekst: Hoe vaak bak je een taart?
      stappen: Nooit / Bijna nooit / Soms / Vaak / Elke dag
    vraag: moestuin schaal 3
      tekst: Hoe gaat het in de moestuin?
      stappen: Slecht / Gaat wel / Goed
    vraag: genoeg schaal 3
      tekst: Heb je genoeg spelletjes?
      stappen: Te weinig / Genoeg / Te veel
    vraag: koken schaal 3
      tekst: Hoe moeilijk vind je koken?
      stappen: Makkelijk / Een beetje moeilijk / Heel moeilijk
    vraag: tuin schaal 5
      tekst: Hoe leuk vind je de tuin?
      stappen: Heel stom / Stom / Gaat wel / Leuk / Heel leuk
    vraag: kano ja/nee
      tekst: Heb je een kano?
    vraag: klussen keuze
      tekst: Wat voor klussen doe je?
      optie tuin: 🌱 In de tuin
      optie verven: 🖌️ Verven
      optie geen: Geen klussen
    vraag: steun meerkeuze
      tekst: Waar helpt de buurman je bij?
      optie fiets: Fiets maken
      optie boodschappen: Boodschappen
      optie geen: Geen hulp
    """)

  @Test(
    "a reply the supporter says for the participant, in the third person",
    arguments: [
      ("hij weet het echt niet", BuiltInReply.dontKnow),
      ("weet ze niet, de coach regelt dat", .dontKnow),
      ("ze heeft geen idee", .dontKnow),
      ("hij wil daar niks over kwijt", .refuse),
      ("zij wil het liever niet vertellen, haar zus is erbij", .refuse),
    ])
  func saidForSomeone(input: String, reply: BuiltInReply) {
    #expect(BuiltInReply.recognise(input) == reply)
  }

  @Test("'hij' beside a verb that has no first-person form here stays as it is")
  func thirdPersonKept() {
    #expect(BuiltInReply.inFirstPerson("hij fietst naar de markt") == nil)
    #expect(
      BuiltInReply.inFirstPerson("ze weet het niet, zegt haar broer") == "ik weet het niet, zegt haar broer")
  }

  @Test(
    "the question before, and a short break asked for, in longer words",
    arguments: [
      ("kunnen we nog even terug naar de vorige", BuiltInReply.back),
      ("stop, ik wil de vorige vraag nog veranderen", .back),
      ("mag ik eerst even een sigaretje", .pause),
      ("ik moet even naar de wc", .pause),
    ])
  func backAndBreak(input: String, reply: BuiltInReply) {
    #expect(BuiltInReply.recognise(input) == reply)
  }

  @Test("a walk with the dog is an answer, not a break")
  func notABreak() {
    #expect(BuiltInReply.recognise("even naar buiten met de hond") == nil)
  }

  @Test(
    "how often as a rate: the nearest step, always checked first",
    arguments: [
      ("om de twee weken in het bad", "zwemmen", AnswerMatcher.Result.guess(.option("2"))),
      ("vier keer per week met mijn zus", "zwemmen", .guess(.option("3"))),
      ("elke dinsdag en vrijdag", "zwemmen", .guess(.option("3"))),
      ("een keer in de maand of zo", "bakken", .guess(.option("2"))),
      ("2x per week", "bakken", .guess(.option("4"))),
    ])
  func rates(input: String, id: String, result: AnswerMatcher.Result) throws {
    #expect(try match(input, id) == result)
  }

  @Test("a rate turned round is no rate")
  func rateTurned() {
    #expect(AnswerMatcher.timesAWeek(["niet", "elke", "week"]) == nil)
    #expect(AnswerMatcher.timesAWeek(["drie", "keer", "per", "jaar"]) == 3.0 / 52)
  }

  @Test(
    "'it varies' is the middle where the middle is mixed, checked first; not between too little and too much")
  func varies() throws {
    #expect(try match("dat wisselt per week", "moestuin") == .guess(.option("2")))
    #expect(try match("dat hangt er van af", "zwemmen") == .guess(.option("2")))
    #expect(try match("verschilt", "genoeg") == .notUnderstood)
  }

  @Test("before and now on yes/no: now counts")
  func beforeAndNow() throws {
    #expect(try match("eerst wel, nu niet meer", "kano") != .value(.option("ja")))
    #expect(try match("vroeger niet, nu wel", "kano") != .guess(.option("nee")))
  }

  @Test("nothing to a choice with a none option: kept when that is all, checked first with a remark")
  func nothing() throws {
    #expect(try match("helemaal niets", "klussen") == .value(.option("geen")))
    #expect(try match("niks, ik ben te moe", "klussen") == .guess(.option("geen")))
    #expect(try match("nergens voor", "steun") == .value(.options(["geen"])))
    #expect(try match("geen hulp bij de fiets", "steun") != .value(.options(["geen"])))
  }

  @Test("steps from good to bad: the general scale words are counted from the other end")
  func goodToBad() throws {
    #expect(try match("echt heel lastig", "koken") == .value(.option("3")))
    let middle: [AnswerMatcher.Result] = [.guess(.option("2")), .value(.option("2"))]
    #expect(middle.contains(try match("soms een beetje lastig", "koken")))
    #expect(try match("heel erg makkelijk", "koken") == .value(.option("1")))
  }

  @Test("a stronger word before a step's label is the step that says it stronger")
  func strongerLabel() throws {
    #expect(try match("mega leuk", "tuin") == .value(.option("5")))
    #expect(try match("leuk", "tuin") == .value(.option("4")))
  }

  @Test("'heel af en toe' on five steps of how often is below the middle, checked first")
  func veryNowAndThen() throws {
    #expect(try match("heel af en toe, in de zomer", "bakken") == .guess(.option("2")))
  }

  @Test("a word of the question said back with a question mark is no answer; what follows is")
  func echoed() {
    #expect(AnswerMatcher.echoed("leuk? ik vind het er heerlijk") == "ik vind het er heerlijk")
    #expect(AnswerMatcher.echoed("wat bedoel je? ik snap het niet") == nil)
    #expect(AnswerMatcher.echoed("leuk?") == nil)
  }

  @Test("an eye roll or 'not' at the end: meant the other way, asked again")
  func ironic() throws {
    #expect(AnswerMatcher.ironic("ja hoor, heel gezellig 🙄"))
    #expect(AnswerMatcher.ironic("super handig... not"))
    #expect(!AnswerMatcher.ironic("ja, ik heb een kano"))
  }

  @Test(
    "not knowing what a word of the question means asks for it in other words; not knowing the answer is 'weet ik niet'"
  )
  func unknownWord() {
    #expect(BuiltInReply.recognise("geen idee wat een moestuin is") == .explain)
    #expect(BuiltInReply.recognise("weet ik niet wie dat betaalt") == .dontKnow)
    #expect(BuiltInReply.recognise("nooit geprobeerd dus geen idee") == .dontKnow)
  }

  @Test("the conversation reads a word said back and an eye roll the same way")
  func inConversation() {
    let echoed = play(parseScript(wonenScript), ["bij mn ouders", "slecht? ik vind het er echt fijn"])
    #expect(echoed.events.count == 2)
    #expect(echoed.events.last?.value == .option("3"))
    #expect(echoed.next == .answer("hulp"))
    let rolled = play(parseScript(wonenScript), ["bij mn ouders", "Goed", "ja natuurlijk 🙄"])
    #expect(rolled.events.count == 2)
    #expect(rolled.next == .answer("hulp"))
  }
}
