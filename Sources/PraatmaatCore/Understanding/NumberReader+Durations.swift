/// Answers that give a length of time in another unit or as two clock times: "een jaar" to a
/// question in weeks, "van 11 tot 7" to a question in hours.
extension NumberReader {
  /// Weeks or months, from an answer in its own unit or a larger or smaller one: "een jaar"
  /// is 52 weeks, "2 maanden" 8 weeks (worked out, so checked first). An answer in hours or
  /// days for weeks or months is not read.
  func duration(_ w: [String], _ amounts: [Amount]) -> Reading {
    let weeks: [String: Double] = ["week": 1, "weken": 1, "maand": 4, "maanden": 4, "jaar": 52, "jaren": 52]
    let months: [String: Double] = ["maand": 1, "maanden": 1, "jaar": 12, "jaren": 12]
    let table = unit == .weeks ? weeks : months
    let own: Set<String> = unit == .weeks ? ["week", "weken"] : ["maand", "maanden"]
    var total = 0.0
    var worked = false
    var counted = 0
    for a in amounts {
      guard let unitWord = a.unit else { continue }
      guard let factor = table[unitWord] else { return .unclear }
      total += a.value * factor
      worked = worked || !own.contains(unitWord)
      counted += 1
    }
    // "een jaar": a year without a number word before it.
    for (i, word) in w.enumerated()
    where ["jaar", "maand", "week"].contains(word) && !amounts.contains(where: { $0.at == i - 1 }) {
      guard i == 0 || ["een", "n", "het", "ruim", "bijna", "ongeveer"].contains(w[i - 1]),
        let factor = table[word]
      else { continue }
      if i > 0, ["ruim", "bijna"].contains(w[i - 1]) { return .unclear }
      total += factor
      worked = worked || !own.contains(word)
      counted += 1
    }
    guard counted > 0 else { return single(amounts, w) }
    guard counted == amounts.count || amounts.allSatisfy({ $0.unit != nil }), total == total.rounded() else {
      return .unclear
    }
    return .number(Int(total), worked: worked || counted > 1)
  }

  /// Whole years from one amount in a smaller unit: "2 maanden" to a question in years is 0,
  /// "18 maanden" 1, as an age is counted. Worked out, so checked first; nil for any other
  /// answer.
  static func wholeYears(_ amounts: [Amount]) -> Reading? {
    let perYear: [String: Double] = [
      "maand": 12, "maanden": 12, "week": 52, "weken": 52, "dag": 365, "dagen": 365,
    ]
    guard amounts.count == 1, let unit = amounts[0].unit, let per = perYear[unit] else { return nil }
    return .number(Int(amounts[0].value / per), worked: true)
  }

  /// Hours between two clock times: "van 11 tot 7" (a night: 8), "van tien tot zeven", "van
  /// 23:00 tot 06:00", "van half 11 tot half 7", and two times with "om" ("om 11 uur naar bed,
  /// om 7 uur op"). Worked out, so checked first; nil when the answer has no such span.
  func clockSpan(_ w: [String]) -> Reading? {
    let times: (Int, Int)
    if let from = w.firstIndex(of: "van"), let to = w[from...].firstIndex(of: "tot") {
      times = (from + 1, to + 1)
    } else {
      // Two times with "om" only for going to bed and getting up: "om 10 naar school en om 3
      // naar huis" is no span.
      let at = w.indices.filter { w[$0] == "om" }
      let sleep = w.contains { ["bed", "slapen", "slaap", "op", "eruit", "wakker", "opstaan"].contains($0) }
      guard at.count == 2, sleep else { return nil }
      times = (at[0] + 1, at[1] + 1)
    }
    guard let start = clockTime(w, at: times.0), let end = clockTime(w, at: times.1) else { return nil }
    let twentyFour = start.hour > 12 || end.hour > 12 || start.written24 || end.written24
    let cycle = twentyFour ? 24.0 : 12.0
    var span = (end.hour + end.minutes / 60) - (start.hour + start.minutes / 60)
    while span <= 0 { span += cycle }
    guard span == span.rounded() else { return .unclear }
    return .number(Int(span), worked: true)
  }

  /// A clock time at `i`: "11", "elf", "11 uur", "23 00" (from 23:00), "half 8" (7:30).
  private func clockTime(_ w: [String], at i: Int) -> (hour: Double, minutes: Double, written24: Bool)? {
    guard i < w.count else { return nil }
    if w[i] == "half", let next = clockTime(w, at: i + 1), next.minutes == 0 {
      return (next.hour == 0 ? 23 : next.hour - 1, 30, next.written24)
    }
    let hour = Int(w[i]) ?? DutchNumbers.value(w[i]) ?? Self.extraNumbers[w[i]]
    guard let hour, (0...24).contains(hour) else { return nil }
    var minutes = 0.0
    var written24 = w[i].count == 2 && w[i].hasPrefix("0")
    if i + 1 < w.count, w[i + 1].count == 2, let m = Int(w[i + 1]), (0..<60).contains(m) {
      minutes = Double(m)
      written24 = true
    }
    return (Double(hour), minutes, written24)
  }
}
