import Foundation

/// Counts the words and pairs of words in answers, without stop words and without the
/// anonymiser's tags, and makes a key under which near-duplicate answers meet.
struct WordCounter: Sendable {
  let stopWords: Set<String>
  /// Stop words that turn a sentence around: kept for grouping and word pairs, so that
  /// "niet veilig" never meets "veilig", but not counted as words on their own.
  static let negations: Set<String> = ["niet", "geen", "nooit", "niets", "niks", "nergens"]
  /// Stop words that change what a sentence says: kept in the grouping key, like negations
  /// ("altijd op tijd" is not "soms op tijd", "Nee, mijn buren helpen" not "Mijn buren helpen").
  static let keyWords: Set<String> = negations.union([
    "altijd", "soms", "vaak", "zelden", "weinig", "veel", "meer", "minder", "nee", "wel",
  ])

  /// Content words in order: lower case, letters only, three letters or more.
  /// Walks Unicode scalars with an ASCII fast path: reports read a million answers.
  func contentWords(_ text: String) -> [String] {
    if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes in
      bytes.allSatisfy { $0 < 0x80 } ? asciiContentWords(bytes) : nil
    }), let words = ascii {
      return words
    }
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var letters = 0
    var inTag = false
    func flush() {
      if letters >= 3, !inTag {
        let word = String(current)
        if !stopWords.contains(word) || Self.keyWords.contains(word) { words.append(word) }
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

  /// The same for text that is all ASCII (most answers), on bytes: no scalar views.
  private func asciiContentWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    current.reserveCapacity(32)
    var inTag = false
    func flush() {
      if current.count >= 3, !inTag {
        let word = String(decoding: current, as: UTF8.self)
        if !stopWords.contains(word) || Self.keyWords.contains(word) { words.append(word) }
      }
      current.removeAll(keepingCapacity: true)
    }
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "["):
        flush()
        inTag = true
      case UInt8(ascii: "]"):
        current.removeAll(keepingCapacity: true)
        inTag = false
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
      case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte)
      default: flush()
      }
    }
    flush()
    return words
  }

  /// What a report needs of one answer's text, worked out once: its content words in order
  /// (negations included) and the key under which near-duplicates meet.
  struct Prepared: Sendable {
    var list: [String]
    /// The hash of the key under which near-duplicates meet: what the tallies group by.
    var group: Int
  }

  /// The words counted for the report: no negation and no stop word kept for the key.
  func words(_ list: [String]) -> Set<String> {
    Set(list.filter { !Self.negations.contains($0) && !stopWords.contains($0) })
  }

  /// Neighbouring words, negations included ("niet veilig").
  static func pairs(_ list: [String]) -> Set<String> {
    Set(zip(list, list.dropFirst()).map { "\($0) \($1)" })
  }

  func prepare(_ text: String) -> Prepared {
    let list = contentWords(text)
    // Answers with the same content words, in any order, case or accents, are one quote;
    // with a negation the order counts ("niet veilig, wel op straat" is not "veilig, niet
    // op straat").
    var folded = list.map { word in
      word.utf8.allSatisfy { $0 < 0x80 } ? word : word.folding(options: .diacriticInsensitive, locale: nil)
    }
    let ordered = folded.contains(where: Self.negations.contains)
    if !ordered { folded.sort() }
    var key = ""
    var previous: String?
    for word in folded where ordered || word != previous {
      if !key.isEmpty { key += " " }
      key += word
      previous = word
    }
    // Only stop words ("Het gaat wel."): the answer still counts, grouped by its own text.
    if key.isEmpty {
      key =
        "=" + text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
    return Prepared(list: list, group: key.hashValue)
  }
}
