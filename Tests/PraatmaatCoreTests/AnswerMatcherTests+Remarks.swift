import Testing

@testable import PraatmaatCore

/// Readings of the ninth session, found on two development sets written apart: a remark after
/// a comma, a label in another form of its verb, parts of the day, slips in a step's own word,
/// "not" at the end, "of course not", a percentage, going on, and a word not known.
extension AnswerMatcherTests {
  static let ninthSession = withHeader(
    """
    vraag: reis keuze
      tekst: Hoe ga je naar de winkel?
      optie 1: Lopend
      optie 2: Met de fiets
      optie 3: Met de bus
    vraag: moment keuze
      tekst: Wanneer sport je het liefst?
      optie 1: 's Ochtends
      optie 2: 's Middags
      optie 3: 's Avonds
    vraag: markt schaal 3
      tekst: Hoe vaak ga je naar de markt?
      stappen: Nooit / Soms / Altijd
    vraag: werk schaal 3
      tekst: Hoe leuk is je werk?
      stappen: Niet leuk / Gaat wel / Leuk
    vraag: bus schaal 3
      tekst: Hoe moeilijk is reizen met de bus?
      stappen: Moeilijk / Een beetje moeilijk / Makkelijk
    vraag: park schaal 3
      tekst: Hoe veilig voel je je in het park?
      stappen: Niet veilig / Een beetje / Veilig
    vraag: eenzaam schaal 3
      tekst: Voel je je weleens eenzaam?
      stappen: Helemaal niet / Een beetje / Heel erg
    vraag: hond ja/nee
      tekst: Heb je een hond?
    """)

  static let ninthSessionPanel = withHeader(
    """
    vraag: eten stelling
      tekst: Ik kies zelf wat ik eet.
    """
  ).replacingOccurrences(of: "methode: gesprek", with: "methode: panel")

  @Test("a word that says how it was, after a comma, is a remark on the choice, not one more thing")
  func remarkAfterComma() {
    #expect(understood("met de fiets, heerlijk", "reis", in: Self.ninthSession) == .guess(.option("2")))
    #expect(understood("lopend, vlakbij", "reis", in: Self.ninthSession) == .guess(.option("1")))
  }

  @Test("a label in another form of its verb reaches its group; parts of the day by what happens then")
  func formsAndParts() {
    #expect(understood("ik ga te voet", "reis", in: Self.ninthSession) == .value(.option("1")))
    #expect(understood("wandelend", "reis", in: Self.ninthSession) == .value(.option("1")))
    #expect(understood("na het middageten", "moment", in: Self.ninthSession) == .value(.option("2")))
    #expect(understood("smorgens", "moment", in: Self.ninthSession) == .value(.option("1")))
  }

  @Test("everyday and street words for easy and hard reach the steps that say them")
  func easyAndHard() {
    #expect(understood("kinderspel", "bus", in: Self.ninthSession) == .value(.option("3")))
    #expect(understood("is een eitje", "bus", in: Self.ninthSession) == .value(.option("3")))
    #expect(understood("heel ingewikkeld", "bus", in: Self.ninthSession) == .value(.option("1")))
  }

  @Test("'niet' before a bad word of the answer's own is good, not the step that starts with 'Niet'")
  func notABadWord() {
    #expect(understood("ik ben echt niet bang", "park", in: Self.ninthSession) == .value(.option("3")))
    #expect(understood("nee niet eenzaam hoor", "eenzaam", in: Self.ninthSession) == .value(.option("1")))
  }

  @Test("one slip in a word of the writer's own step, typed alone, is a guess of that step")
  func slipInOwnStep() {
    #expect(understood("altiid", "markt", in: Self.ninthSession) == .guess(.option("3")))
    #expect(understood("nooiit", "markt", in: Self.ninthSession) == .guess(.option("1")))
    #expect(understood("markt", "markt", in: Self.ninthSession) == .notUnderstood)
  }

  @Test("'not' at the end turns the answer round, checked first; an eye roll is asked again")
  func notAtTheEnd() {
    #expect(understood("echt super leuk not", "werk", in: Self.ninthSession) == .guess(.option("1")))
    #expect(understood("ja hoor, heb ik, not", "hond", in: Self.ninthSession) == .guess(.option("nee")))
    #expect(
      understood("ja ik kies alles zelf... NOT", "eten", in: Self.ninthSessionPanel)
        == .guess(.option("oneens")))
    #expect(understood("ja ik kies alles zelf 🙄", "eten", in: Self.ninthSessionPanel) == .notUnderstood)
  }

  @Test("in a conversation too, 'not' at the end turns the answer round and asks first")
  func notAtTheEndInConversation() {
    let script = withHeader(
      """
      vraag: werk schaal 3
        tekst: Hoe leuk is je werk?
        stappen: Niet leuk / Gaat wel / Leuk
      """)
    var talk = play(parseScript(script))
    let turned = talk.type("echt super leuk not")
    #expect(turned.contains { $0.contains("Bedoel je") && $0.contains("Niet leuk") }, "\(turned)")
    #expect(talk.next == .answer("werk"))
  }

  @Test("'of course not' is no, a full percentage is yes, going on is skipping, a word not known asks")
  func repliesInOtherWords() {
    #expect(understood("natuurlijk niet", "hond", in: Self.ninthSession) == .value(.option("nee")))
    #expect(understood("tuurlijk niet", "eten", in: Self.ninthSessionPanel) == .value(.option("oneens")))
    #expect(understood("honderd procent", "eten", in: Self.ninthSessionPanel) == .value(.option("eens")))
    #expect(understood("kunnen we verder?", "werk", in: Self.ninthSession) == .reply(.skip))
    #expect(
      understood("ik weet niet wat dat is, kiezen", "eten", in: Self.ninthSessionPanel) == .reply(.explain))
  }
}
