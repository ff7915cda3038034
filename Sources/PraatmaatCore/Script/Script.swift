/// A parsed question script: header, sections and an index of its questions.
public struct Script: Sendable, Equatable {
  public var header: ScriptHeader
  public var sections: [Section] {
    didSet {
      places = Self.places(of: sections)
      sectionNames = Self.names(of: sections)
    }
  }
  /// The file the script came from, for diagnostics.
  public var fileName: String
  /// Where each question stands (its first place, for a duplicate id), kept with `sections`
  /// so that finding a question takes the same time in a script of 50 000 questions as in one
  /// of ten.
  private var places: [String: Place]
  /// Each section's index by name (the first, for a duplicate name).
  private var sectionNames: [String: Int]

  struct Place: Sendable, Equatable {
    var section: Int
    var item: Int
  }

  public init(header: ScriptHeader, sections: [Section], fileName: String) {
    self.header = header
    self.sections = sections
    self.fileName = fileName
    places = Self.places(of: sections)
    sectionNames = Self.names(of: sections)
  }

  static func names(of sections: [Section]) -> [String: Int] {
    var names: [String: Int] = [:]
    for (s, section) in sections.enumerated() where names[section.name] == nil { names[section.name] = s }
    return names
  }

  static func places(of sections: [Section]) -> [String: Place] {
    var places: [String: Place] = [:]
    for (s, section) in sections.enumerated() {
      for (i, item) in section.items.enumerated() {
        if let id = item.question?.id, places[id] == nil { places[id] = Place(section: s, item: i) }
      }
    }
    return places
  }

  public var id: String { header.id }

  /// Every question in file order.
  public var questions: [Question] {
    sections.flatMap { $0.items.compactMap(\.question) }
  }

  /// The question with `id`, if the script has one; for `helper_fijn.familie`, the question
  /// `helper_fijn` of a repeated section as asked for the option `familie`.
  public func question(_ id: String) -> Question? {
    if let place = places[id] { return sections[place.section].items[place.item].question }
    return repeated(id)
  }

  /// Where a question stands: its section index and item index (for a repeated question, the
  /// place of the question it repeats).
  public func position(ofQuestion id: String) -> (section: Int, item: Int)? {
    (places[id] ?? places[Self.repeatedBase(of: id)]).map { ($0.section, $0.item) }
  }

  public func sectionIndex(named name: String) -> Int? {
    sectionNames[name]
  }

  /// Every theme the script names: in its header, its sections and its questions.
  public var allThemes: [String] {
    header.themes + sections.flatMap(\.themes) + questions.flatMap(\.themes)
  }

  /// Themes of a question, falling back to its section's, then the script's.
  public func themes(of question: Question) -> [String] {
    if !question.themes.isEmpty { return question.themes }
    if let section = section(of: question.id), !section.themes.isEmpty { return section.themes }
    return header.themes
  }

  /// Phases of a question, falling back to its section's, then the script's.
  public func phases(of question: Question) -> [PolicyPhase] {
    if !question.phases.isEmpty { return question.phases }
    if let section = section(of: question.id), !section.phases.isEmpty { return section.phases }
    return header.phases
  }

  func section(of questionID: String) -> Section? {
    position(ofQuestion: questionID).map { sections[$0.section] }
  }
}

/// The header of a script: who it is for and what its answers feed.
public struct ScriptHeader: Sendable, Equatable {
  public var id: String = ""
  public var title: String = ""
  public var method: Method = .gesprek
  public var level: LanguageLevel = .a2
  public var themes: [String] = []
  public var phases: [PolicyPhase] = []
  public var version: Int = 1
  public var variables: [Variable] = []
  /// `groep: 3-5`: how many people a group method is for.
  public var groupSize: ClosedRange<Int>?
  public var groupSizeLocation: SourceLocation?

  public init() {}
}

/// A variable declared in the header with its starting value.
public struct Variable: Sendable, Equatable {
  public var name: String
  public var initial: Value
  public var location: SourceLocation

  public init(name: String, initial: Value, location: SourceLocation) {
    (self.name, self.initial, self.location) = (name, initial, location)
  }
}

/// A named part of a script; the conversation runs through sections in file order
/// unless a jump says otherwise.
public struct Section: Sendable, Equatable {
  public var name: String
  public var items: [Item]
  /// Ask the section's questions in a seeded random order, at most this many.
  public var randomPick: Int?
  /// `herhaal-voor: helpers`: the section is walked once for each option chosen there.
  public var repeatFor: String?
  public var repeatLocation: SourceLocation?
  /// Themes and phases for every question in the section that sets none.
  public var themes: [String] = []
  public var phases: [PolicyPhase] = []
  public var location: SourceLocation

  public init(name: String, items: [Item] = [], randomPick: Int? = nil, location: SourceLocation) {
    self.name = name
    self.items = items
    self.randomPick = randomPick
    self.location = location
  }
}

/// One step in a section.
public enum Item: Sendable, Equatable {
  case say(Say)
  case ask(Question)
  case jump(Jump)
  case set(Assignment)

  public var question: Question? {
    if case .ask(let q) = self { return q }
    return nil
  }

  public var condition: Condition? {
    switch self {
    case .say(let s): s.condition
    case .ask(let q): q.condition
    case .jump(let j): j.condition
    case .set(let a): a.condition
    }
  }

  public var isSet: Bool {
    if case .set = self { return true }
    return false
  }

  public var location: SourceLocation {
    switch self {
    case .say(let s): s.location
    case .ask(let q): q.location
    case .jump(let j): j.location
    case .set(let a): a.location
    }
  }
}

/// A line the bot says.
public struct Say: Sendable, Equatable {
  public var text: String
  public var condition: Condition?
  public var location: SourceLocation
}

/// A jump to another section, or to the end (`einde`).
public struct Jump: Sendable, Equatable {
  public static let end = "einde"
  public var target: String
  public var targetLocation: SourceLocation
  public var condition: Condition?
  public var location: SourceLocation
}

/// Gives a declared variable a new value.
public struct Assignment: Sendable, Equatable {
  public var variable: String
  public var value: Value
  /// `zet: teller = teller + 1`: worked out when the line is reached; `value` is then unused.
  public var sum: Sum?
  public var condition: Condition?
  public var location: SourceLocation
}
