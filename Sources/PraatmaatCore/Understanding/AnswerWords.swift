/// The general Dutch word knowledge the matcher reads answers with, kept as data in
/// `Content/begrip/` (see its README): scale words, yes and no, spelling variants and groups
/// of words that mean the same thing for a choice. Parsed here from the files' text; reading
/// the files is the host's job. An empty value still understands numbers, ids, labels and
/// pictograms.
public struct AnswerWords: Sendable, Equatable {
  /// A step on the general 5-step scale (1 heel slecht … 5 heel goed) per phrase, counted in
  /// half steps (2 … 10) so that "een beetje slecht" (2.5) can sit between two smileys.
  var scaleSteps: [String: Int] = [:]
  /// Phrases that sound like a scale answer but that a careful interviewer asks about.
  var scaleUnclear: Set<String> = []
  /// Words that make a scale word stronger ("heel"), weaker ("een beetje") or turn it
  /// around ("niet").
  var stronger: Set<String> = []
  var weaker: Set<String> = []
  var negations: Set<String> = []
  /// Each side of an opposite pair, to the words of the other side ("veilig" → "onveilig").
  var opposites: [String: Set<String>] = [:]
  /// The words on the side a scale usually has as its highest step ("veilig", "vaak").
  var highSide: Set<String> = []
  /// The words on the same side of an opposite pair ("vaak" → "regelmatig", "altijd").
  var sameSide: [String: Set<String>] = [:]
  /// Whole answers per meaning: `ja`, `nee`, `twijfel`, `eens`, `oneens`.
  var replies: [String: Set<String>] = [:]
  /// A spelling or chat variant to its standard form ("mn" → "mijn").
  var spelling: [String: String] = [:]
  /// A head word to the words that count as it ("winkel" → "supermarkt", "albert heijn").
  var groups: [String: Set<String>] = [:]
  /// How positive or negative an adjective is, -1 … 1 (`polariteit.txt`, from a public lexicon):
  /// a scale answer without a known scale word is guessed from it, and checked first.
  var polarity: [String: Double] = [:]
  /// Words too general to choose an option on their own.
  var tooGeneral: Set<String> = []
  /// The longest phrase, in words, of any list: how far phrase lookup looks ahead.
  var longestPhrase = 1

  public init() {}

  /// The files of `Content/begrip`, by name (`schaal.txt`, `schaalwoorden.txt`, `ja-nee.txt`,
  /// `spelling.txt`, `woordgroepen.txt`), with the problems found (file:line: what).
  public static let fileNames = [
    "schaal.txt", "schaalwoorden.txt", "ja-nee.txt", "spelling.txt", "woordgroepen.txt", "polariteit.txt",
  ]

  /// Builds the word knowledge from the files' text. Spelling comes first: every other phrase
  /// is stored in its standard spelling, so that "m'n moeder" and "mijn moeder" meet.
  public static func parse(_ files: [String: String]) -> (words: AnswerWords, problems: [String]) {
    var words = AnswerWords()
    var problems: [String] = []
    func entries(_ name: String) -> [(key: String, values: [String], line: Int)] {
      guard let text = files[name] else {
        problems.append("\(name): ontbreekt")
        return []
      }
      var found: [(String, [String], Int)] = []
      for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = Self.trimmed(raw)
        if line.isEmpty || line.hasPrefix("#") { continue }
        guard let colon = line.firstIndex(of: ":") else {
          problems.append("\(name):\(number + 1): geen ':' in de regel")
          continue
        }
        let key = Self.trimmed(line[..<colon]).lowercased()
        let values = line[line.index(after: colon)...].split(separator: "|").map(Self.trimmed).filter {
          !$0.isEmpty
        }
        found.append((key, values, number + 1))
      }
      return found
    }
    for (key, values, _) in entries("spelling.txt") {
      let standard = AnswerText.plain(key)
      for variant in values {
        let plain = AnswerText.plain(variant)
        if !plain.isEmpty, plain != standard { words.spelling[plain] = standard }
      }
    }
    func phrase(_ text: String) -> String {
      let standard = AnswerText(text, words: words).words.joined(separator: " ")
      words.longestPhrase = max(words.longestPhrase, standard.split(separator: " ").count)
      return standard
    }
    for (key, values, line) in entries("schaal.txt") {
      if key == "?" {
        words.scaleUnclear.formUnion(values.map(phrase))
      } else if let step = Double(key), (1...5).contains(step), (step * 2).rounded() == step * 2 {
        for value in values { words.scaleSteps[phrase(value)] = Int(step * 2) }
      } else {
        problems.append("schaal.txt:\(line): '\(key)' is geen stap van 1 tot 5 (of 2.5, 3.5) en geen ?")
      }
    }
    for (key, values, line) in entries("schaalwoorden.txt") {
      switch key {
      case "sterker": words.stronger.formUnion(values.map(phrase))
      case "zwakker": words.weaker.formUnion(values.map(phrase))
      case "ontkenning": words.negations.formUnion(values.map(phrase))
      case "tegendeel":
        let joined = values.joined(separator: "|")
        let sides = joined.split(separator: "=", maxSplits: 1).map {
          $0.split(separator: "|").map { phrase(String($0)) }.filter { !$0.isEmpty }
        }
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else {
          problems.append("schaalwoorden.txt:\(line): een tegendeel is 'woord = tegendeel'")
          continue
        }
        words.highSide.formUnion(sides[0])
        for side in sides { for a in side { words.sameSide[a, default: []].formUnion(side) } }
        for a in sides[0] { words.opposites[a, default: []].formUnion(sides[1]) }
        for b in sides[1] { words.opposites[b, default: []].formUnion(sides[0]) }
      default:
        problems.append(
          "schaalwoorden.txt:\(line): '\(key)' ken ik niet (sterker, zwakker, ontkenning, tegendeel)")
      }
    }
    for (key, values, line) in entries("ja-nee.txt") {
      guard ["ja", "nee", "twijfel", "eens", "oneens"].contains(key) else {
        problems.append("ja-nee.txt:\(line): '\(key)' ken ik niet (ja, nee, twijfel, eens, oneens)")
        continue
      }
      words.replies[key, default: []].formUnion(values.map(phrase).filter { !$0.isEmpty })
    }
    for (key, values, _) in entries("woordgroepen.txt") {
      let members = values.map(phrase).filter { !$0.isEmpty }
      if key == "apart" {
        words.tooGeneral.formUnion(members)
      } else {
        // "bankzaken | bankieren: …": one group for options named either way.
        for head in key.split(separator: "|").map(Self.trimmed) where !head.isEmpty {
          words.groups[phrase(head), default: []].formUnion(members)
        }
      }
    }
    for (key, values, line) in entries("polariteit.txt") {
      guard values.count == 1, let value = Double(values[0]), (-1...1).contains(value) else {
        problems.append("polariteit.txt:\(line): na '\(key):' hoort één getal van -1 tot 1")
        continue
      }
      words.polarity[AnswerText.plain(key)] = value
    }
    words.index()
    return (words, problems)
  }

  /// Without spaces and tabs around it (faster than Foundation's trimming, read at start-up).
  static func trimmed(_ text: Substring) -> String {
    let utf8 = text.utf8
    func blank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    var start = utf8.startIndex
    var end = utf8.endIndex
    while start < end, blank(utf8[start]) { start = utf8.index(after: start) }
    while end > start, blank(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    return String(text[start..<end])
  }

  /// Every group a phrase is a member of: "tram" → ["bus", "ov"].
  var heads: [String: Set<String>] = [:]

  mutating func index() {
    heads = [:]
    for (head, members) in groups {
      for member in members { heads[member, default: []].insert(head) }
    }
  }

  /// The members of the word group headed `head` as `woordgroepen.txt` writes it: heads are
  /// kept as answers read ("vrienden" reads "vriend").
  func group(_ head: String) -> Set<String> {
    groups[AnswerText(head, words: self).words.joined(separator: " ")] ?? []
  }

  /// Whether a word is in a word group or heads one: a word spelled right, not a slip of
  /// another ("thuis" is no "tehuis").
  func isKnown(_ word: String) -> Bool { heads[word] != nil || groups[word] != nil }

  /// Whether a whole answer is one of the phrases of a reply (`ja`, `nee`, …).
  func says(_ reply: String, _ text: String) -> Bool {
    replies[reply]?.contains(text) == true
  }
}
