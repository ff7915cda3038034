/// Evaluates conditions against the answers and variables so far.
struct ConditionEvaluator {
  var answers: [String: AnswerValue]
  var variables: [String: Value]
  /// At a table: what the condition reads for each person there, for `iemand`, `iedereen`,
  /// `meeste` and `niemand`. Empty in a conversation with one person, who is then everyone.
  var people: [ConditionEvaluator] = []

  func holds(_ condition: Condition?) -> Bool {
    guard let condition else { return true }
    switch condition {
    case .not(let c): return !holds(c)
    case .group(let quantifier, let c):
      let count = people.isEmpty ? (holds(c) ? 1 : 0) : people.count { $0.holds(c) }
      let total = max(1, people.count)
      switch quantifier {
      case .iemand: return count > 0
      case .iedereen: return count == total
      case .meeste: return count * 2 > total
      case .niemand: return count == 0
      }
    case .all(let cs): return cs.allSatisfy { holds($0) }
    case .any(let cs): return cs.contains { holds($0) }
    case .answered(let r): return answers[r.name]?.isAnswer ?? false
    case .compare(let r, let op, let value):
      if let v = variables[r.name] { return compareValues(v, op, value) }
      guard let answer = answers[r.name] else { return false }
      return compareAnswer(answer, op, value)
    }
  }

  /// A name as a whole number, for a sum in `zet:`: a variable, a number answer or the
  /// number of a scale step; 0 when it has none.
  func number(_ name: String) -> Int {
    if let v = variables[name] { return v.number ?? 0 }
    switch answers[name] {
    case .number(let n)?: return n
    case .option(let id)?: return Int(id) ?? 0
    default: return 0
    }
  }

  /// The value of a `zet:`: the value itself, or its sum worked out.
  func value(of assignment: Assignment) -> Value {
    guard let sum = assignment.sum else { return assignment.value }
    return .number(
      sum.addends.reduce(0) { total, addend in
        let n = addend.name.map(number) ?? addend.number
        return addend.negative ? total - n : total + n
      })
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
