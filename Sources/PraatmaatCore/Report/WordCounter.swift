import Foundation

/// Counts the words and pairs of words in answers, without stop words and without the
/// anonymiser's tags, and makes a key under which near-duplicate answers meet.
struct WordCounter: Sendable {
  let stopWords: Set<String>
  /// Stop words that turn a sentence around: kept for grouping and word pairs, so that
  /// "niet veilig" never meets "veilig", but not counted as words on their own.
  static let negations: Set<String> = ["niet", "geen", "nooit", "niets", "niks", "nergens"]

  /// Content words in order: lower case, letters only, three letters or more.
  /// Walks Unicode scalars with an ASCII fast path: reports read a million answers.
  func contentWords(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var letters = 0
    var inTag = false
    func flush() {
      if letters >= 3, !inTag {
        let word = String(current)
        if !stopWords.contains(word) || Self.negations.contains(word) { words.append(word) }
      }
      current = String.UnicodeScalarView()
      letters = 0
    }
    for scalar in text.unicodeScalars {
      if scalar == "[" {
        flush()
        inTag = true
      } else if scalar == "]" {
        current = String.UnicodeScalarView()
        letters = 0
        inTag = false
      } else if scalar.isASCII {
        let v = scalar.value
        if (65...90).contains(v) {
          current.append(Unicode.Scalar(v + 32)!)
          letters += 1
        } else if (97...122).contains(v) {
          current.append(scalar)
          letters += 1
        } else {
          flush()
        }
      } else if scalar.properties.isAlphabetic {
        current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        letters += 1
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  /// What a report needs of one answer's text, worked out once.
  struct Prepared {
    var words: Set<String>
    var pairs: Set<String>
    var key: String
  }

  func prepare(_ text: String) -> Prepared {
    let list = contentWords(text)
    let pairs = zip(list, list.dropFirst()).map { "\($0) \($1)" }
    // Answers with the same content words, in any order, case or accents, are one quote.
    var key = Set(
      list.map { word in
        word.unicodeScalars.allSatisfy(\.isASCII)
          ? word : word.folding(options: .diacriticInsensitive, locale: nil)
      }
    ).sorted().joined(separator: " ")
    // Only stop words ("Het gaat wel."): the answer still counts, grouped by its own text.
    if key.isEmpty {
      key =
        "=" + text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
    return Prepared(words: Set(list.filter { !Self.negations.contains($0) }), pairs: Set(pairs), key: key)
  }
}
