import Testing

@testable import PraatmaatCore

/// Answers that say how it was before and how it is now, that turn a judgement with "maar",
/// that give a length of time in another unit or as two clock times, and replies to the
/// program said in a longer sentence.
@Suite("Answer matcher: now, maar, lengths of time, replies in a sentence")
struct AnswerTimeAndTurnTests: AnswerReadingSuite {
  static let source = withHeader(
    """
    vraag: dag schaal 3
      tekst: Hoe gaat het met je?
    vraag: tevreden schaal 3
      tekst: Hoe tevreden ben je met je kamer?
      stappen: Ontevreden / Neutraal / Tevreden
    vraag: hulp ja/nee
      tekst: Krijg je hulp bij je geld?
    vraag: dagen getal
      tekst: Hoeveel dagen per week ga je naar je werk?
    vraag: uren getal
      tekst: Hoeveel uur per week werk je?
    vraag: slaap getal
      tekst: Hoeveel uur slaap je per nacht?
    vraag: wachten getal
      tekst: Hoeveel weken wacht je al op een huis?
    vraag: maanden getal
      tekst: Hoeveel maanden woon je hier al?
    vraag: zus getal
      tekst: Hoe vaak per maand zie je je zus?
    vraag: eten getal
      tekst: Hoeveel euro geef je per week uit aan eten?
    vraag: bang schaal 3
      tekst: Hoe vaak ben je bang op straat?
      stappen: Nooit / Soms / Vaak
    """)

  @Test(
    "How it was before does not count: what follows 'nu' is the answer",
    arguments: [
      ("eerst slecht, nu goed", "dag", AnswerValue.option("3")),
      ("vroeger 5 dagen, nu 3", "dagen", .number(3)),
      ("vorig jaar 30 uur, nu nog maar 20", "uren", .number(20)),
    ])
  func now(input: String, id: String, value: AnswerValue) throws {
    #expect(try match(input, id) == .value(value))
  }

  @Test(
    "A judgement or a yes turned by 'maar' with words of its own is checked first",
    arguments: [
      ("goed maar de buren zijn lastig", "dag", AnswerValue.option("3")),
      ("ja maar alleen van mijn moeder", "hulp", .option("ja")),
    ])
  func turned(input: String, id: String, value: AnswerValue) throws {
    #expect(try match(input, id) == .guess(value))
  }

  @Test("A panel vote turned by 'maar' is checked first")
  func turnedVote() {
    var statement = Question(id: "bus", kind: .statement, location: SourceLocation(line: 1, column: 1))
    statement.text = ["De bus moet gratis zijn."]
    let matcher = AnswerMatcher(words: packageWords)
    #expect(matcher.match("eens maar niet voor iedereen", for: statement) == .guess(.option("eens")))
    #expect(matcher.match("eens", for: statement) == .value(.option("eens")))
  }

  @Test("A negation the label does not hold is not that label: 'niet ontevreden' is not Ontevreden")
  func negatedLabel() throws {
    #expect(try match("niet ontevreden", "tevreden") != .value(.option("1")))
    #expect(try match("ontevreden", "tevreden") == .value(.option("1")))
  }

  @Test(
    "A length of time in another unit, clock times, every other week and amounts that add up are worked out and checked",
    arguments: [
      ("twee jaar", "wachten", 104),
      ("een jaar", "wachten", 52),
      ("3 maanden", "wachten", 12),
      ("anderhalf jaar", "maanden", 18),
      ("van 10 tot 6", "slaap", 8),
      ("van 22:30 tot 6:30", "slaap", 8),
      ("om de week", "zus", 2),
      ("20 op zaterdag en 15 op woensdag", "eten", 35),
      ("3 keer 5 uur", "uren", 15),
      ("elke dag behalve zaterdag en zondag", "dagen", 5),
      ("hele week behalve zondag", "dagen", 6),
    ])
  func worked(input: String, id: String, number: Int) throws {
    #expect(try match(input, id) == .guess(.number(number)))
  }

  @Test(
    "The unit of the question itself is kept at once; a length of time is no number of times",
    arguments: [("6 weken", "wachten", 6 as Int?), ("3 uur", "zus", nil), ("om de dag", "zus", nil)])
  func units(input: String, id: String, number: Int?) throws {
    #expect(try match(input, id) == (number.map { .value(.number($0)) } ?? .notUnderstood))
  }

  @Test(
    "A reply to the program in the first part of an answer, or a request in the last part",
    arguments: [
      ("terug graag, ik typte iets fout", BuiltInReply.back as BuiltInReply?),
      ("wat moet ik hier kiezen?", .help),
      ("geen zin in deze vraag", .skip),
      ("dat is geheim", .refuse),
      ("dat vind ik moeilijk, kunnen we naar de volgende", .skip),
      ("weken of maanden, weet niet precies", nil),
    ])
  func replies(input: String, reply: BuiltInReply?) {
    #expect(BuiltInReply.recognise(input) == reply)
  }

  @Test(
    "A doubled negation in spoken Dutch makes a 'no' word stronger; it does not turn it around",
    arguments: [("nooit niet", "1"), ("echt nooit niet hoor", "1")])
  func doubledNegation(input: String, step: String) throws {
    let result = try match(input, "bang")
    #expect(result == .value(.option(step)) || result == .guess(.option(step)), "\(input): \(result)")
  }
}
