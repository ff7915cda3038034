/// G-kracht panel: each member votes on a statement and says why; the bot sums up the
/// panel's advice and reads it back for agreement.
extension Conversation {
  /// Votes per option id for a statement, over everyone at the table.
  func votes(_ statement: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    for answers in (state.table?.answers ?? [:]).values {
      switch answers[statement] {
      case .option(let id)?: counts[id, default: 0] += 1
      case .dontKnow?: counts["weet-niet", default: 0] += 1
      default: break
      }
    }
    return counts
  }

  /// The advice that follows from the votes: eens, oneens or verdeeld.
  func advice(_ statement: String) -> String {
    let counts = votes(statement)
    let yes = counts["eens"] ?? 0
    let no = counts["oneens"] ?? 0
    // When most of the panel doubts, there is no clear advice either way.
    if (counts["weet-niet"] ?? 0) > max(yes, no) { return "verdeeld" }
    return yes > no ? "eens" : no > yes ? "oneens" : "verdeeld"
  }

  mutating func panelSummary(_ question: Question, before: [Message]) -> Turn {
    let counts = votes(question.id)
    var messages = before + [.say(texts[.votes])]
    for option in question.options {
      messages.append(.say("\(option.shown): \(counts[option.id] ?? 0)"))
    }
    // Nobody for or against (every vote "Weet ik niet", or no votes): not split, undecided.
    let undecided = (counts["eens"] ?? 0) == 0 && (counts["oneens"] ?? 0) == 0
    let summary =
      switch advice(question.id) {
      case "eens": texts[.adviceYes]
      case "oneens": texts[.adviceNo]
      default: undecided ? texts[.adviceUndecided] : texts[.adviceSplit]
      }
    messages.append(.say(summary))
    state.pending = .advice(statement: question.id)
    state.currentQuestion = question.id
    let check = builtInQuestion(.advice(statement: question.id))
    messages.append(.ask(prompt(for: check)))
    return Turn(messages: messages, next: .answer(check.id))
  }

  /// After a vote: "Waarom vind je dat?" for the member who voted.
  mutating func askWhy(_ question: Question, event: AnswerEvent, echo: Message) -> Turn {
    state.pending = .why(statement: question.id)
    var turn = Turn(
      messages: [echo, .ask(prompt(for: builtInQuestion(.why(statement: question.id))))],
      next: .answer(Self.builtInPrefix + "waarom"))
    turn.answers.insert(event, at: 0)
    return turn
  }

  /// Why a member voted as they did: kept with the vote, then the turn goes on.
  mutating func acceptWhy(_ statement: String, value: AnswerValue, echo: Message) -> Turn {
    state.pending = nil
    guard let q = script.question(statement) else { return Turn(next: .finished) }
    let event = AnswerEvent(
      questionID: statement + "-waarom", kind: .open, themes: script.themes(of: q),
      phases: script.phases(of: q),
      value: value, answeredBy: takeAnsweredBy(), participant: state.table?.current ?? "")
    var turn = nextInRound(q, before: [echo])
    turn.answers.insert(event, at: 0)
    return turn
  }

  /// Keeps the advice with the group's agreement, then goes on with the script.
  mutating func acceptAdvice(_ statement: String, value: AnswerValue) -> Turn {
    state.pending = nil
    guard let q = script.question(statement) else { return Turn(next: .finished) }
    let agreed = value == .option("ja")
    let advice = AnswerEvent(
      questionID: statement + "-advies", kind: .choice, themes: script.themes(of: q),
      phases: script.phases(of: q),
      value: .option(self.advice(statement)), answeredBy: .participant, participant: "groep")
    let agreement = AnswerEvent(
      questionID: statement + "-akkoord", kind: .yesNo, themes: script.themes(of: q),
      phases: script.phases(of: q),
      value: value, answeredBy: takeAnsweredBy(), participant: "groep")
    var turn = continueAfter(
      statement, before: [.echo(agreed ? texts[.adviceKept] : texts[.adviceAgain])])
    turn.answers.insert(contentsOf: [advice, agreement], at: 0)
    return turn
  }
}

extension Conversation {
  /// A panel saved when statements added on the spot were numbered (`stelling-extra-1`)
  /// resumes under the ids of their texts, as `Script.addingStatements` now gives them.
  static func upgradingStatementIDs(_ saved: ConversationState) -> ConversationState {
    var renames: [String: String] = [:]
    for (n, text) in saved.extraStatements.enumerated() {
      renames[Script.extraStatementPrefix + String(n + 1)] = Script.extraStatementID(text)
    }
    let used = Set(saved.history + saved.answers.keys + [saved.currentQuestion].compactMap { $0 })
      .union(saved.table?.answers.values.flatMap(\.keys) ?? [])
    guard !renames.isEmpty, !used.isDisjoint(with: renames.keys) else { return saved }
    func renamed(_ id: String) -> String { renames[id] ?? id }
    func renamedKeys<V>(_ values: [String: V]) -> [String: V] {
      Dictionary(values.map { (renamed($0.key), $0.value) }) { _, last in last }
    }
    var state = saved
    state.currentQuestion = saved.currentQuestion.map(renamed)
    state.history = saved.history.map(renamed)
    state.answers = renamedKeys(saved.answers)
    state.table?.answers = (saved.table?.answers ?? [:]).mapValues(renamedKeys)
    if case .method(var step)? = saved.pending, let about = step.about {
      step.about = renamed(about)
      state.pending = .method(step)
    }
    return state
  }
}
