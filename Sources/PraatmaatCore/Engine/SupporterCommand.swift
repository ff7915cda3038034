/// Commands a supporter types with a slash; they never count as answers.
enum SupporterCommand: Equatable {
  /// `/samen 2` or `/begeleider`: who gives the (next) answer.
  case mark(AnsweredBy, rest: String)
  /// `/anders`: show the question in other words.
  case alternative
  case help
  case unknown

  static func parse(_ input: String) -> SupporterCommand {
    let parts = input.dropFirst().split(separator: " ", maxSplits: 1)
    let word = parts.first.map { $0.lowercased() } ?? ""
    let rest = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
    switch word {
    case "samen", "hulp-gehad", "met-hulp": return .mark(.withHelp, rest: rest)
    case "begeleider", "ik": return .mark(.supporter, rest: rest)
    case "alleen": return .mark(.participant, rest: rest)
    case "anders": return .alternative
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

  static let helpLines = [
    "Voor de begeleider:",
    "/samen: het antwoord is samen gegeven.",
    "/begeleider: de begeleider geeft het antwoord.",
    "/anders: de vraag in andere woorden.",
    "Zet het antwoord erachter, bijvoorbeeld: /samen 2",
  ]
}
