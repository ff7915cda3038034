/// A condition on earlier answers and variables, as written after `als:`.
///
/// `woonplek = ouders`, `tevreden <= 2 en hulp = ja`, `niet werk beantwoord`.
public indirect enum Condition: Sendable, Equatable {
  case compare(Reference, Comparison, Value)
  case answered(Reference)
  case not(Condition)
  case all([Condition])
  case any([Condition])
  /// At a table: `iemand betalen = 1` holds when it holds for someone at the table.
  case group(GroupQuantifier, Condition)

  /// Every name the condition reads, with where it stands.
  public var references: [Reference] {
    switch self {
    case .compare(let r, _, _), .answered(let r): [r]
    case .not(let c), .group(_, let c): c.references
    case .all(let cs), .any(let cs): cs.flatMap(\.references)
    }
  }

  /// The names read for the person whose turn it is: those outside `iemand`, `iedereen` …
  public var ownReferences: [Reference] {
    switch self {
    case .compare(let r, _, _), .answered(let r): [r]
    case .not(let c): c.ownReferences
    case .group: []
    case .all(let cs), .any(let cs): cs.flatMap(\.ownReferences)
    }
  }

  /// Where the first `iemand`, `iedereen`, `meeste` or `niemand` stands, if any.
  public var firstGroupWord: (GroupQuantifier, SourceLocation)? {
    switch self {
    case .compare, .answered: nil
    case .group(let q, let c): c.references.first.map { (q, $0.location) }
    case .not(let c): c.firstGroupWord
    case .all(let cs), .any(let cs): cs.lazy.compactMap(\.firstGroupWord).first
    }
  }

  /// Every comparison, with how it compares, for checking it against the question it reads.
  public var comparisonsWithOperator: [(Reference, Comparison, Value)] {
    switch self {
    case .compare(let r, let op, let v): [(r, op, v)]
    case .answered: []
    case .not(let c), .group(_, let c): c.comparisonsWithOperator
    case .all(let cs), .any(let cs): cs.flatMap(\.comparisonsWithOperator)
    }
  }

  /// The condition as a writer would type it after `als:`, with brackets where needed.
  public var written: String {
    switch self {
    case .compare(let r, let op, let v): return "\(r.name) \(op.rawValue) \(v)"
    case .answered(let r): return "\(r.name) beantwoord"
    case .not(let c): return "niet \(c.writtenAsPart)"
    case .group(let q, let c): return "\(q.rawValue) \(c.writtenAsPart)"
    case .all(let cs):
      return cs.map { if case .any = $0 { $0.writtenAsPart } else { $0.written } }.joined(separator: " en ")
    case .any(let cs): return cs.map(\.written).joined(separator: " of ")
    }
  }

  /// As one part after `niet` or a group word: in brackets when it has more than one part.
  public var writtenAsPart: String {
    switch self {
    case .all, .any: "(\(written))"
    default: written
    }
  }

  /// The condition with every group word taken away, as it reads in a conversation with one person.
  public var withoutGroupWords: Condition {
    switch self {
    case .compare, .answered: self
    case .group(.niemand, let c): .not(c.withoutGroupWords)
    case .group(_, let c): c.withoutGroupWords
    case .not(let c): .not(c.withoutGroupWords)
    case .all(let cs): .all(cs.map(\.withoutGroupWords))
    case .any(let cs): .any(cs.map(\.withoutGroupWords))
    }
  }

  /// Every comparison, for checking the values against the options.
  public var comparisons: [(Reference, Value)] { comparisonsWithOperator.map { ($0.0, $0.2) } }
}

/// How many people at the table a group condition asks for.
public enum GroupQuantifier: String, Sendable, CaseIterable {
  /// At least one person.
  case iemand
  /// Everyone at the table.
  case iedereen
  /// More than half of the people at the table.
  case meeste
  /// Nobody at the table.
  case niemand
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
  case equal = "=", notEqual = "!="
  case lessOrEqual = "<=", greaterOrEqual = ">="
  case less = "<", greater = ">"
}
