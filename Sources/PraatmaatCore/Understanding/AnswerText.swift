import Foundation

/// An answer as the matcher reads it: folded to lower case without accents, chat spelling
/// made standard ("mn" → "mijn", "ff" → "even"), emoji kept as words of their own, and for
/// each word the clause it is in, so that "fiets, geen bus" keeps "geen" with "bus".
struct AnswerText: Equatable {
  var words: [String] = []
  /// The clause of each word: a new clause starts after , ; . ! ? and at "maar", "want".
  var clauses: [Int] = []

  static let clauseWords: Set<String> = ["maar", "want"]

  init(_ raw: String, words lexicon: AnswerWords) {
    var clause = 0
    var current = ""
    func flush() {
      guard !current.isEmpty else { return }
      for piece in Self.plain(Self.stressedOne(current)).split(separator: " ") {
        let word = Self.undoubled(Self.unstressed(String(piece), scaleWords: lexicon.scaleSteps))
        if Self.clauseWords.contains(word) { clause += 1 }
        append(word, clause: clause)
      }
      current = ""
    }
    for character in raw {
      if ",;.!?".contains(character) {
        flush()
        clause += 1
      } else if Self.isEmoji(character) {
        flush()
        let bare = String(
          String.UnicodeScalarView(
            character.unicodeScalars.filter { $0.value != 0xFE0F && $0.value != 0xFE0E }))
        append(bare, clause: clause)
      } else {
        current.append(character)
      }
    }
    flush()
    self.standardise(lexicon.spelling, longest: 3)
  }

  private mutating func append(_ word: String, clause: Int) {
    words.append(word)
    clauses.append(clause)
  }

  /// "nooooit", "leuuuk", "heeeel", "vaaakkk": a letter typed three times or more for stress is
  /// written twice if a vowel and once if a consonant, or once where that makes a scale word
  /// ("leuk") and twice does not. Numbers stay,
  /// and so do three e's where a folded "ë" made them ("tweeentwintig", "ideeen").
  static func unstressed(_ word: String, scaleWords: [String: Int]) -> String {
    // Most words have no letter three times in a row: looked at first, as it costs least.
    let letters = Array(word)
    guard letters.count >= 3,
      letters.indices.dropFirst(2).contains(where: {
        letters[$0] == letters[$0 - 1] && letters[$0] == letters[$0 - 2]
      }),
      word.allSatisfy(\.isLetter)
    else { return word }
    var twice = ""
    var once = ""
    // A stressed vowel twice and a stressed consonant once, the rest as typed: "goeddd" → "goed",
    // "heeeel" → "heel".
    var natural = ""
    var run = 0
    var previous: Character?
    var stressed = false
    for (k, c) in letters.enumerated() {
      run = c == previous ? run + 1 : 1
      previous = c
      let endOfRun = k + 1 == letters.count || letters[k + 1] != c
      if run >= 4 || run == 3 && (c != "e" || !endOfRun) { stressed = true }
      if run <= 2 { twice.append(c) }
      if run == 1 { once.append(c) }
      if endOfRun {
        let length = run < 3 ? run : "aeiouy".contains(c) ? 2 : 1
        natural.append(contentsOf: String(repeating: c, count: length))
      }
    }
    // "sleeecht": three e's where a scale word has one or two are stressed too.
    if !stressed {
      let single = word.replacingOccurrences(of: "eee", with: "e")
      let double = word.replacingOccurrences(of: "eee", with: "ee")
      return [single, double].first { scaleWords[$0] != nil } ?? word
    }
    if scaleWords[twice] != nil { return twice }
    return [natural, once].first { scaleWords[$0] != nil } ?? natural
  }

  /// "zwemmt", "kommt": a consonant typed twice before another consonant, where Dutch writes it
  /// once. Not s, l, f, z or p ("stressvol", "fitnessclub", "appt").
  static func undoubled(_ word: String) -> String {
    let letters = Array(word)
    guard letters.count >= 3, word.allSatisfy(\.isLetter) else { return word }
    let once: Set<Character> = ["b", "d", "g", "k", "m", "n", "r", "t"]
    var out: [Character] = []
    for (k, c) in letters.enumerated() {
      if k > 0, c == letters[k - 1], once.contains(c) {
        let next = k + 1 < letters.count ? letters[k + 1] : nil
        // At the end it stays a slip, which a scale reads as a guess ("goedd").
        if let next, !"aeiouy".contains(next) { continue }
      }
      out.append(c)
    }
    return out.count == letters.count ? word : String(out)
  }

  /// "één", "eén": the number one written with its stress marks, which folding would take away
  /// and leave the article "een"; written as "eentje", which is only ever the number.
  static func stressedOne(_ text: String) -> String {
    guard text.contains(where: { "éÉ".contains($0) }) else { return text }
    return text.split(separator: " ", omittingEmptySubsequences: false).map { piece in
      let word = piece.lowercased()
      return word.contains("é") && Normalised(word).text == "een" ? "eentje" : String(piece)
    }.joined(separator: " ")
  }

  /// Replaces spelling variants of one to `longest` words by their standard form.
  private mutating func standardise(_ spelling: [String: String], longest: Int) {
    guard !spelling.isEmpty else { return }
    var out: [String] = []
    var outClauses: [Int] = []
    var i = 0
    while i < words.count {
      var taken = false
      for length in stride(from: min(longest, words.count - i), through: 1, by: -1) {
        let span = words[i..<i + length]
        guard Set(clauses[i..<i + length]).count == 1 else { continue }
        if let standard = spelling[span.joined(separator: " ")] {
          for word in standard.split(separator: " ") {
            out.append(String(word))
            outClauses.append(clauses[i])
          }
          i += length
          taken = true
          break
        }
      }
      if !taken {
        out.append(words[i])
        outClauses.append(clauses[i])
        i += 1
      }
    }
    words = out
    clauses = outClauses
  }

  /// The words folded and split, without spelling made standard: for list entries and labels.
  static func plain(_ text: String) -> String { Normalised(text).text }

  /// A pictogram: a character drawn as an emoji, not a letter, digit or punctuation.
  static func isEmoji(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    if first.isASCII { return false }
    return first.properties.isEmojiPresentation
      || character.unicodeScalars.contains { $0.properties.isEmoji && $0.value > 0x238C }
  }

  var text: String { words.joined(separator: " ") }
  var isEmpty: Bool { words.isEmpty }

  /// Where a phrase of one or more words starts, within one clause.
  func occurrences(of phrase: [String]) -> [Int] {
    guard !phrase.isEmpty, phrase.count <= words.count else { return [] }
    var found: [Int] = []
    for i in 0...(words.count - phrase.count) where words[i] == phrase[0] {
      if Array(words[i..<i + phrase.count]) == phrase, clauses[i] == clauses[i + phrase.count - 1] {
        found.append(i)
      }
    }
    return found
  }

  /// The phrases of `table` found in the text, longest first, without overlap:
  /// (first word, length, value).
  func phrases<Value>(in table: [String: Value], longest: Int) -> [(start: Int, length: Int, value: Value)] {
    var found: [(Int, Int, Value)] = []
    var i = 0
    while i < words.count {
      var matched = false
      for length in stride(from: min(longest, words.count - i), through: 1, by: -1) {
        guard clauses[i] == clauses[i + length - 1] else { continue }
        if let value = table[words[i..<i + length].joined(separator: " ")] {
          found.append((i, length, value))
          i += length
          matched = true
          break
        }
      }
      if !matched { i += 1 }
    }
    return found
  }
}

extension AnswerText {
  /// Words that place what follows in the past, and words that bring it back to now.
  static let pastWords: Set<String> = ["vroeger", "eerst", "vorige", "vorig", "toen", "eerder", "geweest"]
  /// Past forms of the common irregular verbs ("ging slecht, nu gaat het goed").
  static let pastVerbs: Set<String> = [
    "ging", "gingen", "was", "waren", "had", "hadden", "deed", "deden", "kon", "konden", "kwam", "zat",
    "lag", "werd", "vond", "wist", "mocht", "moest", "wilde", "wou", "sliep", "liep", "zag", "bleef", "kreeg",
  ]
  static let nowWords: Set<String> = ["nu", "nou", "tegenwoordig", "inmiddels"]

  /// "vroeger 40, nu 30", "ziek geweest maar nu weer beter": the question asks how it is now,
  /// so only what follows the last word for now counts, when something before it was in the
  /// past ("vroeger", a past verb form such as "ging") or is set against it ("slecht maar nu
  /// goed"); otherwise the answer as it is.
  func present() -> AnswerText {
    guard let now = words.lastIndex(where: { Self.nowWords.contains($0) }), now > 0, now + 1 < words.count,
      words[..<now].contains(where: { Self.pastWords.contains($0) || Self.pastVerbs.contains($0) })
        || (now >= 2 && words[now - 1] == "maar")
    else { return self }
    var copy = self
    copy.words = Array(words[(now + 1)...])
    copy.clauses = Array(clauses[(now + 1)...])
    return copy
  }

  /// `present()`, also where the past is only in a verb form the spelling list makes present
  /// ("ging slecht, nu gaat het goed": "ging" is read as "gaat"), read from what was typed.
  func present(typed input: String, words lexicon: AnswerWords) -> AnswerText {
    let now = present()
    // The spelling list leaves the words for now as they are: without one, nothing to read again.
    guard now.words.count == words.count, words.contains(where: Self.nowWords.contains) else { return now }
    let typed = Normalised(input).words.map(String.init)
    guard let at = typed.lastIndex(where: Self.nowWords.contains), at > 0, at + 1 < typed.count,
      typed[..<at].contains(where: Self.pastVerbs.contains)
    else { return self }
    return AnswerText(typed[(at + 1)...].joined(separator: " "), words: lexicon)
  }

  /// "3 dagen, vroeger 5", "thuis, vroeger ging ik naar mijn opa": a part between commas that
  /// is about the past is left out, when another part is not.
  func withoutPastParts() -> AnswerText {
    let past = Set(words.indices.filter { Self.pastWords.contains(words[$0]) }.map { clauses[$0] })
    guard !past.isEmpty else { return self }
    let kept = words.indices.filter { !past.contains(clauses[$0]) }
    guard !kept.isEmpty, kept.count < words.count else { return self }
    var copy = self
    copy.words = kept.map { words[$0] }
    copy.clauses = kept.map { clauses[$0] }
    return copy
  }
}
