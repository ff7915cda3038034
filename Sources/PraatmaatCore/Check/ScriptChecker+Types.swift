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
    if !script.header.method.rules.hasStatements {
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
    for (s, section) in script.sections.enumerated() {
      for (i, item) in section.items.enumerated() {
        var texts: [(String, SourceLocation)] = []
        switch item {
        case .say(let say): texts = [(say.text, say.location)]
        case .ask(let q):
          texts = q.text.enumerated().map { i, line in
            (line, i < q.textLocations.count ? q.textLocations[i] : q.location)
          }
        default: break
        }
        // At a table a question is asked to one person; so is a line between a question and
        // its follow-ups. Any other line is said to the whole table.
        let forOnePerson = item.question != nil || script.isInFollowUpBlock(section: s, item: i)
        for (text, at) in texts {
          for (name, offset) in TextFill.names(in: text) {
            let location = SourceLocation(line: at.line, column: at.column + offset)
            if let problem = placeholderProblem(name, earlier: earlier, forOnePerson: forOnePerson) {
              report(.badPlaceholder, location, problem.message, hint: problem.hint)
            }
          }
        }
        if case .ask(let q) = item { earlier[q.id] = q }
      }
    }
  }

  private func placeholderProblem(_ name: String, earlier: [String: Question], forOnePerson: Bool) -> (
    message: String, hint: String
  )? {
    let method = script.header.method
    let rules = method.rules
    let example = earlier.keys.sorted().first.map { "{\($0)}" } ?? "het id van een eerdere vraag tussen { }"
    if rules.drawsCards || rules.answersTogether {
      return (
        "Bij een \(method.rawValue) kan '{\(name)}' niet: de kaarten en vragen staan los van elkaar.",
        "Haal '{\(name)}' uit de tekst en schrijf de zin zonder het antwoord."
      )
    }
    if method.isGroup, !forOnePerson {
      return (
        "Deze zin is voor de hele tafel, maar '{\(name)}' is het antwoord van één persoon.",
        "Zet '{\(name)}' in de tekst van een vraag, of in een zeg: tussen een vraag en haar vervolgvraag. Of schrijf de zin zonder het antwoord."
      )
    }
    guard earlier[name] != nil else {
      let later = script.question(name) != nil
      return (
        later
          ? "De vraag '\(name)' komt pas later: hier is er nog geen antwoord." : "'{\(name)}' is geen vraag.",
        "Gebruik een vraag die eerder komt, bijvoorbeeld \(example)."
      )
    }
    return nil
  }
}
