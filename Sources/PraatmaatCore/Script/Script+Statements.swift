extension Script {
  /// The script with panel statements added on the spot (`--statement`), each asked right
  /// after the script's own statements, or else at the start of the last section.
  public func addingStatements(_ texts: [String]) -> Script {
    guard !texts.isEmpty, !sections.isEmpty else { return self }
    var copy = self
    let at = SourceLocation(line: 0, column: 0)
    let added: [Item] = texts.enumerated().map { n, text in
      var q = Question(id: "stelling-extra-\(n + 1)", kind: .statement, location: at)
      q.text = [TextSafety.clean(text)]
      return .ask(q)
    }
    for s in sections.indices.reversed() {
      if let last = sections[s].items.lastIndex(where: { $0.question?.kind == .statement }) {
        copy.sections[s].items.insert(contentsOf: added, at: last + 1)
        return copy
      }
    }
    let s = sections.count - 1
    let firstQuestion = sections[s].items.firstIndex { $0.question != nil } ?? sections[s].items.count
    copy.sections[s].items.insert(contentsOf: added, at: firstQuestion)
    return copy
  }
}
