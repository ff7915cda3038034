/// Builds a report from answers one at a time, so a million answers never sit in memory
/// at once.
///
/// Disclosure control (see the README's privacy section):
/// - Sessions reach reports in publication rounds of at least five people per script
///   (`PublicationRounds`); a period filter takes whole rounds. Two reports of the same store,
///   or of the store before and after new conversations, differ by whole rounds.
/// - Every published number is a cell counted with the cell key method (`CellCount`): the
///   sum of its people's record keys picks its noise from the `PerturbationTable`, so the
///   same people always give the same number, whichever filter led to them.
/// - A cell is shown only when its perturbed count reaches `minGroup` (at least 5); what is
///   left out is counted, per section, and said.
public struct ReportBuilder: Sendable {
  public static let smallestGroup = 5
  public let filter: ReportFilter
  public let minGroup: Int
  let catalogue: [String: Script]
  let words: WordCounter
  /// Themes in one vocabulary: answers about `geld` and `geld en administratie` come together.
  let vocabulary: ThemeVocabulary
  public let rounds: PublicationRounds
  /// The rounds the period filter takes, by index in `rounds.rounds`.
  let included: [Bool]

  /// Sessions by code: their place in the lists of record keys, people and whether the
  /// report takes them.
  var sessionIndex: [String: Int] = [:]
  var sessionKeys: [UInt32] = []
  var sessionPeople: [Int] = []
  /// Each session's place in the publication order: Persona cards are shown in it.
  var sessionReady: [Int] = []
  var sessionIncluded: [Bool] = []
  /// Sessions numbered in the order their answers come (their place in the lists above): people
  /// are numbered from these, so that they mostly come in rising order (see `DistinctCounter`).
  var numbered: [Int] = []
  /// Each session's number in `numbered`, by its place in the lists above; -1 before its first
  /// answer.
  private var numberOf: [Int] = []
  /// The report's sum of everything, and per phase (in `PolicyPhase.allCases` order) then theme.
  var total = ThemeTally()
  var tallies: [[ThemeTally]] = Array(repeating: [], count: PolicyPhase.allCases.count)
  var phasePeople = Array(repeating: DistinctCounter(), count: PolicyPhase.allCases.count)
  var municipalities: [String: CellCount] = [:]
  /// Sessions per script, for the method section.
  var scripts: [String: CellCount] = [:]
  var months: (first: String?, last: String?) = (nil, nil)
  // Names as small numbers: hashing strings per answer per theme would dominate.
  private var themeIDs: [String: Int] = [:]
  var themeNames: [String] = []
  private var questionIDs: [QuestionKey: Int] = [:]
  var questionKeys: [QuestionKey] = []
  /// Statements a panel added on the spot, by question id: their text.
  var statements: [String: String] = [:]
  /// Persona cards by session.
  var personas: [Int: PersonaDraft] = [:]

  static let statementWord = QuestionKind.statement.word
  static let openWord = QuestionKind.open.word
  /// Stored with a panel's own statement: its text.
  public static let statementTextKind = "stellingtekst"
  /// Stored with a panel member's reason for a vote: the statement's id, then this.
  public static let reasonSuffix = "-waarom"
  /// A supporter's note about a question: counted per theme, never shown in a report.
  public static let noteKind = "notitie"

  struct QuestionKey: Hashable, Comparable {
    var script: String
    var question: String
    static func < (a: Self, b: Self) -> Bool { (a.script, a.question) < (b.script, b.question) }
  }

  /// `catalogue`: the scripts by id, for question wording and option labels. `sessions`:
  /// every session of the store (see `SQLiteStore.reportSessions`), for rounds and keys.
  /// `minGroup` below `smallestGroup` is raised to it: callers refuse it first.
  public init(
    filter: ReportFilter = ReportFilter(), minGroup: Int = 5, catalogue: [String: Script] = [:],
    stopWords: Set<String> = [], themes: ThemeVocabulary = ThemeVocabulary(), sessions: [ReportSession]
  ) {
    self.filter = filter
    self.vocabulary = themes
    self.minGroup = max(Self.smallestGroup, minGroup)
    self.catalogue = catalogue
    self.words = WordCounter(stopWords: stopWords)
    let scoped = sessions.filter {
      (filter.script == nil || $0.script == filter.script)
        && (filter.municipality == nil || $0.municipality == filter.municipality)
    }
    rounds = PublicationRounds(scoped.map(\.round))
    included = rounds.rounds.map { filter.includes(first: $0.firstMonth, last: $0.lastMonth) }
    hasSessions = scoped.contains { !$0.withdrawn && filter.includes(month: $0.round.month) }
    let included = self.included
    for s in scoped where !s.withdrawn {
      sessionIndex[s.code] = sessionKeys.count
      sessionKeys.append(s.recordKey)
      sessionPeople.append(s.people)
      sessionReady.append(s.ready ?? .max)
      sessionIncluded.append(rounds.roundOf[s.code].map { included[$0] } ?? false)
    }
    numberOf = Array(repeating: -1, count: sessionKeys.count)
  }

  /// Whether any session of the script asked for began in the period asked, published or
  /// waiting: else there is nothing to report.
  public let hasSessions: Bool

  /// Whether a round the report takes reaches outside the period asked.
  var periodWidened: Bool {
    zip(rounds.rounds, included).contains { round, taken in
      taken && !(filter.includes(month: round.firstMonth) && filter.includes(month: round.lastMonth))
    }
  }

  /// A person's record key: seat 0 is a session's one participant, 1…8 the seats at a table.
  func personKey(_ person: Int) -> UInt32 {
    RecordKey.person(session: sessionKeys[numbered[person / 16]], seat: person % 16)
  }

  /// Takes one answer; answers of sessions the report does not take (waiting, another period,
  /// another script) are passed by.
  public mutating func add(_ row: ReportRow) { add(row, counted: false) }

  /// Takes one answer. `counted`: the store counted it already (see `absorb`), so only what a
  /// report shows in words is taken from it: open answers, panels, Persona cards.
  public mutating func add(_ row: ReportRow, counted: Bool) {
    let tallying = !counted
    let a = row.answer
    // Answers arrive grouped by session: most of what follows repeats the row before,
    // so a few "same as last time" checks spare a hash per answer.
    let session: Int
    if row.session == last.sessionCode {
      session = last.session
    } else {
      last.sessionCode = row.session
      last.session = -1
      if !last.votes.isEmpty { last.votes = [:] }
      guard let index = sessionIndex[row.session], sessionIncluded[index] else { return }
      // Mostly a session's answers come together; when they do not (two conversations at
      // once, a region's server), a session seen before keeps its number and is counted once.
      if numberOf[index] >= 0 {
        session = numberOf[index]
      } else {
        session = numbered.count
        numbered.append(index)
        numberOf[index] = session
        if tallying { startSession(index, row) }
      }
      last.session = session
    }
    // -1: a session the report does not take.
    guard session >= 0, a.questionID != AnswerRecord.tablePeopleID else { return }
    if a.kind == Self.statementTextKind {
      if let text = a.value { statements[a.questionID] = text }
      return
    }
    // Up to 8 participants and the group: a session's people fit in 16 numbers.
    let person = session * 16 + (Int(a.participant) ?? (a.participant.isEmpty ? 0 : 15))
    let isNote = a.kind == Self.noteKind
    let phases = countedPhases(script: a.scriptID, stored: a.phases)
    let asked = askedThemes(script: a.scriptID, stored: a.themes)
    if asked != last.askedThemes {
      last.askedThemes = asked
      last.vocabularyThemes = vocabulary.themes(of: asked)
    }
    let themes = last.vocabularyThemes.filter { filter.theme == nil || $0 == filter.theme }
    // At a Persona table the card is the group's: it stands for everyone at the table. It is
    // shown whole, once, when any of its lines is about a theme and phase asked for.
    let table = a.participant == "groep" && a.method.rules.answersTogether
    if table, !isNote, let text = a.value { personas[session, default: PersonaDraft()].lines.append(text) }
    guard !phases.isEmpty, !themes.isEmpty else { return }
    if table, !isNote { personas[session]?.matches = true }
    // Keys are worked out first: the tallies below are changed in place, by static functions,
    // so that no copy of the builder (and its tallies) is ever made for an answer.
    let people =
      table
      ? (1...max(1, min(8, sessionPeople[numbered[session]]))).map {
        (session * 16 + $0, personKey(session * 16 + $0))
      }
      : [(person, personKey(person))]
    let keys = Keys(
      session: session, sessionKey: sessionKeys[numbered[session]], person: person,
      personKey: personKey(person))
    let countsPeople = tallying && (table || (a.participant != "groep" && !isNote))
    for p in people where countsPeople { Self.insert(p, into: &total) }
    if tallying, !isNote { Self.count(a, keys, into: &total) }
    let question = intern(QuestionKey(script: a.scriptID, question: a.questionID))
    let advice = a.questionID.removingSuffix("-advies").map {
      intern(QuestionKey(script: a.scriptID, question: $0))
    }
    // A panel member's reason is told with the vote it explains: the vote comes first.
    if a.kind == Self.statementWord {
      last.votes[a.questionID + "#" + a.participant] = a.valueKind == "dontKnow" ? "weet-niet" : a.value
    }
    let vote = a.questionID.removingSuffix(Self.reasonSuffix).flatMap { last.votes[$0 + "#" + a.participant] }
    let prepared = Prepared(
      row: a, words: a.valueKind == "text" && !table ? a.value.map(words.prepare) : nil, advice: advice,
      vote: vote)
    if themes != last.themes {
      last.themes = themes
      last.themeIDs = themes.map { intern($0) }
    }
    for phase in phases {
      let p = phase.index
      for person in people where countsPeople { phasePeople[p].insert(person.0, key: person.1) }
      for theme in last.themeIDs {
        if tallies[p].count <= theme {
          tallies[p].append(contentsOf: repeatElement(ThemeTally(), count: theme + 1 - tallies[p].count))
        }
        // Mutated in place: a copy of a tally per answer would make a report quadratic.
        tallies[p][theme].seen = true
        if isNote {
          if tallying { tallies[p][theme].notes.add(keys.sessionKey) }
          continue
        }
        for person in people where countsPeople { Self.insert(person, into: &tallies[p][theme]) }
        if tallying { Self.count(a, keys, into: &tallies[p][theme]) }
        if !table { Self.route(prepared, question: question, keys, into: &tallies[p][theme]) }
      }
    }
  }

  /// The phases an answer counts under: its own, or its script's; those the filter asks for.
  func countedPhases(script: String, stored: [PolicyPhase]) -> [PolicyPhase] {
    (stored.isEmpty ? catalogue[script]?.header.phases ?? [] : stored).filter {
      filter.phase == nil || $0 == filter.phase
    }
  }

  /// The themes an answer was asked under, as the script wrote them: its own, or its script's.
  func askedThemes(script: String, stored: [String]) -> [String] {
    stored.isEmpty ? catalogue[script]?.header.themes ?? [] : stored
  }

  /// The first answer of a session the report takes: its month and place.
  private mutating func startSession(_ index: Int, _ row: ReportRow) {
    let month = row.sessionMonth
    if months.first.map({ month < $0 }) ?? true { months.first = month }
    if months.last.map({ month > $0 }) ?? true { months.last = month }
    scripts[row.answer.scriptID, default: CellCount()].add(sessionKeys[index])
    if let m = row.municipality, !m.isEmpty {
      municipalities[m, default: CellCount()].add(sessionKeys[index])
    }
  }

  /// Who gave an answer, with their record keys.
  struct Keys {
    var session: Int
    var sessionKey: UInt32
    var person: Int
    var personKey: UInt32
  }

  private static func insert(_ person: (Int, UInt32), into tally: inout ThemeTally) {
    if person.0 != tally.lastPerson {
      tally.people.insert(person.0, key: person.1)
      tally.lastPerson = person.0
    }
  }

  /// Counts an answer, its session and method, and whether it was given with help.
  private static func count(_ a: AnswerRecord, _ keys: Keys, into tally: inout ThemeTally) {
    tally.seen = true
    if keys.session != tally.lastSession {
      tally.sessions.insert(keys.session, key: keys.sessionKey)
      tally.methods[a.method.rawValue, default: DistinctCounter()].insert(keys.session, key: keys.sessionKey)
      tally.lastSession = keys.session
    }
    tally.answers.add(keys.personKey)
    if a.answeredBy != .participant { tally.withHelp.add(keys.personKey) }
  }

  /// What the previous answer had, to skip work the next one repeats.
  private struct Last: Sendable {
    var sessionCode = ""
    var session = -1
    var themes: [String] = []
    var themeIDs: [Int] = []
    /// The themes as the script wrote them, and in the vocabulary's words.
    var askedThemes: [String] = []
    var vocabularyThemes: [String] = []
    var question: QuestionKey?
    var questionID = -1
    /// The votes of this session's panel members, by statement and seat.
    var votes: [String: String] = [:]
  }

  private var last = Last()

  /// An answer with its words counted once, however many phases and themes it feeds.
  struct Prepared {
    var row: AnswerRecord
    var words: WordCounter.Prepared?
    /// For a panel's advice: the statement it is about.
    var advice: Int?
    /// For a panel member's reason: the vote it explains.
    var vote: String?
  }

  mutating func intern(_ theme: String) -> Int {
    if let id = themeIDs[theme] { return id }
    themeIDs[theme] = themeNames.count
    themeNames.append(theme)
    return themeNames.count - 1
  }

  mutating func intern(_ key: QuestionKey) -> Int {
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

  private static func route(_ p: Prepared, question: Int, _ keys: Keys, into tally: inout ThemeTally) {
    let a = p.row
    let key = keys.personKey
    let person = keys.person
    if a.participant == "groep", let statement = p.advice {
      // A panel's advice is the table's: the session's key stands for it.
      if let value = a.value {
        tally.panels[statement, default: PanelTally()].advice[value, default: CellCount()].add(
          keys.sessionKey)
      }
      return
    }
    if a.participant == "groep" { return }
    if a.kind == Self.statementWord {
      tally.panels[question, default: PanelTally()].people.insert(person, key: key)
      let vote = a.valueKind == "dontKnow" ? "weet-niet" : (a.value ?? "")
      if !vote.isEmpty {
        tally.panels[question, default: PanelTally()].votes[vote, default: CellCount()].add(key)
      }
      return
    }
    switch a.valueKind {
    case "dontKnow" where a.kind == Self.openWord:
      return
    case "text":
      guard let text = a.value, !text.isEmpty, let words = p.words else { return }
      if person != tally.open.lastPerson {
        tally.open.people.insert(person, key: key)
        tally.open.lastPerson = person
      }
      tally.open.add(text, words: words, question: question, vote: p.vote, key: key)
    case "option", "options", "number", "ageBand", "dontKnow":
      if tally.closed.count <= question {
        tally.closed.append(
          contentsOf: repeatElement(ClosedTally(), count: question + 1 - tally.closed.count))
      }
      Self.count(a, key: key, person: person, into: &tally.closed[question])
    default:
      break
    }
  }

  private static func count(_ a: AnswerRecord, key: UInt32, person: Int, into closed: inout ClosedTally) {
    if closed.kind.isEmpty { closed.kind = a.kind }
    closed.people.insert(person, key: key)
    if a.valueKind == "dontKnow" {
      closed.count("weet-ik-niet", key: key)
    } else if a.valueKind == "options" {
      closed.multiple = true
      for id in (a.value ?? "").split(separator: ",") { closed.count(id, key: key) }
    } else if let value = a.value {
      closed.count(value, key: key)
    }
  }
}

extension String {
  func removingSuffix(_ suffix: String) -> String? {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil
  }
}
