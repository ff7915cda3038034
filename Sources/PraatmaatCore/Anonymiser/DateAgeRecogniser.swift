/// Finds dates written with a month name ("3 maart", "12 okt 1988", "maart 2021", "geboren in
/// 1985") and ages ("ik ben 34", "34 jaar oud", "mijn zoon (8)", "een meisje van 12").
/// "vorige week dinsdag" and a month alone stay: they single nobody out.
struct DateAgeRecogniser: Sendable {
  /// After "ik ben 5 jaar …" these words make it a duration, not an age.
  static let durationWords: Set<String> = [
    "geleden", "lang", "bij", "in", "op", "aan", "hier", "daar", "met", "getrouwd", "samen", "weg", "niet",
    "nog", "gestopt", "bezig", "verhuisd", "gescheiden", "clean", "nuchter", "werkloos", "ziek", "thuis",
    "naar", "voor", "lid", "klant", "cliënt", "client", "al", "achter", "zonder", "uit", "elke", "per",
    "getrouwd", "alleen", "vrijwilliger", "aan", "ouder", "jonger",
  ]

  func spans(_ tokens: Tokens) -> [PIISpan] {
    var found: [PIISpan] = []
    for i in 0..<tokens.count {
      let t = tokens[i]
      // Only numbers, number words, months and "geboren" can start a date or an age.
      guard
        t.kind == .number || t.kind == .mixed || t.flags.contains(.month) || t.flags.contains(.dateCue)
          || Self.mayBeNumberWord(tokens, i)
      else { continue }
      if let span = date(tokens, at: i) { found.append(Self.withSpokenYear(span, tokens)) }
      if let span = age(tokens, at: i) {
        found.append(span)
      } else if let last = found.last, last.label == .age, ageNumber(tokens, i), i >= 1,
        tokens.is(i - 1, "en") || tokens.is(i - 1, ","), tokens.index(atOrAfter: last.end) == i - 1
      {
        // "zijn 3 en 5", "van 17 en 21": more ages in the same list; "drie en dertig" is one.
        let units =
          tokens[i - 2].kind == .word
          && (tokens.numberWord(i - 2).map { $0 < 10 } ?? false)
        let tens = tokens.numberWord(i).map {
          $0 % 10 == 0 && $0 >= 20
        }
        if units, tens ?? false, tokens.is(i - 1, "en") {
          found[found.count - 1] = PIISpan(start: last.start, end: ageEnd(tokens, i).end, label: .age)
        } else {
          found.append(PIISpan(start: tokens[i].start, end: ageEnd(tokens, i).end, label: .age))
        }
      }
    }
    return found
  }

  /// "4 juni negentienvijftig", "12 mei tweeduizendvier": a year said in words after the month
  /// belongs to the date; not an amount ("1 maart tweeduizend euro").
  static func withSpokenYear(_ span: PIISpan, _ tokens: Tokens) -> PIISpan {
    let k = tokens.index(atOrAfter: span.end)
    guard k > 0, k < tokens.count, tokens[k - 1].flags.contains(.month), tokens[k].kind == .word,
      tokens[k].joined
    else { return span }
    let key = tokens.key(k)
    guard
      let prefix = [Array("negentien".utf8), Array("tweeduizend".utf8)].first(where: { key.starts(with: $0) }
      ),
      key.count > prefix.count || prefix.count == 11
    else { return span }
    // What follows the hundreds is a number below a hundred, or nothing ("tweeduizend").
    let rest = String(decoding: key.dropFirst(prefix.count), as: UTF8.self)
    guard rest.isEmpty || (DutchNumbers.value(rest).map { (0..<100).contains($0) } ?? false) else {
      return span
    }
    if k + 1 < tokens.count, tokens[k + 1].flags.contains(.unit) || tokens.is(k + 1, "euro") { return span }
    return PIISpan(start: span.start, end: tokens[k].end, label: span.label, detail: span.detail)
  }

  /// A cheap test before parsing: number words end in "tig", "tien" or are listed.
  static func mayBeNumberWord(_ tokens: Tokens, _ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word else { return false }
    if t.flags.contains(.numberWord) { return true }
    let key = tokens.key(i)
    guard key.count >= 4 else { return false }
    return key.ends(with: "tig") || key.ends(with: "tien")
  }

  // MARK: Dates

  /// A day number (3, 3e, 3de, 1ste, drie) joined to the month by spaces.
  private func day(_ tokens: Tokens, _ i: Int) -> Bool {
    if let n = tokens.number(i) { return (1...31).contains(n) && tokens[i].end - tokens[i].start <= 2 }
    guard tokens[i].kind != .word || Self.mayBeNumberWord(tokens, i), i + 1 < tokens.count,
      tokens[i + 1].flags.contains(.month)
    else { return false }
    let key = String(decoding: tokens.key(i), as: UTF8.self)
    if tokens[i].kind == .mixed {
      let digits = key.prefix { $0.isNumber }
      let rest = key.dropFirst(digits.count)
      return ["e", "ste", "de", "ste.", "st"].contains(String(rest))
        && (Int(digits).map { (1...31).contains($0) } ?? false)
    }
    if tokens[i].flags.contains(.numberWord) || DutchNumbers.value(key) != nil {
      return DutchNumbers.value(key).map { (1...31).contains($0) } ?? false
    }
    return false
  }

  private func year(_ tokens: Tokens, _ i: Int) -> Int? {
    guard i < tokens.count, tokens[i].joined || tokens[i].start == tokens[i - 1].end else { return nil }
    if let n = tokens.number(i), tokens[i].end - tokens[i].start == 4, (1900...2099).contains(n) { return i }
    // '88
    if tokens[i].kind == .other, TextFold.isApostrophe(tokens.scalars[tokens[i].start]), i + 1 < tokens.count,
      tokens[i + 1].start == tokens[i].end, tokens[i + 1].kind == .number,
      tokens[i + 1].end - tokens[i + 1].start == 2
    {
      return i + 1
    }
    return nil
  }

  private func date(_ tokens: Tokens, at i: Int) -> PIISpan? {
    let t = tokens[i]
    // 3 maart, 3 mrt. 2024, drie maart
    if t.kind != .other, day(tokens, i), i + 1 < tokens.count, tokens[i + 1].joined,
      tokens[i + 1].flags.contains(.month), tokens[i + 1].kind == .word
    {
      var end = tokens[i + 1].end
      var k = i + 2
      if k < tokens.count, tokens[k].kind == .other, tokens.scalars[tokens[k].start] == ".",
        tokens[k].start == end
      {
        k += 1
      }
      if let y = year(tokens, k) ?? (k < tokens.count && tokens[k].joined ? year(tokens, k) : nil) {
        end = tokens[y].end
      } else if k < tokens.count, tokens[k].kind == .number, tokens[k].end - tokens[k].start == 2,
        tokens[k].start == end + 1, k + 1 >= tokens.count || tokens[k + 1].kind == .other
      {
        // "3 mei 01": a year in two digits that ends the date.
        end = tokens[k].end
      }
      // "dinsdag 4 juni": the day of the week belongs to the date.
      let weekday = i >= 1 && t.joined && tokens[i - 1].flags.contains(.weekday)
      return PIISpan(start: weekday ? tokens[i - 1].start : t.start, end: end, label: .date)
    }
    // maart 2021, okt '88
    if t.kind == .word, t.flags.contains(.month), i + 1 < tokens.count, let y = year(tokens, i + 1),
      !(i > 0 && day(tokens, i - 1) && tokens[i].joined)
    {
      return PIISpan(start: t.start, end: tokens[y].end, label: .date)
    }
    // "ik ben van 1990", "zij is van '88": a birth year.
    if let n = tokens.number(i), t.end - t.start == 4, (1900...2099).contains(n), i >= 2,
      tokens.is(i - 1, "van"),
      tokens[i - 2].flags.contains(.beVerb)
    {
      return PIISpan(start: t.start, end: t.end, label: .date)
    }
    // geboren in 1985, geb. 1985
    if tokens.isAny(i, ["geboren", "geb"]) {
      var k = i + 1
      while k < tokens.count, k <= i + 3,
        tokens[k].kind == .other
          || tokens.isAny(k, ["in", "op", "ben", "is", "ik", "hij", "zij", "ze", "was"])
      {
        k += 1
      }
      if let n = tokens.number(k), tokens[k].end - tokens[k].start == 4, (1900...2099).contains(n) {
        return PIISpan(start: tokens[k].start, end: tokens[k].end, label: .date)
      }
    }
    return nil
  }
}
