import Testing

@testable import PraatmaatCore

/// A scale or number read from an answer that says more than the step or number is checked
/// with "Bedoel je: …?" first; an answer that says only that is kept at once.
@Suite("Answer matcher: sure or checked first")
struct AnswerConfidenceTests: AnswerReadingSuite {
  static let source = withHeader(
    """
    vraag: dag schaal 3
      tekst: Hoe was je dag?
    vraag: week schaal
      tekst: Hoe was je week?
    vraag: veilig schaal 3
      tekst: Hoe veilig voel je je op straat?
      stappen: Onveilig / Een beetje veilig / Veilig
    vraag: leeftijd getal
      tekst: Hoe oud ben je?
      min: 16
      max: 99
    vraag: uren getal
      tekst: Hoeveel uur per week sport je?
      min: 0
      max: 60
    """)

  @Test(
    "A judgement alone, or with its reason beside it, is kept at once",
    arguments: [
      ("niet zo goed", "dag", "1"),
      ("heel goed", "week", "5"),
      ("slecht, het regende de hele dag", "dag", "1"),
      ("goed want ik was bij oma", "dag", "3"),
      ("een beetje veilig", "veilig", "2"),
      ("soms wel soms niet", "veilig", "2"),
    ])
  func sure(input: String, id: String, step: String) throws {
    #expect(try match(input, id) == .value(.option(step)))
  }

  @Test(
    "A step read from a whole story, or from a word with a typo, is checked first",
    arguments: [
      ("ik fietste naar de markt en het regende", "dag", nil),
      ("als mijn broer erbij is voel ik me veilig", "veilig", "3"),
      ("goedd", "dag", "3"),
      ("slechtt", "week", "2"),
    ] as [(String, String, String?)])
  func checked(input: String, id: String, step: String?) throws {
    let result = try match(input, id)
    if let step {
      #expect(result == .guess(.option(step)))
    } else if case .value(let value) = result {
      Issue.record("kept at once: \(value)")
    }
  }

  @Test("A number with a story around it is checked; a number said plainly is kept")
  func numbers() throws {
    #expect(try match("ik denk 25 jaar", "leeftijd") == .value(.number(25)))
    #expect(try match("ze zegt: negentien", "leeftijd") == .value(.number(19)))
    #expect(try match("bijna 30", "leeftijd") == .guess(.number(29)))
    // More than the number: asked again, like "30 plus".
    #expect(try match("40+", "leeftijd") == .notUnderstood)
    #expect(try match("volgend jaar ga ik trouwen, nu 31", "leeftijd") == .guess(.number(31)))
    // Hours a day to a question per week: how many days is not said.
    #expect(try match("een uur of twee per dag", "uren") == .notUnderstood)
    #expect(try match("elke dag 2 uur", "uren") == .guess(.number(14)))
  }
}
