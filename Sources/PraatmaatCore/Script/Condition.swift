/// A condition on earlier answers and variables, as written after `als:`.
///
/// `woonplek = ouders`, `tevreden <= 2 en hulp = ja`, `niet werk beantwoord`.
public indirect enum Condition: Sendable, Equatable {
  case compare(Reference, Comparison, Value)
  case answered(Reference)
  case not(Condition)
  case all([Condition])
  case any([Condition])

  /// Every name the condition reads, with where it stands.
  public var references: [Reference] {
    switch self {
    case .compare(let r, _, _), .answered(let r): [r]
    case .not(let c): c.references
    case .all(let cs), .any(let cs): cs.flatMap(\.references)
    }
  }

  /// Every comparison, with how it compares, for checking it against the question it reads.
  public var comparisonsWithOperator: [(Reference, Comparison, Value)] {
    switch self {
    case .compare(let r, let op, let v): [(r, op, v)]
    case .answered: []
    case .not(let c): c.comparisonsWithOperator
    case .all(let cs), .any(let cs): cs.flatMap(\.comparisonsWithOperator)
    }
  }

  /// Every comparison, for checking the values against the options.
  public var comparisons: [(Reference, Value)] { comparisonsWithOperator.map { ($0.0, $0.2) } }
}

/// A name in a condition: a question id or a variable.
public struct Reference: Sendable, Equatable {
  public var name: String
  public var location: SourceLocation
  /// Where the compared value starts, if any.
  public var valueLocation: SourceLocation?
}

/// How a condition compares a name with a value.
public enum Comparison: String, Sendable, CaseIterable {
  case equal = "="
  case notEqual = "!="
  case lessOrEqual = "<="
  case greaterOrEqual = ">="
  case less = "<"
  case greater = ">"
}
