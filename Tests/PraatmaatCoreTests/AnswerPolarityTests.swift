import Testing

@testable import PraatmaatCore

/// A scale answer without a scale word, read from how positive or negative its adjectives are
/// (Content/begrip/polariteit.txt): only a guess, checked first, and only on a scale that runs
/// from bad to good.
@Suite("Answer matcher: adjectives on a scale from bad to good")
struct AnswerPolarityTests: AnswerReadingSuite {
  static let source = withHeader(
    """
    vraag: buurt schaal 3
      tekst: Hoe vind je je buurt?
    vraag: school schaal 5
      tekst: Hoe vind je je school?
    vraag: vaak schaal 3
      tekst: Hoe vaak ben je alleen?
      stappen: Nooit / Soms / Vaak
    vraag: werk schaal 3
      tekst: Hoe vind je je werk?
      stappen: Niet leuk / Gaat wel / Leuk
    vraag: hulp schaal 3
      tekst: Hoeveel hulp krijg je?
      stappen: Te weinig / Genoeg / Te veel
    """)

  @Test(
    "An adjective says the side; a strong one the end of a 5-step scale; 'niet' turns it; 'te' is too much",
    arguments: [
      ("een smerige buurt", "buurt", "1"),
      ("schone straten", "buurt", "3"),
      ("niet zo schoon", "buurt", "1"),
      ("sfeervolle lokalen", "school", "4"),
      ("vieze gangen", "school", "1"),
      ("te druk en te vol", "buurt", "1"),
      ("zonnige plek", "werk", "3"),
    ])
  func guessed(input: String, id: String, option: String) throws {
    #expect(try match(input, id) == .guess(.option(option)))
  }

  @Test(
    "No guess from adjectives on both sides, or on a scale that does not run from bad to good",
    arguments: [("schoon maar chaotisch", "buurt"), ("treurig", "vaak"), ("sfeervol", "hulp")])
  func notGuessed(input: String, id: String) throws {
    #expect(try match(input, id) == .notUnderstood)
  }

  @Test(
    "Words of feeling from the second lexicon count too; a word that mostly names something plain does not",
    arguments: [
      ("altijd gezeik met de buren", "buurt", "1"),
      ("supergezellig op de club", "werk", "3"),
    ])
  func feelingWords(input: String, id: String, option: String) throws {
    #expect(try match(input, id) == .guess(.option(option)))
    #expect(try match("thuis bij mijn vrienden", "buurt") == .notUnderstood)
  }

  @Test("an amount turned round is less of it: 'niet zo vaak' is just below the middle, checked first")
  func lessOften() throws {
    #expect(try match("niet zo vaak", "vaak") == .guess(.option("2")))
    #expect(try match("vaak", "vaak") == .value(.option("3")))
  }

  @Test(
    "'soms … soms …' is the middle only where the middle means mixed; checked first unless the middle says 'sometimes'"
  )
  func sometimes() throws {
    #expect(try match("soms goed, soms slecht", "buurt") == .guess(.option("2")))
    #expect(try match("soms te weinig en soms te veel", "hulp") == .notUnderstood)
  }
}
