import Testing

@testable import PraatmaatCore

/// Readings of the eighth session, found on two development sets written apart: the supporter's
/// note about typing, the choice settled on, "één", answers taken back with "eigenlijk", neither
/// side of a scale, every option, a list part of the options' kind, and slips of the keyboard.
extension AnswerMatcherTests {
  static let eighthSession = withHeader(
    """
    vraag: druk schaal 3
      tekst: Hoe vaak ben je moe?
      stappen: Nooit / Soms / Vaak
    vraag: blij schaal 5
      tekst: Hoe blij ben je met je kamer?
      stappen: Heel ontevreden / Ontevreden / Niet tevreden en niet ontevreden / Tevreden / Heel tevreden
    vraag: kinderen getal
      tekst: Hoeveel kinderen heb je?
    vraag: sport meerkeuze
      tekst: Welke sporten doe je? Je mag meer dingen kiezen.
      optie 1: Tennis
      optie 2: Zwemmen
      optie 3: Iets anders
    vraag: klus meerkeuze
      tekst: Waarbij help je thuis? Je mag meer dingen kiezen.
      optie 1: Koken
      optie 2: Stofzuigen
      optie 3: Wassen
    vraag: woon keuze
      tekst: Waar woon je?
      optie 1: Alleen in een eigen huis
      optie 2: Bij mijn ouders
      optie 3: Anders
    """)

  static let eighthSessionPanel = withHeader(
    """
    vraag: buren stelling
      tekst: Ik praat vaak met mijn buren.
    """
  ).replacingOccurrences(of: "methode: gesprek", with: "methode: panel")

  /// What the conversation makes of a line: built-in replies and the supporter's notes first.
  func understood(_ input: String, _ id: String, in source: String = eighthSession) -> Understanding? {
    parseScript(source).question(id).map { AnswerMatcher(words: packageWords).understand(input, for: $0) }
  }

  @Test("the supporter's note that they type is no part of the answer; the choice settled on counts")
  func supporterTyping() {
    #expect(understood("ik typ voor hem: vaak", "druk") == understood("vaak", "druk"))
    #expect(understood("(begeleider typt) soms", "druk") == understood("soms", "druk"))
    #expect(understood("de begeleider: nooit", "druk") == understood("nooit", "druk"))
    #expect(understood("vaak", "druk") != .notUnderstood)
    #expect(
      understood("ze twijfelt tussen soms en vaak en kiest vaak", "druk") == understood("vaak", "druk"))
    #expect(understood("hij kiest de middelste", "druk") == .guess(.option("2")))
    #expect(understood("hij wijst de eerste aan, hij is nooit moe", "druk") == .value(.option("1")))
  }

  @Test("'één' is one; an answer taken back with 'eigenlijk' or closed by 'dus' is the later one")
  func oneAndTakenBack() {
    let script = Self.eighthSession
    #expect(answerReading("ze heeft één dochter", question: "kinderen", in: script) == .value(.number(1)))
    #expect(answerReading("ze heeft er geen eentje", question: "kinderen", in: script) == .value(.number(0)))
    #expect(answerReading("4 maar eigenlijk 3", question: "kinderen", in: script) == .guess(.number(3)))
    #expect(
      answerReading("twee zonen en een dochter, dus drie", question: "kinderen", in: script)
        == .guess(.number(3)))
    #expect(answerReading("vaak maar eigenlijk soms", question: "druk", in: script) == .value(.option("2")))
  }

  @Test("neither side is the middle, checked; stressed and doubled letters are read once")
  func neitherSideAndSlips() {
    let script = Self.eighthSession
    #expect(
      answerReading("niet tevreden maar ook niet ontevreden", question: "blij", in: script)
        == .guess(.option("3")))
    #expect(answerReading("vaaakkk", question: "druk", in: script) == .value(.option("3")))
    #expect(answerReading("ze zwemmt graag", question: "sport", in: script) == .value(.options(["2"])))
  }

  @Test("'overal' is every option; a sport no option names is 'Iets anders' beside the named ones")
  func everyOptionAndOtherOfKind() {
    let script = Self.eighthSession
    #expect(
      answerReading("hij zegt overal", question: "klus", in: script) == .guess(.options(["1", "2", "3"])))
    #expect(answerReading("tennis en judo", question: "sport", in: script) == .guess(.options(["1", "3"])))
    #expect(answerReading("stofzuige", question: "klus", in: script) == .value(.options(["2"])))
  }

  @Test("'alleen' alone is the option that says it; 'niet eens' meaning 'not even' is no vote")
  func aloneAndNotEven() {
    #expect(
      answerReading("ik woon nu alleen", question: "woon", in: Self.eighthSession) == .value(.option("1")))
    let panel = Self.eighthSessionPanel
    #expect(
      answerReading("nee, ik groet ze niet eens", question: "buren", in: panel) == .value(.option("oneens")))
    #expect(
      answerReading("daar ben ik het niet eens mee", question: "buren", in: panel)
        == .guess(.option("oneens")))
  }

  @Test("in a conversation too, the supporter's note and the choice settled on are read as the answer")
  func supporterTypingInConversation() {
    let script = withHeader(
      """
      vraag: moe schaal 3
        tekst: Hoe vaak ben je moe?
        stappen: Nooit / Soms / Vaak
      vraag: ruzie schaal 3
        tekst: Hoe vaak heb je ruzie?
        stappen: Nooit / Soms / Vaak
      """)
    var talk = play(parseScript(script))
    #expect(talk.type("ik typ voor hem: nooit").first?.contains("Nooit") == true)
    #expect(talk.next == .answer("ruzie"))
    let settled = talk.type("ze twijfelt tussen nooit en soms en kiest dan soms")
    #expect(settled.first?.contains("Soms") == true, "\(settled)")
  }
}
