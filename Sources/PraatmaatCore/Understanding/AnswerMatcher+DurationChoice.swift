/// A choice whose options are all lengths of time ("Korter dan een jaar", "1 tot 5 jaar",
/// "Langer dan 5 jaar"): the length the answer says, in any unit ("pas acht maanden", "een
/// half jaar", "bijna twee jaar", "al 7 jaar"), chooses the option it falls in. "bijna" and "nog
/// geen" put it just below the length, "ruim" and "meer dan" just above.
extension AnswerMatcher {
  /// A span of months, `low` and `high` included unless `open` says otherwise.
  struct MonthSpan: Equatable {
    var low: Double
    var high: Double
    var openLow = false
    var openHigh = false

    func contains(_ months: Double) -> Bool {
      (openLow ? months > low : months >= low) && (openHigh ? months < high : months <= high)
    }
  }

  /// Months per unit of time.
  static let monthsPer: [String: Double] = [
    "dag": 1.0 / 30, "dagen": 1.0 / 30, "week": 12.0 / 52, "weken": 12.0 / 52,
    "maand": 1, "maanden": 1, "jaar": 12, "jaren": 12,
  ]

  /// The lengths of time in `w`, in months, with where each number is (`at`) and where its
  /// phrase starts: a number with a unit ("4 maanden", "twee jaar", "een jaar", "een jaar of
  /// 4"), "een half jaar", "anderhalf jaar", "twee en een half jaar". A unit without a number
  /// after "paar" or "aantal" is no length.
  static func lengths(_ w: [String]) -> [(months: Double, at: Int, start: Int)] {
    var found: [(months: Double, at: Int, start: Int)] = []
    for a in NumberReader.amounts(w) {
      guard let unit = a.unit, let per = monthsPer[unit] else { continue }
      // "een jaar of 4": about four of them.
      if a.at + 3 < w.count, w[a.at + 2] == "of", let n = Int(w[a.at + 3]) ?? DutchNumbers.value(w[a.at + 3])
      {
        found.append((Double(n) * per, a.at + 3, a.at))
      } else {
        found.append((a.value * per, a.at, a.at))
      }
    }
    for (i, word) in w.enumerated() where i > 0 && w[i - 1] == "half" {
      guard let per = monthsPer[word], !found.contains(where: { $0.at == i - 1 }) else { continue }
      var start = i > 1 && w[i - 2] == "een" ? i - 2 : i - 1
      var months = per / 2
      // "twee en een half jaar": the whole ones before "en".
      if start >= 2, w[start - 1] == "en", let n = Int(w[start - 2]) ?? DutchNumbers.value(w[start - 2]) {
        months += Double(n) * per
        start -= 2
      }
      found.append((months, i - 1, start))
    }
    return found.sorted { $0.at < $1.at }
  }

  /// What a label says as a span of months, or nil when it names no length of time.
  static func monthSpan(_ label: String) -> MonthSpan? {
    let w = AnswerText.plain(label).split(separator: " ").map(String.init)
    // "1 tot 5 jaar": the first number takes the unit of the second.
    func months(_ part: ArraySlice<String>, unitAfter: [String]) -> Double? {
      let own = lengths(Array(part))
      if own.count == 1 { return own[0].months }
      guard own.isEmpty, let n = part.compactMap({ DutchNumbers.value($0) ?? Int($0) }).last,
        let unit = unitAfter.first(where: { monthsPer[$0] != nil }), let per = monthsPer[unit]
      else { return nil }
      return Double(n) * per
    }
    if let first = w.first, w.count > 2, w[1] == "dan" {
      guard let m = months(w[2...], unitAfter: []) else { return nil }
      switch first {
      case "korter", "minder", "binnen": return MonthSpan(low: 0, high: m, openHigh: true)
      case "langer", "meer", "ruim": return MonthSpan(low: m, high: .infinity, openLow: true)
      default: return nil
      }
    }
    if let tot = w.firstIndex(where: { ["tot", "en", "-"].contains($0) }), tot > 0,
      w[0] != "tussen" || tot > 1
    {
      let from = w[0] == "tussen" ? 1 : 0
      let rest = Array(w[(tot + 1)...])
      guard let high = months(w[(tot + 1)...], unitAfter: []),
        let low = months(w[from..<tot], unitAfter: rest), low < high
      else { return nil }
      return MonthSpan(low: low, high: high)
    }
    if let m = months(w[...], unitAfter: []) { return MonthSpan(low: m, high: m) }
    return nil
  }

  /// The option of the length of time the answer says, when every option but "weet ik niet"
  /// or "anders" names one and the answer says one length, or several that fall in one option.
  /// A number alone is the option's number (read before this); a number without a unit
  /// otherwise ("sinds 2024"), an age ("sinds ik 16 jaar was"), a number split by a comma ("1,5
  /// jaar") and lengths in two options are asked again.
  func durationChoice(_ t: AnswerText, options: [Option]) -> Result? {
    guard let spans = Self.everyOption(options, reads: Self.monthSpan) else { return nil }
    let w = t.words
    let said = Self.lengths(w)
    guard !said.isEmpty else {
      return w.contains(where: { Int($0) != nil }) ? .notUnderstood : nil
    }
    var chosen: Set<String> = []
    for length in said {
      let start = length.start
      // "1,5 jaar": a number and a comma right before it.
      if start > 0, t.clauses[start - 1] != t.clauses[start], Int(w[start - 1]) != nil {
        return .notUnderstood
      }
      let before = (max(0, start - 2)..<start).filter { t.clauses[$0] == t.clauses[start] }.map { w[$0] }
      let unitAt = length.at + 1
      if before.contains(where: { ["ik", "was", "ben"].contains($0) })
        || unitAt + 1 < w.count && w[unitAt + 1] == "oud"
      {
        return .notUnderstood
      }
      var months = length.months
      if before.contains("bijna") || before.last == "geen" || before.suffix(2) == ["minder", "dan"]
        || before.suffix(2) == ["korter", "dan"]
      {
        months *= 0.99
      } else if before.contains("ruim") || before.suffix(2) == ["meer", "dan"]
        || before.suffix(2) == ["langer", "dan"]
      {
        months *= 1.01
      }
      let fits = spans.filter { $0.span.contains(months) }
      guard fits.count == 1 else { return .notUnderstood }
      chosen.insert(fits[0].id)
    }
    return chosen.count == 1 ? .value(.option(chosen.first!)) : .notUnderstood
  }
}
