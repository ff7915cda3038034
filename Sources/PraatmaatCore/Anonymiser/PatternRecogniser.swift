/// Finds personal data that has a shape: e-mail and web addresses, phone numbers, IBANs,
/// BSNs and other ID numbers, licence plates, postcodes and dates written in digits.
struct PatternRecogniser: Sendable {
  static let topLevelDomains: Set<String> = [
    "nl", "com", "org", "net", "eu", "be", "nu", "info", "io", "de", "app", "online", "shop", "frl",
    "amsterdam",
  ]

  func spans(_ tokens: Tokens) -> [PIISpan] {
    var found: [PIISpan] = []
    emails(tokens, into: &found)
    urls(tokens, into: &found)
    ibans(tokens, into: &found)
    plates(tokens, into: &found)
    numberCues(tokens, into: &found)
    postcodes(tokens, into: &found)
    numbers(tokens, into: &found)
    spokenPhones(tokens, into: &found)
    return found.map { withSpokenDigits($0, tokens) }
  }

  /// "nul zes 12 34 56 78", "nul zes een twee drie vier …": a phone number begun or said in
  /// digit words, ten digits in all from "nul".
  private func spokenPhones(_ tokens: Tokens, into found: inout [PIISpan]) {
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind == .word, tokens.is(i, "nul") else {
        i += 1
        continue
      }
      var digits = 0
      var k = i
      var end = tokens[i].end
      while k < tokens.count, k == i || tokens[k].joined {
        if tokens[k].kind == .number {
          digits += tokens[k].end - tokens[k].start
        } else if tokens[k].kind == .word,
          let word = Optional(String(decoding: tokens.key(k), as: UTF8.self)),
          word == "nul" || DutchNumbers.units[word] != nil
        {
          digits += 1
        } else {
          break
        }
        end = tokens[k].end
        k += 1
      }
      if digits == 10, k - i >= 2 { found.append(PIISpan(start: tokens[i].start, end: end, label: .phone)) }
      i = max(k, i + 1)
    }
  }

  /// Digits said as words before a phone or ID number ("nul zes 11 22 33 44") belong to it:
  /// the span reaches back over them, and one that starts with "nul" is a phone number.
  private func withSpokenDigits(_ span: PIISpan, _ tokens: Tokens) -> PIISpan {
    guard span.label == .phone || span.label == .id else { return span }
    let s = tokens.scalars
    // The token right before the span, found by halving, not by walking the whole text.
    var j = tokens.index(atOrAfter: span.start) - 1
    while j >= 0 && tokens[j].end > span.start { j -= 1 }
    var start = span.start
    var first: String?
    while j >= 0, tokens[j].kind == .word,
      s[tokens[j].end..<start].allSatisfy({ $0 == " " || $0 == "-" }),
      let word = Optional(String(decoding: tokens.key(j), as: UTF8.self)),
      // "een" before a number is mostly the article ("op een 06…"): only the other digits.
      word == "nul" || DutchNumbers.units[word] != nil && word != "een" && word != "één"
    {
      start = tokens[j].start
      first = word
      j -= 1
    }
    guard let first, start < span.start else { return span }
    return PIISpan(start: start, end: span.end, label: first == "nul" ? .phone : span.label)
  }

  // MARK: IBAN

  private func ibans(_ tokens: Tokens, into found: inout [PIISpan]) {
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind != .other, let span = iban(tokens, at: i) else {
        i += 1
        continue
      }
      found.append(span)
      while i < tokens.count && tokens[i].start < span.end { i += 1 }
    }
  }

  /// An IBAN starting at token `i`: "NL91ABNA0417164300", "nl91 abna 0417 1643 00".
  private func iban(_ tokens: Tokens, at i: Int) -> PIISpan? {
    // Two letters, then digits in the same token or the next: looked at in place first, as
    // nearly every word fails here.
    let t = tokens[i]
    let count = t.keyEnd - t.keyStart
    guard count >= 2, Self.isAsciiLetter(tokens.keys[t.keyStart]),
      Self.isAsciiLetter(tokens.keys[t.keyStart + 1])
    else { return nil }
    if count == 2 && !(i + 1 < tokens.count && tokens[i + 1].kind == .number) { return nil }
    if count > 2 && !(count >= 4 && Self.isDigit(tokens.keys[t.keyStart + 2])) { return nil }
    var chars: [UInt8] = []
    var ends: [(Int, Int)] = []  // (characters so far, scalar end)
    var k = i
    while k < tokens.count, chars.count < 34 {
      let t = tokens[k]
      guard t.kind != .other, k == i || t.joined || tokens[k - 1].end == t.start else { break }
      if k > i && t.kind == .word && t.end - t.start > 4 { break }
      chars += tokens.key(k)
      ends.append((chars.count, t.end))
      k += 1
    }
    for (count, end) in ends.reversed() where count >= 15 {
      let candidate = Array(chars[0..<count])
      if Self.isDutchIBANShape(candidate) { return PIISpan(start: tokens[i].start, end: end, label: .iban) }
      // Another country's IBAN: its own length, the check digits right, and no ordinary word
      // among its groups ("is 63 en ik zorg" passes the check by chance, and is no IBAN).
      let country = String(decoding: candidate[0..<2], as: UTF8.self)
      guard Self.ibanLengths[country] == count, Self.mod97(candidate) == 1 else { continue }
      let words = (i + 1..<tokens.count).prefix { tokens[$0].end <= end }.contains {
        tokens[$0].kind == .word && !tokens[$0].flags.intersection([.word, .function]).isEmpty
      }
      if !words { return PIISpan(start: tokens[i].start, end: end, label: .iban) }
    }
    return nil
  }

  /// The length of an IBAN per country (ISO 13616 registry), for the countries people in the
  /// Netherlands most often bank with.
  static let ibanLengths: [String: Int] = [
    "nl": 18, "be": 16, "de": 22, "fr": 27, "gb": 22, "es": 24, "it": 27, "pt": 25, "pl": 28, "tr": 26,
    "ma": 28, "lu": 20, "at": 20, "ch": 21, "dk": 18, "se": 24, "no": 15, "fi": 18, "ie": 22, "gr": 27,
    "ro": 24, "bg": 22, "hu": 28, "cz": 24, "sk": 24, "si": 19, "hr": 21, "lt": 20, "lv": 21, "ee": 20,
    "is": 26, "cy": 28, "mt": 31, "al": 28, "ba": 20, "rs": 22, "mk": 19, "ua": 29, "sa": 24, "ae": 23,
    "sy": 31, "iq": 23, "eg": 29, "tn": 24, "dz": 26, "lb": 28, "jo": 30, "ps": 29,
  ]

  static func isAsciiLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// NL, two check digits, four letters of the bank, ten digits: an IBAN even with a typo.
  static func isDutchIBANShape(_ c: [UInt8]) -> Bool {
    c.count == 18 && c[0] == 0x6E && c[1] == 0x6C && c[2...3].allSatisfy(isDigit)
      && c[4...7].allSatisfy(isAsciiLetter) && c[8...].allSatisfy(isDigit)
  }

  /// ISO 13616: the country and check digits moved to the end, letters as 10…35, modulo 97.
  static func mod97(_ c: [UInt8]) -> Int {
    guard c.count > 4, c.allSatisfy({ isDigit($0) || isAsciiLetter($0) }) else { return -1 }
    var rest = 0
    for b in c[4...] + c[0..<4] {
      if isDigit(b) {
        rest = (rest * 10 + Int(b - 0x30)) % 97
      } else {
        rest = (rest * 100 + Int(b - 0x61 + 10)) % 97
      }
    }
    return rest
  }

  // MARK: Client, file and other numbers after a cue

  private func numberCues(_ tokens: Tokens, into found: inout [PIISpan]) {
    let s = tokens.scalars
    for i in 0..<tokens.count where tokens[i].flags.contains(.numberCue) {
      var k = i + 1
      var skipped = 0
      while k < tokens.count, skipped < 3,
        tokens[k].kind == .other || tokens.isAny(k, ["is", "nr", "nummer", "mijn", "van", "zijn", "was"])
      {
        if tokens[k].kind == .other, !":#.-=".unicodeScalars.contains(s[tokens[k].start]) { break }
        k += 1
        skipped += 1
      }
      guard k < tokens.count else { continue }
      // "zaaknummer van de deurwaarder is DW/88213/K", "polisnummer, dat is ZV 1029 3384": the
      // code is the first thing with a digit in the same sentence, within a few words, with a
      // short code of capitals right before it.
      if !tokens[k].flags.contains(.numberWord), let j = Self.firstWithDigit(tokens, from: k, within: 7) {
        k = j
        if j > 0, tokens[j - 1].kind == .word, tokens[j - 1].allCapitals,
          tokens[j - 1].end - tokens[j - 1].start <= 4,
          tokens[j].start - tokens[j - 1].end <= 1
        {
          k = j - 1
        }
      }
      // "klantnummer vier vijf zes zeven": a number read out in words.
      var words = k
      while words < tokens.count, tokens[words].flags.contains(.numberWord) || tokens.is(words, "nul") {
        words += 1
      }
      if words - k >= 3 {
        found.append(PIISpan(start: tokens[k].start, end: tokens[words - 1].end, label: .id))
        continue
      }
      var end = tokens[k].start
      while end < s.count && !Self.isSpace(s[end]) { end += 1 }
      while end > tokens[k].start && ".,;:!?)".unicodeScalars.contains(s[end - 1]) { end -= 1 }
      // A number written in groups: "123 45 678", also after a short code of letters: "KN 0049 1182".
      var next = end
      let code = end - tokens[k].start <= 4 && !s[tokens[k].start..<end].contains(where: TextFold.isDigit)
      while next < s.count, s[next] == " ", next + 1 < s.count, TextFold.isDigit(s[next + 1]),
        TextFold.isDigit(s[end - 1]) || code && end == tokens[k].end
      {
        next += 1
        while next < s.count && (TextFold.isDigit(s[next]) || s[next] == "-" || s[next] == ".") { next += 1 }
        end = next
      }
      // "KL 482 T": a short group of capitals after the digits closes the code.
      if code, end < s.count, s[end] == " " {
        var letters = end + 1
        while letters < s.count, ("A"..."Z").contains(s[letters]) { letters += 1 }
        if (1...3).contains(letters - end - 1), letters == s.count || !TextFold.isLetter(s[letters]) {
          end = letters
        }
      }
      let chunk = s[tokens[k].start..<end]
      guard chunk.contains(where: TextFold.isDigit), chunk.count >= 3 else { continue }
      // Ten digits from 0, or an international "+" number: a phone number after "nummer"
      // stays a phone number, not an id.
      let digits = chunk.filter(TextFold.isDigit)
      if chunk.first == "+" || (digits.count == 10 && digits.first == "0") { continue }
      found.append(PIISpan(start: tokens[k].start, end: end, label: .id))
    }
  }

  /// The first token from `from` on, within `within` tokens and the same sentence, that holds
  /// a digit.
  static func firstWithDigit(_ tokens: Tokens, from: Int, within: Int) -> Int? {
    let s = tokens.scalars
    for j in from..<min(tokens.count, from + within) {
      let t = tokens[j]
      if t.kind == .other, ".!?".unicodeScalars.contains(s[t.start]), j + 1 < tokens.count,
        tokens[j + 1].start > t.end
      {
        return nil
      }
      if t.kind == .number || t.kind == .mixed || s[t.start..<t.end].contains(where: TextFold.isDigit) {
        return j
      }
    }
    return nil
  }

  // MARK: Licence plates

  private func plates(_ tokens: Tokens, into found: inout [PIISpan]) {
    let s = tokens.scalars
    for i in 0..<tokens.count where tokens[i].kind != .other {
      guard i == 0 || tokens[i - 1].end != tokens[i].start || s[tokens[i].start - 1] == "(" else { continue }
      // Cheap test first: a plate starts with at most three characters and a hyphen.
      let t = tokens[i]
      guard t.end < s.count,
        s[t.end] == "-" || (t.kind == .word && t.end - t.start <= 7 && s[t.start..<t.end].contains("-"))
      else { continue }
      var groups: [(letters: Bool, count: Int)] = []
      var k = i
      var end = tokens[i].start
      while k < tokens.count, groups.count < 4 {
        let t = tokens[k]
        if t.kind == .mixed { break }
        guard t.kind == .word || t.kind == .number, t.start == end || groups.isEmpty else { break }
        // A word token may hold several letter groups joined by hyphens ("gh-jk").
        var count = 0
        for c in s[t.start..<t.end] {
          if c == "-" {
            groups.append((true, count))
            count = 0
          } else {
            count += 1
          }
        }
        groups.append((t.kind == .word, count))
        end = t.end
        if k + 1 < tokens.count, tokens[k + 1].kind == .other, s[tokens[k + 1].start] == "-",
          tokens[k + 1].start == end
        {
          end += 1
          k += 2
        } else {
          k += 1
          break
        }
      }
      guard groups.count == 3, s[end - 1] != "-",
        end == s.count || !TextFold.isLetter(s[end]) && !TextFold.isDigit(s[end])
      else { continue }
      let sizes = groups.map(\.count)
      let letters = groups.filter(\.letters).count
      guard sizes.reduce(0, +) == 6, sizes.allSatisfy({ $0 >= 1 && $0 <= 3 }), letters >= 1, letters <= 2,
        s[tokens[i].start..<end].allSatisfy({ $0.value < 0x80 })
      else { continue }
      found.append(PIISpan(start: tokens[i].start, end: end, label: .id, detail: .licencePlate))
    }
  }

  // MARK: Postcodes

  static let twoLetterWords: Set<String> = [
    "is", "en", "de", "in", "op", "al", "ik", "je", "ze", "we", "er", "om", "of", "na", "nu", "zo", "ja",
    "te",
    "me", "an", "uw", "he", "hé", "ok", "xl", "km", "kg", "mb", "gb", "pm", "am", "st", "nr", "ct", "cm",
    "mm", "ml", "tv", "pc", "dr", "mr", "ma", "di", "wo", "do", "vr", "za", "zo",
  ]

  private func postcodes(_ tokens: Tokens, into found: inout [PIISpan]) {
    for i in 0..<tokens.count where tokens[i].kind == .mixed || tokens[i].kind == .number {
      let t = tokens[i]
      let key = Array(tokens.key(i))
      if t.kind == .mixed, key.count == 6, key[0...3].allSatisfy(Self.isDigit), key[0] != 0x30,
        key[4...].allSatisfy(Self.isAsciiLetter), !Self.forbidden(key[4], key[5])
      {
        found.append(PIISpan(start: t.start, end: t.end, label: .location, detail: .postcode))
        continue
      }
      guard t.kind == .number, key.count == 4, key[0] != 0x30, i + 1 < tokens.count else { continue }
      let next = tokens[i + 1]
      let letters = Array(tokens.key(i + 1))
      guard next.kind == .word, next.joined || next.start == t.end, letters.count == 2,
        letters.allSatisfy(Self.isAsciiLetter), !Self.forbidden(letters[0], letters[1])
      else { continue }
      let shouted = next.allCapitals || next.start == t.end
      // "postcode is 5611 ez": after the word itself, any two letters.
      let cued = (1...3).contains { i - $0 >= 0 && tokens.isAny(i - $0, ["postcode", "postkode"]) }
      guard shouted || cued || !Self.twoLetterWords.contains(String(decoding: letters, as: UTF8.self)) else {
        continue
      }
      found.append(PIISpan(start: t.start, end: next.end, label: .location, detail: .postcode))
    }
  }

  /// SA, SD and SS are never used in Dutch postcodes.
  static func forbidden(_ a: UInt8, _ b: UInt8) -> Bool {
    a == 0x73 && (b == 0x61 || b == 0x64 || b == 0x73)
  }
}
