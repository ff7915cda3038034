extension CheckRun {
  /// A theme the vocabulary does not know is reported apart from every other theme: a warning
  /// at its `thema:` line, with the themes to choose from.
  mutating func checkThemes(_ vocabulary: ThemeVocabulary, sourceLines: [Substring]) {
    var seen: Set<String> = []
    for theme in script.allThemes where vocabulary.theme(for: theme) == nil && seen.insert(theme).inserted {
      report(
        .unknownTheme, Self.themeLocation(theme, in: sourceLines),
        "Het thema '\(theme)' staat niet in de lijst met thema's: het verslag zet het apart.",
        hint: "Kies uit: \(vocabulary.themes.joined(separator: ", ")). Of zet het in verslag/themas.txt.")
    }
  }

  /// The first `thema:` line that names the theme, and the column where the name starts.
  static func themeLocation(_ theme: String, in lines: [Substring]) -> SourceLocation {
    for (n, line) in lines.enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      guard trimmed.hasPrefix("thema:"), let range = line.lowercased().range(of: theme) else { continue }
      let column = line.lowercased().distance(from: line.lowercased().startIndex, to: range.lowerBound)
      return SourceLocation(line: n + 1, column: column + 1)
    }
    return SourceLocation(line: 1, column: 1)
  }
}
