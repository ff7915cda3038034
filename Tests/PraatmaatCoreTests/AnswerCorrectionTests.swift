import Testing

@testable import PraatmaatCore

/// Answers that correct themselves, and on a question where several may apply, rows of
/// pictograms and "alles behalve …".
@Suite("Answer matcher: corrections, rows of pictograms, everything but")
struct AnswerCorrectionTests: AnswerReadingSuite {
  static let source = withHeader(
    """
    vraag: reis keuze
      tekst: Hoe ga je naar de club?
      optie fiets: 🚲 Fiets
      optie bus: 🚌 Bus
      optie lopen: 🚶 Lopen
    vraag: dingen meerkeuze
      tekst: Wat doe je graag?
      optie lezen: 📚 Lezen
      optie koken: 🍳 Koken
      optie dansen: 💃 Dansen
    vraag: drukte schaal 3
      tekst: Hoe druk is het op je werk?
      stappen: Te rustig / Goed zo / Te druk
    vraag: eerlijk ja/nee
      tekst: Zijn de regels op de groep eerlijk?
    """)

  @Test(
    "what follows 'nee', 'sorry' or 'ik bedoel' in a short answer is the answer meant",
    arguments: [
      ("lopen nee toch de bus", "reis", AnswerValue.option("bus")),
      ("fiets, sorry, lopen", "reis", .option("lopen")),
      ("te druk nee goed zo", "drukte", .option("2")),
      ("ja ik bedoel nee", "eerlijk", .option("nee")),
    ])
  func corrected(input: String, id: String, value: AnswerValue) throws {
    #expect(try match(input, id) == .value(value))
  }

  @Test("'nee' at the start is an answer, not a correction; a correction that does not read changes nothing")
  func notCorrections() throws {
    #expect(try match("nee, helemaal niet eerlijk", "eerlijk") == .value(.option("nee")))
    #expect(AnswerMatcher.correction("nee dat klopt niet") == nil)
    #expect(try match("bus nee", "reis") == .value(.option("bus")))
    // "maar nee" is part of the sentence; what is taken back must read as an answer too.
    #expect(AnswerMatcher.correction("ja maar nee toch niet") == nil)
    #expect(try match("weet je, nee, de bus", "reis") == .value(.option("bus")))
  }

  @Test("pictograms written together pick one option each")
  func pictogramRow() throws {
    #expect(try match("📚💃", "dingen") == .value(.options(["lezen", "dansen"])))
    #expect(try match("📚🎸", "dingen") == .notUnderstood)
  }

  @Test("'alles behalve …' is every option but the ones named, checked first")
  func everythingBut() throws {
    #expect(try match("alles behalve koken", "dingen") == .guess(.options(["lezen", "dansen"])))
    #expect(try match("alles", "dingen") == .guess(.options(["lezen", "koken", "dansen"])))
  }

  @Test("an option said and then turned round is left out: 'koken doe ik niet meer', the later mention wins")
  func turnedRound() throws {
    #expect(try match("lezen, koken doe ik niet meer", "dingen") == .value(.options(["lezen"])))
    #expect(try match("dansen, en lezen niet", "dingen") == .value(.options(["dansen"])))
  }
}
