import Foundation

/// Reads what a participant typed as an answer to one question.
///
/// Accepts a number, the option's id or words, case- and accent-insensitive and
/// forgiving a small typo: "2", "Nee.", "ja hoor", "bij mn ouders".
public struct AnswerMatcher: Sendable {
  public init() {}

  public enum Result: Sendable, Equatable {
    case value(AnswerValue)
    case notUnderstood
  }

  static let yesWords = [
    "ja", "jawel", "ja hoor", "jazeker", "zeker", "klopt", "yes", "j", "jaa", "ok", "oke",
    "goed",
  ]
  static let noWords = ["nee", "neen", "nee hoor", "nope", "no", "n", "neej", "nooit", "niet"]

  public func match(_ input: String, for question: Question) -> Result {
    let n = Normalised(input)
    switch question.kind {
    case .open:
      let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
      return text.isEmpty ? .notUnderstood : .value(.text(text))
    case .number:
      guard let number = Self.number(in: n) else { return .notUnderstood }
      return .value(.number(number))
    case .multiChoice:
      return matchMany(input, options: question.options)
    case .yesNo:
      if let id = matchOne(n, options: question.options) { return .value(.option(id)) }
      if Self.yesWords.contains(n.text) || n.words.first.map({ $0 == "ja" }) == true {
        return .value(.option("ja"))
      }
      if Self.noWords.contains(n.text) || n.words.first.map({ $0 == "nee" }) == true {
        return .value(.option("nee"))
      }
      return .notUnderstood
    case .choice, .scale, .statement:
      if let id = matchOne(n, options: question.options) { return .value(.option(id)) }
      if question.kind == .statement, Self.doubtWords.contains(where: { n.text.contains($0) }) {
        return .value(.option("weet-niet"))
      }
      return .notUnderstood
    }
  }

  /// One option: by number, id, label, a close spelling, or a word only that option has.
  func matchOne(_ n: Normalised, options: [Option]) -> String? {
    guard !n.text.isEmpty else { return nil }
    if let number = Int(n.text) {
      return (1...max(1, options.count)).contains(number) && number <= options.count
        ? options[number - 1].id : nil
    }
    if let exact = options.first(where: {
      Normalised($0.id).text == n.text || Normalised($0.label).text == n.text
    }) {
      return exact.id
    }
    let close = options.filter {
      Normalised($0.label).isClose(to: n) || Normalised($0.id).isClose(to: n)
    }
    if close.count == 1 { return close[0].id }
    // A word that belongs to exactly one option ("ouders" → "Bij mijn ouders"); little
    // words like "een" or "mijn" say nothing about which option is meant.
    let inputWords = Set(n.words.filter { $0.count >= 3 }.map(String.init)).subtracting(Self.littleWords)
    let hits = options.filter { option in
      let own = Set(Normalised(option.label).words.filter { $0.count >= 3 }.map(String.init))
      let others = Set(
        options.filter { $0.id != option.id }.flatMap { Normalised($0.label).words }.map(
          String.init))
      return !inputWords.intersection(own.subtracting(others)).isEmpty
    }
    return hits.count == 1 ? hits[0].id : nil
  }

  /// Several options: "1 3", "1, 3", "1 en 3", or words separated by commas or "en".
  func matchMany(_ input: String, options: [Option]) -> Result {
    // Split before normalising: normalising drops the commas.
    let parts = input.split(whereSeparator: { ",;".contains($0) })
      .flatMap { $0.lowercased().components(separatedBy: " en ") }
      .map { Normalised($0).text }.filter { !$0.isEmpty }
    var chosen: [String] = []
    for part in parts {
      let numbers = part.split(separator: " ").compactMap { Int($0) }
      if numbers.count == part.split(separator: " ").count {
        for number in numbers {
          guard number >= 1, number <= options.count else { return .notUnderstood }
          chosen.append(options[number - 1].id)
        }
      } else if let id = matchOne(Normalised(part), options: options) {
        chosen.append(id)
      } else {
        return .notUnderstood
      }
    }
    guard !chosen.isEmpty else { return .notUnderstood }
    let ordered = options.map(\.id).filter { chosen.contains($0) }
    return .value(.options(ordered))
  }

  static let littleWords: Set<String> = [
    "een", "het", "de", "van", "met", "bij", "mijn", "jouw", "zijn", "haar", "ons", "onze", "die", "dat",
    "voor", "naar", "uit", "door", "aan", "als", "ook", "nog", "wel", "ben", "heb", "hij", "zij", "wij",
    "jij", "mij", "ik", "je", "en", "of", "in", "op", "te", "om", "er", "is",
  ]

  /// On a panel statement: doubt is "weet ik niet".
  static let doubtWords = ["twijfel", "ik twijfel", "misschien", "beetje", "weet niet", "geen idee"]

  static let numberWords: [String: Int] = [
    "nul": 0, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    "twintig": 20, "geen": 0,
  ]

  /// The one whole number in the text ("34", "ik ben 34", "drie"); nil when none or several.
  static func number(in n: Normalised) -> Int? {
    let numbers = n.words.compactMap { word -> Int? in
      if let i = Int(word), word.count <= 9 { return i }
      return numberWords[String(word)]
    }
    return numbers.count == 1 ? numbers[0] : nil
  }
}
