import Testing

@testable import PraatmaatCore

@Suite("Answer matcher")
struct AnswerMatcherTests: AnswerReadingSuite {
  static let source = withHeader(
    """
    vraag: woonplek keuze
      tekst: Waar woon je?
      optie ouders: 🏠 Bij mijn ouders
      optie groep: 🏢 In een woongroep
      optie alleen: 🔑 Alleen
    vraag: uit keuze
      tekst: Waar ga je heen?
      optie: ☕ Naar het café
      optie: 🏊 Zwemmen
    vraag: contact keuze
      tekst: Hoe zie je je vrienden?
      optie: 📞 Bellen
      optie: 🤝 Afspreken
    vraag: blij ja/nee
      tekst: Ben je blij?
    vraag: dag schaal 3
      tekst: Hoe was je dag?
    vraag: week schaal
      tekst: Hoe was je week?
    vraag: hobby meerkeuze
      tekst: Wat doe je graag?
      optie sport: ⚽ Sport
      optie muziek: 🎵 Muziek
      optie koken: 🍳 Koken
    vraag: kinderen getal
      tekst: Hoeveel kinderen ken je?
    vraag: jaren getal
      tekst: Hoeveel jaar woon je hier al?
    vraag: verhaal open
      tekst: Vertel iets over je dag.
    vraag: weekend keuze
      tekst: Waar ben je in het weekend?
      optie thuis: 🏠 Thuis
      optie familie: 👪 Bij familie
      optie vrienden: 🤝 Bij vrienden
    vraag: koken schaal 3
      tekst: Lukt het om zelf te koken?
      stappen: Lukt niet / Lukt soms / Lukt goed
    vraag: koken_hoe schaal 3
      tekst: Hoe gaat koken?
    vraag: sportdagen getal
      tekst: Hoeveel dagen per week sport je?
      min: 0
      max: 7
    vraag: zakgeld getal
      tekst: Hoeveel euro geef je per week uit?
    vraag: ruzie schaal 3
      tekst: Hoe vaak heb je ruzie thuis?
      stappen: Vaak / Soms / Nooit
    """)

  /// What the matcher makes of `input` as an answer to question `id`.
  static let choices: [(String, String?)] = [
    ("1", "ouders"), ("3", "alleen"), ("Bij mijn ouders", "ouders"), ("bij mn ouders", "ouders"),
    ("BIJ MIJN OUDERS!", "ouders"), ("  bij mijn ouders  ", "ouders"), ("ouders", "ouders"),
    ("woongroep", "groep"), ("In een woongroep", "groep"), ("Aleen", "alleen"),
    ("alleen.", "alleen"), ("4", nil), ("0", nil), ("ergens anders", nil), ("", nil),
  ]

  @Test("keuze: by number, words, a chat spelling or a small typo", arguments: choices)
  func choice(input: String, id: String?) throws {
    #expect(try match(input, "woonplek") == (id.map { .value(.option($0)) } ?? .notUnderstood))
  }

  static let accents: [(String, String)] = [
    ("naar het CAFE", "naar-het-cafe"), ("café", "naar-het-cafe"), ("Cafe", "naar-het-cafe"),
    ("Zwemmen!", "zwemmen"), ("zwemen", "zwemmen"),
  ]

  @Test("keuze: accents and case do not matter", arguments: accents)
  func accentsAndCase(input: String, id: String) throws {
    #expect(try match(input, "uit") == .value(.option(id)))
  }

  static let yesNo: [(String, String?)] = [
    ("ja", "ja"), ("Ja hoor", "ja"), ("ja hoor", "ja"), ("jawel", "ja"), ("j", "ja"), ("1", "ja"),
    // "ja, soms" is doubt (Content/begrip/ja-nee.txt): the bot asks again.
    ("ja, soms", nil), ("Nee.", "nee"), ("nee hoor", "nee"), ("NEE", "nee"), ("néé", "nee"),
    ("2", "nee"), ("misschien", nil), ("3", nil),
  ]

  @Test("ja/nee: many ways to say yes or no", arguments: yesNo)
  func yesOrNo(input: String, id: String?) throws {
    #expect(try match(input, "blij") == (id.map { .value(.option($0)) } ?? .notUnderstood))
  }

  static let scales: [(String, String, String?)] = [
    ("dag", "3", "3"), ("dag", "goed", "3"), ("dag", "Gaat wel", "2"), ("dag", "4", nil),
    ("week", "5", "5"), ("week", "heel goed", "5"), ("week", "goed", "4"), ("week", "slecht", "2"),
    ("week", "Heel slecht", "1"),
  ]

  @Test("schaal: by number or by the words of the smiley", arguments: scales)
  func scale(question: String, input: String, id: String?) throws {
    #expect(try match(input, question) == (id.map { .value(.option($0)) } ?? .notUnderstood))
  }

  static let many: [(String, [String]?)] = [
    ("1 3", ["sport", "koken"]), ("3 1", ["sport", "koken"]), ("1, 3", ["sport", "koken"]),
    ("1 en 3", ["sport", "koken"]), ("muziek", ["muziek"]), ("sport en koken", ["sport", "koken"]),
    ("2 2", ["muziek"]), ("4", nil), ("1 4", nil), ("iets", nil),
  ]

  @Test("meerkeuze: several numbers or words", arguments: many)
  func multiChoice(input: String, ids: [String]?) throws {
    #expect(try match(input, "hobby") == (ids.map { .value(.options($0)) } ?? .notUnderstood))
  }

  @Test("meerkeuze: words separated by a comma, as the matcher's documentation promises")
  func multiChoiceWordsWithComma() throws {
    #expect(try match("Sport, Koken", "hobby") == .value(.options(["sport", "koken"])))
  }

  static let numbers: [(String, Int?)] = [
    ("34", 34), ("ik ken er 34", 34), ("drie", 3), ("geen", 0), ("Twintig.", 20),
    ("3 of 4", nil), ("veel", nil), ("1234567890", nil),
  ]

  @Test("getal: the one number in the text", arguments: numbers)
  func number(input: String, value: Int?) throws {
    #expect(try match(input, "kinderen") == (value.map { .value(.number($0)) } ?? .notUnderstood))
  }

  static let notGuessed: [(String, String)] = [
    ("woonplek", "niet bij mijn ouders"), ("woonplek", "niet alleen"), ("woonplek", "ouders of alleen"),
    ("blij", "ja en nee"), ("blij", "nee, ja"), ("blij", "ja nee"), ("dag", "goed en slecht"),
  ]

  @Test("a negation turns a scale word around: niet goed is bad, niet slecht is good (checked first)")
  func negatedScaleWords() throws {
    #expect(try match("niet goed", "dag") == .value(.option("1")))
    #expect(try match("niet slecht", "week") == .guess(.option("4")))
  }

  @Test("a negation before an option's words, or two options at once, is asked again", arguments: notGuessed)
  func notGuessedWhenUnclear(question: String, input: String) throws {
    #expect(try match(input, question) == .notUnderstood)
  }

  static let usual: [(String, String, String)] = [
    ("woonplek", "vooral bij mijn ouders, soms in de woongroep", "ouders"),
    ("woonplek", "in de woongroep, en als het druk is bij mijn ouders", "groep"),
    ("uit", "af en toe zwemmen, meestal naar het café", "naar-het-cafe"),
  ]

  @Test("two options with one said to be the usual one: that one is checked first", arguments: usual)
  func usualOption(question: String, input: String, id: String) throws {
    #expect(try match(input, question) == .guess(.option(id)))
  }

  static let checked: [(String, String)] = [
    ("dag", "niet blij en niet boos"), ("week", "bijna goed"), ("week", "niet altijd leuk"),
  ]

  @Test(
    "a step read through two turned terms, 'bijna', or an amount turned round is checked", arguments: checked)
  func checkedFirst(question: String, input: String) throws {
    guard case .guess = try match(input, question) else {
      Issue.record("'\(input)' should be checked first: \(try match(input, question))")
      return
    }
  }

  static let verbs: [(String, String, String)] = [
    ("uit", "ik zwem graag", "zwemmen"), ("uit", "hij zwemt", "zwemmen"), ("contact", "ik bel ze", "bellen"),
    ("contact", "we spreken af", "afspreken"), ("contact", "zij belt mij", "bellen"),
  ]

  @Test("a verb as it is said names the option that is its infinitive", arguments: verbs)
  func verbForms(question: String, input: String, id: String) throws {
    #expect(try match(input, question) == .value(.option(id)))
  }

  @Test("a word of substance that names no option makes a choice a check")
  func unnamedWordsAreChecked() throws {
    #expect(try match("we spreken af bij de markt", "contact") == .guess(.option("afspreken")))
  }

  @Test("a word that shares its last part with an option's word names that option, checked first")
  func compounds() throws {
    #expect(try match("buitenzwemmen", "uit") == .guess(.option("zwemmen")))
    #expect(try match("zaalsport", "hobby") == .guess(.options(["sport"])))
  }

  @Test("months, weeks or days to a question in years are whole years, checked first")
  func smallerUnitThanYears() throws {
    #expect(try match("pas 3 maanden", "jaren") == .guess(.number(0)))
    #expect(try match("18 maanden", "jaren") == .guess(.number(1)))
    #expect(try match("6 jaar", "jaren") == .value(.number(6)))
  }

  static let partly: [String] = [
    "thuis wel, buiten niet", "de ene dag wel, de andere niet", "sommige wel sommige niet",
    "school was stom, daarna was het leuk",
  ]

  @Test(
    "yes or good in one part and no or bad in the other is the middle of a scale from bad to good",
    arguments: partly)
  func partlyYes(input: String) throws {
    let middle = AnswerValue.option("2")
    #expect([.value(middle), .guess(middle)].contains(try match(input, "dag")))
  }

  @Test("'wel' and 'niet' with scale words of their own are no mixed answer")
  func notPartlyYes() throws {
    #expect(try match("wel goed, niet slecht", "dag") != .value(.option("2")))
    #expect(try match("wel goed, niet slecht", "dag") != .guess(.option("2")))
  }

  static let softened: [(String, String, String)] = [
    ("week", "goed hoor", "4"), ("week", "best goed", "4"), ("week", "wel goed", "4"),
    ("week", "het gaat goed", "4"), ("week", "heel goed hoor", "5"), ("week", "gaat wel hoor", "3"),
    ("dag", "goed hoor", "3"), ("dag", "best goed", "3"), ("dag", "het gaat wel", "2"),
    ("woonplek", "bij mijn ouders hoor", "ouders"),
  ]

  @Test("words that only soften the answer are read past", arguments: softened)
  func fillerWords(question: String, input: String, id: String) throws {
    #expect(try match(input, question) == .value(.option(id)))
  }

  static let pictograms: [(String, String, String)] = [
    ("week", "😀", "5"), ("week", "🙁", "2"), ("dag", "🙁", "1"), ("dag", " 🙂 ", "3"),
    ("woonplek", "🔑", "alleen"), ("woonplek", "🏠\u{FE0F}", "ouders"), ("blij", "👍", "ja"),
  ]

  @Test("typing the pictogram that is shown chooses its option", arguments: pictograms)
  func pictogram(question: String, input: String, id: String) throws {
    #expect(try match(input, question) == .value(.option(id)))
  }

  @Test("pictograms choose in a meerkeuze question too")
  func pictogramsMany() throws {
    #expect(try match("⚽ 🍳", "hobby") == .value(.options(["sport", "koken"])))
    #expect(try match("🎵, ⚽", "hobby") == .value(.options(["sport", "muziek"])))
  }

  static let numberWordCases: [(String, String, String?)] = [
    ("woonplek", "twee", "groep"), ("woonplek", "Drie.", "alleen"), ("woonplek", "vier", nil),
    ("week", "vier", "4"), ("hobby", "een", nil), ("blij", "twee", "nee"),
  ]

  @Test("a number word chooses like the number, but 'een' is too little a word", arguments: numberWordCases)
  func numberWords(question: String, input: String, id: String?) throws {
    let expected: AnswerMatcher.Result =
      question == "hobby"
      ? (id.map { .value(.options([$0])) } ?? .notUnderstood)
      : (id.map { .value(.option($0)) } ?? .notUnderstood)
    #expect(try match(input, question) == expected)
  }

  @Test("meerkeuze: number words one by one")
  func numberWordsMany() throws {
    #expect(try match("twee en drie", "hobby") == .value(.options(["muziek", "koken"])))
  }

  @Test("open: the text as typed, without the spaces around it")
  func open() throws {
    #expect(
      try match("  Ik was bij oma.  ", "verhaal") == .value(.text("Ik was bij oma.")))
    #expect(try match("   ", "verhaal") == .notUnderstood)
  }
}

@Suite("Normalised text")
struct NormalisedTests {
  @Test("lower case, no accents, no punctuation, chat spellings written out")
  func folding() {
    #expect(Normalised("  Bij  MN Ouders!! ").text == "bij mijn ouders")
    #expect(Normalised("Één café, graag.").text == "een cafe graag")
    #expect(Normalised("m'n z'n 't").text == "mijn zijn het")
  }

  @Test("close means the same apart from a small typo; short words must be exact")
  func closeness() {
    #expect(Normalised("alleen").isClose(to: Normalised("aleen")))
    #expect(Normalised("in een woongroep").isClose(to: Normalised("in een woongroup")))
    #expect(!Normalised("ja").isClose(to: Normalised("je")))
    #expect(!Normalised("kat").isClose(to: Normalised("hond")))
  }
}
