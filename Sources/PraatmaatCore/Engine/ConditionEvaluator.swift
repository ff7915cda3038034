/// Evaluates conditions against the answers and variables so far.
struct ConditionEvaluator {
  var answers: [String: AnswerValue]
  var variables: [String: Value]

  func holds(_ condition: Condition?) -> Bool {
    guard let condition else { return true }
    switch condition {
    case .not(let c): return !holds(c)
    case .all(let cs): return cs.allSatisfy { holds($0) }
    case .any(let cs): return cs.contains { holds($0) }
    case .answered(let r): return answers[r.name]?.isAnswer ?? false
    case .compare(let r, let op, let value):
      if let v = variables[r.name] { return compareValues(v, op, value) }
      guard let answer = answers[r.name] else { return false }
      return compareAnswer(answer, op, value)
    }
  }

  private func compareAnswer(_ answer: AnswerValue, _ op: Comparison, _ value: Value) -> Bool {
    switch answer {
    case .option(let id):
      if let n = Int(id), case .number = value { return compareValues(Value.number(n), op, value) }
      return compareValues(.word(id), op, value)
    case .options(let ids):
      let contains = ids.contains(value.description)
      switch op {
      case .equal: return contains
      case .notEqual: return !contains
      default: return false
      }
    case .number(let n): return compareValues(Value.number(n), op, value)
    case .dontKnow: return compareValues(.word("weet-ik-niet"), op, value)
    case .refused: return compareValues(.word("wil-ik-niet-zeggen"), op, value)
    case .skipped: return compareValues(.word("overgeslagen"), op, value)
    case .text, .openAnswered, .kept: return false
    }
  }

  private func compareValues(_ a: Value, _ op: Comparison, _ b: Value) -> Bool {
    switch (a, b) {
    case (.number(let x), .number(let y)):
      switch op {
      case .equal: return x == y
      case .notEqual: return x != y
      case .less: return x < y
      case .lessOrEqual: return x <= y
      case .greater: return x > y
      case .greaterOrEqual: return x >= y
      }
    default:
      switch op {
      case .equal: return a.description == b.description
      case .notEqual: return a.description != b.description
      default: return false
      }
    }
  }
}
