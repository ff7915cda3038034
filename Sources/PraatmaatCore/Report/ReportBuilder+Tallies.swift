/// The running counts a report is built from. Each tally first counts one script in one
/// month; a block of months is their sum, and the report sums the blocks it may show.
extension ReportBuilder {
  /// Running counts for one phase and theme (or, as `total`, for everything).
  struct ThemeTally: Sendable {
    /// Answers come grouped by session: a counter is only touched when the person changes.
    var lastPerson = -1
    var lastSession = -1
    var people = DistinctCounter()
    var sessions = DistinctCounter()
    var methods: [String: DistinctCounter] = [:]
    var answers = 0
    var withHelp = 0
    /// By question number; unused ones have no kind.
    var closed: [ClosedTally] = []
    var open = OpenTally()
    var panels: [Int: PanelTally] = [:]
    var notes = OpenTally()
    /// Something was said here, even if too few people to show it.
    var seen = false

    /// Adds a tally of other people. With `minGroup`, only when it rests on that many
    /// people; else it only leaves a trace that something was said.
    mutating func absorb(_ o: ThemeTally, minGroup: Int? = nil) {
      seen = seen || o.seen
      guard o.people.count >= (minGroup ?? 0) else { return }
      people.absorb(o.people)
      sessions.absorb(o.sessions)
      for (method, count) in o.methods { methods[method, default: DistinctCounter()].absorb(count) }
      answers += o.answers
      withHelp += o.withHelp
      if closed.count < o.closed.count {
        closed.append(contentsOf: repeatElement(ClosedTally(), count: o.closed.count - closed.count))
      }
      for (i, c) in o.closed.enumerated() where !c.kind.isEmpty { closed[i].absorb(c, minGroup: minGroup) }
      open.absorb(o.open, minGroup: minGroup)
      notes.absorb(o.notes, minGroup: nil)
      for (i, p) in o.panels { panels[i, default: PanelTally()].absorb(p, minGroup: minGroup) }
    }
  }

  struct ClosedTally: Sendable {
    var kind = ""
    /// Several options per person: percentages are of people, not of ticks.
    var multiple = false
    var people = QuestionPeople()
    /// A question has a handful of options: a short list beats hashing each answer.
    var tally: [(id: String, count: Int)] = []

    mutating func count(_ id: some StringProtocol, times: Int = 1) {
      if let i = tally.firstIndex(where: { $0.id == id }) {
        tally[i].count += times
      } else {
        tally.append((String(id), times))
      }
    }

    var counts: [String: Int] { Dictionary(uniqueKeysWithValues: tally.map { ($0.id, $0.count) }) }

    mutating func absorb(_ o: ClosedTally, minGroup: Int?) {
      if kind.isEmpty { kind = o.kind }
      multiple = multiple || o.multiple
      guard o.people.count >= (minGroup ?? 0) else { return }
      people.absorb(o.people)
      for (id, count) in o.tally { self.count(id, times: count) }
    }
  }

  struct OpenTally: Sendable {
    var lastPerson = -1
    var people = DistinctCounter()
    var seen = false
    /// Near-duplicates meet under their content words (by the hash of their key: a store
    /// can hold a quarter of a million different answers); word counts follow from the groups.
    var quotes: [Int: QuoteTally] = [:]

    mutating func add(_ text: String, words: WordCounter.Prepared, method: String, month: String) {
      seen = true
      if quotes[words.group] != nil {
        quotes[words.group]!.quote.mentions += 1
      } else {
        quotes[words.group] = QuoteTally(
          quote: Report.Quote(text: text, method: method, month: month, mentions: 1), words: words.list)
      }
    }

    mutating func absorb(_ o: OpenTally, minGroup: Int?) {
      seen = seen || o.seen
      guard o.people.count >= (minGroup ?? 0) else { return }
      people.absorb(o.people)
      for (key, q) in o.quotes {
        if quotes[key] != nil { quotes[key]!.quote.mentions += q.quote.mentions } else { quotes[key] = q }
      }
    }
  }

  struct QuoteTally: Sendable {
    var quote: Report.Quote
    /// The first answer's content words: the group's words and pairs, made when reported.
    var words: [String]
  }

  struct PanelTally: Sendable {
    var people = QuestionPeople()
    var votes: [String: Int] = [:]
    var advice: [String: Int] = [:]
    var seen = false

    mutating func absorb(_ o: PanelTally, minGroup: Int?) {
      seen = true
      guard o.people.count >= (minGroup ?? 0) else { return }
      people.absorb(o.people)
      votes.merge(o.votes, uniquingKeysWith: +)
      advice.merge(o.advice, uniquingKeysWith: +)
    }
  }

  /// One script in one month: the smallest part a report is summed from.
  struct Atom: Sendable {
    var script: String
    var month: String
    /// Everyone in these sessions, whatever the filters: blocks of months are cut by it.
    var everyone = DistinctCounter()
    var lastPerson = -1
    var total = ThemeTally()
    /// The months sessions began, of the sessions counted in `total`: a script-month's own,
    /// or what a sum of them took in.
    var months: (first: String?, last: String?) = (nil, nil)
    var monthRange: (first: String?, last: String?) {
      month.isEmpty ? months : total.seen ? (month, month) : (nil, nil)
    }
    /// Sessions per municipality: a place is only named for enough people.
    var municipalities: [String: Int] = [:]
    /// By phase (in `PolicyPhase.allCases` order), then theme number.
    var tallies: [[ThemeTally]] = Array(repeating: [], count: PolicyPhase.allCases.count)
    var phasePeople = Array(repeating: DistinctCounter(), count: PolicyPhase.allCases.count)

    init(script: String, month: String) {
      self.script = script
      self.month = month
    }

    mutating func absorb(_ o: Atom, minGroup: Int? = nil) {
      everyone.absorb(o.everyone)
      // Who spoke counts too: a block whose people under these filters are too few adds
      // nothing to it, not even its months or places.
      total.absorb(o.total, minGroup: minGroup)
      if o.total.people.count >= (minGroup ?? 0) {
        let range = o.monthRange
        if let f = range.first, months.first.map({ f < $0 }) ?? true { months.first = f }
        if let l = range.last, months.last.map({ l > $0 }) ?? true { months.last = l }
        municipalities.merge(o.municipalities, uniquingKeysWith: +)
      }
      for p in tallies.indices {
        if tallies[p].count < o.tallies[p].count {
          tallies[p].append(
            contentsOf: repeatElement(ThemeTally(), count: o.tallies[p].count - tallies[p].count))
        }
        for (t, tally) in o.tallies[p].enumerated() where tally.seen {
          tallies[p][t].absorb(tally, minGroup: minGroup)
        }
        if o.phasePeople[p].count >= (minGroup ?? 0) { phasePeople[p].absorb(o.phasePeople[p]) }
      }
    }
  }

  /// A Persona card as it was built at one table: all its lines, in order.
  struct PersonaDraft: Sendable {
    var atom: Int
    var month: String
    var lines: [String] = []
    /// At least one line is about a theme and phase the filter asks for.
    var matches = false
  }
}
