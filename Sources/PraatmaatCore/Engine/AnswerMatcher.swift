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
    // A pictogram typed on its own ("🙂") chooses the one option that shows it.
    if question.kind.isClosed, question.kind != .multiChoice,
      let id = Self.pictogram(input, options: question.options)
    {
      return .value(.option(id))
    }
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
      // "ja en nee", "nee, ja": both at once is no answer; ask again rather than guess.
      if Self.saysYesAndNo(n) { return .notUnderstood }
      if let id = matchOne(n, options: question.options) { return .value(.option(id)) }
      if let word = Self.yesOrNo(n) { return .value(.option(word)) }
      if n.words.first.map({ $0 == "ja" }) == true { return .value(.option("ja")) }
      if n.words.first.map({ $0 == "nee" }) == true { return .value(.option("nee")) }
      return .notUnderstood
    case .choice, .scale, .statement:
      if let id = matchOne(n, options: question.options) { return .value(.option(id)) }
      guard question.kind == .statement else { return .notUnderstood }
      if Self.doubtWords.contains(where: { n.text.contains($0) }) { return .value(.option("weet-niet")) }
      // A plain "ja" (or "jaa") to a statement agrees with it, "nee" disagrees.
      switch Self.yesOrNo(n) {
      case "ja": return .value(.option("eens"))
      case "nee": return .value(.option("oneens"))
      default: return .notUnderstood
      }
    }
  }

  /// "ja" or "nee" for a whole answer that is one of their words, also drawn out
  /// ("jaaa", "neee"); nil for anything else.
  static func yesOrNo(_ n: Normalised) -> String? {
    if yesWords.contains(n.text) { return "ja" }
    if noWords.contains(n.text) { return "nee" }
    let letters = Array(n.text)
    guard letters.count >= 2, letters.allSatisfy(\.isLetter) else { return nil }
    // Repeated letters folded: "jjaaa" → "ja", "neeej" → "nej".
    let folded = String(
      letters.enumerated().filter { $0.offset == 0 || letters[$0.offset - 1] != $0.element }.map(\.element))
    if ["ja", "jah"].contains(folded) { return "ja" }
    if ["ne", "nej", "neh"].contains(folded), n.text.contains("ee") { return "nee" }
    return nil
  }

  /// The one option whose pictogram is all that was typed, ignoring spaces and emoji
  /// variation selectors; nil when none or more than one option shows it.
  static func pictogram(_ input: String, options: [Option]) -> String? {
    func bare(_ text: String) -> String {
      let kept = text.unicodeScalars.filter {
        !$0.properties.isWhitespace && $0.value != 0xFE0F && $0.value != 0xFE0E
      }
      return String(String.UnicodeScalarView(kept))
    }
    let typed = bare(input)
    let symbolsOnly = typed.unicodeScalars.allSatisfy {
      !$0.properties.isAlphabetic && !("0"..."9").contains($0)
    }
    guard !typed.isEmpty, symbolsOnly else { return nil }
    let hits = options.filter { $0.pictogram.map(bare) == typed }
    return hits.count == 1 ? hits[0].id : nil
  }

  /// One option: by number, id, label, a close spelling, or a word only that option has.
  /// A negation that the option itself does not have ("niet bij mijn ouders", "niet goed")
  /// says what is not meant: then no option, so the question is asked again.
  func matchOne(_ n: Normalised, options: [Option]) -> String? {
    guard let id = candidate(n, options: options) else { return nil }
    let negations = Set(n.words.map(String.init)).intersection(Self.negationWords)
    guard !negations.isEmpty, let option = options.first(where: { $0.id == id }) else { return id }
    let own = Set((Normalised(option.label).words + Normalised(option.id).words).map(String.init))
    return negations.isSubset(of: own) ? id : nil
  }

  /// The option the words point at, before negations are weighed.
  func candidate(_ n: Normalised, options: [Option]) -> String? {
    guard !n.text.isEmpty else { return nil }
    if let number = Int(n.text) {
      return (1...max(1, options.count)).contains(number) && number <= options.count
        ? options[number - 1].id : nil
    }
    if let exact = Self.exact(n, options) { return exact }
    // "vier" on a list of options is the fourth, like "4"; "een" is too often a little word.
    if n.text != "een", let number = Self.numberWords[n.text], number >= 1, number <= options.count {
      return options[number - 1].id
    }
    // Words that only soften the answer: "goed hoor", "best goed", "het gaat goed" are "goed".
    let plain = Normalised(n.words.filter { !Self.fillerWords.contains(String($0)) }.joined(separator: " "))
    if !plain.text.isEmpty, plain != n, let exact = Self.exact(plain, options) { return exact }
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

  /// The option whose id or label is exactly the text.
  static func exact(_ n: Normalised, _ options: [Option]) -> String? {
    options.first { Normalised($0.id).text == n.text || Normalised($0.label).text == n.text }?.id
  }

  /// Whether the text holds a yes word and a no word at once.
  static func saysYesAndNo(_ n: Normalised) -> Bool {
    let words = Set(n.words.map(String.init))
    return !words.isDisjoint(with: ["ja", "jawel", "jazeker", "jaa", "yes"])
      && !words.isDisjoint(with: ["nee", "neen", "neej", "nope", "no"])
  }

  /// Several options: "1 3", "1, 3", "1 en 3", or words separated by commas or "en".
  func matchMany(_ input: String, options: [Option]) -> Result {
    // Split before normalising: normalising drops the commas and the pictograms.
    let raw = input.split(whereSeparator: { ",;".contains($0) })
      .flatMap { $0.lowercased().components(separatedBy: " en ") }
    var chosen: [String] = []
    // Pictograms, one or more in a part: "👪 🙋".
    var parts: [String] = []
    for part in raw {
      let pictograms = part.split(whereSeparator: \.isWhitespace).map {
        Self.pictogram(String($0), options: options)
      }
      if !pictograms.isEmpty, pictograms.allSatisfy({ $0 != nil }) {
        chosen += pictograms.compactMap { $0 }
      } else {
        parts.append(Normalised(part).text)
      }
    }
    parts = parts.filter { !$0.isEmpty }
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

  /// Words that say "not": before an option's words they turn it around.
  static let negationWords: Set<String> = ["niet", "geen", "nooit", "niets", "niks", "nergens", "niemand"]

  /// Words that soften an answer without changing it ("goed hoor", "best goed").
  static let fillerWords: Set<String> = [
    "hoor", "best", "wel", "gewoon", "eigenlijk", "toch", "nou", "zo", "ik", "vind", "het", "is", "gaat",
    "denk", "dat", "ook", "me", "mij",
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
