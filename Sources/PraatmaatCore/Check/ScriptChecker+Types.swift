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
    checkPlaceholders()
    for q in script.questions {
      if let namely = q.namely, !q.options.contains(where: { $0.id == namely }) {
        report(
          .unknownOptionValue, q.namelyLocation ?? q.location,
          "De vraag '\(q.id)' heeft geen optie '\(namely)'.",
          hint: "Kies uit: \(q.options.map(\.id).joined(separator: ", ")).")
      }
      for id in q.alone where !q.options.contains(where: { $0.id == id }) {
        report(
          .unknownOptionValue, q.aloneLocation ?? q.location, "De vraag '\(q.id)' heeft geen optie '\(id)'.",
          hint: "Kies uit: \(q.options.map(\.id).joined(separator: ", ")).")
      }
    }
    // How many to choose on a multiple choice: a number of its options.
    for q in script.questions where q.kind == .multiChoice && (q.minimum != nil || q.maximum != nil) {
      let count = q.options.count
      let lo = q.minimum ?? 1
      let hi = q.maximum ?? count
      if lo < 1 || hi > count || lo > hi {
        report(
          .badNumber, q.location,
          "'\(q.id)' heeft \(count) opties: min: \(q.minimum.map(String.init) ?? "-") en max: \(q.maximum.map(String.init) ?? "-") kunnen zo niet.",
          hint:
            "Kies getallen van 1 tot \(count), met min: niet groter dan max:. Bijvoorbeeld: max: \(max(1, count - 1))"
        )
      }
    }
    for section in script.sections {
      for item in section.items {
        var conditions = item.condition.map { [$0] } ?? []
        if let q = item.question { conditions += q.checks.map(\.condition) }
        // Only names that are questions: a variable may hold anything.
        for (ref, op, value) in conditions.flatMap(\.comparisonsWithOperator)
        where !script.header.variables.contains(where: { $0.name == ref.name }) {
          guard let q = questions[ref.name], let problem = Self.problem(q, op, value) else { continue }
          report(.badComparison, ref.valueLocation ?? ref.location, problem.message, hint: problem.hint)
        }
      }
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

  /// `{id}` in a `zeg:` or `tekst:` line: an earlier closed question of a one-to-one
  /// conversation, else an error that says why.
  private mutating func checkPlaceholders() {
    var earlier: [String: Question] = [:]
    for section in script.sections {
      for item in section.items {
        var texts: [(String, SourceLocation)] = []
        switch item {
        case .say(let s): texts = [(s.text, s.location)]
        case .ask(let q):
          texts = q.text.enumerated().map { i, line in
            (line, i < q.textLocations.count ? q.textLocations[i] : q.location)
          }
        default: break
        }
        for (text, at) in texts {
          for (name, offset) in TextFill.names(in: text) {
            let location = SourceLocation(line: at.line, column: at.column + offset)
            if let problem = placeholderProblem(name, earlier: earlier) {
              report(.badPlaceholder, location, problem.message, hint: problem.hint)
            }
          }
        }
        if case .ask(let q) = item { earlier[q.id] = q }
      }
    }
  }

  private func placeholderProblem(_ name: String, earlier: [String: Question]) -> (
    message: String, hint: String
  )? {
    let usable = earlier.values.filter { $0.kind.isClosed || $0.kind == .number }.map(\.id).sorted()
    let example = usable.first.map { "{\($0)}" } ?? "het id van een eerdere keuze-vraag tussen { }"
    if script.header.method.isGroup {
      return (
        "Aan tafel kan '{\(name)}' niet: elke deelnemer heeft een eigen antwoord.",
        "Haal '{\(name)}' uit de tekst en schrijf de zin zonder het antwoord."
      )
    }
    guard let q = earlier[name] else {
      let later = script.question(name) != nil
      return (
        later
          ? "De vraag '\(name)' komt pas later: hier is er nog geen antwoord." : "'{\(name)}' is geen vraag.",
        "Gebruik een vraag die eerder komt, bijvoorbeeld \(example)."
      )
    }
    if q.kind == .open {
      return (
        "'\(name)' is een open vraag: het gesprek bewaart die woorden niet.",
        "Gebruik een keuze-, ja/nee-, schaal- of getal-vraag, bijvoorbeeld \(example)."
      )
    }
    return nil
  }
}
