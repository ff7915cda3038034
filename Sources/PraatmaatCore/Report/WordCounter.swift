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

  /// What a report needs of one answer's text, worked out once.
  struct Prepared {
    var words: Set<String>
    var pairs: Set<String>
    var key: String
  }

  func prepare(_ text: String) -> Prepared {
    let list = contentWords(text)
    let pairs = zip(list, list.dropFirst()).map { "\($0) \($1)" }
    let key = Set(list.map { $0.folding(options: .diacriticInsensitive, locale: nil) }).sorted()
      .joined(separator: " ")
    return Prepared(words: Set(list), pairs: Set(pairs), key: key)
  }
}
