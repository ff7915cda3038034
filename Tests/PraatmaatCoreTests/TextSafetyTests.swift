import Testing

@testable import PraatmaatCore

@Suite("Text safety")
struct TextSafetyTests {
  static let removed: [(String, String, String)] = [
    ("CSI colour", "\u{1B}[31mRood\u{1B}[0m", "Rood"),
    ("CSI clear screen and cursor home", "\u{1B}[2J\u{1B}[HHallo", "Hallo"),
    ("CSI cursor up", "ja\u{1B}[1A", "ja"),
    ("OSC title change ended by BEL", "\u{1B}]0;Gehackt\u{07}Hallo", "Hallo"),
    ("OSC title change ended by ST", "\u{1B}]2;Gehackt\u{1B}\\Hallo", "Hallo"),
    ("OSC hyperlink", "\u{1B}]8;;https://x.nl\u{07}klik\u{1B}]8;;\u{07}", "klik"),
    ("bidi override U+202E", "abc\u{202E}fed", "abcfed"),
    ("bidi isolate U+2066", "a\u{2066}b\u{2069}c", "abc"),
    ("zero-width space", "ja\u{200B}", "ja"),
    ("byte-order mark", "\u{FEFF}nee", "nee"),
    ("bell and NUL", "a\u{07}b\u{00}c", "abc"),
    ("escape at the very end", "ja\u{1B}", "ja"),
  ]

  @Test("escape sequences and invisible characters are removed", arguments: removed)
  func removes(name: String, input: String, expected: String) {
    #expect(TextSafety.clean(input) == expected, "\(name)")
  }

  static let kept = [
    "👩‍💻 Ik werk met computers", "👨‍👩‍👧 Met mijn gezin", "❤️ Zorg", "🇳🇱 Nederland",
    "Één café, graag!", "🏳️‍🌈",
  ]

  @Test("emoji with joiners, flags, accents and punctuation are kept", arguments: kept)
  func keeps(text: String) {
    #expect(TextSafety.clean(text) == text)
  }

  @Test("a tab becomes a space")
  func tab() {
    #expect(TextSafety.clean("ja\tnee") == "ja nee")
  }

  @Test("a diagnostic never prints a control character from the script")
  func diagnosticSourceLineIsSafe() throws {
    let source = withHeader("zeg: Hallo\u{1B}[2J")
    let diagnostic = try #require(diagnose(source).first)
    #expect(diagnostic.code == .invisibleCharacter)
    let rendered = diagnostic.rendered(sourceLines: ScriptParser.lines(of: source))
    #expect(!rendered.unicodeScalars.contains("\u{1B}"))
    #expect(rendered.contains("    zeg: Hallo?[2J"))
  }
}
