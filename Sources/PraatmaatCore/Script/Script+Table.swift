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
