/// The numbers in an answer's words: digits, number words (also with a slip, where it can
/// only be a number), "een" before a unit, and a number taken back for a later one.
extension NumberReader {
  /// Where a number is taken back for a later one: "twee nee drie", "19 sorry 20", "2 maar
  /// eigenlijk 3", and a sum closed by its outcome ("twee jongens en een meisje, dus drie").
  static func correction(_ amounts: [Amount], _ w: [String]) -> Int? {
    w.indices.last { i in
      ["nee", "sorry", "bedoel", "eigenlijk", "dus"].contains(w[i]) && amounts.contains(where: { $0.at < i })
        && amounts.contains(where: { $0.at > i })
    }
  }

  /// The numbers in the words: digits ("2", "2x", "€30" folded to "30"), number words, "een"
  /// before a unit, "tientje", "kwartier", "half uur", "anderhalf".
  static func amounts(_ w: [String]) -> [Amount] {
    var found: [Amount] = []
    var i = 0
    while i < w.count {
      let word = w[i]
      var value: Double?
      var digits = word
      if digits.hasSuffix("x"), digits.count > 1 { digits.removeLast() }
      if let n = Int(digits), digits.count <= 6 {
        value = Double(n)
      } else if let n = DutchNumbers.apart(w, at: i) {
        // "twee en twintig", written apart: 22.
        found.append(Amount(value: Double(n), at: i + 2, unit: nil))
        i += 3
        continue
      } else if let tens = DutchNumbers.tens[word], i + 1 < w.count,
        let unit = Int(w[i + 1]) ?? DutchNumbers.units[w[i + 1]], (1...9).contains(unit), w[i + 1] != "een"
      {
        // "veertig 7", "twintig vijf": tens and units the other way round, as speech-to-text writes
        // the spoken number.
        found.append(Amount(value: Double(tens + unit), at: i + 1, unit: nil))
        i += 2
        continue
      } else if let n = DutchNumbers.value(word) ?? extraNumbers[word] ?? DutchNumbers.hundreds(word)
        ?? misspeltNumber(w, at: i)
      {
        // "een" is a number only alone or before a unit or "keer": "een uur", not "een vriend".
        if word == "eentje", i > 0, ["geen", "niet"].contains(w[i - 1]) {
          // "niet eentje", "geen eentje": none.
          value = 0
        } else if word == "een" {
          let next = i + 1 < w.count ? w[i + 1] : ""
          if unitWords.contains(next) || next == "keer" || w.count == 1 { value = 1 }
        } else {
          value = Double(n)
        }
      } else if word == "anderhalf" {
        value = 1.5
      } else if word == "half", i + 1 < w.count, w[i + 1] == "uur" {
        value = 0.5
      } else if word == "tientje" || word == "tientjes" {
        value = 10
      } else if word == "kwartier" {
        // "drie kwartier": three quarters of an hour.
        if let last = found.last, last.at == i - 1 {
          found.removeLast()
          found.append(Amount(value: 15 * last.value, at: i, unit: "minuten"))
          i += 1
          continue
        }
        found.append(Amount(value: 15, at: i, unit: "minuten"))
        i += 1
        continue
      }
      if let value {
        let next = i + 1 < w.count ? w[i + 1] : nil
        found.append(Amount(value: value, at: i, unit: next.flatMap { unitWords.contains($0) ? $0 : nil }))
      }
      i += 1
    }
    // "uurtje", "een uur": an hour without a number.
    for (i, word) in w.enumerated()
    where word == "uurtje" || (word == "uur" && !found.contains { $0.at == i - 1 }) {
      if word == "uurtje" || i == 0 || ["een", "het"].contains(w[i - 1]) {
        found.append(Amount(value: 1, at: i, unit: "uur"))
      }
    }
    return found.sorted { $0.at < $1.at }
  }

  static let extraNumbers: [String: Int] = [
    "nul": 0, "honderd": 100, "duizend": 1000, "elf": 11, "twaalf": 12, "eentje": 1,
  ]
  /// A number word with a slip ("zevn", "vierentwintug"), only alone or before a unit: a word
  /// one letter from a number word is often a word of its own ("leven", "tegen", "geven").
  static func misspeltNumber(_ w: [String], at i: Int) -> Int? {
    guard w.count == 1 || i + 1 < w.count && unitWords.contains(w[i + 1]) else { return nil }
    return misspelt(w[i])
  }

  static let unitWords: Set<String> = [
    "jaar", "jaren", "uur", "uren", "minuten", "minuut", "min", "dagen", "dag", "keer", "euro", "man",
    "mensen",
    "personen", "weken", "week", "maanden", "maand", "ochtenden", "middagen", "avonden", "vrienden",
    "vriendinnen", "broertjes", "zusjes", "broers", "zussen", "kinderen",
  ]
}
