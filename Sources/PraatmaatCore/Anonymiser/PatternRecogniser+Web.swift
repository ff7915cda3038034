/// E-mail addresses (also with spaces around the @, a comma for the dot or an @ typed twice),
/// handles ("@naam") and web addresses ("www.…", "http…", "naam.nl", "naam.xy/pagina").
extension PatternRecogniser {
  static func isLocal(_ c: Unicode.Scalar) -> Bool {
    TextFold.isDigit(c) || (c.value < 0x80 && TextFold.isLetter(c)) || "._%+-".unicodeScalars.contains(c)
  }

  static func isHost(_ c: Unicode.Scalar) -> Bool {
    TextFold.isDigit(c) || TextFold.isLetter(c) || c == "." || c == "-"
  }

  /// E-mail addresses, also typed with a slip ("lisa@gmail,com", "lisa @ hotmail.com"), and
  /// handles ("@lisa_2004"), which name a person as much as a name does.
  func emails(_ tokens: Tokens, into found: inout [PIISpan]) {
    let s = tokens.scalars
    for (n, t) in tokens.items.enumerated() where t.kind == .other && s[t.start] == "@" {
      // "naam@@host.nl": an @ typed twice is one; the second is skipped as its own token.
      if n > 0, tokens.items[n - 1].kind == .other, tokens.items[n - 1].end == t.start, s[t.start - 1] == "@"
      {
        continue
      }
      var start = t.start
      while start > 0 && Self.isLocal(s[start - 1]) { start -= 1 }
      var hostStart = t.start + 1
      while hostStart < s.count && s[hostStart] == "@" { hostStart += 1 }
      var spaced = false
      if start == t.start, t.start + 1 < s.count, s[t.start + 1] == " " {
        // "lisa @ hotmail.com": spaces around the @.
        var k = t.start - 1
        while k >= 0 && s[k] == " " { k -= 1 }
        if k >= 0, k < t.start - 1, Self.isLocal(s[k]) {
          start = k
          while start > 0 && Self.isLocal(s[start - 1]) { start -= 1 }
          spaced = true
        }
      }
      if spaced { while hostStart < s.count && s[hostStart] == " " { hostStart += 1 } }
      var end = hostStart
      while end < s.count && Self.isHost(s[end]) { end += 1 }
      // A comma or space typed for the dot before the top-level domain: "gmail,com".
      if end + 2 < s.count, s[end] == "," || s[end] == " ", let tld = topLevelDomain(s, at: end + 1) {
        end = tld
      }
      while end > hostStart && (s[end - 1] == "." || s[end - 1] == "-") { end -= 1 }
      let host = s[hostStart..<end]
      if start == t.start {
        // No address before the @: a handle, when something name-like follows.
        if end - hostStart >= 2, host.contains(where: TextFold.isLetter) {
          var handleEnd = hostStart
          while handleEnd < s.count, Self.isLocal(s[handleEnd]) || s[handleEnd] == "_" { handleEnd += 1 }
          while handleEnd > hostStart && s[handleEnd - 1] == "." { handleEnd -= 1 }
          found.append(PIISpan(start: t.start, end: handleEnd, label: .person))
        }
        continue
      }
      guard end - hostStart >= 2 else { continue }
      // Spaced, the host must end in a dot and a known domain; unspaced "a@b" is address enough.
      if spaced, !(host.lastIndex(of: ".").map { end - $0 > 2 } ?? false) { continue }
      found.append(PIISpan(start: start, end: end, label: .email))
    }
  }

  /// The end of a known top-level domain starting at `i`, when it stands alone there.
  func topLevelDomain(_ s: [Unicode.Scalar], at i: Int) -> Int? {
    var end = i
    while end < s.count && TextFold.isLetter(s[end]) { end += 1 }
    guard end > i, end == s.count || !TextFold.isLetter(s[end]) else { return nil }
    let word = String(String.UnicodeScalarView(s[i..<end])).lowercased()
    return Self.topLevelDomains.contains(word) ? end : nil
  }

  func urls(_ tokens: Tokens, into found: inout [PIISpan]) {
    let s = tokens.scalars
    var i = 0
    while i < tokens.count {
      let t = tokens[i]
      var hit = false
      if t.kind == .word, t.end - t.start <= 5, tokens.isAny(i, ["http", "https"]), i + 1 < tokens.count,
        s[tokens[i + 1].start] == ":"
      {
        hit = true
      } else if t.kind == .word, tokens.is(i, "www"), i + 1 < tokens.count, s[tokens[i + 1].start] == "." {
        hit = true
      } else if t.kind == .other, s[t.start] == ".", i > 0, i + 1 < tokens.count,
        tokens[i - 1].end == t.start, tokens[i + 1].start == t.end, tokens[i + 1].kind == .word,
        Self.topLevelDomains.contains(String(decoding: tokens.key(i + 1), as: UTF8.self)),
        tokens[i + 1].end == s.count || !TextFold.isLetter(s[tokens[i + 1].end])
      {
        hit = true
      } else if t.kind == .other, s[t.start] == ".", i > 0, i + 1 < tokens.count,
        tokens[i - 1].kind == .word, tokens[i - 1].end == t.start, tokens[i + 1].start == t.end,
        tokens[i + 1].kind == .word, (2...6).contains(tokens[i + 1].end - tokens[i + 1].start),
        tokens[i + 1].end < s.count, s[tokens[i + 1].end] == "/"
      {
        // "naam.xy/pagina": any domain followed by a path is a link, whatever its ending.
        hit = true
      }
      guard hit else {
        i += 1
        continue
      }
      var start = t.start
      while start > 0 && !Self.isSpace(s[start - 1]) && s[start - 1] != "(" { start -= 1 }
      var end = t.end
      while end < s.count && !Self.isSpace(s[end]) { end += 1 }
      while end > t.end && ".,;:!?)'\"".unicodeScalars.contains(s[end - 1]) { end -= 1 }
      let at = s[start..<end].firstIndex(of: "@")
      if at == nil || s[start..<at!].contains("/") {
        found.append(PIISpan(start: start, end: end, label: .url))
      }
      while i < tokens.count && tokens[i].start < end { i += 1 }
    }
  }

  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{A0}"
  }
}
