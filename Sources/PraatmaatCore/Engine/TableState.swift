/// Someone at the table, known only by a nickname or number chosen on the spot.
public struct Participant: Sendable, Equatable, Codable {
  /// "1" … "8": what is stored with their answers.
  public var id: String
  /// Checked by the anonymiser before it is taken; shown on screen only.
  public var nickname: String
}

/// The state of a group session: who is at the table, whose turn it is, and for
/// Kwartetspel the deck. Part of `ConversationState`, so pause/resume restores the table.
public struct TableState: Sendable, Equatable, Codable {
  public static let maximumParticipants = 8

  public var participants: [Participant] = []
  /// Still asking nicknames.
  public var settingUp = true
  /// Who answers the current question now.
  public var current: String?
  /// Who still has a turn on the current question, in order.
  public var queue: [String] = []
  /// Who asked to come back later this round (`/later`).
  public var later: [String] = []
  /// Answers per participant id, per question id (no raw text).
  public var answers: [String: [String: AnswerValue]] = [:]
  /// Kwartetspel: the index of the player whose turn it is.
  public var turn = 0
  /// Kwartetspel: card question ids still in the deck, per theme, in draw order.
  public var deck: [String: [String]] = [:]
  /// Kwartetspel: the themes in the order of the script.
  public var themes: [String] = []
  /// Persona: what the group said per step (anonymised text or option ids).
  public var contributions: [String: [String]] = [:]
  /// Stamtafel: the closing "anyone else?" round has been held.
  public var openRoundDone = false
  /// Kwartetspel: how many turns were taken, so the themes shown first change every turn.
  /// Optional, like the fields below, so a table saved before they existed still resumes.
  public var turnsTaken: Int?
  /// Kwartetspel: which page of themes the player sees after choosing "Meer thema's".
  public var themePage: Int?
  /// A latecomer (`/erbij`) who is asked for consent before taking a seat; nothing is kept
  /// of them until they say yes.
  public var joining: String?
  /// Variables set per person at the table (`zet:` with a condition on their own answers),
  /// by participant id. They go before the table's own variables.
  public var variables: [String: [String: Value]]?
  /// The question whose round is going on, while someone answers a follow-up (`vervolg: ja`).
  public var roundQuestion: String?

  /// Kwartetspel: the turn goes to the next player.
  mutating func passTurn() {
    turn += 1
    turnsTaken = (turnsTaken ?? 0) + 1
  }

  public func nickname(_ id: String?) -> String {
    participants.first { $0.id == id }?.nickname ?? (id ?? "")
  }
}

/// A step the engine asks itself, outside the script's questions.
public enum PendingStep: Sendable, Equatable, Codable {
  /// Asking the nickname of the next participant.
  case nickname
  /// Panel: why this member voted as they did on a statement.
  case why(statement: String)
  /// Panel: does the group agree with the summed-up advice?
  case advice(statement: String)
  /// Kwartetspel: the player picks a theme.
  case chooseTheme
  /// Persona: does the card fit?
  case personaCheck
  /// Persona: which step to change.
  case personaFix
  /// Persona: the group answers one step again, together.
  case personaRedo(question: String)
  /// Stamtafel: "Wil iemand nog iets zeggen?"
  case openRound
  /// `anders-namelijk:`: what "Iets anders" is, right after it was chosen.
  case namely(question: String)
}
