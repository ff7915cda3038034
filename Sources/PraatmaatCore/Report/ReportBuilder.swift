/// Builds a report from answers one at a time, so a million answers never sit in memory
/// at once. Small groups are left out when the report is built, after all filters.
public struct ReportBuilder: Sendable {
  public let filter: ReportFilter
  public let minGroup: Int
  let catalogue: [String: Script]
  let words: WordCounter

  private var sessions: [String: Int] = [:]
  private var total = ThemeTally()
  private var months: (first: String?, last: String?) = (nil, nil)
  private var municipalities: Set<String> = []
  private var tallies: [TallyKey: ThemeTally] = [:]
  // Names as small numbers: hashing strings per answer per theme would dominate.
  private var themeIDs: [String: Int] = [:]
  private var themeNames: [String] = []
  private var questionIDs: [QuestionKey: Int] = [:]
  private var questionKeys: [QuestionKey] = []
  private var phasePeople: [PolicyPhase: Set<Int>] = [:]

  static let statementWord = QuestionKind.statement.word
  static let openWord = QuestionKind.open.word

  struct TallyKey: Hashable {
    var phase: PolicyPhase
    var theme: Int
  }

  struct QuestionKey: Hashable, Comparable {
    var script: String
    var question: String
    static func < (a: Self, b: Self) -> Bool { (a.script, a.question) < (b.script, b.question) }
  }

  /// Running counts for one phase and theme.
  struct ThemeTally: Sendable {
    /// Answers come grouped by session: a set is only touched when the person changes.
    var lastPerson = -1
    var lastSession = -1
    var people: Set<Int> = []
    var sessions: Set<Int> = []
    var methods: [String: Set<Int>] = [:]
    var answers = 0
    var withHelp = 0
    var closed: [Int: ClosedTally] = [:]
    var open = OpenTally()
    var panels: [Int: PanelTally] = [:]
    var personas: [Int: (month: String, lines: [String])] = [:]
  }

  struct ClosedTally: Sendable {
    var kind: String
    var lastPerson = -1
    var people: Set<Int> = []
    var counts: [String: Int] = [:]
  }

  struct OpenTally: Sendable {
    var lastPerson = -1
    var people: Set<Int> = []
    /// Near-duplicates meet under their content words; word counts follow from the groups.
    var quotes: [String: QuoteTally] = [:]
  }

  struct QuoteTally: Sendable {
    var quote: Report.Quote
    var words: Set<String>
    var pairs: Set<String>
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

    // Answers arrive grouped by session: most of what follows repeats the row before,
    // so a few "same as last time" checks spare a hash per set per answer.
    let session: Int
    if row.session == last.sessionCode {
      session = last.session
    } else {
      session = Self.index(row.session, in: &sessions)
      last.sessionCode = row.session
      last.session = session
      total.sessions.insert(session)
      total.methods[a.method.rawValue, default: []].insert(session)
      if let m = row.municipality, !m.isEmpty { municipalities.insert(m) }
    }
    // Up to 8 participants and the group: a session's people fit in 16 numbers.
    let person = session * 16 + (Int(a.participant) ?? (a.participant.isEmpty ? 0 : 15))
    let counted = a.participant != "groep"
    if counted, person != last.person { total.people.insert(person) }
    last.person = person
    total.answers += 1
    if a.answeredBy != .participant { total.withHelp += 1 }
    if months.first.map({ a.month < $0 }) ?? true { months.first = a.month }
    if months.last.map({ a.month > $0 }) ?? true { months.last = a.month }

    let question = intern(QuestionKey(script: a.scriptID, question: a.questionID))
    let advice = a.questionID.removingSuffix("-advies").map {
      intern(QuestionKey(script: a.scriptID, question: $0))
    }
    let prepared = Prepared(
      row: a, words: a.valueKind == "text" ? a.value.map(words.prepare) : nil, advice: advice)
    if themes != last.themes {
      last.themes = themes
      last.themeIDs = []
      for theme in themes { last.themeIDs.append(intern(theme)) }
    }
    for phase in phases {
      if counted, last.phasePerson[phase] != person {
        phasePeople[phase, default: []].insert(person)
        last.phasePerson[phase] = person
      }
      for theme in last.themeIDs {
        // Mutated in place: a copy of a tally per answer would make a report quadratic.
        Self.add(
          prepared, question: question, person: person, session: session, counted: counted,
          to: &tallies[TallyKey(phase: phase, theme: theme), default: ThemeTally()])
      }
    }
  }

  /// What the previous answer had, to skip work the next one repeats.
  private struct Last: Sendable {
    var sessionCode = ""
    var session = -1
    var person = -1
    var themes: [String] = []
    var themeIDs: [Int] = []
    var question: QuestionKey?
    var questionID = -1
    var phasePerson: [PolicyPhase: Int] = [:]
  }

  private var last = Last()

  /// An answer with its words counted once, however many phases and themes it feeds.
  struct Prepared {
    var row: AnswerRecord
    var words: WordCounter.Prepared?
    /// For a panel's advice: the statement it is about.
    var advice: Int?
  }

  private mutating func intern(_ theme: String) -> Int {
    if let id = themeIDs[theme] { return id }
    themeIDs[theme] = themeNames.count
    themeNames.append(theme)
    return themeNames.count - 1
  }

  private mutating func intern(_ key: QuestionKey) -> Int {
    if key == last.question { return last.questionID }
    defer {
      last.question = key
      last.questionID = questionIDs[key]!
    }
    if let id = questionIDs[key] { return id }
    questionIDs[key] = questionKeys.count
    questionKeys.append(key)
    return questionKeys.count - 1
  }

  private static func add(
    _ p: Prepared, question: Int, person: Int, session: Int, counted: Bool, to tally: inout ThemeTally
  ) {
    let a = p.row
    if counted, person != tally.lastPerson {
      tally.people.insert(person)
      tally.lastPerson = person
    }
    if session != tally.lastSession {
      tally.sessions.insert(session)
      tally.methods[a.method.rawValue, default: []].insert(session)
      tally.lastSession = session
    }
    tally.answers += 1
    if a.answeredBy != .participant { tally.withHelp += 1 }
    route(p, question: question, person: person, session: session, into: &tally)
  }

  private static func index(_ key: String, in table: inout [String: Int]) -> Int {
    if let i = table[key] { return i }
    let i = table.count
    table[key] = i
    return i
  }

  private static func route(
    _ p: Prepared, question: Int, person: Int, session: Int, into tally: inout ThemeTally
  ) {
    let a = p.row
    if a.method == .persona, a.participant == "groep" {
      if let text = a.value { tally.personas[session, default: (a.month, [])].lines.append(text) }
      return
    }
    if a.participant == "groep", let statement = p.advice {
      if let value = a.value { tally.panels[statement, default: PanelTally()].advice[value, default: 0] += 1 }
      return
    }
    if a.participant == "groep" { return }
    if a.kind == Self.statementWord {
      tally.panels[question, default: PanelTally()].people.insert(person)
      let vote = a.valueKind == "dontKnow" ? "weet-niet" : (a.value ?? "")
      if !vote.isEmpty { tally.panels[question, default: PanelTally()].votes[vote, default: 0] += 1 }
      return
    }
    switch a.valueKind {
    case "dontKnow" where a.kind == Self.openWord:
      return
    case "text":
      guard let text = a.value, !text.isEmpty, let words = p.words else { return }
      if person != tally.open.lastPerson {
        tally.open.people.insert(person)
        tally.open.lastPerson = person
      }
      guard !words.key.isEmpty else { return }
      if tally.open.quotes[words.key] != nil {
        tally.open.quotes[words.key]!.quote.mentions += 1
      } else {
        tally.open.quotes[words.key] = QuoteTally(
          quote: Report.Quote(text: text, method: a.method.rawValue, month: a.month, mentions: 1),
          words: words.words, pairs: words.pairs)
      }
    case "option", "options", "number", "ageBand", "dontKnow":
      if tally.closed[question]?.lastPerson != person {
        tally.closed[question, default: ClosedTally(kind: a.kind)].people.insert(person)
        tally.closed[question]!.lastPerson = person
      }
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
        .map { themeReport(themeNames[$0.key.theme], $0.value) }
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
    report.closed = t.closed.map { (questionKeys[$0.key], $0.value) }.sorted { $0.0 < $1.0 }
      .map { closedReport($0.0, $0.1) }
    if !t.open.people.isEmpty { report.open = openReport(t.open) }
    report.panels = t.panels.map { (questionKeys[$0.key], $0.value) }.sorted { $0.0 < $1.0 }
      .map { panelReport($0.0, $0.1) }
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
    let quotes = o.quotes.values.map(\.quote).sorted { ($0.mentions, $1.text) > ($1.mentions, $0.text) }
      .prefix(12)
    // Answers in one group share their content words, so a group's words count for each of them.
    var words: [String: Int] = [:]
    var pairs: [String: Int] = [:]
    for group in o.quotes.values {
      for w in group.words { words[w, default: 0] += group.quote.mentions }
      for p in group.pairs { pairs[p, default: 0] += group.quote.mentions }
    }
    func top(_ counts: [String: Int]) -> [Report.WordCount] {
      counts.filter { $0.value >= 2 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10)
        .map { Report.WordCount(word: $0.key, count: $0.value) }
    }
    return Report.OpenAnswers(
      people: o.people.count, suppressed: false, quotes: Array(quotes), words: top(words),
      pairs: top(pairs))
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
