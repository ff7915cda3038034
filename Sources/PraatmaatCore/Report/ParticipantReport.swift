/// The report-back for participants: "Dit hebben we gehoord", in the same simple language
/// as the questions, with smileys instead of percentages.
public enum ParticipantReport {
  public static let title = "Dit hebben we gehoord"
  public static let intro = [
    "Jullie hebben met ons gepraat.",
    "Dank je wel daarvoor!",
    "Hier lees je wat we hebben gehoord.",
  ]
  public static let reactionTitle = "Dit gaat de gemeente doen"
  public static let closing = [
    "Niemand kan zien wie wat zei.",
    "Heb je een vraag? Vraag het aan je begeleider.",
  ]
  public static let tooFewLine = "Hierover praatten te weinig mensen om iets te laten zien."

  /// One short block per theme; each sentence at most ten words.
  public struct Section: Sendable, Equatable {
    public var theme: String
    public var lines: [String]
  }

  public static func sections(_ r: Report) -> [Section] {
    // The same theme can stand in several phases; participants get it once, with what was
    // heard in every phase (a question in two phases counts once).
    var byTheme: [String: [Report.ThemeReport]] = [:]
    var order: [String] = []
    for phase in r.phases {
      for t in phase.themes {
        if byTheme[t.theme] == nil { order.append(t.theme) }
        byTheme[t.theme, default: []].append(t)
      }
    }
    return order.map { section(merged(byTheme[$0]!)) }
  }

  /// One theme's reports from several phases as one: questions, statements and quotes once.
  static func merged(_ reports: [Report.ThemeReport]) -> Report.ThemeReport {
    let shown = reports.filter { !$0.suppressed }
    guard var result = shown.max(by: { $0.people < $1.people }) else { return reports[0] }
    var questions = Set(result.closed.map { "\($0.scriptID)/\($0.questionID)" })
    var statements = Set(result.panels.map(\.statement))
    var quotes = Set(result.open?.quotes.map(\.text) ?? [])
    for t in shown {
      for q in t.closed where questions.insert("\(q.scriptID)/\(q.questionID)").inserted {
        result.closed.append(q)
      }
      for p in t.panels where statements.insert(p.statement).inserted { result.panels.append(p) }
      guard let open = t.open, !open.suppressed else { continue }
      if result.open == nil || result.open!.suppressed { result.open = open }
      for q in open.quotes where quotes.insert(q.text).inserted { result.open!.quotes.append(q) }
    }
    result.open?.quotes.sort { $0.mentions > $1.mentions }
    return result
  }

  static func section(_ t: Report.ThemeReport) -> Section {
    guard !t.suppressed else { return Section(theme: t.theme, lines: [tooFewLine]) }
    var lines = ["\(t.people) mensen praatten hierover."]
    let scales = t.closed.filter { $0.kind.hasPrefix("schaal") && !$0.suppressed }
    var low = 0, middle = 0, high = 0
    for q in scales {
      let size = q.kind.hasSuffix("3") ? 3 : 5
      for o in q.options {
        guard let step = Int(o.id) else { continue }
        if step * 2 < size + 1 {
          low += o.count
        } else if step * 2 == size + 1 {
          middle += o.count
        } else {
          high += o.count
        }
      }
    }
    let total = low + middle + high
    if total > 0 {
      lines.append(feeling(low: low, middle: middle, high: high))
      lines.append(
        "🙂 \(amount(high, of: total)) · 😐 \(amount(middle, of: total)) · 🙁 \(amount(low, of: total))")
    }
    for panel in t.panels where !panel.suppressed {
      lines.append(planLine)
      lines.append("“\(panel.statement.markdownEscaped)”")
      lines.append(advice(agree: panel.agree, disagree: panel.disagree, dontKnow: panel.dontKnow))
    }
    if let open = t.open, !open.suppressed {
      for quote in open.quotes.prefix(3) { lines.append("Iemand zei: “\(quote.text.markdownEscaped)”") }
    }
    return Section(theme: t.theme, lines: lines)
  }

  static let planLine = "Jullie gaven advies over dit plan:"

  /// What most of the panel said: more than half of all votes, else "verschillend".
  static func advice(agree: Int, disagree: Int, dontKnow: Int = 0) -> String {
    let votes = agree + disagree + dontKnow
    if agree * 2 > votes { return "De meeste mensen zeiden: eens. 🙂" }
    if disagree * 2 > votes { return "De meeste mensen zeiden: oneens. 🙁" }
    return "Mensen dachten er verschillend over. 😐"
  }

  static func feeling(low: Int, middle: Int, high: Int) -> String {
    if high > low + middle { return "De meeste mensen vinden het goed. 🙂" }
    if low > high + middle { return "De meeste mensen vinden het niet goed. 🙁" }
    if low > high { return "Veel mensen zijn niet zo blij. 😐" }
    return "Mensen denken er verschillend over. 😐"
  }

  /// Words instead of numbers: "veel", "een deel", "een paar", "niemand".
  static func amount(_ part: Int, of total: Int) -> String {
    guard part > 0 else { return "niemand" }
    let share = Double(part) / Double(total)
    return share >= 0.5 ? "veel mensen" : share >= 0.2 ? "een deel" : "een paar mensen"
  }

  public static func markdown(_ r: Report, reaction: [String]) -> String {
    var out = ["# \(title)", ""] + intro + [""]
    for s in sections(r) {
      out += ["## \(s.theme.capitalisedFirst)", ""] + s.lines.map { $0.markdownEscaped } + [""]
    }
    if !reaction.isEmpty { out += ["## \(reactionTitle)", ""] + reaction.map(\.markdownEscaped) + [""] }
    return (out + closing).joined(separator: "\n") + "\n"
  }

  /// Every fixed sentence, for the language check.
  public static var texts: [String] {
    intro + closing + [
      tooFewLine, "12 mensen praatten hierover.", feeling(low: 0, middle: 0, high: 1),
      feeling(low: 1, middle: 0, high: 0), feeling(low: 2, middle: 2, high: 1),
      feeling(low: 1, middle: 1, high: 1), planLine, advice(agree: 1, disagree: 0),
      advice(agree: 0, disagree: 1), advice(agree: 1, disagree: 1),
    ]
  }
}
