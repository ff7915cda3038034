/// Options that name numbers: a range ("Tussen 16 en 25 jaar", "Ouder dan 65 jaar") or a
/// span of time ("Een paar dagen", "Een paar weken", "Een paar maanden"). A number in the
/// answer chooses the one option it falls in: "20" is "Tussen 16 en 25 jaar", "een half jaar"
/// is "Een paar maanden".
extension AnswerMatcher {
  func byAmount(_ t: AnswerText, options: [Option]) -> String? {
    if let id = byRange(t, options: options) { return id }
    return bySpan(t, options: options)
  }

  /// The range a label names, or nil.
  static func range(_ label: String) -> ClosedRange<Double>? {
    let w = AnswerText.plain(label).split(separator: " ").map(String.init)
    func number(_ i: Int) -> Double? { i < w.count ? Int(w[i]).map(Double.init) : nil }
    for (i, word) in w.enumerated() {
      if word == "tussen", let a = number(i + 1), i + 2 < w.count, w[i + 2] == "en", let b = number(i + 3),
        a <= b
      {
        return a...b
      }
      if ["ouder", "meer", "langer", "vaker"].contains(word), i + 1 < w.count, w[i + 1] == "dan",
        let a = number(i + 2)
      {
        return (a + 1)...Double.greatestFiniteMagnitude
      }
      if ["jonger", "minder", "korter"].contains(word), i + 1 < w.count, w[i + 1] == "dan",
        let a = number(i + 2)
      {
        return 0...(a - 1)
      }
      if ["vanaf", "boven"].contains(word), let a = number(i + 1) {
        return a...Double.greatestFiniteMagnitude
      }
      if ["onder", "tot"].contains(word), let a = number(i + 1) { return 0...(a - 1) }
      // "Voor 10 uur", "Na 12 uur": before or after a time of day.
      if ["voor", "na"].contains(word), let a = number(i + 1), i + 2 < w.count, w[i + 2] == "uur" {
        return word == "voor" ? 0...(a - 0.01) : (a + 0.01)...Double.greatestFiniteMagnitude
      }
    }
    return nil
  }

  func byRange(_ t: AnswerText, options: [Option]) -> String? {
    let ranges = options.map { Self.range($0.label) }
    guard ranges.contains(where: { $0 != nil }) else { return nil }
    let w = t.words
    var amounts = NumberReader.amounts(w)
    // "een jaar of 35": about 35.
    if let i = w.firstIndex(of: "of"), i > 0, ["jaar", "keer", "stuk"].contains(w[i - 1]) {
      amounts.removeAll { $0.at < i }
    }
    guard amounts.count == 1, !w.contains("of") || amounts[0].at > (w.firstIndex(of: "of") ?? 0) else {
      return nil
    }
    var value = amounts[0].value
    // "boven de 65", "ouder dan 65": just above; "onder de 18": just below.
    let before = w[..<amounts[0].at]
    if before.contains(where: { ["boven", "ouder", "meer", "vanaf"].contains($0) }) { value += 1 }
    if before.contains(where: { ["onder", "jonger", "minder"].contains($0) }) { value -= 1 }
    // "half 10", "kwart voor 10", "kwart over 9": a time of day on the clock.
    let clock = options.contains { AnswerText.plain($0.label).split(separator: " ").contains("uur") }
    if clock {
      if before.last == "half" { value -= 0.5 }
      if before.suffix(2) == ["kwart", "voor"] { value -= 0.25 }
      if before.suffix(2) == ["kwart", "over"] { value += 0.25 }
      // "om 2 uur" against "Voor 10 uur / … / Na 12 uur": an hour on the other half of the clock
      // is not read.
      let hours = options.flatMap {
        AnswerText.plain($0.label).split(separator: " ").compactMap { Double(String($0)) }
      }
      if let first = hours.min(), value < first - 4 { return nil }
    }
    let fits = options.indices.filter { ranges[$0]?.contains(value) == true }
    return fits.count == 1 ? options[fits[0]].id : nil
  }

  /// Days per unit of time, by the words a label or an answer uses for it.
  static let spanDays: [String: Double] = [
    "dag": 1, "dagen": 1, "week": 7, "weken": 7, "maand": 30, "maanden": 30, "jaar": 365, "jaren": 365,
  ]

  func bySpan(_ t: AnswerText, options: [Option]) -> String? {
    // Each option's unit, from its label: "Een paar weken" → 7.
    // Only spans said in the plural ("Een paar weken"): "Elke week" is how often, not how long.
    let units = options.map { option in
      AnswerText.plain(option.label).split(separator: " ").lazy
        .filter { $0.hasSuffix("en") }.compactMap { Self.spanDays[String($0)] }.first
    }
    let known = options.indices.filter { units[$0] != nil }
    guard known.count >= 2 else { return nil }
    let w = t.words
    var days: Double?
    for (i, word) in w.enumerated() {
      guard let unit = Self.spanDays[word] else { continue }
      // "een week of 6": about six of them.
      if i + 2 < w.count, w[i + 1] == "of", let n = Int(w[i + 2]) {
        days = Double(n) * unit
      } else if let a = NumberReader.amounts(Array(w[..<i])).last, a.at == i - 1 {
        days = a.value * unit
      } else if i > 0, w[i - 1] == "half" {
        days = unit / 2
      } else if i > 0, ["een", "paar", "aantal"].contains(w[i - 1]) || word.hasSuffix("en") {
        days = word.hasSuffix("en") && w[i - 1] != "een" ? unit * 3 : unit
      }
      break
    }
    guard let days else { return nil }
    // The option with the largest unit that the span holds at least twice ("een paar").
    let order = known.sorted { (units[$0] ?? 0) < (units[$1] ?? 0) }
    var chosen = order[0]
    for o in order where days >= (units[o] ?? 0) * 2 { chosen = o }
    return options[chosen].id
  }
}
