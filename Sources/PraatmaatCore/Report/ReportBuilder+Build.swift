extension ReportBuilder {
  /// The smallest group a block must hold, and a block's part of a figure: `minGroup`, but
  /// never more than 5. So blocks are the same for every `--min-group` of 5 and up, and a
  /// report with a stricter minimum shows fewer figures, never other ones.
  var blockMinimum: Int { min(minGroup, 5) }

  /// A script's months joined until they hold at least `blockMinimum` people.
  struct Block {
    var atoms: [Int] = []
    var first = ""
    var last = ""
    var people = 0
  }

  /// Every script's blocks, from the whole store: they are the same for every filter.
  func blocks() -> [Block] {
    var byScript: [String: [Int]] = [:]
    for (i, atom) in atoms.enumerated() { byScript[atom.script, default: []].append(i) }
    var blocks: [Block] = []
    for script in byScript.keys.sorted() {
      var done: [Block] = []
      var current = Block()
      for i in byScript[script]!.sorted(by: { atoms[$0].month < atoms[$1].month }) {
        if current.atoms.isEmpty { current.first = atoms[i].month }
        current.atoms.append(i)
        current.last = atoms[i].month
        current.people += atoms[i].everyone.count
        if current.people >= blockMinimum {
          done.append(current)
          current = Block()
        }
      }
      // The last months, too few on their own, join the block before them.
      if !current.atoms.isEmpty {
        if var previous = done.popLast() {
          previous.atoms += current.atoms
          previous.last = current.last
          previous.people += current.people
          done.append(previous)
        } else {
          done.append(current)
        }
      }
      blocks += done
    }
    return blocks
  }

  /// Whether any session began in the period asked (before the small-group rule).
  public var hasAnswersInPeriod: Bool { atoms.contains { filter.includes(month: $0.month) } }

  /// The report, with everything that rests on fewer than `minGroup` people left out.
  public func build() -> Report {
    var merged = Atom(script: "", month: "")
    var included = Set<Int>()
    var widened = false
    for block in blocks() where block.people >= blockMinimum {
      if let from = filter.from, block.last < from { continue }
      if let to = filter.to, block.first > to { continue }
      if let from = filter.from, block.first < from { widened = true }
      if let to = filter.to, block.last > to { widened = true }
      var sum = Atom(script: "", month: "")
      for i in block.atoms { sum.absorb(atoms[i]) }
      merged.absorb(sum, minGroup: blockMinimum)
      included.formUnion(block.atoms)
    }
    let total = merged.total
    let enough = total.people.count >= minGroup
    let overview = Report.Overview(
      sessions: enough ? total.sessions.count : 0, people: enough ? total.people.count : 0,
      answers: enough ? total.answers : 0,
      methods: enough ? total.methods.mapValues(\.count) : [:],
      firstMonth: enough ? merged.months.first : nil, lastMonth: enough ? merged.months.last : nil,
      municipalities: enough ? places(merged.municipalities) : [],
      shareWithHelp: enough ? share(total.withHelp, of: total.answers) : 0, suppressed: !enough,
      periodWidened: widened)
    var phases: [Report.PhaseReport] = []
    for phase in PolicyPhase.allCases where enough {
      let themes = merged.tallies[phase.index].enumerated().filter { $0.element.seen }
        .map { themeReport(themeNames[$0.offset], $0.element) }
        .sorted { ($0.people, $1.theme) > ($1.people, $0.theme) }
      guard !themes.isEmpty else { continue }
      let people = merged.phasePeople[phase.index].count
      phases.append(
        Report.PhaseReport(
          phase: phase, people: people >= minGroup ? people : 0, themes: themes,
          signals: Signals(minGroup: minGroup).of(themes)))
    }
    // Fictional people, shown in full for the period asked, from blocks with enough people.
    let cards = personas.filter {
      $0.value.matches && included.contains($0.value.atom)
        && filter.includes(month: atoms[$0.value.atom].month)
    }
    .sorted { ($0.value.month, $0.key) < ($1.value.month, $1.key) }
    .map { Report.PersonaCard(lines: $0.value.lines, month: $0.value.month) }
    return Report(
      filter: filter, minGroup: minGroup, overview: overview, phases: phases, personas: enough ? cards : [])
  }

  /// The municipalities with at least `minGroup` sessions; the others together, unnamed.
  private func places(_ sessions: [String: Int]) -> [String] {
    let named = sessions.filter { $0.value >= minGroup }.keys.sorted()
    return named.count < sessions.count ? named + [ReportText.otherPlaces] : named
  }

  private func themeReport(_ theme: String, _ t: ThemeTally) -> Report.ThemeReport {
    let suppressed = t.people.count < minGroup
    var report = Report.ThemeReport(
      theme: theme, sessions: suppressed ? 0 : t.sessions.count, people: suppressed ? 0 : t.people.count,
      methods: suppressed ? [:] : t.methods.mapValues(\.count),
      shareWithHelp: suppressed ? 0 : share(t.withHelp, of: t.answers), suppressed: suppressed,
      closed: [], open: nil, panels: [], notes: [])
    guard !suppressed else { return report }
    report.closed = t.closed.enumerated().filter { !$0.element.kind.isEmpty }
      .map { (questionKeys[$0.offset], $0.element) }.sorted { $0.0 < $1.0 }
      .map { closedReport($0.0, $0.1) }
    if t.open.seen { report.open = openReport(t.open) }
    report.panels = t.panels.filter(\.value.seen).map { (questionKeys[$0.key], $0.value) }
      .sorted { $0.0 < $1.0 }.map { panelReport($0.0, $0.1) }
    report.notes = Self.top(t.notes)
    return report
  }

  private func closedReport(_ key: QuestionKey, _ c: ClosedTally) -> Report.ClosedQuestion {
    let question = catalogue[key.script]?.question(key.question)
    let people = c.people.count
    let suppressed = people < minGroup
    var result = Report.ClosedQuestion(
      scriptID: key.script, questionID: key.question, text: question?.text.last ?? key.question,
      kind: c.kind, multiple: c.multiple, people: suppressed ? 0 : people, suppressed: suppressed,
      options: [])
    guard !suppressed else { return result }
    let counts = c.counts
    // One choice each: a share of the answers. Several: a share of the people.
    let whole = c.multiple ? people : counts.values.reduce(0, +)
    var known = question?.options ?? []
    known.append(Option(id: "weet-ik-niet", pictogram: "🤔", label: "Weet ik niet"))
    let ordered =
      known.filter { counts[$0.id] != nil }
      + counts.keys.sorted()
      .filter { id in !known.contains { $0.id == id } }.map { Option(id: $0, pictogram: nil, label: $0) }
    result.options = ordered.map {
      let count = counts[$0.id] ?? 0
      return Report.OptionCount(
        id: $0.id, label: $0.label, pictogram: $0.pictogram, count: count,
        percent: percentage(count, of: whole))
    }
    return result
  }

  /// The 12 quotes said most, then in alphabetical order. A theme can hold many thousands of
  /// different answers: only the best twelve so far are kept in order.
  static func top(_ o: OpenTally) -> [Report.Quote] {
    func before(_ a: Report.Quote, _ b: Report.Quote) -> Bool { (a.mentions, b.text) > (b.mentions, a.text) }
    var best: [Report.Quote] = []
    for q in o.quotes.values.lazy.map(\.quote) {
      if best.count == 12, let last = best.last, !before(q, last) { continue }
      best.insert(q, at: best.firstIndex { before(q, $0) } ?? best.count)
      if best.count > 12 { best.removeLast() }
    }
    return best
  }

  private func openReport(_ o: OpenTally) -> Report.OpenAnswers {
    let suppressed = o.people.count < minGroup
    guard !suppressed else {
      return Report.OpenAnswers(people: 0, suppressed: true, quotes: [], words: [], pairs: [])
    }
    // Answers in one group share their content words, so a group's words count for each of them.
    var words: [String: Int] = [:]
    var pairs: [String: Int] = [:]
    for group in o.quotes.values {
      for w in self.words.words(group.words) { words[w, default: 0] += group.quote.mentions }
      for p in WordCounter.pairs(group.words) { pairs[p, default: 0] += group.quote.mentions }
    }
    func top(_ counts: [String: Int]) -> [Report.WordCount] {
      counts.filter { $0.value >= 2 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10)
        .map { Report.WordCount(word: $0.key, count: $0.value) }
    }
    return Report.OpenAnswers(
      people: o.people.count, suppressed: false, quotes: Self.top(o), words: top(words), pairs: top(pairs))
  }

  private func panelReport(_ key: QuestionKey, _ p: PanelTally) -> Report.PanelAdvice {
    let suppressed = p.people.count < minGroup
    let statement =
      catalogue[key.script]?.question(key.question)?.text.last ?? statements[key.question] ?? key.question
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
