/// Builds a report from answers one at a time, so a million answers never sit in memory
/// at once.
///
/// Small groups: every count starts in an *atom* (one script in one month of sessions).
/// When the report is built, each script's months are joined into blocks of at least
/// `minGroup` people, and a block adds a figure, distribution or quote only when that
/// rests on at least `minGroup` of its own people. A period filter takes whole blocks.
/// So two reports with different filters differ by whole blocks, each with enough people:
/// putting them side by side never shows fewer than `minGroup` people.
public struct ReportBuilder: Sendable {
  public let filter: ReportFilter
  public let minGroup: Int
  let catalogue: [String: Script]
  let words: WordCounter

  private var sessions: [String: Int] = [:]
  var atoms: [Atom] = []
  private var atomIndex: [String: Int] = [:]
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
  /// A supporter's note about a question: shown apart, never counted as an answer.
  public static let noteKind = "notitie"

  struct QuestionKey: Hashable, Comparable {
    var script: String
    var question: String
    static func < (a: Self, b: Self) -> Bool { (a.script, a.question) < (b.script, b.question) }
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

  /// Takes one answer. The period filter is applied when the report is built, on whole
  /// blocks of months; the other filters here.
  public mutating func add(_ row: ReportRow) {
    let a = row.answer
    if let script = filter.script, a.scriptID != script { return }

    // Answers arrive grouped by session: most of what follows repeats the row before,
    // so a few "same as last time" checks spare a hash per answer.
    let session: Int
    if row.session == last.sessionCode {
      session = last.session
    } else {
      session = Self.index(row.session, in: &sessions)
      last.sessionCode = row.session
      last.session = session
      last.atom = atom(script: a.scriptID, month: row.sessionMonth)
      if let m = row.municipality, !m.isEmpty { atoms[last.atom].municipalities[m, default: 0] += 1 }
    }
    let atom = last.atom
    if a.kind == Self.statementTextKind {
      if let text = a.value { statements[a.questionID] = text }
      return
    }
    // Up to 8 participants and the group: a session's people fit in 16 numbers.
    let person = session * 16 + (Int(a.participant) ?? (a.participant.isEmpty ? 0 : 15))
    let counted = a.participant != "groep" && a.kind != Self.noteKind
    if counted, person != atoms[atom].lastPerson {
      atoms[atom].everyone.insert(person)
      atoms[atom].lastPerson = person
    }
    let isNote = a.kind == Self.noteKind
    // A note made where no question has a theme (a Kwartetspel's choice of theme) is about
    // the script: it goes under the script's themes and phases.
    let header = isNote && (a.themes.isEmpty || a.phases.isEmpty) ? catalogue[a.scriptID]?.header : nil
    let phases = (a.phases.isEmpty ? header?.phases ?? [] : a.phases).filter {
      filter.phase == nil || $0 == filter.phase
    }
    let themes = (a.themes.isEmpty ? header?.themes ?? [] : a.themes).filter {
      filter.theme == nil || $0 == filter.theme
    }
    let matches = !phases.isEmpty && !themes.isEmpty
    if a.method == .persona, a.participant == "groep", !isNote {
      // A Persona card is shown whole, once: not cut up by the themes of its lines. It is
      // the table's, linked to nobody: the table counts as one voice.
      if let text = a.value {
        personas[session, default: PersonaDraft(atom: atom, month: a.month)].lines.append(text)
      }
      let table = session * 16 + 15
      atoms[atom].everyone.insert(table)
      if matches {
        personas[session]?.matches = true
        Self.count(a, session: session, person: table, counted: true, into: &atoms[atom].total)
      }
      return
    }
    guard matches else { return }
    add(a, atom: atom, session: session, person: person, counted: counted, phases: phases, themes: themes)
  }

  private mutating func add(
    _ a: AnswerRecord, atom: Int, session: Int, person: Int, counted: Bool, phases: [PolicyPhase],
    themes: [String]
  ) {
    let isNote = a.kind == Self.noteKind
    if !isNote {
      Self.count(a, session: session, person: person, counted: counted, into: &atoms[atom].total)
    }
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
      let p = phase.index
      if counted, !isNote, last.phasePerson[p] != person {
        atoms[atom].phasePeople[p].insert(person)
        last.phasePerson[p] = person
      }
      for theme in last.themeIDs {
        if atoms[atom].tallies[p].count <= theme {
          atoms[atom].tallies[p].append(
            contentsOf: repeatElement(ThemeTally(), count: theme + 1 - atoms[atom].tallies[p].count))
        }
        // Mutated in place: a copy of a tally per answer would make a report quadratic.
        if isNote {
          // At a Persona table nobody answers alone: the table, one voice, is behind the note.
          if a.method == .persona { atoms[atom].tallies[p][theme].people.insert(person) }
          Self.note(prepared, into: &atoms[atom].tallies[p][theme])
        } else {
          Self.count(
            a, session: session, person: person, counted: counted, into: &atoms[atom].tallies[p][theme])
          Self.route(prepared, question: question, person: person, into: &atoms[atom].tallies[p][theme])
        }
      }
    }
  }

  /// What the previous answer had, to skip work the next one repeats.
  private struct Last: Sendable {
    var sessionCode = ""
    var session = -1
    var atom = -1
    var themes: [String] = []
    var themeIDs: [Int] = []
    var question: QuestionKey?
    var questionID = -1
    var phasePerson = Array(repeating: -1, count: PolicyPhase.allCases.count)
  }

  private var last = Last()

  /// An answer with its words counted once, however many phases and themes it feeds.
  struct Prepared {
    var row: AnswerRecord
    var words: WordCounter.Prepared?
    /// For a panel's advice: the statement it is about.
    var advice: Int?
  }

  private mutating func atom(script: String, month: String) -> Int {
    let key = script + "\u{1F}" + month
    if let i = atomIndex[key] { return i }
    atomIndex[key] = atoms.count
    atoms.append(Atom(script: script, month: month))
    return atoms.count - 1
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

  private static func index(_ key: String, in table: inout [String: Int]) -> Int {
    if let i = table[key] { return i }
    let i = table.count
    table[key] = i
    return i
  }

  private static func note(_ p: Prepared, into tally: inout ThemeTally) {
    guard let text = p.row.value, !text.isEmpty, let words = p.words else { return }
    tally.seen = true
    // Notes are grouped by their exact text only: "nummer 1" and "nummer 2" are two notes.
    var exact = words
    exact.group = text.lowercased().hashValue
    tally.notes.add(text, words: exact, method: p.row.method.rawValue, month: p.row.month)
  }

  private static func route(_ p: Prepared, question: Int, person: Int, into tally: inout ThemeTally) {
    let a = p.row
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
      tally.open.add(text, words: words, method: a.method.rawValue, month: a.month)
    case "option", "options", "number", "ageBand", "dontKnow":
      if tally.closed.count <= question {
        tally.closed.append(
          contentsOf: repeatElement(ClosedTally(), count: question + 1 - tally.closed.count))
      }
      count(a, person: person, into: &tally.closed[question])
    default:
      break
    }
  }

  private static func count(_ a: AnswerRecord, person: Int, into closed: inout ClosedTally) {
    if closed.kind.isEmpty { closed.kind = a.kind }
    closed.people.insert(person)
    if a.valueKind == "dontKnow" {
      closed.count("weet-ik-niet")
    } else if a.valueKind == "options" {
      closed.multiple = true
      for id in (a.value ?? "").split(separator: ",") { closed.count(id) }
    } else if let value = a.value {
      closed.count(value)
    }
  }
}

extension ReportBuilder {
  /// Counts who answered, in which session and with which method, into one tally.
  static func count(_ a: AnswerRecord, session: Int, person: Int, counted: Bool, into tally: inout ThemeTally)
  {
    tally.seen = true
    if counted, person != tally.lastPerson {
      tally.people.insert(person)
      tally.lastPerson = person
    }
    if session != tally.lastSession {
      tally.sessions.insert(session)
      tally.methods[a.method.rawValue, default: DistinctCounter()].insert(session)
      tally.lastSession = session
    }
    tally.answers += 1
    if a.answeredBy != .participant { tally.withHelp += 1 }
  }
}

extension String {
  func removingSuffix(_ suffix: String) -> String? {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil
  }
}
