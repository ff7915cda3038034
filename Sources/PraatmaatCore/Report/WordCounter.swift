import Foundation

/// Counts the words and pairs of words in answers, without stop words and without the
/// anonymiser's tags, and makes a key under which near-duplicate answers meet.
struct WordCounter: Sendable {
  let stopWords: Set<String>

  /// Content words in order: lower case, letters only, three letters or more.
  func contentWords(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var inTag = false
    for ch in text.lowercased() {
      if ch == "[" { inTag = true }
      if ch == "]" {
        inTag = false
        current = ""
        continue
      }
      if ch.isLetter, !inTag {
        current.append(ch)
      } else {
        if current.count >= 3, !stopWords.contains(current) { words.append(current) }
        current = ""
      }
    }
    if current.count >= 3, !stopWords.contains(current), !inTag { words.append(current) }
    return words
  }

  /// The words and the pairs of neighbouring words, each once per answer.
  func count(_ text: String) -> (words: Set<String>, pairs: Set<String>) {
    let words = contentWords(text)
    let pairs = zip(words, words.dropFirst()).map { "\($0) \($1)" }
    return (Set(words), Set(pairs))
  }

  /// Answers with the same content words, in any order or case, are the same quote.
  func key(_ text: String) -> String {
    Set(contentWords(text).map { $0.folding(options: .diacriticInsensitive, locale: nil) }).sorted()
      .joined(separator: " ")
  }
}
