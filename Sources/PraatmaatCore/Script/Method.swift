/// The "Praat met mij" method a script follows (`methode:`): which one is registered in
/// `MethodCatalog`, and what it does its own way is asked from its `rules`.
public struct Method: RawRepresentable, Hashable, Sendable, Codable {
  public let rawValue: String

  /// Nil for a word no registered method has.
  public init?(rawValue: String) {
    guard MethodCatalog.rules(rawValue) != nil else { return nil }
    self.rawValue = rawValue
  }

  /// A method of this module, known to be registered.
  init(builtIn id: String) { rawValue = id }

  /// What this method does its own way.
  public var rules: any MethodRules { MethodCatalog.rules(rawValue) ?? Gesprek() }

  /// Played at a table with a group of participants.
  public var isGroup: Bool { rules.isGroup }

  /// Every method a script can name.
  public static var allCases: [Method] { MethodCatalog.all.map { Method(builtIn: $0.id) } }
}

/// The phases of the policy cycle an answer can feed.
public enum PolicyPhase: String, Sendable, Codable, CaseIterable, Comparable {
  case agendavorming
  case beleidsontwikkeling
  case besluitvorming
  case uitvoering
  case evaluatie

  public static func < (a: Self, b: Self) -> Bool { a.index < b.index }

  /// The place of the phase in the policy cycle, from 0.
  public var index: Int {
    switch self {
    case .agendavorming: 0
    case .beleidsontwikkeling: 1
    case .besluitvorming: 2
    case .uitvoering: 3
    case .evaluatie: 4
    }
  }
}

/// The language level a script is written at.
public enum LanguageLevel: String, Sendable, Codable, CaseIterable {
  case a2 = "A2"
  case b1 = "B1"
}
