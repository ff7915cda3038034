/// The language rules for one piece of participant-facing text.
public struct LanguageCheck: Sendable {
  /// A sentence longer than this gets a warning.
  public var warnWords = 10
  /// A sentence longer than this is an error.
  public var errorWords = 15

  public init() {}

  /// Where a text stands and what it is, for diagnostics.
  public struct Text: Sendable {
    public var text: String
    public var location: SourceLocation
    public var isQuestion: Bool

    public init(text: String, location: SourceLocation, isQuestion: Bool = false) {
      self.text = text
      self.location = location
      self.isQuestion = isQuestion
    }
  }

  public func check(_ item: Text, file: String) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let sentences = Sentences.split(item.text)
    for sentence in sentences {
      let count = Sentences.words(sentence).count
      if count > errorWords {
        found.append(
          Diagnostic(
            file: file, location: item.location, code: .veryLongSentence,
            message: "Deze zin heeft \(count) woorden. Dat is te lang.",
            hint: "Maak er twee zinnen van, elk met hoogstens 10 woorden."))
      } else if count > warnWords {
        found.append(
          Diagnostic(
            file: file, location: item.location, code: .longSentence,
            message: "Deze zin heeft \(count) woorden. Houd het bij 10.",
            hint: "Maak de zin korter, of maak er twee zinnen van."))
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
}
