/// Kwartetspel: a seeded deck of question cards in sets per theme; players take turns
/// choosing a theme; a completed set is celebrated; the game ends when the deck is empty.
public struct Kwartetspel: MethodRules {
  public let id = "kwartetspel"
  public var pictogram: String { "🃏" }
  public var drawsCards: Bool { true }
  public var stopText: PhraseKey { .gameStopped }

  /// What a Kwartetspel keeps for itself.
  struct Table: MethodState {
    /// The index of the player whose turn it is.
    var turn = 0
    /// Card question ids still in the deck, per theme, in draw order.
    var deck: [String: [String]] = [:]
    /// The themes in the order of the script.
    var themes: [String] = []
    /// How many turns were taken, so the themes shown first change every turn.
    /// Optional, like the field below, so a game saved before they existed still resumes.
    var turnsTaken: Int?
    /// Which page of themes the player sees after choosing "Meer thema's".
    var themePage: Int?

    /// The turn goes to the next player.
    mutating func passTurn() {
      turn += 1
      turnsTaken = (turnsTaken ?? 0) + 1
    }
  }

  public func startTable(_ talk: inout Conversation, before: [Message]) -> Turn? {
    talk.startKwartet(before: before)
  }

  public func acceptAtTable(
    _ talk: inout Conversation, _ event: AnswerEvent, question: Question, echo: Message
  ) -> Turn? {
    guard let current = talk.state.table?.current else { return nil }
    talk.keep(event.value, for: question, by: current)
    var turn = talk.afterCard(question, before: [echo])
    turn.answers.insert(event, at: 0)
    return turn
  }

  /// Skipping a player or coming back later is the same in a card game: the turn passes.
  public func skipTurn(_ talk: inout Conversation, question: Question) -> Turn? {
    guard talk.state.pending == .chooseTheme || talk.state.pending == nil else {
      return Turn(messages: [.hint(talk.texts[.everyoneDone])], next: .answer(question.id))
    }
    return talk.passTurn(before: [.hint(talk.texts[.skippedTurn])])
  }

  public func resumed(_ table: inout TableState, known: Set<String>) {
    table.updateMethodState(Table.self) { $0.deck = $0.deck.mapValues { $0.filter(known.contains) } }
  }

  // MARK: Own step

  /// The player whose turn it is chooses a theme.
  static let chooseTheme = "chooseTheme"

  public func question(for step: MethodStep, in talk: Conversation) -> Question? {
    guard step.name == Self.chooseTheme else { return nil }
    var q = Conversation.builtIn("thema", .choice, [talk.texts[.chooseTheme]])
    q.options = talk.themeOptions()
    return q
  }

  public func accept(
    _ step: MethodStep, _ talk: inout Conversation, value: AnswerValue, question: Question, echo: Message
  ) -> Turn? {
    step.name == Self.chooseTheme ? talk.drawCard(value) : nil
  }

  /// Any theme still in the deck can be chosen by name, also one not shown on this page.
  public func read(_ input: String, at step: MethodStep, in talk: Conversation) -> AnswerValue? {
    guard step.name == Self.chooseTheme else { return nil }
    return talk.themeNamed(input).map(AnswerValue.option)
  }
}

extension PendingStep {
  static var chooseTheme: PendingStep { .method(MethodStep(Kwartetspel.chooseTheme)) }
}

extension Method {
  public static let kwartetspel = Method(builtIn: "kwartetspel")
}
