import Dispatch
import Synchronization

/// One row of the readability table of `praatmaat check --language`: a script, or a group of
/// praatmaat's own texts, with the sentence a writer would best start with.
public struct ReadabilityRow: Sendable, Equatable {
  /// The sentence with the most words, and where it stands.
  public struct Longest: Sendable, Equatable {
    public var sentence: String
    public var words: Int
    public var file: String
    public var location: SourceLocation
  }

  public var name: String
  /// A2 for what participants read; B1 only for text that only the supporter reads.
  public var level: LanguageLevel
  public var readability: Readability
  public var longest: Longest?

  public init(name: String, level: LanguageLevel, readability: Readability, longest: Longest?) {
    self.name = name
    self.level = level
    self.readability = readability
    self.longest = longest
  }

  /// Whether participants read this text (A2), or only the supporter (B1).
  public var isForParticipants: Bool { level == .a2 }

  /// Measures the texts of one script or group; `file` is used for the longest sentence.
  public static func measure(
    _ texts: [LanguageCheck.Text], name: String, file: String, level: LanguageLevel
  ) -> ReadabilityRow {
    // A big script is measured in parts side by side; counts add up, and the merge keeps the
    // first longest sentence, as one pass would.
    if texts.count >= 2_000 {
      let parts = 4
      let size = (texts.count + parts - 1) / parts
      let rows = Mutex([ReadabilityRow?](repeating: nil, count: parts))
      DispatchQueue.concurrentPerform(iterations: parts) { k in
        let slice = Array(texts[min(texts.count, k * size)..<min(texts.count, (k + 1) * size)])
        let row = measureInOrder(slice, name: name, file: file, level: level)
        rows.withLock { $0[k] = row }
      }
      return merged(rows.withLock { $0.compactMap { $0 } }, name: name, level: level)
    }
    return measureInOrder(texts, name: name, file: file, level: level)
  }

  static func measureInOrder(
    _ texts: [LanguageCheck.Text], name: String, file: String, level: LanguageLevel
  ) -> ReadabilityRow {
    var total = Readability()
    var longest: Longest?
    for item in texts {
      for sentence in Sentences.sentenceSpans(item.text) {
        let sentenceWords = Sentences.words(sentence.text)
        total.add(words: sentenceWords)
        let words = sentenceWords.count
        if words > (longest?.words ?? 0) {
          let at = SourceLocation(
            line: item.location.line, column: item.location.column + sentence.offset)
          longest = Longest(sentence: sentence.text, words: words, file: file, location: at)
        }
      }
    }
    return ReadabilityRow(name: name, level: level, readability: total, longest: longest)
  }

  /// Rows taken together as one text: every sentence counts once, so the scores are the
  /// average over all of it, weighted by length; the longest sentence is the longest of all.
  public static func merged(
    _ rows: [ReadabilityRow], name: String, level: LanguageLevel
  ) -> ReadabilityRow {
    var longest: Longest?
    for candidate in rows.compactMap(\.longest) where candidate.words > (longest?.words ?? 0) {
      longest = candidate
    }
    return ReadabilityRow(
      name: name, level: level, readability: rows.map(\.readability).reduce(Readability(), +),
      longest: longest)
  }

  /// All participant rows taken together: the average over all participant-facing text.
  public static func total(of rows: [ReadabilityRow], name: String) -> ReadabilityRow {
    merged(rows.filter(\.isForParticipants), name: name, level: .a2)
  }
}
