import Testing

@testable import PraatmaatCore

/// Answers of the twelfth session that turn a word round twice, decline a wish, say so-so or
/// most of the time, or compare with a step.
extension AnswerMatcherTests {
  static let turnedTwice = withHeader(
    """
    vraag: fiets stelling
      tekst: Ik voel me veilig op de fiets.
    vraag: eten stelling
      tekst: Ik eet gezond.
    vraag: trap ja/nee
      tekst: Is de trap in je flat veilig?
    vraag: club ja/nee
      tekst: Wil je lid worden van een club?
    vraag: arts ja/nee
      tekst: Ga je vaak naar de huisarts?
    vraag: kaartclub schaal 3
      tekst: Hoe fijn vind je het bij de kaartclub?
      stappen: Niet fijn / Een beetje fijn / Fijn
    vraag: optijd schaal 5
      tekst: Hoe vaak ben je op tijd op je werk?
      stappen: Nooit / Bijna nooit / Soms / Vaak / Altijd
    vraag: tevreden schaal 5
      tekst: Hoe tevreden ben je over je fiets?
      stappen: Heel ontevreden / Ontevreden / Gaat wel / Tevreden / Heel tevreden
    vraag: overlast schaal 3
      tekst: Hoeveel last heb je van de buren?
      stappen: Veel last / Een beetje last / Geen last
    vraag: pijn schaal 3
      tekst: Heb je vaak pijn?
    vraag: zwemmen schaal 3
      tekst: Hoe vaak ga je zwemmen?
      stappen: Nooit / Soms / Vaak
    """
  ).replacingOccurrences(of: "methode: gesprek", with: "methode: panel")

  @Test(
    "'niet' before the opposite of a word of the question agrees, checked first; a plain 'niet veilig' does not"
  )
  func notTheOpposite() {
    let script = Self.turnedTwice
    #expect(understood("niet onveilig hoor", "fiets", in: script) == .guess(.option("eens")))
    #expect(understood("niet echt gevaarlijk", "fiets", in: script) == .guess(.option("eens")))
    #expect(understood("niet veilig op de weg", "fiets", in: script) == .value(.option("oneens")))
    #expect(understood("niet zo slecht hoor", "eten", in: script) == .guess(.option("eens")))
    #expect(understood("niet ongezond", "eten", in: script) == .guess(.option("eens")))
    #expect(understood("niet gevaarlijk", "trap", in: script) == .guess(.option("ja")))
    // A bad word that is not last, or an answer with its own no, is no double negation.
    #expect(understood("niet naar de dokter", "arts", in: script) == .value(.option("nee")))
    #expect(understood("nee, niet onveilig", "fiets", in: script) != .guess(.option("eens")))
  }

  @Test("'liever niet' to 'Wil je …?' is no; 'liever niet zeggen' and 'liever niet 🙄' are not")
  func declinedWish() {
    let script = Self.turnedTwice
    #expect(understood("liever niet!", "club", in: script) == .value(.option("nee")))
    #expect(understood("nee liever niet", "club", in: script) == .value(.option("nee")))
    #expect(understood("liever niet zeggen hoor", "club", in: script) == .reply(.refuse))
    #expect(understood("liever niet!", "arts", in: script) == .reply(.refuse))
    #expect(understood("liever niet 🙄", "club", in: script) != .value(.option("nee")))
  }

  @Test("'gaat wel' to a statement is checked as neither; 'gaat wel goed' is not so-so")
  func soSo() {
    let script = Self.turnedTwice
    #expect(understood("het gaat wel hoor", "eten", in: script) == .guess(.option("weet-niet")))
    #expect(understood("het gaat wel goed", "eten", in: script) != .guess(.option("weet-niet")))
  }

  @Test("'meestal wel' is half a step below the good or often end, checked first; not about something bad")
  func mostOfTheTime() {
    let script = Self.turnedTwice
    #expect(understood("doorgaans wel", "kaartclub", in: script) == .guess(.option("3")))
    #expect(understood("meestal wel hoor", "kaartclub", in: script) == .guess(.option("3")))
    #expect(understood("meestal wel hoor", "tevreden", in: script) == .guess(.option("4")))
    // On a scale of how often with a step "Vaak", that step at once.
    #expect(understood("meestal wel hoor", "optijd", in: script) == .value(.option("4")))
    #expect(understood("meestal wel hoor", "overlast", in: script) != .guess(.option("3")))
    #expect(understood("meestal wel hoor", "pijn", in: script) != .guess(.option("3")))
  }

  @Test("'meer dan' or 'minder dan' a step's word is the step next to it, checked first")
  func comparedWithAStep() {
    let script = Self.turnedTwice
    #expect(understood("meer dan soms", "zwemmen", in: script) == .guess(.option("3")))
    #expect(understood("minder dan vaak", "zwemmen", in: script) == .guess(.option("2")))
  }
}
