import Foundation

/// Persona: the group builds one fictional person step by step. Several answers for one
/// step are merged; the card is read back, corrected if the group wants, and kept as the
/// group's knowledge, linked to nobody.
extension Conversation {
  /// What the group said per step.
  var contributions: [String: [String]] {
    state.table?.methodState(Persona.Table.self).contributions ?? [:]
  }

  /// The script questions that made it onto the card, in order.
  var personaSteps: [Question] {
    script.questions.filter { contributions[$0.id]?.isEmpty == false }
  }

  /// How a contribution is kept in the state: option ids and numbers as they are,
  /// free text anonymised (the state never holds raw text).
  func contribution(_ value: AnswerValue) -> String {
    switch value {
    case .option(let id): id
    case .options(let ids): ids.joined(separator: ",")
    case .number(let n): String(n)
    case .text(let raw): anonymise(raw)
    case .kept(let text): text
    case .openAnswered, .dontKnow, .refused, .skipped: ""
    }
  }

  /// One card line: the most chosen option(s), the middle number, or the texts together.
  func merged(_ question: Question) -> String {
    let parts = (contributions[question.id] ?? []).filter { !$0.isEmpty }
    guard !parts.isEmpty else { return "?" }
    switch question.kind {
    case .open:
      var seen: [String] = []
      for part in parts {
        // "winkel." and "Ze helpt." join as "winkel; Ze helpt".
        let trimmed = part.trimmingCharacters(in: CharacterSet(charactersIn: " .,;!"))
        if !trimmed.isEmpty, !seen.contains(trimmed) { seen.append(trimmed) }
      }
      return seen.joined(separator: "; ")
    case .number:
      let numbers = parts.compactMap { Int($0) }.sorted()
      return numbers.isEmpty ? "?" : String(numbers[numbers.count / 2])
    case .multiChoice:
      // Everything the group chose, the most chosen first, with how often when more than once.
      var counts: [String: Int] = [:]
      for part in parts { for id in part.split(separator: ",") { counts[String(id), default: 0] += 1 } }
      return question.options.filter { counts[$0.id] != nil }
        .sorted { counts[$0.id]! > counts[$1.id]! }
        .map { counts[$0.id]! > 1 ? "\($0.label) (\(counts[$0.id]!))" : $0.label }
        .joined(separator: ", ")
    default:
      var counts: [String: Int] = [:]
      for part in parts { counts[part, default: 0] += 1 }
      let top = counts.values.max() ?? 0
      // A tie shows both, with a slash: labels may themselves contain "of".
      return question.options.filter { counts[$0.id] == top }.map(\.label).joined(separator: " / ")
    }
  }

  func cardLabel(_ question: Question) -> String {
    question.personaCardLabel
  }

  /// The card, one numbered line per step.
  func personaCard() -> [String] {
    personaSteps.enumerated().map { "\($0.offset + 1). \(cardLabel($0.element)): \(merged($0.element))" }
  }

  mutating func showPersona(before: [Message]) -> Turn {
    state.table?.current = nil
    state.pending = .personaCheck
    let check = builtInQuestion(.personaCheck)
    let card = personaCard().map(Message.say)
    return Turn(
      messages: before + [.say(texts[.personaIntro])] + card + [.ask(prompt(for: check))],
      next: .answer(check.id))
  }

  mutating func acceptPersona(_ pending: MethodStep, value: AnswerValue, question: Question, echo: Message)
    -> Turn
  {
    switch pending.name {
    case Persona.check where value == .option("ja"):
      state.pending = nil
      state.status = .finished
      state.currentQuestion = nil
      var events = personaSteps.map { q in
        AnswerEvent(
          questionID: q.id, kind: q.kind, themes: script.themes(of: q), phases: script.phases(of: q),
          value: .kept("\(cardLabel(q)): \(merged(q))"), answeredBy: .participant, participant: "groep")
      }
      // Reports count the people at the table, not the table as one voice.
      events.append(
        AnswerEvent(
          questionID: AnswerRecord.tablePeopleID, kind: .number, themes: [], phases: [],
          value: .number(state.table?.participants.count ?? 1), answeredBy: .participant,
          participant: "groep"))
      var turn = Turn(messages: [.echo(texts[.personaKept])], next: .finished)
      turn.answers = events
      return turn
    case Persona.check:
      guard !personaSteps.isEmpty else { return showPersona(before: []) }
      state.pending = .personaFix
      let fix = builtInQuestion(.personaFix)
      // The card is right above this question: it is not shown twice in a row.
      let echoed = value == .option("nee") ? [echo] : []
      return Turn(messages: echoed + [.ask(prompt(for: fix))], next: .answer(fix.id))
    case Persona.fix:
      guard case .number(let n) = value, n >= 1, n <= personaSteps.count else {
        return showPersona(before: [])
      }
      let step = personaSteps[n - 1]
      state.pending = .personaRedo(question: step.id)
      return Turn(
        messages: [.say(texts[.personaTogether]), .ask(prompt(for: step))], next: .answer(step.id))
    case Persona.redo:
      if value.isAnswer, let id = pending.about {
        let kept = contribution(value)
        state.table?.updateMethodState(Persona.Table.self) { $0.contributions[id] = [kept] }
      }
      return showPersona(before: [echo])
    default:
      return showPersona(before: [])
    }
  }
}

extension Question {
  /// The name of this question's line on a Persona card: `Label: value`.
  var personaCardLabel: String {
    cardLabel ?? text.last ?? id
  }
}
