/// The open answers of a store as a REFI-QDA project (`.qdpx`), for ATLAS.ti, NVivo, MAXQDA
/// and QDA Miner: one text document per question, each answer a coded segment in it.
///
/// The same disclosure rules as reports:
/// - only sessions in a published round (`PublicationRounds`), never one that waits;
/// - a question's answers only when at least `minGroup` people gave them (its cell, perturbed
///   with the cell key method);
/// - a municipality named only when it has at least `minGroup` sessions, else "andere
///   gemeenten";
/// - nothing that links answers to each other or to a time: no session, seat or month, and the
///   answers of a question in an order set by their record keys, not by when they were given.
public struct QDAExport: Sendable {
  public let minGroup: Int
  let catalogue: [String: Script]
  let vocabulary: ThemeVocabulary
  /// Record keys of the sessions the export takes, by code.
  private var sessionKeys: [String: UInt32] = [:]
  private var places: [String: CellCount] = [:]
  private var placeSeen: Set<String> = []
  private var questions: [Key: Question] = [:]

  struct Key: Hashable, Comparable {
    var script: String
    var question: String
    static func < (a: Self, b: Self) -> Bool { (a.script, a.question) < (b.script, b.question) }
  }

  struct Question: Sendable {
    var people = CellCount()
    var seen: Set<String> = []
    var answers: [Answer] = []
  }

  struct Answer: Sendable {
    var text: String
    var order: UInt32
    var themes: [String]
    var phases: [PolicyPhase]
    var method: String
    var municipality: String?
  }

  public init(
    minGroup: Int = 5, catalogue: [String: Script], themes: ThemeVocabulary, sessions: [ReportSession]
  ) {
    self.minGroup = max(ReportBuilder.smallestGroup, minGroup)
    self.catalogue = catalogue
    self.vocabulary = themes
    let rounds = PublicationRounds(sessions.map(\.round))
    for s in sessions where !s.withdrawn && rounds.roundOf[s.code] != nil {
      sessionKeys[s.code] = s.recordKey
    }
  }

  /// Takes one answer: only the open answers of a participant in a published session.
  public mutating func add(_ row: ReportRow) {
    let a = row.answer
    guard let sessionKey = sessionKeys[row.session], a.kind == QuestionKind.open.word, a.valueKind == "text",
      a.participant != "groep", let text = a.value, !text.isEmpty
    else { return }
    if let place = row.municipality, !place.isEmpty, placeSeen.insert(row.session).inserted {
      places[place, default: CellCount()].add(sessionKey)
    }
    let seat = Int(a.participant) ?? 0
    let person = RecordKey.person(session: sessionKey, seat: seat)
    let key = Key(script: a.scriptID, question: a.questionID)
    let script = catalogue[a.scriptID]
    let answer = Answer(
      text: text, order: 0,
      themes: vocabulary.themes(of: a.themes.isEmpty ? script?.header.themes ?? [] : a.themes),
      phases: a.phases.isEmpty ? script?.header.phases ?? [] : a.phases, method: a.method.rawValue,
      municipality: row.municipality)
    // Changed in place: taking a question out of the dictionary and putting it back would copy
    // its answers each time.
    Self.add(answer, person: person, seat: "\(row.session)#\(seat)", to: &questions[key, default: Question()])
  }

  private static func add(_ answer: Answer, person: UInt32, seat: String, to question: inout Question) {
    if question.seen.insert(seat).inserted { question.people.add(person) }
    var answer = answer
    answer.order = RecordKey.person(session: person, seat: question.answers.count + 1)
    question.answers.append(answer)
  }

  /// A document per question with enough people, its answers in key order.
  public func documents() -> [QDADocument] {
    let named = Set(places.filter { $0.value.published(threshold: minGroup) != nil }.keys)
    return questions.keys.sorted().compactMap { key in
      let q = questions[key]!
      guard let people = q.people.published(threshold: minGroup) else { return nil }
      let segments = q.answers.sorted { ($0.order, $0.text) < ($1.order, $1.text) }.map { a in
        QDADocument.Segment(
          text: a.text,
          codes: [
            QDACode(group: .script, name: key.script),
            QDACode(group: .question, name: "\(key.script)/\(key.question)"),
            QDACode(group: .method, name: a.method),
            QDACode(
              group: .municipality,
              name: a.municipality.flatMap { named.contains($0) ? $0 : nil } ?? ReportText.otherPlaces),
          ] + a.themes.map { QDACode(group: .theme, name: $0) }
            + a.phases.map {
              QDACode(group: .phase, name: $0.rawValue)
            })
      }
      return QDADocument(
        name: "\(key.script)/\(key.question)",
        question: ReportBuilder.questionText(catalogue, script: key.script, question: key.question),
        people: people,
        segments: segments)
    }
  }
}

/// One question's answers as one text document.
public struct QDADocument: Sendable, Equatable {
  public var name: String
  public var question: String
  /// Perturbed, at least the smallest group.
  public var people: Int
  public var segments: [Segment]

  public struct Segment: Sendable, Equatable {
    public var text: String
    public var codes: [QDACode]
  }
}

/// A code of the project's code book: a group (script, question, theme, …) and a name in it.
public struct QDACode: Sendable, Hashable, Comparable {
  public enum Group: String, Sendable, CaseIterable, Comparable {
    case script, question = "vraag", theme = "thema", phase = "fase", method = "methode",
      municipality = "gemeente"
    public static func < (a: Self, b: Self) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  public var group: Group
  public var name: String

  public static func < (a: Self, b: Self) -> Bool { (a.group, a.name) < (b.group, b.name) }
}
