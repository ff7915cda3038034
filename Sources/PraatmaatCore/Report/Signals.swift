/// "Wat valt op": the strongest signals in a phase, each with the numbers behind it.
struct Signals {
  let minGroup: Int

  func of(_ themes: [Report.ThemeReport]) -> [Report.Signal] {
    var signals: [Report.Signal] = []
    // Themes where the most smiley answers are negative.
    let negative = themes.compactMap { theme -> (String, Int, Int)? in
      let scales = theme.closed.filter { $0.kind.hasPrefix("schaal") && !$0.suppressed }
      let total = scales.reduce(0) {
        $0 + $1.options.filter { $0.id != "weet-ik-niet" }.reduce(0) { $0 + $1.count }
      }
      let low = scales.reduce(0) { sum, q in
        let size = q.kind.hasSuffix("3") ? 3 : 5
        let lowIDs: Set<String> = size == 3 ? ["1"] : ["1", "2"]
        return sum + q.options.filter { lowIDs.contains($0.id) }.reduce(0) { $0 + $1.count }
      }
      return total >= minGroup && low > 0 ? (theme.theme, low, total) : nil
    }.sorted { Double($0.1) / Double($0.2) > Double($1.1) / Double($1.2) }
    for (theme, low, total) in negative.prefix(2) {
      signals.append(
        Report.Signal(
          text:
            "\(theme.capitalisedFirst): \(low) van de \(total) smiley-antwoorden zijn negatief (\(format(percentage(low, of: total)))%)."
        ))
    }
    // The words that come back most, per theme: an answer about two themes counts in each,
    // so a phase-wide sum would count it twice. Each figure stands in its theme's word list.
    let mentioned = themes.compactMap { theme -> (String, Report.WordCount)? in
      guard let open = theme.open, !open.suppressed, let top = open.words.first else { return nil }
      return (theme.theme, top)
    }.sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }.prefix(3)
    if !mentioned.isEmpty {
      signals.append(
        Report.Signal(
          text: "Veel genoemd: "
            + mentioned.map { "‘\($0.1.word)’ bij \($0.0) (\($0.1.count)×)" }.joined(separator: ", ") + "."))
    }
    // Panel statements that more than half of the votes disagreed with.
    for theme in themes {
      for panel in theme.panels
      where !panel.suppressed && panel.disagree * 2 > panel.agree + panel.disagree + panel.dontKnow {
        signals.append(
          Report.Signal(
            text:
              "Meer dan de helft van het panel is het oneens met: ‘\(panel.statement)’ (\(panel.disagree) oneens, \(panel.agree) eens, \(panel.dontKnow) weet ik niet)."
          ))
      }
    }
    return signals
  }
}

/// "12,5": one decimal with a Dutch decimal comma.
func format(_ number: Double) -> String {
  let rounded = (number * 10).rounded() / 10
  let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  return text.replacingOccurrences(of: ".", with: ",")
}
