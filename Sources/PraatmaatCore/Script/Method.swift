/// The "Praat met mij" method a script follows; it picks the conversation mode.
public enum Method: String, Sendable, Codable, CaseIterable {
  case gesprek
  case stamtafel
  case kwartetspel
  case persona
  case panel
  case klantreis

  /// Played at a table with a group of participants.
  public var isGroup: Bool {
    switch self {
    case .stamtafel, .kwartetspel, .persona, .panel: true
    case .gesprek, .klantreis: false
    }
  }
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
