/// Walks many seeded random paths through a script, looking for conversations that never
/// end and questions that are never asked.
public struct Explorer: Sendable {
  public var walks: Int
  public var seed: UInt64
  /// A walk with more answers than this counts as a conversation that does not end.
  public var answerLimit = 500

  public init(walks: Int = 200, seed: UInt64 = 1) {
    self.walks = walks
    self.seed = seed
  }

  public struct Report: Sendable, Equatable {
    public var walks = 0
    public var finished = 0
    public var asked: Set<String> = []
    /// Seeds of walks that did not end.
    public var endless: [UInt64] = []
  }

  public func explore(_ script: Script) -> Report {
    var report = Report()
    for walk in 0..<walks {
      let walkSeed = seed &+ UInt64(walk)
      var random = SeededGenerator(seed: walkSeed)
      var conversation = Conversation(script: script, seed: walkSeed)
      var turn = conversation.start()
      var answers = 0
      report.walks += 1
      while case .answer(let id) = turn.next, answers < answerLimit {
        report.asked.insert(id)
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
      }
    }
    return report
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
