/// The language rules for one piece of participant-facing text.
///
/// Sentence length (T001, T002), one sentence per question line (T003), long words (T004),
/// jargon (T005), passive voice (T006), negations (T007) and pushing words (T008) in
/// questions, abbreviations (T009) and figures of speech (T010). Every diagnostic points at
/// the sentence or word it is about.
public struct LanguageCheck: Sendable {
  /// A sentence longer than this gets a warning.
  public var warnWords = 10
  /// A sentence longer than this is an error.
  public var errorWords = 15
  /// A word with more syllables than this gets a warning.
  public var maxSyllables = 4
  /// Jargon, figures of speech and abbreviations to look for.
  public var lists: LanguageLists

  /// The A2 limits, with the given lists or the small built-in ones.
  public init(lists: LanguageLists = .builtIn) {
    self.lists = lists
  }

  /// The same rules with the limits of a level. A2 is for everything a participant reads;
  /// B1 (longer sentences and words) is only for text that just the supporter reads.
  public func at(level: LanguageLevel) -> LanguageCheck {
    guard level == .b1 else { return self }
    var wider = self
    wider.warnWords = 15
    wider.errorWords = 20
    wider.maxSyllables = 5
    return wider
  }

  /// Where a text stands and what it is, for diagnostics.
  public struct Text: Sendable {
    public var text: String
    /// Where the text starts: diagnostics add the offset of the word they are about.
    public var location: SourceLocation
    /// The question itself (the last `tekst:` or `anders:`): the question rules apply.
    public var isQuestion: Bool

    public init(text: String, location: SourceLocation, isQuestion: Bool = false) {
      self.text = text
      self.location = location
      self.isQuestion = isQuestion
    }
  }

  public func check(_ item: Text, file: String) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let sentences = Sentences.sentenceSpans(item.text)
    func at(_ offset: Int) -> SourceLocation {
      SourceLocation(line: item.location.line, column: item.location.column + offset)
    }
    for (index, sentence) in sentences.enumerated() {
      if let length = length(sentence.text) {
        found.append(
          Diagnostic(
            file: file, location: at(sentence.offset), code: length.code,
            message: length.message, hint: length.hint))
      }
      // A question mark makes any sentence a question; on the question line the last
      // sentence is the question even when the writer forgot the mark.
      let isQuestion =
        sentence.text.hasSuffix("?") || (item.isQuestion && index == sentences.count - 1)
      for finding in findings(in: sentence.text, isQuestion: isQuestion) {
        found.append(
          Diagnostic(
            file: file, location: at(sentence.offset + finding.offset), code: finding.code,
            message: finding.message, hint: finding.hint))
      }
    }
    if item.isQuestion, sentences.count > 1 {
      found.append(
        Diagnostic(
          file: file, location: item.location, code: .severalSentences,
          message: "Op deze regel staan \(sentences.count) zinnen.",
          hint: "Zet één zin op een regel. Gebruik een 'tekst:'-regel per zin."))
    }
    return found
  }

  /// T001 or T002 for a sentence with too many words.
  func length(_ sentence: String) -> LanguageFinding? {
    let count = Sentences.words(sentence).count
    if count > errorWords {
      return LanguageFinding(
        code: .veryLongSentence, offset: 0,
        message: "Deze zin heeft \(count) woorden. Dat is te lang.",
        hint: "Maak er twee zinnen van, elk met hoogstens \(warnWords) woorden.")
    }
    if count > warnWords {
      return LanguageFinding(
        code: .longSentence, offset: 0,
        message: "Deze zin heeft \(count) woorden. Houd het bij \(warnWords).",
        hint: "Maak de zin korter, of maak er twee zinnen van.")
    }
    return nil
  }

  /// The word rules for one sentence, in the order of the words.
  func findings(in sentence: String, isQuestion: Bool) -> [LanguageFinding] {
    let words = Sentences.wordSpans(sentence)
    let jargon = LanguageRules.jargon(words, lists: lists)
    // A jargon word gets its plain alternative; saying it is also long or short is noise.
    let jargonWords = Set(
      words.filter { word in
        jargon.contains { $0.offset >= word.offset && $0.offset < word.offset + word.text.count }
      }.map(\.offset))
    var found = jargon
    found += LanguageRules.abbreviations(sentence, lists: lists, skip: jargonWords)
    let abbreviations = Set(found.filter { $0.code == .abbreviation }.map(\.offset))
    found += LanguageRules.longWords(
      words, limit: maxSyllables, skip: jargonWords.union(abbreviations))
    found += LanguageRules.figurative(words, lists: lists)
    found += LanguageRules.passive(words)
    if isQuestion {
      found += LanguageRules.negations(words)
      found += LanguageRules.leading(words)
    }
    return found.sorted { ($0.offset, $0.code.rawValue) < ($1.offset, $1.code.rawValue) }
  }
}
