import Foundation

/// Parses the text after `als:`, `controle:` or `navraag:`.
///
/// Grammar: `of`-list of `en`-lists of terms; a term is `niet term`, `( voorwaarde )`,
/// `iemand term` (also `iedereen`, `meeste`, `niemand`: at a table),
/// `naam beantwoord`, or `naam op waarde` with op one of = != < <= > >=.
struct ConditionParser {
  struct Failure: Error {
    var message: String
    var column: Int
  }

  private let tokens: [(text: String, column: Int)]
  private var index = 0
  private let line: Int

  init(_ text: String, line: Int, column: Int) {
    self.line = line
    var result: [(String, Int)] = []
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == " " || c == "\t" {
        i += 1
        continue
      }
      let start = i
      if "()".contains(c) {
        i += 1
      } else if "<>=!".contains(c) {
        i += 1
        if i < chars.count, chars[i] == "=" { i += 1 }
      } else {
        while i < chars.count, chars[i] != " ", chars[i] != "\t", !"<>=!()".contains(chars[i]) {
          i += 1
        }
      }
      result.append((String(chars[start..<i]), column + start))
    }
    tokens = result
  }

  mutating func parse() throws(Failure) -> Condition {
    guard !tokens.isEmpty else { throw Failure(message: "De voorwaarde is leeg.", column: 0) }
    let c = try parseAny()
    if index < tokens.count {
      throw Failure(
        message: "Ik begrijp '\(tokens[index].text)' hier niet. Gebruik 'en' of 'of' tussen twee delen.",
        column: tokens[index].column)
    }
    return c
  }

  private var current: (text: String, column: Int)? {
    index < tokens.count ? tokens[index] : nil
  }

  private mutating func parseAny() throws(Failure) -> Condition {
    try parseJoined(by: "of", Condition.any) { parser throws(Failure) in try parser.parseAll() }
  }

  private mutating func parseAll() throws(Failure) -> Condition {
    try parseJoined(by: "en", Condition.all) { parser throws(Failure) in try parser.parseTerm() }
  }

  /// Parts joined by a word (`of`, `en`): one part as it is, more parts joined.
  private mutating func parseJoined(
    by word: String, _ join: ([Condition]) -> Condition, part: (inout Self) throws(Failure) -> Condition
  ) throws(Failure) -> Condition {
    var parts = [try part(&self)]
    while current?.text.lowercased() == word {
      index += 1
      parts.append(try part(&self))
    }
    return parts.count == 1 ? parts[0] : join(parts)
  }

  private mutating func parseTerm() throws(Failure) -> Condition {
    guard let name = current else {
      let column = tokens.last.map { $0.column + $0.text.count } ?? 0
      throw Failure(message: "Hier mist nog een deel van de voorwaarde.", column: column)
    }
    if name.text.lowercased() == "niet" {
      index += 1
      return .not(try parseTerm())
    }
    if let quantifier = GroupQuantifier(rawValue: name.text.lowercased()) {
      index += 1
      return .group(quantifier, try parseTerm())
    }
    if name.text == "(" {
      index += 1
      let inner = try parseAny()
      guard current?.text == ")" else {
        let column = current?.column ?? tokens.last.map { $0.column + $0.text.count } ?? name.column
        throw Failure(message: "Hier mist een ')' bij de '(' van kolom \(name.column).", column: column)
      }
      index += 1
      return inner
    }
    guard Identifier.isValid(name.text) else {
      throw Failure(
        message: "'\(name.text)' is geen naam van een vraag of variabele.", column: name.column)
    }
    index += 1
    let reference = Reference(
      name: name.text, location: SourceLocation(line: line, column: name.column))
    guard let op = current else {
      throw Failure(
        message: "Na '\(name.text)' mist iets, bijvoorbeeld '= ja' of 'beantwoord'.",
        column: name.column + name.text.count)
    }
    if op.text.lowercased() == "beantwoord" {
      index += 1
      return .answered(reference)
    }
    guard let comparison = Comparison(rawValue: op.text) else {
      throw Failure(
        message: "'\(op.text)' kan ik niet vergelijken. Gebruik = != < <= > of >=.",
        column: op.column)
    }
    index += 1
    guard let value = current, !["en", "of", "(", ")"].contains(value.text.lowercased()) else {
      throw Failure(
        message: "Na '\(op.text)' mist een waarde.", column: op.column + op.text.count)
    }
    index += 1
    var ref = reference
    ref.valueLocation = SourceLocation(line: line, column: value.column)
    return .compare(ref, comparison, Value(parsing: value.text))
  }
}

/// Rules for the names of questions, options, sections and variables.
enum Identifier {
  static func isValid(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first,
      CharacterSet.letters.contains(first)
        || CharacterSet.decimalDigits.contains(first)
    else { return false }
    return s.unicodeScalars.allSatisfy {
      CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_"
    }
  }
}
