/// Counting a report where its answers are kept (a region's server), so that cells travel
/// instead of millions of answers. The builder says what to count (`CountingPlan`), the store
/// counts with its own queries and gives back cells (`CountedCell`), the builder takes them in
/// (`ReportBuilder.absorb`) and reads whole only the answers the store did not count (such as
/// Persona cards: `ReportBuilder.add(_:counted:)`). Disclosure control stays in the builder:
/// the store only counts people and sums their record keys, exactly as the builder would.

/// The themes and phases answers were stored with, for one script: as stored, and read.
public struct StoredPlacement: Hashable, Sendable {
  public var script: String
  /// As stored: comma lists, matched as they are.
  public var storedThemes: String
  public var storedPhases: String
  public var themes: [String]
  public var phases: [PolicyPhase]

  /// The themes are read from their comma list as stored; the phases come read, since an
  /// unknown phase is the store's error to give.
  public init(script: String, storedThemes: String, storedPhases: String, phases: [PolicyPhase]) {
    self.script = script
    self.storedThemes = storedThemes
    self.storedPhases = storedPhases
    themes = storedThemes.split(separator: ",").map(String.init)
    self.phases = phases
  }
}

/// What a store counts for one report.
public struct CountingPlan: Sendable, Equatable {
  /// A session the report takes, with its record key and its number of people.
  public struct Session: Sendable, Equatable {
    public var code: String
    public var key: UInt32
    public var people: Int
  }

  /// The record key of one seat at a table (seat 15 is the group), worked out here so that the
  /// store need not: it may compute `RecordKey.person` itself for a seat not listed.
  public struct SeatKey: Sendable, Equatable {
    /// The session's place in `sessions`.
    public var session: Int
    public var seat: Int
    public var key: UInt32
  }

  /// A phase and theme the report counts under.
  public struct Cell: Sendable, Equatable {
    public var phase: PolicyPhase
    public var theme: String
  }

  /// Answers stored with these themes and phases count under these cells (by their place in
  /// `cells`); a placement the filter leaves out is not listed.
  public struct Placement: Sendable, Equatable {
    public var script: String
    public var storedThemes: String
    public var storedPhases: String
    public var cells: [Int]
  }

  public var sessions: [Session]
  public var seatKeys: [SeatKey]
  public var cells: [Cell]
  public var placements: [Placement]
}

/// One counted cell: how many records and the sum of their record keys, for one measure.
public struct CountedCell: Sendable, Equatable {
  public enum Measure: String, Sendable, CaseIterable {
    /// Distinct people; per phase (theme nil) or per phase and theme, or for the report.
    case people
    /// Distinct sessions, and distinct sessions per method (`label`).
    case sessions, method
    /// Answers, and answers given with help: one record per answer, the person's key.
    case answers
    case withHelp = "with-help"
    /// Supporters' notes: one record per note, the session's key.
    case notes
    /// A phase and theme something was said about (no count).
    case seen
    /// The people who answered a closed question, and who chose an option (`label`).
    case questionPeople = "question-people"
    case option
    /// Sessions with an answer, per script, per municipality (`label`); the first and last
    /// month such a session began in (`label`).
    case script, municipality
    case firstMonth = "first-month"
    case lastMonth = "last-month"
    /// The people who gave an open answer; the answers that say one text (`label`), with the
    /// vote a panel member's reason explains (`vote`), earliest first.
    case openPeople = "open-people"
    case quote
    /// A panel's statement (`question`): the members who voted, and per vote (`label`); the
    /// advice (`label`) tables agreed on, one record per table.
    case panelPeople = "panel-people"
    case panelVote = "panel-vote"
    case advice
  }

  public var measure: Measure
  public var phase: PolicyPhase?
  public var theme: String?
  /// For closed questions: the script and question, the question's kind and whether people
  /// could choose several options.
  public var script: String?
  public var question: String?
  public var kind: String?
  public var multiple = false
  /// A method, an option, a script, a municipality, a month, a quote, a vote or an advice.
  public var label: String?
  /// For a quote: the vote its reason explains.
  public var vote: String?
  public var cell: CellCount

  public init(
    _ measure: Measure, phase: PolicyPhase? = nil, theme: String? = nil, script: String? = nil,
    question: String? = nil, kind: String? = nil, multiple: Bool = false, label: String? = nil,
    vote: String? = nil, cell: CellCount = CellCount()
  ) {
    self.vote = vote
    self.measure = measure
    self.phase = phase
    self.theme = theme
    self.script = script
    self.question = question
    self.kind = kind
    self.multiple = multiple
    self.label = label
    self.cell = cell
  }
}

extension ReportBuilder {
  /// What a store that counts where the answers are needs for this report: the sessions it
  /// takes, their seats' record keys, and where each stored placement counts.
  public func countingPlan(_ stored: [StoredPlacement]) -> CountingPlan {
    var sessions: [CountingPlan.Session] = []
    var seats: [CountingPlan.SeatKey] = []
    for (code, index) in sessionIndex.sorted(by: { $0.key < $1.key }) where sessionIncluded[index] {
      let key = sessionKeys[index]
      let people = sessionPeople[index]
      sessions.append(CountingPlan.Session(code: code, key: key, people: people))
      guard people > 1 else { continue }
      for seat in Array(1...people) + [15] {
        seats.append(
          CountingPlan.SeatKey(
            session: sessions.count - 1, seat: seat, key: RecordKey.person(session: key, seat: seat)))
      }
    }
    var cells: [CountingPlan.Cell] = []
    var placements: [CountingPlan.Placement] = []
    for s in stored {
      var placement = CountingPlan.Placement(
        script: s.script, storedThemes: s.storedThemes, storedPhases: s.storedPhases, cells: [])
      for (phase, theme) in placed(script: s.script, themes: s.themes, phases: s.phases) {
        let cell = CountingPlan.Cell(phase: phase, theme: theme)
        if let known = cells.firstIndex(of: cell) {
          placement.cells.append(known)
        } else {
          placement.cells.append(cells.count)
          cells.append(cell)
        }
      }
      if !placement.cells.isEmpty { placements.append(placement) }
    }
    return CountingPlan(sessions: sessions, seatKeys: seats, cells: cells, placements: placements)
  }

  /// The phases and themes an answer counts under, after the filter: its own, or its script's.
  func placed(script: String, themes: [String], phases: [PolicyPhase]) -> [(PolicyPhase, String)] {
    let themes = vocabulary.themes(of: askedThemes(script: script, stored: themes)).filter {
      filter.theme == nil || $0 == filter.theme
    }
    return countedPhases(script: script, stored: phases).flatMap { phase in themes.map { (phase, $0) } }
  }

  /// Takes in what the store counted (see `countingPlan`); the answers it did not count follow
  /// with `add(_:counted: true)`.
  public mutating func absorb(_ cells: [CountedCell]) {
    for c in cells {
      switch c.measure {
      case .people:
        if let phase = c.phase, let theme = c.theme {
          change(phase, theme) { $0.people = DistinctCounter(counted: c.cell) }
        } else if let phase = c.phase {
          phasePeople[phase.index] = DistinctCounter(counted: c.cell)
        } else {
          total.people = DistinctCounter(counted: c.cell)
        }
      case .sessions, .method, .answers, .withHelp, .notes, .seen:
        if let phase = c.phase, let theme = c.theme {
          change(phase, theme) { Self.take(c, into: &$0) }
        } else {
          Self.take(c, into: &total)
        }
      case .openPeople:
        guard let phase = c.phase, let theme = c.theme else { continue }
        change(phase, theme) { $0.open.people = DistinctCounter(counted: c.cell) }
      case .quote, .panelPeople, .panelVote, .advice:
        guard let (phase, theme, question) = questionCell(c) else { continue }
        let words = c.measure == .quote ? self.words.prepare(c.label ?? "") : nil
        change(phase, theme) { Self.take(c, question: question, words: words, into: &$0) }
      case .questionPeople, .option:
        guard let (phase, theme, question) = questionCell(c) else { continue }
        change(phase, theme) { tally in
          if tally.closed.count <= question {
            tally.closed.append(
              contentsOf: repeatElement(ClosedTally(), count: question + 1 - tally.closed.count))
          }
          if tally.closed[question].kind.isEmpty { tally.closed[question].kind = c.kind ?? "" }
          if c.multiple { tally.closed[question].multiple = true }
          if c.measure == .option {
            tally.closed[question].tally.append((c.label ?? "", c.cell))
          } else {
            tally.closed[question].people = QuestionPeople(counted: c.cell)
          }
        }
      case .script:
        scripts[c.label ?? "", default: CellCount()].absorb(c.cell)
      case .municipality:
        if let m = c.label, !m.isEmpty { municipalities[m, default: CellCount()].absorb(c.cell) }
      case .firstMonth:
        if let m = c.label, months.first.map({ m < $0 }) ?? true { months.first = m }
      case .lastMonth:
        if let m = c.label, months.last.map({ m > $0 }) ?? true { months.last = m }
      }
    }
  }

  /// A cell about one question: its phase, theme and the question's number.
  private mutating func questionCell(_ c: CountedCell) -> (PolicyPhase, String, Int)? {
    guard let phase = c.phase, let theme = c.theme, let script = c.script, let id = c.question else {
      return nil
    }
    return (phase, theme, intern(QuestionKey(script: script, question: id)))
  }

  /// A count for the report, or for one phase and theme.
  private static func take(_ c: CountedCell, into tally: inout ThemeTally) {
    tally.seen = true
    switch c.measure {
    case .sessions: tally.sessions = DistinctCounter(counted: c.cell)
    case .method: tally.methods[c.label ?? ""] = DistinctCounter(counted: c.cell)
    case .answers: tally.answers = c.cell
    case .withHelp: tally.withHelp = c.cell
    case .notes: tally.notes = c.cell
    default: break
    }
  }

  /// What a report shows in words, counted by a store: open answers and panels.
  private static func take(
    _ c: CountedCell, question: Int, words: WordCounter.Prepared?, into tally: inout ThemeTally
  ) {
    switch c.measure {
    case .quote:
      guard let words else { return }
      tally.open.add(c.label ?? "", words: words, question: question, vote: c.vote, mentions: c.cell)
    case .panelPeople: tally.panels[question, default: PanelTally()].people = QuestionPeople(counted: c.cell)
    case .panelVote:
      tally.panels[question, default: PanelTally()].votes[c.label ?? "", default: CellCount()].absorb(c.cell)
    case .advice:
      tally.panels[question, default: PanelTally()].advice[c.label ?? "", default: CellCount()].absorb(c.cell)
    default: break
    }
  }

  private mutating func change(_ phase: PolicyPhase, _ theme: String, _ body: (inout ThemeTally) -> Void) {
    let p = phase.index
    let t = intern(theme)
    if tallies[p].count <= t {
      tallies[p].append(contentsOf: repeatElement(ThemeTally(), count: t + 1 - tallies[p].count))
    }
    tallies[p][t].seen = true
    body(&tallies[p][t])
  }
}
