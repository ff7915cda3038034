/// What a condition reads: the answers and variables so far, per person at a table, for the
/// whole table with its group words, and in a pass of a repeated section.
extension Conversation {
  /// What conditions read now: the shared answers and variables, and at a table those of
  /// whoever's turn it is.
  var currentEvaluator: ConditionEvaluator {
    guard let current = state.table?.current else { return tableEvaluator }
    return personEvaluator(current)
  }

  /// The answers, and in a pass of a repeated section (`herhaal-voor: helpers`) also this pass's
  /// answers under their own ids and the option of the pass as the answer to `helpers`: so
  /// `als:`, `{helpers}` and `{helper_fijn}` read the option being asked about.
  var passAnswers: [String: AnswerValue] {
    guard let pass = state.repeatPass, let item = pass.item,
      let section = script.sectionIndex(named: pass.section),
      let source = script.sections[section].repeatFor
    else { return state.answers }
    var answers = state.answers
    let suffix = String(Script.repeatSeparator) + item
    for (id, value) in state.answers where id.hasSuffix(suffix) {
      answers[String(id.dropLast(suffix.count))] = value
    }
    answers[source] = .option(item)
    return answers
  }

  /// What a condition reads for one person at the table: the shared answers and variables
  /// with their own on top, and the whole table for `iemand`, `iedereen` ….
  func personEvaluator(_ id: String) -> ConditionEvaluator {
    var evaluator = ownEvaluator(id)
    evaluator.people = tableEvaluator.people
    return evaluator
  }

  private func ownEvaluator(_ id: String) -> ConditionEvaluator {
    let table = state.table
    return ConditionEvaluator(
      answers: state.answers.merging(table?.answers[id] ?? [:]) { _, own in own },
      variables: state.variables.merging(table?.variables?[id] ?? [:]) { _, own in own })
  }

  /// What a line for the whole table reads: the shared answers and variables, and every
  /// person at the table for `iemand`, `iedereen`, `meeste` and `niemand`.
  var tableEvaluator: ConditionEvaluator {
    var evaluator = ConditionEvaluator(answers: passAnswers, variables: state.variables)
    evaluator.people = state.table?.participants.map { ownEvaluator($0.id) } ?? []
    return evaluator
  }
}
