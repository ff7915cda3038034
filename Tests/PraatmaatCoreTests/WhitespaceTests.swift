import Foundation
import Testing

@testable import PraatmaatCore

@Suite("Trimming spaces and tabs the way Foundation does, without its character sets")
struct WhitespaceTests {
  @Test(
    "Tabs and every kind of space go at both ends; line breaks, marks and inner spaces stay",
    arguments: [
      "", " ", "\t", "  tekst: Hoe gaat het?  ", "\tzeg: Hallo\t", "\u{00A0}vraag\u{2009}", "a b",
      "\u{3000}ja\u{202F}", "regel\n", "\nregel", " e\u{0301} ", "👍🏽 ", " \u{200B}x",
      "\u{1680}\u{205F}y\u{2007}", "\u{180E}z", "\u{FEFF}w",
    ])
  func sameAsFoundation(_ text: String) {
    #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    #expect(text[...].trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
  }
}
