/// Builds a report from answers one at a time, so a million answers never sit in memory
/// at once. Small groups are left out when the report is built, after all filters.
public struct ReportBuilder: Sendable {
  public let filter: ReportFilter
  public let minGroup: Int
  let catalogue: [String: Script]
  let words: WordCounter

  private var people: [String: Int] = [:]
  private var sessions: [String: Int] = [:]
  private var total = ThemeTally()
  private var months: (first: String?, last: String?) = (nil, nil)
  private var municipalities: Set<String> = []
  private var tallies: [TallyKey: ThemeTally] = [:]
  private var phasePeople: [PolicyPhase: Set<Int>] = [:]

  struct TallyKey: Hashable {
    var phase: PolicyPhase
    var theme: String
  }

  struct QuestionKey: Hashable, Comparable {
    var script: String
    var question: String
    static func < (a: Self, b: Self) -> Bool { (a.script, a.question) < (b.script, b.question) }
  }

  /// Running counts for one phase and theme.
  struct ThemeTally: Sendable {
    var people: Set<Int> = []
    var sessions: Set<Int> = []
    var methods: [String: Set<Int>] = [:]
    var answers = 0
    var withHelp = 0
    var closed: [QuestionKey: ClosedTally] = [:]
    var open = OpenTally()
    var panels: [QuestionKey: PanelTally] = [:]
    var personas: [Int: (month: String, lines: [String])] = [:]
  }

  struct ClosedTally: Sendable {
    var kind: String
    var people: Set<Int> = []
    var counts: [String: Int] = [:]
  }

  struct OpenTally: Sendable {
    var people: Set<Int> = []
    var quotes: [String: Report.Quote] = [:]
    var words: [String: Int] = [:]
    var pairs: [String: Int] = [:]
  }

  struct PanelTally: Sendable {
    var people: Set<Int> = []
    var votes: [String: Int] = [:]
    var advice: [String: Int] = [:]
  }

  /// `catalogue`: the scripts by id, for question wording and option labels.
  public init(
    filter: ReportFilter = ReportFilter(), minGroup: Int = 5, catalogue: [String: Script] = [:],
    stopWords: Set<String> = []
  ) {
    self.filter = filter
    self.minGroup = max(1, minGroup)
    self.catalogue = catalogue
    self.words = WordCounter(stopWords: stopWords)
  }

  /// Takes one answer; answers outside the filter are passed over.
  public mutating func add(_ row: ReportRow) {
    let a = row.answer
    if let script = filter.script, a.scriptID != script { return }
    guard filter.includes(month: a.month) else { return }
    let phases = a.phases.filter { filter.phase == nil || $0 == filter.phase }
    let themes = a.themes.filter { filter.theme == nil || $0 == filter.theme }
    guard !phases.isEmpty, !themes.isEmpty else { return }

    let session = index(row.session, in: &sessions)
    let person = index(row.session + "|" + a.participant, in: &people)
    let counted = a.participant != "groep"
    if counted { total.people.insert(person) }
    total.sessions.insert(session)
    total.methods[a.method.rawValue, default: []].insert(session)
    total.answers += 1
    if a.answeredBy != .participant { total.withHelp += 1 }
    if months.first.map({ a.month < $0 }) ?? true { months.first = a.month }
    if months.last.map({ a.month > $0 }) ?? true { months.last = a.month }
    if let m = row.municipality, !m.isEmpty { municipalities.insert(m) }

    let question = QuestionKey(script: a.scriptID, question: a.questionID)
    let prepared = Prepared(row: a, words: a.valueKind == "text" ? a.value.map(words.prepare) : nil)
    for phase in phases {
      if counted { phasePeople[phase, default: []].insert(person) }
      for theme in themes {
        // Mutated in place: a copy of a tally per answer would make a report quadratic.
        Self.add(
          prepared, question: question, person: person, session: session, counted: counted,
          to: &tallies[TallyKey(phase: phase, theme: theme), default: ThemeTally()])
      }
    }
  }

  /// An answer with its words counted once, however many phases and themes it feeds.
  struct Prepared {
    var row: AnswerRecord
    var words: WordCounter.Prepared?
  }

  private static func add(
    _ p: Prepared, question: QuestionKey, person: Int, session: Int, counted: Bool, to tally: inout ThemeTally
  ) {
    let a = p.row
    if counted { tally.people.insert(person) }
    tally.sessions.insert(session)
    tally.methods[a.method.rawValue, default: []].insert(session)
    tally.answers += 1
    if a.answeredBy != .participant { tally.withHelp += 1 }
    route(p, question: question, person: person, session: session, into: &tally)
  }

  private func index(_ key: String, in table: inout [String: Int]) -> Int {
    if let i = table[key] { return i }
    let i = table.count
    table[key] = i
    return i
  }

  private static func route(
    _ p: Prepared, question: QuestionKey, person: Int, session: Int, into tally: inout ThemeTally
  ) {
    let a = p.row
    if a.method == .persona, a.participant == "groep" {
      if let text = a.value { tally.personas[session, default: (a.month, [])].lines.append(text) }
      return
    }
    if a.participant == "groep", let statement = a.questionID.removingSuffix("-advies") {
      if let value = a.value {
        tally.panels[QuestionKey(script: a.scriptID, question: statement), default: PanelTally()]
          .advice[value, default: 0] += 1
      }
      return
    }
    if a.participant == "groep" { return }
    if a.kind == QuestionKind.statement.word {
      tally.panels[question, default: PanelTally()].people.insert(person)
      let vote = a.valueKind == "dontKnow" ? "weet-niet" : (a.value ?? "")
      if !vote.isEmpty { tally.panels[question, default: PanelTally()].votes[vote, default: 0] += 1 }
      return
    }
    switch a.valueKind {
    case "dontKnow" where a.kind == QuestionKind.open.word:
      return
    case "text":
      guard let text = a.value, !text.isEmpty, let words = p.words else { return }
      tally.open.people.insert(person)
      if !words.key.isEmpty {
        if tally.open.quotes[words.key] != nil {
          tally.open.quotes[words.key]!.mentions += 1
        } else {
          tally.open.quotes[words.key] = Report.Quote(
            text: text, method: a.method.rawValue, month: a.month, mentions: 1)
        }
      }
      for w in words.words { tally.open.words[w, default: 0] += 1 }
      for pair in words.pairs { tally.open.pairs[pair, default: 0] += 1 }
    case "option", "options", "number", "ageBand", "dontKnow":
      tally.closed[question, default: ClosedTally(kind: a.kind)].people.insert(person)
      if a.valueKind == "dontKnow" {
        tally.closed[question]!.counts["weet-ik-niet", default: 0] += 1
      } else if a.valueKind == "options" {
        for id in (a.value ?? "").split(separator: ",") {
          tally.closed[question]!.counts[String(id), default: 0] += 1
        }
      } else if let value = a.value {
        tally.closed[question]!.counts[value, default: 0] += 1
      }
    default:
      break
    }
  }

  // MARK: Building

  /// The report, with everything that rests on fewer than `minGroup` people left out.
  public func build() -> Report {
    let enough = total.people.count >= minGroup
    let overview = Report.Overview(
      sessions: enough ? total.sessions.count : 0, people: enough ? total.people.count : 0,
      answers: enough ? total.answers : 0,
      methods: enough ? total.methods.mapValues(\.count) : [:],
      firstMonth: enough ? months.first : nil, lastMonth: enough ? months.last : nil,
      municipalities: enough ? municipalities.sorted() : [],
      shareWithHelp: enough ? share(total.withHelp, of: total.answers) : 0, suppressed: !enough)
    var phases: [Report.PhaseReport] = []
    for phase in PolicyPhase.allCases {
      let themes = tallies.filter { $0.key.phase == phase }
        .map { themeReport($0.key.theme, $0.value) }
        .sorted { ($0.people, $1.theme) > ($1.people, $0.theme) }
      guard !themes.isEmpty else { continue }
      let people = phasePeople[phase]?.count ?? 0
      phases.append(
        Report.PhaseReport(
          phase: phase, people: people >= minGroup ? people : 0, themes: themes,
          signals: enough ? Signals(minGroup: minGroup).of(themes) : []))
    }
    return Report(filter: filter, minGroup: minGroup, overview: overview, phases: phases)
  }

  private func themeReport(_ theme: String, _ t: ThemeTally) -> Report.ThemeReport {
    let suppressed = t.people.count < minGroup
    var report = Report.ThemeReport(
      theme: theme, sessions: suppressed ? 0 : t.sessions.count, people: suppressed ? 0 : t.people.count,
      methods: suppressed ? [:] : t.methods.mapValues(\.count),
      shareWithHelp: suppressed ? 0 : share(t.withHelp, of: t.answers), suppressed: suppressed,
      closed: [], open: nil, panels: [], personas: [])
    report.personas = t.personas.values.sorted { $0.month < $1.month }
      .map { Report.PersonaCard(lines: $0.lines, month: $0.month) }
    guard !suppressed else { return report }
    report.closed = t.closed.sorted { $0.key < $1.key }.map { closedReport($0.key, $0.value) }
    if !t.open.people.isEmpty { report.open = openReport(t.open) }
    report.panels = t.panels.sorted { $0.key < $1.key }.map { panelReport($0.key, $0.value) }
    return report
  }

  private func closedReport(_ key: QuestionKey, _ c: ClosedTally) -> Report.ClosedQuestion {
    let question = catalogue[key.script]?.question(key.question)
    let suppressed = c.people.count < minGroup
    var result = Report.ClosedQuestion(
      scriptID: key.script, questionID: key.question, text: question?.text.last ?? key.question,
      kind: c.kind, people: suppressed ? 0 : c.people.count, suppressed: suppressed, options: [])
    guard !suppressed else { return result }
    let total = c.counts.values.reduce(0, +)
    var known = question?.options ?? []
    known.append(Option(id: "weet-ik-niet", pictogram: "🤔", label: "Weet ik niet"))
    let ordered =
      known.filter { c.counts[$0.id] != nil }
      + c.counts.keys.sorted()
      .filter { id in !known.contains { $0.id == id } }.map { Option(id: $0, pictogram: nil, label: $0) }
    result.options = ordered.map {
      let count = c.counts[$0.id] ?? 0
      return Report.OptionCount(
        id: $0.id, label: $0.label, pictogram: $0.pictogram, count: count,
        percent: percentage(count, of: total))
    }
    return result
  }

  private func openReport(_ o: OpenTally) -> Report.OpenAnswers {
    let suppressed = o.people.count < minGroup
    guard !suppressed else {
      return Report.OpenAnswers(people: 0, suppressed: true, quotes: [], words: [], pairs: [])
    }
    let quotes = o.quotes.values.sorted { ($0.mentions, $1.text) > ($1.mentions, $0.text) }.prefix(12)
    func top(_ counts: [String: Int]) -> [Report.WordCount] {
      counts.filter { $0.value >= 2 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10)
        .map { Report.WordCount(word: $0.key, count: $0.value) }
    }
    return Report.OpenAnswers(
      people: o.people.count, suppressed: false, quotes: Array(quotes), words: top(o.words),
      pairs: top(o.pairs))
  }

  private func panelReport(_ key: QuestionKey, _ p: PanelTally) -> Report.PanelAdvice {
    let suppressed = p.people.count < minGroup
    let statement = catalogue[key.script]?.question(key.question)?.text.last ?? key.question
    return Report.PanelAdvice(
      statement: statement, people: suppressed ? 0 : p.people.count, suppressed: suppressed,
      agree: suppressed ? 0 : p.votes["eens"] ?? 0, disagree: suppressed ? 0 : p.votes["oneens"] ?? 0,
      dontKnow: suppressed ? 0 : p.votes["weet-niet"] ?? 0, advice: suppressed ? [:] : p.advice)
  }
}

func share(_ part: Int, of whole: Int) -> Double {
  whole == 0 ? 0 : (Double(part) / Double(whole) * 1000).rounded() / 1000
}

func percentage(_ part: Int, of whole: Int) -> Double {
  whole == 0 ? 0 : (Double(part) / Double(whole) * 1000).rounded() / 10
}

extension String {
  func removingSuffix(_ suffix: String) -> String? {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil
  }
}
