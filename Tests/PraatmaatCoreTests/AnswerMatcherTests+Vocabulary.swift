import Testing

@testable import PraatmaatCore

/// Readings of the tenth session: options named in other words than the groups' heads (a
/// phone's uses, chores, places to go, pets), things counted one kind at a time, a whole week
/// that may mean the working days, and answers that say yes in one case and no in another.
extension AnswerMatcherTests {
  static let tenthSession = withHeader(
    """
    vraag: mobiel meerkeuze
      tekst: Wat doe je met je mobiel?
      optie 1: Bellen
      optie 2: Berichtjes sturen
      optie 3: Bankieren
      optie 4: Foto's maken
    vraag: klussen meerkeuze
      tekst: Wat doe je zelf in huis?
      optie 1: Wassen
      optie 2: Schoonmaken
      optie 3: Afwassen
      optie 4: Boodschappen
    vraag: weg keuze
      tekst: Waar ga je graag heen?
      optie 1: Bioscoop
      optie 2: Café
      optie 3: Naar het strand
      optie 4: Naar een pretpark
    vraag: beest keuze
      tekst: Welk dier heb je?
      optie 1: Hond
      optie 2: Kat
      optie 3: Geen dier
    vraag: dieren getal
      tekst: Hoeveel dieren heb je thuis?
    vraag: sportdagen getal
      tekst: Op hoeveel dagen sport je?
    vraag: heen keuze
      tekst: Hoe ga je naar de dagbesteding?
      optie 1: Lopend
      optie 2: Met de fiets
      optie 3: Met de bus of trein
    vraag: woonplek keuze
      tekst: Waar woon je?
      optie 1: Bij mijn ouders
      optie 2: In een groepswoning
      optie 3: Alleen
    vraag: club schaal 3
      tekst: Hoe leuk is de club?
      stappen: Niet leuk / Gaat wel / Leuk
    vraag: hulp schaal 5
      tekst: Hoe tevreden ben je over de hulp?
      stappen: Heel ontevreden / Ontevreden / Gaat wel / Tevreden / Heel tevreden
    vraag: bang schaal 3
      tekst: Ben je weleens bang op straat?
      stappen: Vaak / Soms / Nooit
    """)

  @Test(
    "a house with care reaches an option named 'groepswoning'; 'vind er niks aan' is bad, on 5 steps checked first"
  )
  func careHomeAndNothingToIt() {
    #expect(understood("in een woonvorm", "woonplek", in: Self.tenthSession) == .value(.option("2")))
    #expect(understood("ik vind er niks aan", "club", in: Self.tenthSession) == .guess(.option("1")))
    #expect(understood("er is niks aan de hand", "club", in: Self.tenthSession) == .value(.option("3")))
    #expect(understood("ik heb er niks aan", "hulp", in: Self.tenthSession) == .guess(.option("2")))
  }

  @Test("a short bit of the way by another means is no second choice: the main one, checked first")
  func shortBitOfTheWay() {
    #expect(
      understood("de tram en dan een stukje wandelen", "heen", in: Self.tenthSession) == .guess(.option("3")))
    #expect(
      understood("fiets en het laatste eind lopen", "heen", in: Self.tenthSession) == .guess(.option("2")))
  }

  @Test("yes in one case and no in the other, to a scale whose middle says 'sometimes', is that step")
  func yesInOneCase() {
    #expect(
      understood("in het donker wel, overdag niet", "bang", in: Self.tenthSession) == .guess(.option("2")))
    #expect(
      understood("met mijn hond niet, alleen wel", "bang", in: Self.tenthSession) == .guess(.option("2")))
    #expect(understood("niet nodig hoor, dat lukt wel", "bang", in: Self.tenthSession) == .notUnderstood)
  }

  @Test("an option named in other words than its group's head reaches the group")
  func optionsInOtherWords() {
    #expect(
      understood("ik whatsapp met mijn neef", "mobiel", in: Self.tenthSession) == .value(.options(["2"])))
    #expect(
      understood("kiekjes en tikkies", "mobiel", in: Self.tenthSession) == .value(.options(["3", "4"])))
    #expect(understood("de rabo app", "mobiel", in: Self.tenthSession) == .value(.options(["3"])))
    #expect(understood("de vaat doen", "klussen", in: Self.tenthSession) == .value(.options(["3"])))
    #expect(understood("ik hang de was op", "klussen", in: Self.tenthSession) == .value(.options(["1"])))
    #expect(understood("ramen zemen", "klussen", in: Self.tenthSession) == .value(.options(["2"])))
    #expect(understood("naar de lidl", "klussen", in: Self.tenthSession) == .value(.options(["4"])))
    #expect(understood("op een terrasje", "weg", in: Self.tenthSession) == .value(.option("2")))
    #expect(understood("walibi", "weg", in: Self.tenthSession) == .value(.option("4")))
    #expect(understood("aan zee", "weg", in: Self.tenthSession) == .value(.option("3")))
    #expect(understood("onze poes", "beest", in: Self.tenthSession) == .value(.option("2")))
  }

  @Test("an option followed by 'nooit' at the end of its part is left out")
  func neverAfterAnOption() {
    #expect(
      understood("bellen nooit, whatsappen elke dag", "mobiel", in: Self.tenthSession)
        == .value(.options(["2"])))
    #expect(understood("foto's, bankieren nooit", "mobiel", in: Self.tenthSession) == .value(.options(["4"])))
  }

  @Test("things counted one kind at a time are added up, and one thing alone is one, both checked")
  func thingsCounted() {
    #expect(understood("een cavia", "dieren", in: Self.tenthSession) == .guess(.number(1)))
    #expect(understood("vier kippen en een haan", "dieren", in: Self.tenthSession) == .guess(.number(5)))
    #expect(
      understood("een geit, een schaap en 3 eenden", "dieren", in: Self.tenthSession) == .guess(.number(5)))
    #expect(understood("een heleboel vissen", "dieren", in: Self.tenthSession) == .notUnderstood)
    #expect(understood("nog geen een", "dieren", in: Self.tenthSession) == .value(.number(0)))
    #expect(understood("2 konijnen en 3 kippen", "dieren", in: Self.tenthSession) == .guess(.number(5)))
    #expect(
      understood("2 dagen voetbal en 1 dag zwemmen", "sportdagen", in: Self.tenthSession)
        == .guess(.number(3)))
  }

  @Test("a whole week of days is checked first; almost every day is no number")
  func wholeWeek() {
    #expect(understood("eigenlijk de hele week", "sportdagen", in: Self.tenthSession) == .guess(.number(7)))
    #expect(understood("haast elke dag", "sportdagen", in: Self.tenthSession) == .notUnderstood)
    #expect(understood("iedere dag", "sportdagen", in: Self.tenthSession) == .value(.number(7)))
  }

  @Test("in a conversation too, things of two kinds are added up and checked first")
  func thingsCountedInConversation() {
    let script = withHeader(
      """
      vraag: dieren getal
        tekst: Hoeveel dieren heb je thuis?
      """)
    var talk = play(parseScript(script))
    let asked = talk.type("vier kippen en een haan")
    #expect(asked.contains { $0.contains("Bedoel je") && $0.contains("5") }, "\(asked)")
    #expect(talk.next == .answer("dieren"))
  }

  @Test(
    "'best wel' or 'helemaal' alone agrees; agreeing in part with a 'nee' of its own is asked again at once")
  func strongWel() {
    let panel = Self.ninthSessionPanel
    #expect(understood("ja best wel", "eten", in: panel) == .value(.option("eens")))
    #expect(understood("helemaal wel", "eten", in: panel) == .value(.option("eens")))
    // Agreeing in part with a "nee" of its own is asked again at once; with none, checked.
    #expect(understood("nee, alleen soms", "eten", in: panel) == .notUnderstood)
    #expect(understood("alleen soms", "eten", in: panel) == .guess(.option("weet-niet")))
    // What someone else says, or then against now, is no answer in two parts.
    #expect(
      understood("mijn moeder zegt van wel, ik van niet", "eten", in: panel) == .guess(.option("oneens")))
  }

  @Test("in a conversation, a statement agreed with in part is checked as 'weet ik niet' first")
  func partlyInConversation() {
    // Two at the table, by their nicknames.
    var talk = play(parseScript(Self.ninthSessionPanel), ["Tijger", "Blauw", "klaar"])
    #expect(talk.next == .answer("eten"))
    let asked = talk.type("thuis wel, op de groep niet")
    #expect(asked.contains { $0.contains("Bedoel je") && $0.contains("Weet ik niet") }, "\(asked)")
    #expect(talk.next == .answer("eten"))
  }
}
