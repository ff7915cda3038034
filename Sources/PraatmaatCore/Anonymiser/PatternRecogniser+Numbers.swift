/// Numbers in digits: phone numbers in every Dutch form, BSNs with the eleven-check, other
/// ID numbers, and dates written in digits; money and amounts with a unit stay.
extension PatternRecogniser {
  private struct Group {
    var start: Int
    var end: Int
    var digits: [UInt8]
    /// The separator before this group ("" for the first).
    var separator: [Unicode.Scalar]
  }

  func numbers(_ tokens: Tokens, into found: inout [PIISpan]) {
    let s = tokens.scalars
    var i = 0
    while i < s.count {
      let plus = s[i] == "+" && i + 1 < s.count && TextFold.isDigit(s[i + 1])
      guard TextFold.isDigit(s[i]) || plus,
        i == 0 || !(TextFold.isLetter(s[i - 1]) || TextFold.isDigit(s[i - 1]))
      else {
        i += 1
        continue
      }
      let groups = Self.groups(s, from: plus ? i + 1 : i)
      guard let last = groups.last else {
        i += 1
        continue
      }
      var g = 0
      while g < groups.count {
        var matched = false
        // Up to ten groups: "0 6 1 2 3 4 5 6 7 8", a phone number typed digit by digit.
        for e in stride(from: min(groups.count - 1, g + 9), through: g, by: -1) {
          let window = Array(groups[g...e])
          if let label = classify(
            window, plus: plus && g == 0, tokens: tokens, before: g == 0 ? i : groups[g].start)
          {
            var start = plus && g == 0 ? i : groups[g].start
            // "(030) 1234567": the bracket belongs to the number.
            if label == .phone, start > 0, s[start - 1] == "(" { start -= 1 }
            found.append(PIISpan(start: start, end: groups[e].end, label: label))
            g = e + 1
            matched = true
            break
          }
        }
        if !matched { g += 1 }
      }
      i = last.end
    }
  }

  /// Digit runs joined by short separators: spaces, "-" (or a longer dash), ".", "/", "(", ")", "'".
  private static func groups(_ s: [Unicode.Scalar], from start: Int) -> [Group] {
    var groups: [Group] = []
    var i = start
    var separator: [Unicode.Scalar] = []
    while i < s.count {
      guard TextFold.isDigit(s[i]) else { break }
      let begin = i
      var digits: [UInt8] = []
      while i < s.count && TextFold.isDigit(s[i]) {
        digits.append(UInt8(s[i].value))
        i += 1
      }
      if i < s.count && TextFold.isLetter(s[i]) {
        // "3511ab", "12a": belongs to a postcode or a house number, not to a longer number.
        if groups.isEmpty { groups.append(Group(start: begin, end: i, digits: digits, separator: separator)) }
        break
      }
      groups.append(Group(start: begin, end: i, digits: digits, separator: separator))
      var k = i
      separator = []
      while k < s.count, separator.count < 3, " -./()'".unicodeScalars.contains(s[k]) || Self.isDash(s[k]) {
        // "06–12 34 56 78": a dash of any length is a hyphen here.
        separator.append(Self.isDash(s[k]) ? "-" : s[k])
        k += 1
      }
      guard !separator.isEmpty, k < s.count, TextFold.isDigit(s[k]),
        separator.filter({ $0 != " " }).count <= 2
      else { break }
      i = k
    }
    return groups
  }

  /// The dashes people type for a hyphen: en dash, em dash, figure dash, minus sign.
  private static func isDash(_ c: Unicode.Scalar) -> Bool {
    (0x2010...0x2015).contains(c.value) || c.value == 0x2212
  }

  private func classify(_ window: [Group], plus: Bool, tokens: Tokens, before: Int) -> PIISpan.Label? {
    let digits = window.flatMap(\.digits)
    // "12-5-'93": a year cut short keeps its apostrophe after the separator.
    let separators = window.dropFirst().map {
      $0.separator.count == 2 && $0.separator[1] == "'" ? [$0.separator[0]] : $0.separator
    }
    let spaced = separators.contains { $0.contains(" ") }
    // Phone numbers.
    var national = digits
    if plus || (digits.starts(with: Array("0031".utf8))) {
      let rest = plus ? digits : Array(digits.dropFirst(2))
      if rest.starts(with: Array("31".utf8)) {
        national = [0x30] + rest.dropFirst(2).drop(while: { $0 == 0x30 })
      } else if plus, rest.count >= 9, rest.count <= 13 {
        return .phone
      }
    }
    if national.count == 10, national[0] == 0x30, national[1] != 0x30 { return .phone }
    if national.count >= 8, national.count <= 11,
      national.starts(with: Array("0800".utf8)) || national.starts(with: Array("0900".utf8))
        || national.starts(with: Array("0909".utf8)) || national.starts(with: Array("0906".utf8))
    {
      return .phone
    }
    // "4417 2290 3381 6605": a long number in groups of four (a payment reference, a card) is one.
    if window.count >= 3, digits.count >= 12, window.allSatisfy({ $0.digits.count == 4 }),
      separators.allSatisfy({ $0 == [" "] || $0 == ["-"] })
    {
      return .id
    }
    // BSN with the 11-test, in any grouping; eight digits means a leading zero was left off.
    if digits.count == 9 || digits.count == 8 {
      let nine = digits.count == 8 ? [0x30] + digits : digits
      if Self.elevenProof(nine), !nine.allSatisfy({ $0 == 0x30 }) { return .id }
    }
    if digits.count == 9, digits[0] == 0x36, window.count <= 3 { return .phone }
    // Dates: 3-4-2023, 03/04/23, 3.4.2023; without a year only after a cue.
    if window.count == 3 || window.count == 2, !spaced,
      Set(separators.map { $0 }).count == 1, let sep = separators.first, sep.count == 1,
      "-/.".unicodeScalars.contains(sep[0])
    {
      let parts = window.map { Int(String(decoding: $0.digits, as: UTF8.self)) ?? -1 }
      // "1998-07-21": the year first, as forms write it.
      if window.count == 3, sep[0] != ".", window[0].digits.count == 4, (1900...2099).contains(parts[0]),
        (1...12).contains(parts[1]), (1...31).contains(parts[2])
      {
        return .date
      }
      let dayMonth =
        (1...31).contains(parts[0]) && (1...12).contains(parts[1])
        && window[0].digits.count <= 2 && window[1].digits.count <= 2
      if window.count == 3, dayMonth, window[2].digits.count == 2 || window[2].digits.count == 4 {
        return .date
      }
      if window.count == 2, dayMonth, sep[0] != ".", !followedByUnit(tokens, after: window[1].end),
        window[0].digits.count == 2 && window[1].digits.count == 2 || dateCueBefore(tokens, before)
      {
        return .date
      }
    }
    // Other long numbers: client, file and case numbers.
    if window.count == 1, digits.count >= 6, !isMoney(tokens, window[0]) { return .id }
    if window.count > 1, !spaced, digits.count >= 7, !isMoney(tokens, window[0]),
      separators.allSatisfy({ $0 == ["-"] || $0 == ["."] || $0 == ["/"] })
    {
      return .id
    }
    return nil
  }

  static func elevenProof(_ d: [UInt8]) -> Bool {
    guard d.count == 9 else { return false }
    var sum = 0
    for k in 0..<8 { sum += Int(d[k] - 0x30) * (9 - k) }
    sum -= Int(d[8] - 0x30)
    return sum % 11 == 0
  }

  private func isMoney(_ tokens: Tokens, _ group: Group) -> Bool {
    let s = tokens.scalars
    var k = group.start - 1
    while k >= 0 && s[k] == " " { k -= 1 }
    if k >= 0 && (s[k] == "€" || s[k] == "$") { return true }
    return followedByUnit(tokens, after: group.end)
  }

  private func followedByUnit(_ tokens: Tokens, after end: Int) -> Bool {
    let next = tokens.index(atOrAfter: end)
    return next < tokens.count && tokens[next].flags.contains(.unit)
  }

  private func dateCueBefore(_ tokens: Tokens, _ start: Int) -> Bool {
    var k = tokens.index(atOrAfter: start) - 1
    while k >= 0 && tokens[k].kind == .other { k -= 1 }
    return k >= 0 && (tokens[k].flags.contains(.dateCue) || tokens[k].flags.contains(.weekday))
  }
}
