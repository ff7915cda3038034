/// Days read from their names: named one by one, as a range, "elke dag", "elke werkdag",
/// "het weekend", "behalve zondag".
extension NumberReader {
  /// Days named one by one ("maandag en woensdag", "ma di do") or as a range ("ma t/m do",
  /// "maandag tot vrijdag"); nil when none is named.
  func dayCount(_ w: [String]) -> Int? {
    var named: [(at: Int, day: Int)] = []
    for (i, word) in w.enumerated() {
      if let d = Self.dayNames[word] { named.append((i, d)) }
    }
    let short = w.enumerated().compactMap { i, word in Self.dayShort[word].map { (at: i, day: $0) } }
    if named.isEmpty, short.count >= 2 || (short.count == 1 && w.contains("t/m")) { named = short }
    guard !named.isEmpty else { return nil }
    if named.count == 2 {
      let between = w[(named[0].at + 1)..<named[1].at]
      if between.contains("t/m") || between.contains("tot") || between.contains("tm") {
        return named[1].day - named[0].day + 1
      }
    }
    return Set(named.map(\.day)).count
  }

  /// "elke dag" 7, "elke werkdag" or "doordeweeks" 5, "weekend" 2, "hele week behalve
  /// zondag" 6; nil when none of these.
  func everyDay(_ w: [String]) -> Int? {
    // "bijna elke dag", "niet elke dag": almost every day is no number of days.
    if w.contains(where: { ["bijna", "haast"].contains($0) })
      || zip(w, w.dropFirst()).contains(where: { $0 == "niet" && ["elke", "iedere", "alle"].contains($1) })
    {
      return nil
    }
    // "elke dag behalve het weekend": what comes after "behalve" is taken off.
    let cut = w.firstIndex(of: "behalve") ?? w.count
    let text = " " + w[..<cut].joined(separator: " ") + " "
    var days: Int?
    if text.contains(" werkdag") || text.contains(" doordeweeks ") {
      days = 5
    } else if text.contains(" weekend ") {
      days = 2
    } else if text.contains(" elke dag ") || text.contains(" iedere dag ") || text.contains(" dagelijks ")
      || text.contains(" hele week ") || text.contains(" heel week ") || text.contains(" alle dagen ")
    {
      days = 7
    }
    guard var result = days else { return nil }
    if cut < w.count {
      let off = w[(cut + 1)...]
      result -= off.filter { Self.dayNames[$0] != nil }.count + (off.contains("weekend") ? 2 : 0)
    }
    return result
  }

  /// "de hele week": all seven days, or every working day? Checked first.
  static func wholeWeek(_ w: [String]) -> Bool {
    zip(w, w.dropFirst()).contains { ["hele", "heel"].contains($0) && $1 == "week" }
  }

  /// Times a month for days of the week: "elke zondag" and "elk weekend" are four, "op dinsdag
  /// en donderdag" (a habit of every week) eight.
  func everyWeekday(_ w: [String]) -> Int? {
    if let named = dayCount(w), named > 0 { return 4 * named }
    let every = w.contains { ["elke", "iedere", "elk"].contains($0) }
    return every && (w.contains("weekend") || w.contains("week")) ? 4 : nil
  }
}
