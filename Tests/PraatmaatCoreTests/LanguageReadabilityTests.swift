import Foundation
import Testing

@testable import PraatmaatCore

@Suite("Language: syllables")
struct LanguageSyllableTests {
  static let hardCases: [(String, Int)] = [
    // Diphthongs and long vowels are one sound: ij, ei, ui, ou, au, eu, oe, ie, ee, oo.
    ("blij", 1), ("bijzonder", 3), ("trein", 1), ("eigen", 2), ("huis", 1), ("buiten", 2),
    ("vrouw", 1), ("ouders", 2), ("auto", 2), ("saus", 1), ("leuk", 1), ("deur", 1),
    ("goed", 1), ("moeilijk", 2), ("knie", 1), ("familie", 3), ("twee", 1), ("idee", 2),
    ("zee", 1), ("boom", 1), ("bomen", 2), ("leeuw", 1), ("nieuw", 1), ("nieuwe", 2),
    ("mooie", 2), ("draaien", 2), ("groeien", 2), ("begeleider", 4),
    // French spellings in loanwords: "eau" and "oi" are one sound.
    ("bureau", 2), ("cadeau", 2), ("niveau", 2), ("toiletten", 3), ("zoiets", 2),
    ("maatwerkvoorziening", 5),
    // Two vowels that are two sounds, and the diaeresis that splits them.
    ("theater", 3), ("reageren", 4), ("situatie", 4), ("museum", 3), ("knieën", 2),
    ("ideeën", 3), ("geïnteresseerd", 5), ("beëindigen", 4), ("cliënt", 2),
    // Loanwords, abbreviations read letter by letter, apostrophes and hyphens.
    ("team", 1), ("website", 2), ("computer", 3), ("baby", 2), ("hobby", 2), ("yoga", 2),
    ("coach", 1), ("e-mail", 2), ("weekend", 2), ("oké", 2), ("pgb", 3), ("UWV", 3),
    ("Wmo", 3), ("zo'n", 1), ("auto's", 2),
    // Numbers as they are read: twaalf, zeven, een-en-twin-tig, hon-derd,
    // twee-dui-zend-vier-en-twin-tig.
    ("12", 1), ("7", 2), ("21", 4), ("100", 2), ("2024", 7),
  ]

  @Test("hard cases", arguments: hardCases)
  func syllables(word: String, expected: Int) {
    #expect(Syllables.count(word) == expected, "\(word)")
  }

  @Test("numbers are written out as they are read")
  func numberWords() {
    #expect(Syllables.numberWords(0) == "nul")
    #expect(Syllables.numberWords(21) == "eenentwintig")
    #expect(Syllables.numberWords(22) == "tweeëntwintig")
    #expect(Syllables.numberWords(120) == "honderdtwintig")
    #expect(Syllables.numberWords(2024) == "tweeduizendvierentwintig")
  }
}

@Suite("Language: readability")
struct LanguageReadabilityTests {
  /// Flesch-Douma and LIX to three decimals, so the hand arithmetic below can be compared.
  func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  /// Sentences, words, syllables and words of 7+ letters.
  func counts(_ r: Readability) -> [Int] { [r.sentences, r.words, r.syllables, r.longWords] }

  @Test("one short question")
  func oneQuestion() {
    // Hoe(1) vind(1) je(1) het(1) om(1) daar(1) te(1) wo-nen(2):
    // 1 sentence, 8 words, 9 syllables, no word of 7+ letters.
    // Douma = 206.835 − 0.93 × 8/1 − 77 × 9/8 = 206.835 − 7.44 − 86.625 = 112.77
    // LIX   = 8/1 + 100 × 0/8 = 8
    let r = Readability("Hoe vind je het om daar te wonen?")
    #expect(counts(r) == [1, 8, 9, 0])
    #expect(rounded(r.fleschDouma) == 112.77)
    #expect(rounded(r.lix) == 8)
  }

  @Test("two sentences")
  func twoSentences() {
    // De(1) ge-meen-te(3) heeft(1) een(1) plan(1) | Hoe(1) vind(1) je(1) dat(1) plan(1):
    // 2 sentences, 10 words, 12 syllables; "gemeente" has 8 letters.
    // Douma = 206.835 − 0.93 × 10/2 − 77 × 12/10 = 206.835 − 4.65 − 92.4 = 109.785
    // LIX   = 10/2 + 100 × 1/10 = 5 + 10 = 15
    let r = Readability("De gemeente heeft een plan. Hoe vind je dat plan?")
    #expect(counts(r) == [2, 10, 12, 1])
    #expect(rounded(r.fleschDouma) == 109.785)
    #expect(rounded(r.lix) == 15)
  }

  @Test("a sentence in the language of the municipality")
  func officialSentence() {
    // Je(1) kunt(1) bij(1) de(1) ge-meen-te(3) een(1) maat-werk-voor-zie-ning(5)
    // aan-vra-gen(3): 1 sentence, 8 words, 16 syllables;
    // 7+ letters: gemeente, maatwerkvoorziening, aanvragen = 3.
    // Douma = 206.835 − 0.93 × 8 − 77 × 16/8 = 206.835 − 7.44 − 154 = 45.395
    // LIX   = 8 + 100 × 3/8 = 8 + 37.5 = 45.5
    let r = Readability("Je kunt bij de gemeente een maatwerkvoorziening aanvragen.")
    #expect(counts(r) == [1, 8, 16, 3])
    #expect(rounded(r.fleschDouma) == 45.395)
    #expect(rounded(r.lix) == 45.5)
  }

  @Test("a number counts as it is read")
  func number() {
    // Ik(1) ben(1) 21(een-en-twin-tig: 4) jaar(1): 4 words, 7 syllables, no long word.
    // Douma = 206.835 − 0.93 × 4 − 77 × 7/4 = 206.835 − 3.72 − 134.75 = 68.365
    // LIX   = 4 + 0 = 4
    let r = Readability("Ik ben 21 jaar.")
    #expect(counts(r) == [1, 4, 7, 0])
    #expect(rounded(r.fleschDouma) == 68.365)
    #expect(rounded(r.lix) == 4)
  }

  @Test("counts add up: a script's score is the score of all its sentences")
  func sums() {
    let a = Readability("Hoe vind je het om daar te wonen?")
    let b = Readability("De gemeente heeft een plan. Hoe vind je dat plan?")
    let both = Readability(
      "Hoe vind je het om daar te wonen? De gemeente heeft een plan. Hoe vind je dat plan?")
    #expect(a + b == both)
  }

  @Test("a full stop with a small letter after it ends no sentence")
  func abbreviationInSentence() {
    #expect(
      Sentences.split("Neem bijv. je pas mee. Dan gaan we.") == ["Neem bijv. je pas mee.", "Dan gaan we."])
    #expect(Sentences.words("Het kost 3,50 euro.") == ["Het", "kost", "3,50", "euro"])
  }

  @Test("the longest sentence of a script, with its place")
  func longest() {
    let texts: [LanguageCheck.Text] = [
      .init(text: "Hallo.", location: .init(line: 3, column: 6)),
      .init(text: "Fijn. Je mag altijd stoppen als je wilt.", location: .init(line: 4, column: 6)),
    ]
    let row = ReadabilityRow.measure(texts, name: "x", file: "x.gesprek", level: .a2)
    #expect(row.longest?.location == SourceLocation(line: 4, column: 12))
    #expect(row.longest?.words == 7)
    #expect(row.readability.sentences == 3)
  }
}
