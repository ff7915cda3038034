extension ReportBuilder {
  /// The report: every number perturbed with its cell key, every cell under `minGroup` left
  /// out and counted as left out.
  public func build() -> Report {
    let people = total.people.cell.published(threshold: minGroup)
    let enough = people != nil
    var phases: [Report.PhaseReport] = []
    var hidden = HiddenAnswers()
    for phase in PolicyPhase.allCases where enough {
      let themes = tallies[phase.index].enumerated().filter { $0.element.seen }
        .map { themeReport(themeNames[$0.offset], $0.element, hidden: &hidden) }
        .sorted { ($0.people, $1.theme) > ($1.people, $0.theme) }
      guard !themes.isEmpty else { continue }
      phases.append(
        Report.PhaseReport(
          phase: phase, people: phasePeople[phase.index].cell.published(threshold: minGroup) ?? 0,
          themes: themes, signals: Signals(minGroup: minGroup).of(themes)))
    }
    let answers = total.answers.published(threshold: minGroup) ?? 0
    let overview = Report.Overview(
      sessions: enough ? total.sessions.cell.published(threshold: minGroup) ?? 0 : 0, people: people ?? 0,
      answers: enough ? answers : 0,
      methods: enough ? total.methods.compactMapValues { $0.cell.published(threshold: minGroup) } : [:],
      firstMonth: enough ? months.first : nil, lastMonth: enough ? months.last : nil,
      // A report for one municipality names it: the filter already says where.
      municipalities: enough ? filter.municipality.map { [$0] } ?? places() : [],
      shareWithHelp: enough ? share(total.withHelp.published(threshold: minGroup) ?? 0, of: answers) : 0,
      suppressed: !enough, periodWidened: periodWidened, waiting: rounds.waiting,
      hiddenAnswers: enough ? hidden.total : Self.roundedUp(total.answers))
    // Fictional people, made by tables in the rounds this report takes, shown whole, in the
    // order the tables were kept (whatever order a store gives their answers in).
    let cards = personas.keys.sorted { sessionReady[numbered[$0]] < sessionReady[numbered[$1]] }.filter {
      personas[$0]!.matches
    }.map {
      Report.PersonaCard(lines: personas[$0]!.lines)
    }
    let sources = scripts.keys.sorted().map { id in
      let script = catalogue[id]
      return Report.Source(
        scriptID: id, title: script?.header.title ?? id, method: script?.header.method.rawValue ?? "",
        questions: script?.questions.count ?? 0, sessions: scripts[id]!.published(threshold: minGroup) ?? 0)
    }
    return Report(
      filter: filter, minGroup: minGroup, overview: overview, phases: phases, personas: enough ? cards : [],
      sources: enough ? sources : [])
  }

  /// The municipalities with enough sessions; the others together, unnamed.
  private func places() -> [String] {
    let named = municipalities.filter { $0.value.published(threshold: minGroup) != nil }.keys.sorted()
    return named.count < municipalities.count ? named + [ReportText.otherPlaces] : named
  }

  /// What a report leaves out, per question once. A question can stand under several themes:
  /// what one theme shows of it is not left out, so the smallest part left out counts.
  struct HiddenAnswers {
    var byQuestion: [Int: CellCount] = [:]

    mutating func add(_ question: Int, _ cell: CellCount) {
      if let known = byQuestion[question], known.count <= cell.count { return }
      byQuestion[question] = cell
    }

    var total: Int {
      var all = CellCount()
      for cell in byQuestion.values { all.absorb(cell) }
      return ReportBuilder.roundedUp(all)
    }
  }

  /// A count of left-out answers as published: perturbed, then rounded up to a multiple of 5.
  static func roundedUp(_ cell: CellCount) -> Int {
    let n = cell.count == 0 ? 0 : max(cell.perturbed, 1)
    return (n + 4) / 5 * 5
  }

  private func themeReport(_ theme: String, _ t: ThemeTally, hidden: inout HiddenAnswers)
    -> Report.ThemeReport
  {
    var left = CellCount()
    let people = t.people.cell.published(threshold: minGroup)
    var report = Report.ThemeReport(
      theme: theme, sessions: 0, people: people ?? 0, methods: [:], shareWithHelp: 0,
      suppressed: people == nil,
      closed: [], open: nil, panels: [], notes: 0, hiddenAnswers: 0)
    guard people != nil else {
      report.hiddenAnswers = Self.roundedUp(t.answers)
      // A theme with too few people hides its questions whole: the report's count says so too.
      for (index, tally) in t.closed.enumerated() where !tally.kind.isEmpty {
        var cell = CellCount()
        for option in tally.tally { cell.absorb(option.cell) }
        hidden.add(index, cell)
      }
      return report
    }
    report.sessions = t.sessions.cell.published(threshold: minGroup) ?? 0
    report.methods = t.methods.compactMapValues { $0.cell.published(threshold: minGroup) }
    report.shareWithHelp = share(t.withHelp.published(threshold: minGroup) ?? 0, of: t.answers.perturbed)
    report.notes = t.notes.published(threshold: minGroup) ?? 0
    report.closed = t.closed.enumerated().filter { !$0.element.kind.isEmpty }
      .map { (questionKeys[$0.offset], $0.offset, $0.element) }.sorted { $0.0 < $1.0 }
      .map { key, index, tally in
        let (question, out) = closedReport(key, tally)
        left.absorb(out)
        hidden.add(index, out)
        return question
      }
    if t.open.seen {
      let (open, out) = openReport(t.open)
      report.open = open
      left.absorb(out)
    }
    report.panels = t.panels.filter(\.value.seen).map { (questionKeys[$0.key], $0.key, $0.value) }
      .sorted { $0.0 < $1.0 }
      .map { key, index, tally in
        let (panel, out) = panelReport(key, tally)
        left.absorb(out)
        hidden.add(index, out)
        return panel
      }
    report.hiddenAnswers = Self.roundedUp(left)
    return report
  }

  /// The id of the options shown together because each alone had too few people.
  public static let otherOptions = "andere-samen"

  /// The low and the high side of a five-step scale: shown together when each step alone
  /// has too few people.
  static func scaleSides(_ kind: String) -> [Set<String>] {
    kind == QuestionKind.scale(5).word ? [["1", "2"], ["4", "5"]] : []
  }

  /// A closed question with the options enough people chose, and the answers left out.
  private func closedReport(_ key: QuestionKey, _ c: ClosedTally) -> (Report.ClosedQuestion, CellCount) {
    let question = catalogue[key.script]?.question(key.question)
    let people = c.people.cell.published(threshold: minGroup)
    var result = Report.ClosedQuestion(
      scriptID: key.script, questionID: key.question, text: Self.wholeText(question) ?? key.question,
      kind: c.kind, multiple: c.multiple, people: people ?? 0, suppressed: people == nil, options: [])
    var left = CellCount()
    guard let people else {
      for option in c.tally { left.absorb(option.cell) }
      return (result, left)
    }
    var known = question?.options ?? []
    known.append(Option(id: "weet-ik-niet", pictogram: "🤔", label: "Weet ik niet"))
    let cells = Dictionary(uniqueKeysWithValues: c.tally.map { ($0.id, $0.cell) })
    let ordered =
      known.filter { cells[$0.id] != nil }
      + cells.keys.sorted().filter { id in !known.contains { $0.id == id } }
      .map { Option(id: $0, pictogram: nil, label: $0) }
    var hiddenOptions: [(option: Option, cell: CellCount)] = []
    for option in ordered {
      let cell = cells[option.id]!
      guard let count = cell.published(threshold: minGroup) else {
        hiddenOptions.append((option, cell))
        continue
      }
      result.options.append(
        Report.OptionCount(
          id: option.id, label: option.label, pictogram: option.pictogram, count: count,
          percent: percentage(count, of: people)))
    }
    // Options too small to show alone are shown together when they are enough together, each
    // such group a cell of its own, with its own key: first the two low and the two high steps
    // of a five-step scale, then the rest. Only with one option each (with several, one person
    // could be in a group twice); the rest only beside options shown (all options together are
    // just the people who answered).
    if !c.multiple {
      for group in Self.scaleSides(c.kind) {
        let members = hiddenOptions.filter { group.contains($0.option.id) }
        guard members.count >= 2 else { continue }
        var cell = CellCount()
        for member in members { cell.absorb(member.cell) }
        guard let count = cell.published(threshold: minGroup) else { continue }
        hiddenOptions.removeAll { group.contains($0.option.id) }
        result.options.append(
          Report.OptionCount(
            id: members.map(\.option.id).joined(separator: "+"),
            label: members.map { $0.option.pictogram.map { p in "\(p) " } ?? "" }.joined()
              + members.map(\.option.label).joined(separator: " of "), pictogram: nil, count: count,
            percent: percentage(count, of: people)))
      }
    }
    var rest = CellCount()
    for member in hiddenOptions { rest.absorb(member.cell) }
    if rest.count > 0, !c.multiple, !result.options.isEmpty, let count = rest.published(threshold: minGroup) {
      result.options.append(
        Report.OptionCount(
          id: Self.otherOptions, label: ReportText.otherOptions, pictogram: nil, count: count,
          percent: percentage(count, of: people)))
    } else {
      left.absorb(rest)
    }
    return (result, left)
  }

  /// Quotes and the words that come back, only from answers of enough different people.
  private func openReport(_ o: OpenTally) -> (Report.OpenAnswers, CellCount) {
    guard let people = o.people.cell.published(threshold: minGroup) else {
      var left = CellCount()
      for q in o.quotes.values { left.absorb(q.mentions) }
      return (Report.OpenAnswers(people: 0, suppressed: true, quotes: [], words: [], pairs: []), left)
    }
    // Answers in one group share their content words, so a group's words count for each of them.
    var words: [String: CellCount] = [:]
    var pairs: [String: CellCount] = [:]
    for group in o.quotes.values {
      for w in self.words.words(group.words) { words[w, default: CellCount()].absorb(group.mentions) }
      for p in WordCounter.pairs(group.words) { pairs[p, default: CellCount()].absorb(group.mentions) }
    }
    func top(_ cells: [String: CellCount]) -> [Report.WordCount] {
      cells.compactMap { word, cell in cell.published(threshold: minGroup).map { (word, $0) } }
        .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(10)
        .map { Report.WordCount(word: $0.0, count: $0.1) }
    }
    let open = Report.OpenAnswers(
      people: people, suppressed: false, quotes: quotes(o), words: top(words), pairs: top(pairs))
    return (open, CellCount())
  }

  private func panelReport(_ key: QuestionKey, _ p: PanelTally) -> (Report.PanelAdvice, CellCount) {
    let people = p.people.cell.published(threshold: minGroup)
    let statement =
      Self.wholeText(catalogue[key.script]?.question(key.question)) ?? statements[key.question]
      ?? key.question
    var left = CellCount()
    func vote(_ id: String) -> Int {
      guard let cell = p.votes[id] else { return 0 }
      if people != nil, let shown = cell.published(threshold: minGroup) { return shown }
      left.absorb(cell)
      return 0
    }
    let counts = (vote("eens"), vote("oneens"), vote("weet-niet"))
    let advice = people == nil ? [:] : p.advice.compactMapValues { $0.published(threshold: minGroup) }
    return (
      Report.PanelAdvice(
        scriptID: key.script, questionID: key.question, statement: statement, people: people ?? 0,
        suppressed: people == nil, agree: counts.0,
        disagree: counts.1, dontKnow: counts.2, advice: advice),
      left
    )
  }
}

extension ReportBuilder {
  /// A question as it was asked: every `tekst:` line, so that "Hoe vind je dat plan?" comes
  /// with the plan.
  static func wholeText(_ question: Question?) -> String? {
    guard let question, !question.text.isEmpty else { return nil }
    return question.text.joined(separator: " ")
  }

  /// A question as a reader needs it: its whole text, and for a panel member's reason the
  /// statement it is about (from the script, or as the panel wrote it: `statements`).
  static func questionText(
    _ catalogue: [String: Script], script: String, question: String, statements: [String: String] = [:]
  ) -> String {
    if let text = wholeText(catalogue[script]?.question(question)) { return text }
    if let asked = question.removingSuffix(Conversation.namelySuffix),
      let text = wholeText(catalogue[script]?.question(asked))
    {
      return ReportText.namely(text)
    }
    if let statement = question.removingSuffix(reasonSuffix) {
      // The statement itself is its last line; the lines before lead up to it.
      let text = catalogue[script]?.question(statement)?.text.last ?? statements[statement] ?? statement
      return ReportText.reason(about: text)
    }
    return question
  }

  /// The quotes of a theme as a report shows them, each with its question.
  func quotes(_ o: OpenTally) -> [Report.Quote] {
    QuoteChoice.choose(o.quotes.values).map { q in
      let key = questionKeys[q.question]
      return Report.Quote(
        text: q.text, mentions: q.mentions.published(threshold: minGroup) ?? 0, scriptID: key.script,
        questionID: key.question,
        question: Self.questionText(
          catalogue, script: key.script, question: key.question, statements: statements),
        vote: q.vote)
    }
  }
}

func share(_ part: Int, of whole: Int) -> Double {
  whole == 0 ? 0 : (Double(part) / Double(whole) * 1000).rounded() / 1000
}

func percentage(_ part: Int, of whole: Int) -> Double {
  whole == 0 ? 0 : (Double(part) / Double(whole) * 1000).rounded() / 10
}
