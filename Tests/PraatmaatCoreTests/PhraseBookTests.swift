import Foundation
import Testing

@testable import PraatmaatCore

/// The sentences praatmaat says come from a table with stable keys: Dutch in Content/teksten,
/// and any other language as a second table, without touching the code.
@Suite("Sentence tables")
struct PhraseBookTests {
  static let folder = "Tests/PraatmaatCoreTests/Fixtures/testtaal/"
  static let english: PhraseBook = {
    do {
      return try PhraseBook.parse(PackageFiles.text(folder + "en.txt"), file: "en.txt")
    } catch {
      fatalError("\(error)")
    }
  }()

  static func play(_ texts: PhraseBook) -> TranscriptRunner.Outcome {
    let (transcript, problems) = Transcript.parse(
      PackageFiles.text(folder + "wonen-en.transcript"), fileName: "wonen-en.transcript")
    #expect(problems.isEmpty, "\(problems)")
    let script = parseScript(PackageFiles.text(folder + "wonen-en.gesprek"))
    return TranscriptRunner(texts: texts, words: packageWords).run(
      transcript, script: script, fileName: "wonen-en.transcript")
  }

  @Test("a second table renders a whole transcript: hints, echoes, help, ranges, a refusal, a pause")
  func secondLanguage() {
    let outcome = Self.play(Self.english)
    #expect(outcome.failures.isEmpty, "\(outcome.failures)")
    #expect(outcome.passed.count == 2)
    // The same transcript with the Dutch table fails: the English came from the table.
    #expect(!Self.play(dutch).failures.isEmpty)
  }

  @Test("the Dutch and the test table have the same keys, and the same places per key")
  func sameKeys() {
    for key in PhraseKey.allCases {
      #expect(!dutch.list(key).isEmpty, "\(key)")
      #expect(!Self.english.list(key).isEmpty, "\(key)")
      for text in dutch.list(key) + Self.english.list(key) {
        #expect(PhraseBook.places(in: text) == key.places, "\(key): \(text)")
      }
    }
  }

  @Test("places are filled in, in the order the language needs")
  func places() {
    #expect(dutch.drawCard("Tijger", theme: "wonen") == "🃏 Tijger pakt een kaart over wonen.")
    #expect(Self.english.turn("Tiger") == "🙋 Now it is Tiger's turn.")
    #expect(dutch.numberRange(min: 3, max: 3) == "Typ 3.")
    #expect(dutch.numberRange(min: 1, max: 7) == "Typ een getal van 1 tot 7.")
    #expect(dutch.numberRange(min: nil, max: nil) == nil)
    #expect(dutch.chooseNumber(3) == "Typ 1, 2 of 3.")
    #expect(Self.english.chooseNumber(3) == "Type 1, 2 or 3.")
    #expect(dutch.consentLines(atTable: true).last == dutch.list(.consentTableCode).last)
    #expect(dutch.consentLines(atTable: false).last == dutch.list(.consentCode).last)
  }

  static let complete = PackageFiles.text(folder + "en.txt")

  @Test(
    "a table that cannot be used says where and why, with the line",
    arguments: [
      ("notUnderstood = I do not quite understand that.", "", "ontbreekt"),
      ("hintOpen = Tell me.", "hintOpen = Tell me.\nhintOpen = Tell me more.", "twee keer"),
      ("turn = 🙋 Now it is {naam}'s turn.", "turn = 🙋 Now it is {name}'s turn.", "{naam}"),
      ("tryAgain = Please try again.", "tryAgain = Please {naam}.", "geen plaatsen"),
      ("orWord = or", "orWord =", "geen tekst"),
      ("andWord = and", "andWord and", "geen '='"),
      ("later = Your turn comes later.", "laterr = Your turn comes later.", "Onbekende sleutel 'laterr'"),
    ])
  func broken(line: String, replacement: String, reason: String) {
    #expect(Self.complete.contains(line))
    let source = Self.complete.replacingOccurrences(of: line, with: replacement)
    #expect(throws: PhraseBookError.self) { try PhraseBook.parse(source, file: "en.txt") }
    do {
      _ = try PhraseBook.parse(source, file: "en.txt")
    } catch {
      #expect(error.description.hasPrefix("en.txt:"), "\(error)")
      #expect(error.description.contains(": error: "), "\(error)")
      #expect(error.description.contains(reason), "\(error)")
      if !replacement.isEmpty {
        let first = replacement.split(separator: "\n").last.map(String.init) ?? replacement
        #expect(error.source == first || error.source == replacement, "\(error)")
      }
    }
  }

  @Test("the language check reads the table's sentences with their places filled in")
  func languageCheck() {
    let sentences = BuiltInTexts.groups(dutch).first { $0.name == "teksten" }?.texts ?? []
    #expect(sentences.contains("🙋 Nu is Tijger aan de beurt."))
    #expect(sentences.contains("Typ een getal van 1 tot 7."))
    #expect(!sentences.contains { $0.contains("{") })
  }
}
