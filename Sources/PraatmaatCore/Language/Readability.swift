/// How easy a text is to read: the counts behind Flesch-Douma and LIX, and both scores.
///
/// Counts add up, so one value can stand for a line, a script or all of praatmaat's texts;
/// the scores of a sum are the scores of the whole text, weighted by its words.
public struct Readability: Sendable, Equatable {
  public var sentences = 0
  public var words = 0
  public var syllables = 0
  /// Words of 7 letters or more, for LIX.
  public var longWords = 0

  public init() {}

  /// The counts for one text.
  public init(_ text: String) {
    for sentence in Sentences.split(text) { add(sentence: sentence) }
  }

  /// Counts one sentence.
  public mutating func add(sentence: String) {
    add(words: Sentences.words(sentence))
  }

  /// Counts one sentence given as its words.
  public mutating func add(words: [String]) {
    guard !words.isEmpty else { return }
    sentences += 1
    self.words += words.count
    syllables += words.reduce(0) { $0 + Syllables.count($1) }
    longWords += words.filter(Self.isLong).count
  }

  /// A word of 7 or more letters; digits and hyphens are no letters.
  public static func isLong(_ word: String) -> Bool {
    word.filter(\.isLetter).count >= 7
  }

  public static func + (a: Self, b: Self) -> Self {
    var sum = a
    sum.sentences += b.sentences
    sum.words += b.words
    sum.syllables += b.syllables
    sum.longWords += b.longWords
    return sum
  }

  public var wordsPerSentence: Double {
    sentences == 0 ? 0 : Double(words) / Double(sentences)
  }

  public var syllablesPerWord: Double {
    words == 0 ? 0 : Double(syllables) / Double(words)
  }

  /// Flesch-Douma reading ease: 206.835 − 0.93 × words/sentences − 77 × syllables/words.
  /// Higher is easier; 80 or more is "gemakkelijk", B1 texts sit around 60 to 70.
  public var fleschDouma: Double {
    206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord
  }

  /// LIX: words/sentences + 100 × long words/words. Lower is easier.
  public var lix: Double {
    words == 0 ? 0 : wordsPerSentence + 100 * Double(longWords) / Double(words)
  }
}
