import Foundation

/// The word lists behind the language rules: jargon with plain words, figures of speech with
/// what they mean, and abbreviations written out.
///
/// The full lists are plain text in `Content/taal/`, so writers can read and extend them;
/// the app loads them and hands them in. The small built-in lists keep the checker useful
/// without them, in tests and for callers that have no files.
public struct LanguageLists: Sendable, Equatable {
  /// One line of a list: the words to look for and what to say instead.
  public struct Entry: Sendable, Equatable {
    /// The words of the term, lower case without accents; a word ending in `*` matches any
    /// ending.
    public var pattern: [String]
    /// What to write instead, or what the expression means.
    public var alternative: String

    public init(pattern: [String], alternative: String) {
      self.pattern = pattern
      self.alternative = alternative
    }

    /// `"eigen bijdrage"` → the words `eigen`, `bijdrage`.
    public init(_ term: String, _ alternative: String) {
      self.init(
        pattern: LanguageRules.fold(term).split(whereSeparator: \.isWhitespace).map(String.init),
        alternative: alternative)
    }

    /// The term as it stands in the list.
    public var term: String { pattern.joined(separator: " ") }
  }

  public var jargon: [Entry] {
    didSet { jargonByFirst = Self.byFirstLetter(jargon) }
  }
  /// The jargon entries by the first character of their first word, in list order: a word
  /// is held against its own few entries, not the whole list.
  private(set) var jargonByFirst: [Character: [Entry]] = [:]

  static func byFirstLetter(_ entries: [Entry]) -> [Character: [Entry]] {
    var index: [Character: [Entry]] = [:]
    for entry in entries {
      guard let first = entry.pattern.first?.first else { continue }
      index[first, default: []].append(entry)
    }
    return index
  }
  public var figurative: [Entry]
  public var abbreviations: [Entry] {
    didSet { abbreviationTerms = Self.terms(of: abbreviations) }
  }
  /// The abbreviations by their term, to look a word up at once.
  private(set) var abbreviationTerms: [String: Entry] = [:]

  static func terms(of entries: [Entry]) -> [String: Entry] {
    var terms: [String: Entry] = [:]
    for entry in entries where terms[entry.term] == nil { terms[entry.term] = entry }
    return terms
  }

  public init(jargon: [Entry] = [], figurative: [Entry] = [], abbreviations: [Entry] = []) {
    self.abbreviationTerms = Self.terms(of: abbreviations)
    self.jargonByFirst = Self.byFirstLetter(jargon)
    self.jargon = jargon
    self.figurative = figurative
    self.abbreviations = abbreviations
  }

  /// A few entries of each list, for when the files in `Content/taal/` are not at hand.
  public static let builtIn = LanguageLists(
    jargon: [
      Entry("wmo", "hulp van de gemeente"),
      Entry("indicatie", "besluit over je hulp"),
      Entry("maatwerkvoorziening", "hulp die past bij jou"),
      Entry("beschikking", "brief van de gemeente over je hulp"),
      Entry("participatie", "meedoen"),
      Entry("eigen bijdrage", "geld dat je zelf betaalt"),
      Entry("mantelzorg", "hulp van familie of vrienden"),
      Entry("mantelzorger", "iemand uit je familie of een vriend die helpt"),
      Entry("keukentafelgesprek", "gesprek met de gemeente over hulp"),
      Entry("zelfredzaamheid", "dingen zelf kunnen"),
      Entry("pgb", "geld om zelf hulp te kopen"),
      Entry("woonsituatie", "waar je woont"),
    ],
    figurative: [
      Entry("vastlo*", "niet verder kunnen"),
      Entry("loop* vast", "niet verder kunnen"),
      Entry("door de bomen het bos", "te veel dingen tegelijk"),
      Entry("aan de bel trek*", "zeggen dat er iets mis is"),
      Entry("steuntje in de rug", "een beetje hulp"),
    ],
    abbreviations: [
      Entry("bijv.", "bijvoorbeeld"),
      Entry("o.a.", "ook"),
      Entry("enz.", "en zo verder"),
      Entry("i.p.v.", "in plaats van"),
      Entry("ggz", "hulp voor je gevoel en je gedachten"),
    ])

  /// Reads one list file: `woord = gewoon alternatief` per line, `#` starts a comment.
  /// Lines that do not fit come back as problems with their place, so a writer can fix them.
  public static func parse(_ text: String, fileName: String) -> (
    entries: [Entry], problems: [Diagnostic]
  ) {
    var entries: [Entry] = []
    var problems: [Diagnostic] = []
    var seen: [String: Int] = [:]
    for (index, raw) in ScriptParser.lines(of: text).enumerated() {
      let line = raw.trimmingWhitespace()
      if line.isEmpty || line.hasPrefix("#") { continue }
      let number = index + 1
      let parts = line.split(separator: "=", maxSplits: 1).map {
        $0.trimmingWhitespace()
      }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        problems.append(
          Diagnostic(
            file: fileName, location: SourceLocation(line: number, column: 1), code: .syntax,
            message: "Deze regel heeft niet de vorm 'woord = gewoon woord'.",
            hint: "Schrijf het woord, dan '=', dan wat je in plaats daarvan zegt."))
        continue
      }
      let entry = Entry(parts[0], parts[1])
      if let first = seen[entry.term] {
        problems.append(
          Diagnostic(
            file: fileName, location: SourceLocation(line: number, column: 1),
            severity: .warning, code: .syntax,
            message: "'\(entry.term)' staat al op regel \(first).",
            hint: "Haal een van de twee regels weg."))
        continue
      }
      seen[entry.term] = number
      entries.append(entry)
    }
    return (entries, problems)
  }
}
