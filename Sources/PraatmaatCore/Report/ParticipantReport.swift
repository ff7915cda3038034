/// The report-back for participants: "Dit hebben we gehoord", in the same simple language
/// as the questions. What happens next comes first; then per theme what most people said, in
/// words, with a quote or two. It fits on two pages in large print.
public enum ParticipantReport {
  public static let title = "Dit hebben we gehoord"
  public static let intro = [
    "Jullie hebben met ons gepraat.",
    "Dank je wel daarvoor!",
  ]
  public static let nextTitle = "Wat gebeurt er nu?"
  /// When the municipality has not said what it will do yet.
  public static let noReactionYet = [
    "De gemeente leest wat jullie zeiden.",
    "Later hoor je wat de gemeente ermee doet.",
  ]
  public static let closing = [
    "Niemand kan zien wie wat zei.",
    "Heb je een vraag? Vraag het aan je begeleider.",
  ]
  public static let aboutAdvice = "Jullie zeiden:"
  public static let municipalitySays = "De gemeente:"

  /// At most this many themes, the ones most people talked about: two pages in large print.
  static let themesShown = 4
  /// Per theme at most this many questions, plans and quotes.
  static let questionsShown = 1
  static let plansShown = 1
  static let quotesShown = 1

  /// One short block per theme; each sentence at most ten words.
  public struct Section: Sendable, Equatable {
    public var theme: String
    public var lines: [String]
  }

  /// The themes with enough people, most people first; the others are named in one line.
  public static func sections(_ r: Report) -> (shown: [Section], tooFew: [String]) {
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
    let themes = order.map { merged(byTheme[$0]!) }
    let shown = themes.filter { !$0.suppressed }.sorted { ($0.people, $1.theme) > ($1.people, $0.theme) }
    // A question or statement under several themes is told once, under the first.
    var told: Set<String> = []
    let sections = shown.prefix(themesShown).map { section($0, told: &told) }.filter { $0.lines.count > 1 }
    let rest = themes.filter(\.suppressed).map(\.theme)
    return (sections, rest)
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

  static func section(_ t: Report.ThemeReport, told: inout Set<String>) -> Section {
    var lines = ["\(t.people) mensen praatten hierover."]
    let questions = t.closed.filter { !$0.suppressed && !$0.options.isEmpty }
      .filter { told.insert("\($0.scriptID)/\($0.questionID)").inserted }
      .sorted { ($0.people, $1.questionID) > ($1.people, $0.questionID) }
    for q in questions.prefix(questionsShown) { lines += answers(q) }
    let plans = t.panels.filter { !$0.suppressed && told.insert($0.statement).inserted }
    for panel in plans.sorted(by: { $0.people > $1.people }).prefix(plansShown) {
      lines.append(planLine)
      lines.append("“\(lastSentence(panel.statement))”")
      lines.append(advice(agree: panel.agree, disagree: panel.disagree, dontKnow: panel.dontKnow))
    }
    if let open = t.open, !open.suppressed {
      // Quotes with a tag where a name or place was ("[naam 1]") read badly: they are left out.
      // The question first: what was said means little without it.
      for quote in open.quotes.filter({ !$0.text.contains("[") }).prefix(quotesShown) {
        lines += [quote.question, "Iemand zei: “\(quote.text)”"]
      }
    }
    return Section(theme: t.theme, lines: lines)
  }

  /// A closed question in words: the question, what most people chose, and what a smaller
  /// group chose when that is something else.
  static func answers(_ q: Report.ClosedQuestion) -> [String] {
    let options = q.options.filter { $0.id != "weet-ik-niet" && $0.id != ReportBuilder.otherOptions }
      .sorted { $0.count > $1.count }
    guard let first = options.first, q.people > 0 else { return [] }
    var lines = [q.text, "\(amount(first.count, of: q.people)): \(shown(first))."]
    if let second = options.dropFirst().first, second.count > 0 {
      lines.append("\(amount(second.count, of: q.people)): \(shown(second)).")
    }
    return lines
  }

  /// A plan's statement without the lines that lead up to it: its last sentence.
  static func lastSentence(_ text: String) -> String {
    let sentences = text.split(separator: ". ").map(String.init)
    guard sentences.count > 1, let last = sentences.last else { return text }
    return last
  }

  static func shown(_ o: Report.OptionCount) -> String {
    o.pictogram.map { "\(o.label.lowercasedFirst) \($0)" } ?? o.label.lowercasedFirst
  }

  static let planLine = "Jullie gaven advies over dit plan:"

  /// What most of the panel said: more than half of all votes, else "verschillend".
  static func advice(agree: Int, disagree: Int, dontKnow: Int = 0) -> String {
    let votes = agree + disagree + dontKnow
    if agree * 2 > votes { return "De meeste mensen zeiden: eens. 🙂" }
    if disagree * 2 > votes { return "De meeste mensen zeiden: oneens. 🙁" }
    return "Mensen dachten er verschillend over. 😐"
  }

  /// Words instead of numbers, with their verb: the start of a sentence.
  static func amount(_ part: Int, of total: Int) -> String {
    let share = Double(part) / Double(max(total, 1))
    return share > 0.5
      ? "De meeste mensen kozen"
      : share >= 0.3 ? "Veel mensen kozen" : share >= 0.15 ? "Een deel koos" : "Een paar mensen kozen"
  }

  static let tooFewLine = "Over deze onderwerpen praatten te weinig mensen:"
  static let tooFewWhy = "Daarom staat er hier niets over."

  /// The themes too few people talked about, named together.
  static func tooFew(_ themes: [String]) -> [String] {
    guard !themes.isEmpty else { return [] }
    return [tooFewLine, themes.joined(separator: ", ") + ".", tooFewWhy]
  }

  /// What happens next: the municipality's reaction, each part under what it answers.
  static func next(_ reaction: ParticipantReaction) -> [String] {
    guard !reaction.isEmpty else { return noReactionYet }
    var lines: [String] = []
    for part in reaction.parts {
      if let about = part.about { lines += [aboutAdvice, "“\(about)”", municipalitySays] }
      lines += part.lines
    }
    return lines
  }

  public static func markdown(_ r: Report, reaction: [String]) -> String {
    var out = ["# \(title)", ""] + intro + ["", "## \(nextTitle)", ""]
    for line in next(ParticipantReaction(lines: reaction)) { out += [line.markdownEscaped, ""] }
    let (sections, rest) = sections(r)
    for s in sections {
      out +=
        ["## \(s.theme.capitalisedFirst.markdownEscaped)", ""] + s.lines.flatMap { [$0.markdownEscaped, ""] }
    }
    for line in tooFew(rest) { out += [line.markdownEscaped, ""] }
    return (out + closing).joined(separator: "\n") + "\n"
  }

  /// Every fixed sentence, with examples of the sentences made from figures, for the
  /// language check.
  public static var texts: [String] {
    let example = Report.ClosedQuestion(
      scriptID: "s", questionID: "q", text: "Hoe vind je je huis?", kind: "schaal 3", multiple: false,
      people: 20, suppressed: false,
      options: [
        Report.OptionCount(id: "3", label: "Goed", pictogram: "🙂", count: 12, percent: 60),
        Report.OptionCount(id: "1", label: "Slecht", pictogram: "🙁", count: 5, percent: 25),
      ])
    return intro + noReactionYet + closing + [
      nextTitle, aboutAdvice, municipalitySays, "12 mensen praatten hierover.", planLine,
      advice(agree: 1, disagree: 0), advice(agree: 0, disagree: 1), advice(agree: 1, disagree: 1),
      tooFewLine, tooFewWhy,
    ] + answers(example) + [7, 4, 2].map { "\(amount($0, of: 20)): goed 🙂." }
  }
}
