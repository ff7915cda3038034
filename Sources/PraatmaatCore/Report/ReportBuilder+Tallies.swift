/// The running counts a report is built from: every count is a cell with the sum of its
/// people's record keys, so that what is published can be perturbed the same way every time.
extension ReportBuilder {
  /// Running counts for one phase and theme (or, as `total`, for everything).
  struct ThemeTally: Sendable {
    /// Answers come grouped by session: a counter is only touched when the person changes.
    var lastPerson = -1
    var lastSession = -1
    var people = DistinctCounter()
    var sessions = DistinctCounter()
    var methods: [String: DistinctCounter] = [:]
    var answers = CellCount()
    var withHelp = CellCount()
    /// By question number; unused ones have no kind.
    var closed: [ClosedTally] = []
    var open = OpenTally()
    var panels: [Int: PanelTally] = [:]
    /// Supporters' notes: counted, never shown.
    var notes = CellCount()
    /// Something was said here, even if too few people to show it.
    var seen = false
  }

  struct ClosedTally: Sendable {
    var kind = ""
    /// Several options per person: percentages are of people, not of ticks.
    var multiple = false
    var people = QuestionPeople()
    /// A question has a handful of options: a short list beats hashing each answer.
    var tally: [(id: String, cell: CellCount)] = []

    mutating func count(_ id: some StringProtocol, key: UInt32) {
      if let i = tally.firstIndex(where: { $0.id == id }) {
        tally[i].cell.add(key)
      } else {
        var cell = CellCount()
        cell.add(key)
        tally.append((String(id), cell))
      }
    }
  }

  struct OpenTally: Sendable {
    var lastPerson = -1
    var people = DistinctCounter()
    /// Near-duplicates to one question meet under their content words (by the hash of their
    /// key: a store can hold a quarter of a million different answers); word counts follow
    /// from the groups.
    var quotes: [QuoteKey: QuoteTally] = [:]

    var seen: Bool { !people.isEmpty }

    mutating func add(_ text: String, words: WordCounter.Prepared, question: Int, vote: String?, key: UInt32)
    {
      var mentions = CellCount()
      mentions.add(key)
      add(text, words: words, question: question, vote: vote, mentions: mentions)
    }

    /// Answers that say `text`, counted together (by a store).
    mutating func add(
      _ text: String, words: WordCounter.Prepared, question: Int, vote: String?, mentions: CellCount
    ) {
      let at = QuoteKey(question: question, group: words.group, vote: vote)
      if quotes[at] != nil {
        quotes[at]!.mentions.absorb(mentions)
      } else {
        quotes[at] = QuoteTally(
          text: text, question: question, vote: vote, mentions: mentions, words: words.list)
      }
    }
  }

  struct QuoteKey: Hashable, Sendable {
    var question: Int
    var group: Int
    var vote: String?
  }

  struct QuoteTally: Sendable {
    var text: String
    /// The question it answers, by number.
    var question: Int
    /// A panel member's reason: the vote it explains.
    var vote: String?
    /// Who said (nearly) this: one record per answer.
    var mentions: CellCount
    /// The first answer's content words: the group's words and pairs, made when reported.
    var words: [String]
  }

  struct PanelTally: Sendable {
    var people = QuestionPeople()
    var votes: [String: CellCount] = [:]
    /// Per session: the advice a panel agreed on.
    var advice: [String: CellCount] = [:]
    var seen: Bool { people.cell.count > 0 || !advice.isEmpty }
  }

  /// A Persona card as it was built at one table: all its lines, in order.
  struct PersonaDraft: Sendable {
    var lines: [String] = []
    /// At least one line is about a theme and phase the filter asks for.
    var matches = false
  }
}
