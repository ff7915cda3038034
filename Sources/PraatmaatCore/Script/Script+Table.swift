/// What a script means at a table: which `zet:` lines are worked out per person, and which
/// questions follow another one right after each person's answer.
extension Script {
  /// Variables that can differ per person at a table: set by a `zet:` whose condition reads
  /// a question (or such a variable) for the person, outside group words like `iemand`.
  public var personalVariables: Set<String> {
    let assignments = sections.flatMap(\.items).compactMap { item -> Assignment? in
      if case .set(let a) = item { return a }
      return nil
    }
    var personal: Set<String> = []
    // Grows until nothing changes: a variable set from a personal variable is personal too.
    while true {
      let more = assignments.filter { !personal.contains($0.variable) && isPerPerson($0, personal: personal) }
      guard !more.isEmpty else { return personal }
      personal.formUnion(more.map(\.variable))
    }
  }

  /// Whether a `zet:` is worked out for each person at the table.
  public func isPerPerson(_ assignment: Assignment, personal: Set<String>) -> Bool {
    assignment.condition?.ownReferences.contains { question($0.name) != nil || personal.contains($0.name) }
      ?? false
  }

  /// Questions a text shows the answer of (`{id}`), in any line of the script.
  public var filledInQuestions: Set<String> {
    var names: Set<String> = []
    for item in sections.flatMap(\.items) {
      let texts: [String]
      switch item {
      case .say(let say): texts = [say.text]
      case .ask(let q): texts = q.text
      default: texts = []
      }
      for text in texts { names.formUnion(TextFill.names(in: text).map(\.name)) }
    }
    return names
  }

  /// Whether item `item` of section `section` stands between a question and its last
  /// follow-up: at a table it is walked for each person, right after their answer.
  public func isInFollowUpBlock(section: Int, item: Int) -> Bool {
    let items = sections[section].items
    guard
      let above = items[..<item].lastIndex(where: { $0.question?.followUp != true && $0.question != nil }),
      let id = items[above].question?.id, let last = followUps(of: id).last,
      let end = position(ofQuestion: last.id), end.section == section
    else { return false }
    return item <= end.item
  }

  /// The question a follow-up (`vervolg: ja`) belongs to: the nearest question above it in its
  /// part, past other follow-ups and `zeg:`/`zet:` lines; nil when there is none.
  public func followedQuestion(of id: String) -> Question? {
    guard let at = position(ofQuestion: id), question(id)?.followUp == true else { return nil }
    for item in sections[at.section].items[..<at.item].reversed() {
      guard case .ask(let q) = item else { continue }
      if q.followUp != true { return q }
    }
    return nil
  }

  /// The follow-ups right below a question, in order: questions with `vervolg: ja`, until the
  /// next question without it.
  public func followUps(of id: String) -> [Question] {
    guard let at = position(ofQuestion: id) else { return [] }
    var found: [Question] = []
    for item in sections[at.section].items[(at.item + 1)...] {
      guard case .ask(let q) = item else { continue }
      guard q.followUp == true else { break }
      found.append(q)
    }
    return found
  }
}
