/// "Wat valt op": the strongest signals in a phase, each with the numbers behind it.
struct Signals {
  let minGroup: Int

  /// At most this many signals of each kind.
  static let perKind = 3

  /// Ranked by evidence: how many people, not which share, so that "23 van de 61" comes
  /// before "2 van de 5". A question or statement under several themes is one signal.
  func of(_ themes: [Report.ThemeReport]) -> [Report.Signal] {
    var signals: [Report.Signal] = []
    // Scale questions where many people chose a sad smiley.
    var seen: Set<String> = []
    var negative: [(question: String, low: Int, total: Int)] = []
    for theme in themes {
      for q in theme.closed where q.kind.hasPrefix("schaal") && !q.suppressed {
        guard seen.insert("\(q.scriptID)/\(q.questionID)").inserted else { continue }
        let lowIDs: Set<String> = q.kind.hasSuffix("3") ? ["1"] : ["1", "2", "1+2"]
        // Of everyone who answered: options too small to show still count in the whole.
        let total = q.people
        let low = q.options.filter { lowIDs.contains($0.id) }.reduce(0) { $0 + $1.count }
        if low >= minGroup { negative.append((q.text, low, total)) }
      }
    }
    negative.sort { ($0.low, $0.total, $1.question) > ($1.low, $1.total, $0.question) }
    for n in negative.prefix(Self.perKind) {
      signals.append(
        Report.Signal(
          text:
            "‘\(n.question)’: \(n.low) van de \(n.total) mensen kozen een negatief antwoord (\(format(percentage(n.low, of: n.total)))%)."
        ))
    }
    // Panel statements most votes went one way, strongest first.
    var statements: Set<String> = []
    var panels: [Report.PanelAdvice] = []
    for theme in themes {
      for panel in theme.panels where !panel.suppressed && statements.insert(panel.statement).inserted {
        let votes = panel.agree + panel.disagree + panel.dontKnow
        if max(panel.agree, panel.disagree) * 2 > votes { panels.append(panel) }
      }
    }
    panels.sort { (max($0.agree, $0.disagree), $1.statement) > (max($1.agree, $1.disagree), $0.statement) }
    for panel in panels.prefix(Self.perKind) {
      let side = panel.disagree > panel.agree ? "oneens" : "eens"
      signals.append(
        Report.Signal(
          text:
            "Meer dan de helft van het panel is het \(side) met: ‘\(panel.statement)’ (\(panel.agree) eens, \(panel.disagree) oneens, \(panel.dontKnow) weet ik niet)."
        ))
    }
    // The words that come back most: each word once, with the theme where it came back most.
    // An answer about two themes counts in each, so figures are never added up.
    var words: [String: (theme: String, count: Int)] = [:]
    for theme in themes {
      guard let open = theme.open, !open.suppressed else { continue }
      for w in open.words.prefix(2) where (words[w.word]?.count ?? 0) < w.count {
        words[w.word] = (theme.theme, w.count)
      }
    }
    let mentioned = words.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(Self.perKind)
    if !mentioned.isEmpty {
      signals.append(
        Report.Signal(
          text: "Veel genoemd: "
            + mentioned.map { "‘\($0.key)’ bij \($0.value.theme) (\($0.value.count)×)" }.joined(
              separator: ", ") + "."))
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
