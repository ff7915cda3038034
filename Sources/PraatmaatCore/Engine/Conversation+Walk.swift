/// Walking the script: lines, jumps, variables and random sections, up to the next question.
extension Conversation {
  /// Walks items from a position, saying lines and applying jumps, up to the next question.
  mutating func run(from start: (section: Int, item: Int), before: [Message]) -> Turn {
    var messages = before
    var section = start.section
    var index = start.item
    var steps = 0
    // Answers do not change during a walk, variables only by `zet:`: arriving at the start of
    // a part again with the same variables means the walk would go round for ever.
    var entered: Set<Entry> = start.item == 0 ? [Entry(section: section, variables: state.variables)] : []
    walk: while section < script.sections.count {
      let items = effectiveItems(section)
      let name = script.sections[section].name
      // A repeated section (`herhaal-voor:`) starts a pass for each chosen option; none: skipped.
      if index == 0, let source = script.sections[section].repeatFor, state.repeatPass?.section != name {
        let chosen = script.repeatItems(of: source, answer: state.answers[source])
        guard !chosen.isEmpty else {
          section += 1
          continue
        }
        state.repeatPass = ConversationState.RepeatPass(section: name, items: chosen, index: 0)
      }
      guard index < items.count else {
        if let pass = state.repeatPass, pass.section == name {
          if pass.index + 1 < pass.items.count {
            state.repeatPass?.index += 1
            index = 0
            continue
          }
          state.repeatPass = nil
        }
        section += 1
        index = 0
        continue
      }
      steps += 1
      if steps > Self.stepLimit {
        stalled = true
        loopSection = script.sections[section].name
        messages.append(.hint(texts[.scriptGoesRound]))
        break
      }
      let item = items[index]
      index += 1
      // At a table, a question's condition is weighed per participant when the round starts,
      // and so is a `zet:` whose condition reads their own answers; other lines read the table.
      let perPerson = state.table != nil && (item.question != nil || isPerPerson(item))
      if !perPerson, item.condition != nil, !tableEvaluator.holds(item.condition) { continue }
      switch item {
      case .say(let say):
        messages.append(.say(TextFill.fill(say.text, answers: passAnswers, script: script)))
      case .set(let assignment): set(assignment, perPerson: perPerson && item.question == nil)
      case .jump(let jump):
        if jump.target == Jump.end {
          section = script.sections.count
        } else if let target = script.sectionIndex(named: jump.target) {
          section = target
          index = 0
          let arrival = Entry(section: target, variables: state.variables)
          if state.table == nil, !entered.insert(arrival).inserted {
            stalled = true
            loopSection = script.sections[target].name
            messages.append(.hint(texts[.scriptGoesRound]))
            break walk
          }
        }
      case .ask(let plain):
        state.failedTries = 0
        let question = asked(plain)
        if state.table != nil {
          // A follow-up was asked in the round of the question above it, right after each answer.
          if isFollowUpAtTable(question) { continue }
          if let turn = startRound(question, before: messages) { return turn }
          continue
        }
        state.currentQuestion = question.id
        if !script.header.variables.isEmpty {
          state.variablesAsked = (state.variablesAsked ?? [:]).merging([question.id: state.variables]) { $1 }
        }
        messages.append(.ask(prompt(for: question)))
        return Turn(messages: messages, next: .answer(question.id))
      }
    }
    state.currentQuestion = nil
    if state.table != nil, !stalled { return finishTable(before: messages) }
    state.status = .finished
    return Turn(messages: messages, next: .finished)
  }

  /// A `zet:` worked out for each person at the table.
  func isPerPerson(_ item: Item) -> Bool {
    guard case .set(let assignment) = item else { return false }
    return script.isPerPerson(assignment, personal: personalVariables)
  }

  /// `zet:` in a conversation, for the table, or at a table for each person whose own
  /// answers fit its condition. A value for the whole table replaces what each person had.
  mutating func set(_ assignment: Assignment, perPerson: Bool) {
    guard let table = state.table else {
      state.variables[assignment.variable] = tableEvaluator.value(of: assignment)
      return
    }
    if perPerson {
      for person in table.participants where personEvaluator(person.id).holds(assignment.condition) {
        set(assignment, for: person.id)
      }
    } else {
      state.variables[assignment.variable] = tableEvaluator.value(of: assignment)
      state.table?.variables = table.variables?.mapValues { $0.filter { $0.key != assignment.variable } }
    }
  }

  /// `zet:` for one person at the table.
  mutating func set(_ assignment: Assignment, for person: String) {
    let value = personEvaluator(person).value(of: assignment)
    var variables = state.table?.variables ?? [:]
    variables[person, default: [:]][assignment.variable] = value
    state.table?.variables = variables
  }

  /// A question of a repeated section as asked in this pass: `helper_fijn.familie`.
  func asked(_ question: Question) -> Question {
    guard let pass = state.repeatPass, let item = pass.item,
      let at = script.position(ofQuestion: question.id),
      script.sections[at.section].name == pass.section
    else { return question }
    return script.question(Script.repeatedID(question.id, item: item)) ?? question
  }

  /// After `terug` to `id`: the pass of a repeated section it was asked in, or none.
  mutating func restorePass(for id: String) {
    guard let at = script.position(ofQuestion: id), let source = script.sections[at.section].repeatFor,
      let item = Script.repeatedItem(of: id)
    else {
      state.repeatPass = nil
      return
    }
    let items = script.repeatItems(of: source, answer: state.answers[source])
    state.repeatPass = ConversationState.RepeatPass(
      section: script.sections[at.section].name, items: items, index: items.firstIndex(of: item) ?? 0)
  }

  /// A follow-up (`vervolg: ja`) at a table is asked in the round of the question above it.
  func isFollowUpAtTable(_ question: Question) -> Bool {
    state.table != nil && script.followedQuestion(of: question.id) != nil
  }

  /// A place in the walk: the start of a part, with the variables at that moment.
  struct Entry: Hashable {
    var section: Int
    var variables: [String: Value]
  }

  /// Continues after a script question, from the item after it.
  mutating func continueAfter(_ questionID: String, before: [Message]) -> Turn {
    guard let position = position(of: questionID) else {
      return run(from: (script.sections.count, 0), before: before)
    }
    return run(from: (position.section, position.item + 1), before: before)
  }

  /// A section's items, with the questions of a random section in their drawn order.
  func effectiveItems(_ index: Int) -> [Item] {
    let section = script.sections[index]
    guard section.randomPick != nil, let order = state.randomOrders[section.name] else {
      return section.items
    }
    let fixed = section.items.filter { $0.question == nil }
    let questions = order.compactMap { id in section.items.first { $0.question?.id == id } }
    return fixed + questions
  }

  func position(of questionID: String) -> (section: Int, item: Int)? {
    let base = Script.repeatedBase(of: questionID)
    for s in script.sections.indices {
      if let i = effectiveItems(s).firstIndex(where: { $0.question?.id == base }) {
        return (s, i)
      }
    }
    return nil
  }

  mutating func drawRandomOrders() {
    for section in script.sections {
      guard let pick = section.randomPick else { continue }
      let ids = section.items.compactMap(\.question?.id)
      if let kept = state.randomOrders[section.name] {
        state.randomOrders[section.name] = kept.filter { ids.contains($0) }
        continue
      }
      var generator = SeededGenerator(seed: state.seed ^ SeededGenerator.hash(section.name))
      state.randomOrders[section.name] = Array(ids.shuffled(using: &generator).prefix(pick))
    }
  }

  // MARK: Showing questions

  /// The question as shown: text, numbered options and a hint how to answer.
  public func prompt(for question: Question) -> Prompt {
    let hint: String? =
      switch question.kind {
      case .yesNo, .choice, .scale, .statement: texts[.hintChoice]
      case .multiChoice: choiceRange(question).map { "\($0) \(texts[.hintMulti])" } ?? texts[.hintMulti]
      case .number:
        question.minimum != nil || question.maximum != nil
          ? numberRange(question) : texts[.hintNumber]
      case .open: nil
      }
    var lines =
      question.text.isEmpty
      ? [question.id]
      : question.text.map { TextFill.fill($0, answers: currentEvaluator.answers, script: script) }
    if let side = sideQuestion(question) { lines = [side] }
    return Prompt(
      questionID: question.id, kind: question.kind, lines: lines, options: shownOptions(question), hint: hint,
      supporter: question.supporterNote)
  }

  /// How many options a multiple choice with `min:` or `max:` takes, in words.
  func choiceRange(_ q: Question) -> String? {
    texts.choiceRange(min: q.minimum, max: q.maximum)
  }

  /// The range of a number question in words. "Typ een getal van 1 tot 1." says nothing:
  /// with one number to type, the sentence says that number.
  func numberRange(_ q: Question) -> String {
    texts.numberRange(min: q.minimum, max: q.maximum) ?? texts[.hintNumber]
  }

  func example(for q: Question) -> String {
    if let example = q.example { return example }
    // An option by its number and by its words: "2 of Gaat wel".
    let shown = shownOptions(q)
    func option(_ n: Int) -> String {
      guard n >= 1, n <= shown.count else { return "1" }
      return "\(n) \(texts[.orWord]) \(shown[n - 1].label.lowercased())"
    }
    switch q.kind {
    case .yesNo: return "ja"
    case .choice, .scale, .statement: return option((shown.count + 1) / 2)
    // Never more than `max:` allows, never fewer than `min:`.
    // Options chosen alone (`alleen:`) are never in the example: it would be refused.
    case .multiChoice:
      let together = q.options.indices.filter { !q.alone.contains(q.options[$0].id) }.map { $0 + 1 }
      let count = min(max(2, q.minimum ?? 2), q.maximum ?? Int.max, together.count)
      guard count >= 1 else { return "1" }
      if count == 2, together.count >= 3 { return "\(together[0]) \(together[2])" }
      return together.prefix(count).map(String.init).joined(separator: " ")
    // A number in the range: the lowest when it says something ("16"), else a few up ("3").
    case .number:
      let low = q.minimum ?? 1
      let high = max(low, q.maximum ?? low + 6)
      return String(low >= 2 ? low : min(high, low + 3))
    case .open: return texts[.hintOpen]
    }
  }
}
