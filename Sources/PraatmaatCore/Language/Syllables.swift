import Foundation
import Synchronization

/// Counts the syllables of Dutch words, for Flesch-Douma and the long-word rule.
///
/// Dutch spelling is regular enough to count vowel groups: every group of vowels is one
/// syllable, except where a group holds two sounds ("theater": the-a-ter). So a group is
/// read as a row of known single sounds — long vowels (aa, ee, oo, uu) and diphthongs
/// (ij, ei, ui, ou, au, eu, oe, ie, and aai, ooi, oei, eeu, ieu), and the French "eau" and "oi"
/// of loanwords ("cadeau", "toilet") — and every sound counts.
/// A diaeresis (ë, ï, ü) always starts a new syllable ("knieën", "geïnteresseerd").
/// Loanwords whose spelling does not follow Dutch rules ("team", "website") are listed.
public enum Syllables {
  /// The syllables of one word as it would be read aloud; numbers count as spoken.
  public static func count(_ word: String) -> Int {
    // The same words come back in every sentence of a script: each is counted once.
    if let known = memo.withLock({ $0[word] }) { return known }
    let counted = counted(word)
    memo.withLock {
      if $0.count > 200_000 { $0.removeAll(keepingCapacity: true) }
      $0[word] = counted
    }
    return counted
  }

  private static let memo = Mutex<[String: Int]>([:])

  static func counted(_ word: String) -> Int {
    let cleaned = word.filter { $0.isLetter || $0.isNumber || $0 == "-" }
    if cleaned.contains("-") {
      return cleaned.split(separator: "-").reduce(0) { $0 + count(String($1)) }
    }
    if cleaned.contains(where: \.isNumber) { return countMixed(cleaned) }
    guard !cleaned.isEmpty else { return 0 }
    let lower = cleaned.lowercased()
    if let known = loanwords[lower] { return known }
    // An acronym is read letter by letter: "UWV" is u-wee-vee, "pgb" pee-gee-bee.
    let isAcronym = cleaned.count >= 2 && cleaned.allSatisfy(\.isUppercase)
    if isAcronym || !lower.contains(where: isVowel) { return cleaned.count }
    var total = vowelSounds(in: Array(lower))
    // Latin "-eum" is two syllables: mu-se-um, ju-bi-le-um.
    if lower.hasSuffix("eum") || lower.hasSuffix("eums") { total += 1 }
    return max(1, total)
  }

  /// Words read aloud differently from how Dutch spelling would have them.
  static let loanwords: [String: Int] = [
    "team": 1, "teams": 1, "jeans": 1, "site": 1, "website": 2, "websites": 2, "game": 1,
    "games": 1, "online": 2, "offline": 2, "service": 2, "care": 1, "home": 1, "date": 1,
    "file": 1, "smartphone": 2, "youtube": 2, "facebook": 2, "coach": 1, "coaches": 2,
    "coachen": 2, "jobcoach": 2, "update": 2, "updates": 2, "skype": 1, "software": 2,
    "headset": 2, "ok": 2, "wmo": 3, "break": 1, "steak": 1, "cake": 1,
  ]

  /// Vowel sounds that are spelled with more than one letter, longest first.
  /// The `j` of "ij" and the `y` of loanwords ("hobby", "okay") are part of a sound.
  static let sounds: [[Character]] = [
    "aai", "ooi", "oei", "eeu", "ieu", "eau",
    "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ij", "ui", "ou", "au", "ai", "oi", "ay", "ey",
    "oy",
  ].map(Array.init)

  static func isVowel(_ c: Character) -> Bool {
    "aeiouyáàâäéèêëíìîïóòôöúùûüý".contains(c)
  }

  /// A letter with a diaeresis starts a new syllable: it is never the middle of a sound.
  static func startsSyllable(_ c: Character) -> Bool { "äëïöü".contains(c) }

  /// Accented vowels and their plain letter; a table, as this runs for every vowel.
  static let plain: [Character: Character] = {
    var table: [Character: Character] = [:]
    for (letter, accented) in [
      ("a", "áàâä"), ("e", "éèêë"), ("i", "íìîï"), ("o", "óòôö"), ("u", "úùûü"), ("y", "ý"),
    ] {
      for c in accented { table[c] = Character(letter) }
    }
    return table
  }()

  static func base(_ c: Character) -> Character { plain[c] ?? c }

  static func vowelSounds(in letters: [Character]) -> Int {
    let plainLetters = letters.map(base)
    let breaks = letters.map(startsSyllable)
    var total = 0
    var i = 0
    while i < letters.count {
      let c = letters[i]
      // A `y` before a vowel at the start of a word is a consonant: "yoga", "yes".
      guard isVowel(c), !(c == "y" && i == 0 && letters.count > 1 && isVowel(letters[1])) else {
        i += 1
        continue
      }
      total += 1
      i += soundLength(plainLetters, breaks, at: i)
    }
    return total
  }

  /// How many letters the sound starting at `i` takes: the longest known sound that fits.
  static func soundLength(_ letters: [Character], _ breaks: [Bool], at i: Int) -> Int {
    for sound in sounds where i + sound.count <= letters.count {
      var fits = true
      for k in 0..<sound.count where letters[i + k] != sound[k] || (k > 0 && breaks[i + k]) {
        fits = false
        break
      }
      if fits { return sound.count }
    }
    return 1
  }

  /// Digits are read as Dutch number words ("21": eenentwintig); letters around them are
  /// counted as a word of their own.
  static func countMixed(_ text: String) -> Int {
    var total = 0
    var run = ""
    var digits = false
    func flush() {
      guard !run.isEmpty else { return }
      if digits {
        total += Int(run).map(numberSyllables) ?? run.count
      } else {
        total += count(run)
      }
      run = ""
    }
    for c in text {
      if c.isNumber != digits { flush() }
      digits = c.isNumber
      if c.isLetter || c.isNumber { run.append(c) }
    }
    flush()
    return total
  }

  static let units = [
    "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
    "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
  ]
  static let tens = [
    "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
  ]

  /// The syllables of a number read aloud, part by part (the parts of `numberWords` meet at a
  /// consonant or a diaeresis, so their syllables add up): as fast for 48 213 as for 4, where
  /// counting the long written-out word each time made checking a big script slow.
  static func numberSyllables(_ n: Int) -> Int {
    if n < 0 { return count("min") + numberSyllables(-n) }
    if n < 20 { return count(units[n]) }
    if n < 100 {
      let unit = n % 10
      guard unit > 0 else { return count(tens[n / 10]) }
      return count(units[unit]) + 1 + count(tens[n / 10])
    }
    if n < 1000 {
      let head = (n / 100 == 1 ? 0 : count(units[n / 100])) + count("honderd")
      return head + (n % 100 == 0 ? 0 : numberSyllables(n % 100))
    }
    if n < 1_000_000 {
      let head = (n / 1000 == 1 ? 0 : numberSyllables(n / 1000)) + count("duizend")
      return head + (n % 1000 == 0 ? 0 : numberSyllables(n % 1000))
    }
    return numberSyllables(n / 1_000_000) + count("miljoen")
      + (n % 1_000_000 == 0 ? 0 : numberSyllables(n % 1_000_000))
  }

  /// A whole number written out in Dutch, as it is read aloud: 2024 → tweeduizendvierentwintig.
  public static func numberWords(_ n: Int) -> String {
    if n < 0 { return "min" + numberWords(-n) }
    if n < 20 { return units[n] }
    if n < 100 {
      let unit = n % 10
      guard unit > 0 else { return tens[n / 10] }
      // "tweeëntwintig": the diaeresis keeps the two e's apart, as in the spelling.
      let joint = units[unit].hasSuffix("e") ? "ën" : "en"
      return units[unit] + joint + tens[n / 10]
    }
    if n < 1000 {
      let head = n / 100 == 1 ? "honderd" : units[n / 100] + "honderd"
      return head + (n % 100 == 0 ? "" : numberWords(n % 100))
    }
    if n < 1_000_000 {
      let head = n / 1000 == 1 ? "duizend" : numberWords(n / 1000) + "duizend"
      return head + (n % 1000 == 0 ? "" : numberWords(n % 1000))
    }
    let head = numberWords(n / 1_000_000) + "miljoen"
    return head + (n % 1_000_000 == 0 ? "" : numberWords(n % 1_000_000))
  }
}
