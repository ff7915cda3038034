/// What the checker knows of types: a condition compares a question only in ways its answers
/// allow, a name is a question or a variable but never both, and a statement belongs to a panel.
/// Each of these was true-or-false at run time without a word before; now each is an error
/// with a hint.
extension CheckRun {
  mutating func checkTypes() {
    let questions = Dictionary(script.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for variable in script.header.variables where questions[variable.name] != nil {
      report(
        .nameTaken, variable.location, "'\(variable.name)' is al het id van een vraag.",
        hint: "Geef de variabele een eigen naam, bijvoorbeeld: variabele: \(variable.name)_teller = 0")
    }
    if script.header.method != .panel {
      for q in script.questions where q.kind == .statement {
        report(
          .statementOutsidePanel, q.location,
          "Een stelling hoort bij een panel; dit script is een \(script.header.method.rawValue).",
          hint:
            "Maak er een keuze-vraag van: vraag: \(q.id) keuze, met optie eens: Eens en optie oneens: Oneens."
        )
      }
    }
    for section in script.sections {
      for item in section.items {
        var conditions = item.condition.map { [$0] } ?? []
        if let q = item.question { conditions += q.checks.map(\.condition) }
        for condition in conditions { checkComparisons(condition, questions: questions) }
      }
    }
  }

  /// Every `naam op waarde` whose name is a question, against that question's answers.
  private mutating func checkComparisons(_ condition: Condition, questions: [String: Question]) {
    switch condition {
    case .compare(let ref, let op, let value):
      guard let q = questions[ref.name], !script.header.variables.contains(where: { $0.name == ref.name })
      else { return }
      if let problem = Self.problem(q, op, value) {
        report(.badComparison, ref.valueLocation ?? ref.location, problem.message, hint: problem.hint)
      }
    case .answered: return
    case .not(let c): checkComparisons(c, questions: questions)
    case .all(let cs), .any(let cs): for c in cs { checkComparisons(c, questions: questions) }
    }
  }

  /// Why a comparison can never mean what it says, with a hint that is itself valid.
  static func problem(_ q: Question, _ op: Comparison, _ value: Value) -> (message: String, hint: String)? {
    let ordering = ![.equal, .notEqual].contains(op)
    switch q.kind {
    case .open:
      return (
        "'\(q.id)' is een open vraag: het antwoord is vrije tekst, dat kun je niet vergelijken.",
        "Kijk of er een antwoord is: als: \(q.id) beantwoord"
      )
    case .multiChoice where ordering:
      return (
        "'\(q.id)' is een meerkeuze-vraag: '\(op.rawValue)' kan daar niet.",
        "Kijk of een optie gekozen is: als: \(q.id) = \(q.options.first?.id ?? "optie")"
      )
    case .choice where ordering && q.options.contains(where: { Int($0.id) == nil }):
      return (
        "De opties van '\(q.id)' zijn woorden: '\(op.rawValue)' kan daar niet.",
        "Gebruik = of !=: als: \(q.id) = \(q.options.first?.id ?? "optie")"
      )
    case .scale(let size):
      guard case .number(let n) = value else { return nil }
      // `< 1`, `> size`, `<= 0`: never true, or always.
      let outside = n < 1 || n > size
      let edge = (op == .less && n == 1) || (op == .greater && n == size)
      guard outside || edge else { return nil }
      return (
        "De schaal van '\(q.id)' gaat van 1 tot \(size): '\(op.rawValue) \(n)' is nooit of altijd waar.",
        "Bijvoorbeeld: als: \(q.id) <= \(max(1, size / 2))"
      )
    case .number:
      guard case .word(let w) = value, !["weet-ik-niet", "wil-ik-niet-zeggen", "overgeslagen"].contains(w)
      else {
        return nil
      }
      return (
        "'\(q.id)' vraagt om een getal: vergelijk het met een getal, niet met '\(w)'.",
        "Bijvoorbeeld: als: \(q.id) >= \(q.minimum ?? 1)"
      )
    case .yesNo, .choice, .statement:
      guard case .number(let n) = value, !q.options.contains(where: { $0.id == String(n) }) else {
        return nil
      }
      return (
        "De vraag '\(q.id)' heeft geen optie '\(n)'.",
        "Kies uit: \(q.options.map(\.id).joined(separator: ", ")). Bijvoorbeeld: als: \(q.id) = \(q.options.first?.id ?? "ja")"
      )
    default:
      return nil
    }
  }
}
