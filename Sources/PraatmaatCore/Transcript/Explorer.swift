/// Walks many seeded random paths through a script, looking for conversations that never
/// end and questions that are never asked.
public struct Explorer: Sendable {
  public var walks: Int
  public var seed: UInt64
  /// A walk with more answers than this counts as a conversation that does not end.
  public var answerLimit = 500
  /// The sentences the conversations say.
  let texts: PhraseBook

  public init(texts: PhraseBook, walks: Int = 200, seed: UInt64 = 1) {
    self.texts = texts
    self.walks = walks
    self.seed = seed
  }

  public struct Report: Sendable, Equatable {
    public var walks = 0
    public var finished = 0
    public var asked: Set<String> = []
    /// Seeds of walks that did not end.
    public var endless: [UInt64] = []
    /// Where each walk that did not end went round, by seed: the part it kept jumping
    /// through, or the question it kept asking.
    public var loops: [UInt64: SourceLocation] = [:]
  }

  public func explore(_ script: Script) -> Report {
    var report = Report()
    for walk in 0..<walks {
      let walkSeed = seed &+ UInt64(walk)
      var random = SeededGenerator(seed: walkSeed)
      var conversation = Conversation(script: script, texts: texts, seed: walkSeed)
      var turn = conversation.start()
      var answers = 0
      report.walks += 1
      while case .answer(let id) = turn.next, answers < answerLimit {
        // A question of a repeated section counts as asked in any pass (`helper_fijn.familie`).
        report.asked.insert(Script.repeatedBase(of: id))
        answers += 1
        guard let question = conversation.awaiting else { break }
        let seated = conversation.state.table?.participants.count ?? 0
        let typed =
          question.id == Conversation.builtInPrefix + "bijnaam"
          ? (seated >= 3 ? "klaar" : "speler\(seated + 1)") : input(for: question, using: &random)
        turn = conversation.respond(to: typed)
      }
      if turn.next == .finished && !conversation.stalled {
        report.finished += 1
      } else {
        report.endless.append(walkSeed)
        report.loops[walkSeed] = place(of: conversation, turn: turn, in: script)
      }
    }
    return report
  }

  /// Where a walk that did not end was: the part it went round in, else the question on
  /// screen, else the first part.
  func place(of conversation: Conversation, turn: Turn, in script: Script) -> SourceLocation? {
    if let name = conversation.loopSection, let index = script.sectionIndex(named: name) {
      return script.sections[index].location
    }
    if case .answer(let id) = turn.next, let question = script.question(id) { return question.location }
    return script.sections.first?.location
  }

  /// What the explorer found, as diagnostics at the place they are about: conversations that
  /// never end (S030, at most three) and questions that are never asked (S029).
  public func diagnostics(_ report: Report, script: Script) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for seed in report.endless.prefix(3) {
      found.append(
        Diagnostic(
          file: script.fileName, location: report.loops[seed] ?? SourceLocation(line: 1, column: 1),
          code: .loop, message: "Met seed \(seed) stopt het gesprek nooit: het komt hier steeds terug.",
          hint: "Kijk naar de 'ga naar:'-regels rond deze plek. Zorg dat er altijd een weg naar het einde is."
        ))
    }
    for q in script.questions where !report.asked.contains(q.id) {
      // A question with its own `als:` points at that condition: that is what was never true.
      if let condition = q.condition, let at = condition.references.first?.location {
        found.append(
          Diagnostic(
            file: script.fileName, location: at, code: .neverAsked,
            message:
              "De vraag '\(q.id)' kwam in \(report.walks) rondes nooit aan de beurt: deze 'als:' was nooit waar.",
            hint: script.header.method.isGroup
              ? "Aan tafel weegt de 'als:' van een vraag per persoon, met wat die persoon antwoordde. Kijk of dat ooit kan kloppen."
              : "Kijk of deze 'als:' ooit kan kloppen met de antwoorden ervoor."))
        continue
      }
      found.append(
        Diagnostic(
          file: script.fileName, location: q.location, code: .neverAsked,
          message: "De vraag '\(q.id)' kwam in \(report.walks) rondes nooit aan de beurt.",
          hint: "Kijk of de 'ga naar:'-regels en de 'als:' van de delen ervoor ooit kunnen kloppen."))
    }
    return found
  }

  /// Mostly a valid answer; sometimes a built-in reply or something not understood.
  func input(for q: Question, using random: inout SeededGenerator) -> String {
    let roll = Int.random(in: 0..<100, using: &random)
    if roll < 8 {
      return ["weet ik niet", "overslaan", "terug", "herhaal", "wil ik niet zeggen", "hulp"]
        .randomElement(using: &random)!
    }
    if roll < 12 { return "blabla" }
    switch q.kind {
    case .yesNo, .choice, .scale, .statement:
      return String(Int.random(in: 1...max(1, q.options.count), using: &random))
    case .multiChoice:
      let picks = q.options.indices.filter { _ in Bool.random(using: &random) }.map { String($0 + 1) }
      return picks.isEmpty ? "1" : picks.joined(separator: " ")
    case .number:
      let lo = q.minimum ?? 0
      let hi = max(lo, q.maximum ?? lo + 100)
      return String(Int.random(in: lo...hi, using: &random))
    case .open:
      return "Iets over mijn dag."
    }
  }
}
