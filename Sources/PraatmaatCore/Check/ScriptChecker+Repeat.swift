/// `herhaal-voor:`: the section repeats for the options of an earlier multiple choice, in a
/// conversation with one person, and goes straight through (no jumps, no random order); what
/// it asks is kept per option, so nothing outside it can read those answers by their plain id.
extension CheckRun {
  mutating func checkRepeats() {
    let order = script.questions.map(\.id)
    for (s, section) in script.sections.enumerated() {
      guard let source = section.repeatFor else { continue }
      let at = section.repeatLocation ?? section.location
      let firstHere =
        section.items.compactMap(\.question).first.flatMap { order.firstIndex(of: $0.id) } ?? order.count
      let choices = script.questions.prefix(firstHere).filter { $0.kind == .multiChoice }.map(\.id)
      let example = choices.last.map { "herhaal-voor: \($0)" } ?? "een eerdere meerkeuze-vraag"
      if script.header.method.isGroup {
        report(
          .badRepeat, at, "'herhaal-voor:' kan niet aan tafel: iedereen kiest andere opties.",
          hint: "Haal 'herhaal-voor:' weg, en stel één vraag over alle keuzes samen.")
      } else if let question = script.question(source) {
        if question.kind != .multiChoice {
          report(
            .badRepeat, at,
            "'\(source)' is geen meerkeuze-vraag; 'herhaal-voor:' herhaalt voor elke gekozen optie.",
            hint: "Gebruik \(example).")
        } else if let index = order.firstIndex(of: source), index >= firstHere {
          report(
            .badRepeat, at, "De vraag '\(source)' komt pas na dit deel; hier is er nog niets gekozen.",
            hint: "Zet het deel na de vraag '\(source)'.")
        }
      } else {
        report(.badRepeat, at, "'\(source)' is geen vraag.", hint: "Gebruik \(example).")
      }
      if section.randomPick != nil {
        report(
          .badRepeat, at, "Een deel met 'herhaal-voor:' kan niet ook 'willekeurig:' zijn.",
          hint: "Haal 'willekeurig:' of 'herhaal-voor:' weg.")
      }
      for item in section.items {
        if case .jump(let jump) = item {
          report(
            .badRepeat, jump.location,
            "In een deel met 'herhaal-voor:' kan geen 'ga naar:' staan: de herhaling zou halverwege stoppen.",
            hint: "Zet de 'ga naar:' in een eigen deel na dit deel.")
        }
      }
      checkReadsFromOutside(s)
    }
  }

  /// A condition outside a repeated section cannot read its questions: they are kept per option.
  private mutating func checkReadsFromOutside(_ repeated: Int) {
    let inside = Set(script.sections[repeated].items.compactMap(\.question?.id))
    for (s, section) in script.sections.enumerated() where s != repeated {
      for item in section.items {
        var conditions = item.condition.map { [$0] } ?? []
        conditions += item.question?.checks.map(\.condition) ?? []
        var texts: [(String, SourceLocation)] = []
        if case .say(let say) = item { texts.append((say.text, say.location)) }
        if let q = item.question { texts += q.text.map { ($0, q.location) } }
        for (text, at) in texts {
          for (name, _) in TextFill.names(in: text) where inside.contains(name) {
            report(
              .badRepeat, at,
              "'{\(name)}' wordt per gekozen optie gevraagd, in het deel '\(script.sections[repeated].name)'. Hier weet praatmaat niet welke je bedoelt.",
              hint: "Zet deze regel in het deel '\(script.sections[repeated].name)'.")
          }
        }
        for reference in conditions.flatMap(\.references) where inside.contains(reference.name) {
          report(
            .badRepeat, reference.location,
            "'\(reference.name)' wordt per gekozen optie gevraagd, in het deel '\(script.sections[repeated].name)'. Hier weet praatmaat niet welke je bedoelt.",
            hint: "Zet deze regel in het deel '\(script.sections[repeated].name)'.")
        }
      }
    }
  }
}
