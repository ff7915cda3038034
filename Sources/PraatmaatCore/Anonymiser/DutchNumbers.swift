/// Dutch number words up to 99, as typed: "vierendertig", "drieentwintig", "twintig".
enum DutchNumbers {
  static let units: [String: Int] = [
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9,
  ]
  static let teens: [String: Int] = [
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19,
  ]
  static let tens: [String: Int] = [
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
  ]

  /// The value of a folded number word (accents already dropped), or nil.
  static func value(_ word: String) -> Int? {
    if let n = units[word] ?? teens[word] ?? tens[word] { return n }
    for (tenWord, ten) in tens where word.hasSuffix(tenWord) {
      var head = String(word.dropLast(tenWord.count))
      if head.hasSuffix("en") {
        head.removeLast(2)
      } else {
        continue
      }
      if let unit = units[head] { return ten + unit }
      // "tweeentwintig": the diaeresis of "tweeëntwintig" folded away leaves an extra e.
      if head.hasSuffix("e"), let unit = units[String(head.dropLast())] { return ten + unit }
    }
    return nil
  }

  /// The age in a matched span: its digits, else its first number word.
  static func age(in text: String) -> Int? {
    let digits = text.unicodeScalars.prefix { !TextFold.isDigit($0) }.count
    let run = text.unicodeScalars.dropFirst(digits).prefix { TextFold.isDigit($0) }
    if !run.isEmpty { return Int(String(String.UnicodeScalarView(run.prefix(4)))) }
    let words = text.split(whereSeparator: { !$0.isLetter }).map {
      String(decoding: TextFold.key(String($0)), as: UTF8.self)
    }
    for (i, word) in words.enumerated() {
      guard let n = value(word) else { continue }
      // "een jaar of 60": "een" counts the years, the number comes after.
      if word == "een", i + 1 < words.count, words[i + 1] == "jaar" { continue }
      return apart(words, at: i) ?? n
    }
    return nil
  }

  /// "drie en dertig", written apart: a unit, "en" and tens from word `i` on; nil otherwise.
  static func apart(_ words: [String], at i: Int) -> Int? {
    guard i + 2 < words.count, words[i + 1] == "en", let unit = units[words[i]], let ten = tens[words[i + 2]]
    else { return nil }
    return ten + unit
  }

  /// A number word of one to nine hundred and what follows it: "honderdzestig",
  /// "tweehonderd", "driehonderdtwintig".
  static func hundreds(_ word: String) -> Int? {
    guard let at = word.range(of: "honderd") else { return nil }
    let head = String(word[..<at.lowerBound])
    let tail = String(word[at.upperBound...])
    guard let times = head.isEmpty ? 1 : units[head], times >= 1 else { return nil }
    if tail.isEmpty { return times * 100 }
    // "honderdentwintig", "honderdeneen": the old "en" between.
    let rest = tail.hasPrefix("en") && value(tail) == nil ? String(tail.dropFirst(2)) : tail
    guard let below = value(rest) else { return nil }
    return times * 100 + below
  }
}
