/// One reading per kind of amount: the one number, minutes, days a week, and hours or times
/// a period worked out from a per-day amount.
extension NumberReader {
  /// The one number of the answer; zero for "niet", "geen", "nooit" without one.
  func single(_ amounts: [Amount], _ w: [String]) -> Reading {
    let exact = amounts.filter { !($0.at > 0 && w[$0.at - 1] == "bijna") || unit == .years }
    if exact.isEmpty { return Self.saysNone(w) ? .number(0, worked: false) : .unclear }
    let values = Set(exact.map(\.value))
    if values.count == 1, let v = values.first, v == v.rounded() { return .number(Int(v), worked: false) }
    // "25 bijna 26": the first number, with the second only a remark on it.
    if exact.count == 2, exact[1].at > 0, w[exact[1].at - 1] == "bijna",
      exact[0].value == exact[0].value.rounded()
    {
      return .number(Int(exact[0].value), worked: false)
    }
    return .unclear
  }

  static func saysNone(_ w: [String]) -> Bool {
    w.contains { ["niet", "geen", "nooit", "niks", "niets", "nul", "nergens", "niemand"].contains($0) }
  }

  /// Minutes: "10 minuten", "een kwartier", "half uur", "anderhalf uur", "uurtje".
  func minutes(_ w: [String], _ amounts: [Amount]) -> Reading {
    guard !amounts.isEmpty else { return Self.saysNone(w) ? .number(0, worked: false) : .unclear }
    guard amounts.count == 1 || Set(amounts.map(\.value)).count == 1, let a = amounts.first else {
      return .unclear
    }
    let hours = a.unit == "uur" || a.unit == "uren" || (a.at + 1 < w.count && w[a.at + 1] == "uur")
    let total = hours ? a.value * 60 : a.value
    guard total == total.rounded() else { return .unclear }
    return .number(Int(total), worked: hours)
  }

  /// Days a week: "3 dagen", "maandag en woensdag", "ma t/m do", "elke werkdag", "alleen in
  /// het weekend", "hele week behalve zondag". Another unit ("2 uur") is no answer.
  func days(_ w: [String], _ amounts: [Amount]) -> Reading {
    if amounts.contains(where: {
      ["uur", "uren", "minuten", "minuut", "maand", "maanden"].contains($0.unit ?? "")
    }) {
      return .unclear
    }
    // "alle dagen behalve zondag": every day, less the days named after "behalve".
    if w.contains("behalve"), let every = everyDay(w), amounts.isEmpty { return .number(every, worked: true) }
    if let named = dayCount(w) {
      if amounts.isEmpty { return .number(named, worked: true) }
    }
    // "3 dagen werk en 2 dagen dagbesteding": days of two kinds added up, checked first; not
    // days off or some of them ("4 dagen werken en 3 dagen vrij", "2 dagen, soms 3 dagen").
    if amounts.count >= 2, amounts.allSatisfy({ ["dag", "dagen"].contains($0.unit ?? "") }),
      !w.contains(where: { ["vrij", "soms", "daarvan", "vrije"].contains($0) }),
      case .number(let sum, _)? = Self.added(amounts, w), sum <= 7
    {
      return .number(sum, worked: true)
    }
    if let every = everyDay(w), amounts.isEmpty { return .number(every, worked: Self.wholeWeek(w)) }
    return single(amounts, w)
  }

  /// Hours or times a period: a per-day amount times a number of days ("4 dagen van 6 uur",
  /// "elke dag 2 keer", "elke dag 4 uur, maandag tot vrijdag"), else the one number.
  func perDays(_ w: [String], _ amounts: [Amount]) -> Reading {
    let perUnit: Set<String> = unit == .hours ? ["uur", "uren"] : ["keer"]
    if unit == .hours, let span = clockSpan(w) { return span }
    // "2 uur" to "Hoe vaak per maand?": a length of time, not a number of times.
    if unit == .times,
      amounts.contains(where: { ["uur", "uren", "minuten", "minuut"].contains($0.unit ?? "") })
    {
      return .unclear
    }
    if unit == .hours,
      amounts.contains(where: { ["dagen", "dag", "ochtenden", "middagen"].contains($0.unit ?? "") }),
      !amounts.contains(where: { perUnit.contains($0.unit ?? "") })
    {
      return .unclear
    }
    if unit == .times || unit == .hours {
      let each = amounts.filter { perUnit.contains($0.unit ?? "") }
      let dayAmounts = amounts.filter {
        ["dagen", "dag", "ochtenden", "middagen", "avonden"].contains($0.unit ?? "")
      }
      // "twee keer per week 4 uur": the times are the days.
      let times = unit == .hours ? amounts.first { $0.unit == "keer" }.map { Int($0.value) } : nil
      let days = dayCount(w) ?? dayAmounts.first.map { Int($0.value) } ?? times ?? everyDay(w)
      if each.count == 1, let days, days > 1 || !dayAmounts.isEmpty {
        let total = each[0].value * Double(days)
        return total == total.rounded() ? .number(Int(total), worked: true) : .unclear
      }
      // "maandag 1 uur en donderdag 2 uur": the parts add up, checked first.
      if each.count >= 2, each.count == amounts.count, let sum = Self.added(each, w) { return sum }
      // "woensdag 3 uur, zaterdag 5 uur", "di 4 en do 4": every amount right after a day of its
      // own adds up, checked first.
      let dayOf = { (a: Amount) -> Int? in
        a.at > 0 ? Self.dayNames[w[a.at - 1]] ?? Self.dayShort[w[a.at - 1]] : nil
      }
      if period != .day, amounts.count >= 2, !w.contains("of"),
        amounts.allSatisfy({ $0.unit == nil || perUnit.contains($0.unit!) }),
        case let days = amounts.compactMap(dayOf), days.count == amounts.count, Set(days).count == days.count
      {
        return Self.sum(amounts)
      }
      if unit == .times, amounts.isEmpty {
        if let named = dayCount(w) { return .number(named, worked: true) }
        if let every = everyDay(w) { return .number(every, worked: Self.wholeWeek(w)) }
        // "zaterdag voetbal en dinsdag training": days named one by one.
      }
    }
    // "een uur of drie per dag" to a question per week: how many days is not said.
    if period == .week || period == .month, Self.names(w, period: "dag") { return .unclear }
    return single(amounts, w)
  }
}
