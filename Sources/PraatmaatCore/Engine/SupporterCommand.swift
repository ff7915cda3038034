/// Commands a supporter types with a slash; they never count as answers.
enum SupporterCommand: Equatable {
  /// `/samen 2` or `/begeleider`: who gives the (next) answer.
  case mark(AnsweredBy, rest: String)
  /// `/anders`: show the question in other words.
  case alternative
  /// A facilitator's command at a group table.
  case table(TableCommand)
  /// `/notitie Ze was moe.`: a note at the current question, kept at once; never an answer.
  case note(String)
  /// `/notitie` with nothing after it: a note needs words.
  case emptyNote
  /// `/pauze`: the supporter's way to pause, like typing `pauze`.
  case pause
  /// `/code`: the host shows the session's code; the engine shows the question again.
  case code
  case help
  case unknown

  enum TableCommand: Equatable {
    /// `/tafel`: who is at the table.
    case list
    /// `/later`: come back to this participant at the end of the round.
    case later
    /// `/volgende`: skip this participant this round.
    case skipTurn
    /// `/erbij Kim`: a latecomer joins.
    case add(String)
    /// `/einde`: the group stops.
    case end
  }

  static func parse(_ input: String) -> SupporterCommand {
    // "/notitie: Ze was moe." and "/notitie:Ze was moe." are read as "/notitie Ze was moe.".
    let typed = input.dropFirst()
    let end = typed.firstIndex { $0 == " " || $0 == ":" } ?? typed.endIndex
    let word = typed[..<end].lowercased()
    let rest = String(typed[end...].drop { $0 == ":" || $0 == " " }).trimmingWhitespace()
    switch word {
    case "samen", "hulp-gehad", "met-hulp": return .mark(.withHelp, rest: rest)
    case "begeleider", "ik": return .mark(.supporter, rest: rest)
    case "alleen": return .mark(.participant, rest: rest)
    case "anders": return .alternative
    case "tafel", "wie": return .table(.list)
    case "later": return .table(.later)
    case "volgende", "sla-over": return .table(.skipTurn)
    case "erbij", "nieuw": return rest.isEmpty ? .help : .table(.add(rest))
    case "einde", "klaar": return .table(.end)
    case "notitie", "noteer": return rest.isEmpty ? .emptyNote : .note(rest)
    case "pauze", "stop": return .pause
    case "code": return .code
    case "hulp", "help", "?": return .help
    default: return .unknown
    }
  }

  static func marked(_ by: AnsweredBy) -> String {
    switch by {
    case .participant: "Het volgende antwoord is van de deelnemer alleen."
    case .withHelp: "Het volgende antwoord geven jullie samen."
    case .supporter: "Het volgende antwoord geeft de begeleider."
    }
  }

  /// `/notitie` without text: one line, instead of all the help.
  static let emptyNoteLine = "Een notitie heeft tekst nodig, bijvoorbeeld: /notitie Ze was moe."

  static let helpLines = [
    "Voor de begeleider:",
    "/samen: het antwoord is samen gegeven.",
    "/begeleider: de begeleider geeft het antwoord.",
    "/anders: de vraag in andere woorden.",
    "Zet het antwoord erachter, bijvoorbeeld: /samen 2",
    "/notitie: een notitie bij deze vraag, bijvoorbeeld: /notitie Ze was moe.",
    "/pauze: het gesprek stopt even.",
    "/code: de code van dit gesprek nog een keer.",
  ]

  static let tableHelpLines = [
    "/tafel: wie zit er aan tafel.",
    "/later: deze persoon komt straks aan de beurt.",
    "/volgende: deze persoon slaat deze vraag over.",
    "/erbij Zon: er komt iemand bij, met de bijnaam Zon.",
    "/einde: de groep stopt.",
  ]
}

/// The supporter's commands as they are typed, for tab completion.
public enum SupporterCommands {
  /// Every command, one spelling each: the ones in the help, for one person and for a table.
  public static let completionWords = [
    "/samen", "/begeleider", "/alleen", "/anders", "/notitie", "/pauze", "/hulp", "/tafel", "/later",
    "/volgende", "/erbij", "/einde", "/code",
  ]

  /// `/code`: the host shows the session's code again (the engine does not know it).
  public static func isCode(_ input: String) -> Bool {
    input.trimmingWhitespace().lowercased() == "/code"
  }
}
