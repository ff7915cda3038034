extension Script {
  /// The ids of panel statements added on the spot start with this.
  public static let extraStatementPrefix = "stelling-extra-"

  /// The id of a statement added on the spot. The same text gets the same id in every
  /// session (case, accents, punctuation and spaces aside), another text another id, so a
  /// report never counts two different proposals together.
  public static func extraStatementID(_ text: String) -> String {
    let hash = SeededGenerator.hash(Normalised(TextSafety.clean(text)).text)
    let hex = String(hash, radix: 16)
    return extraStatementPrefix + String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
  }

  /// Whether a question was added on the spot with `--statement`.
  public static func isExtraStatement(_ id: String) -> Bool { id.hasPrefix(extraStatementPrefix) }

  /// The script with panel statements added on the spot (`--statement`), each asked right
  /// after the script's own statements, or else at the start of the last section.
  /// A text given twice is asked once.
  public func addingStatements(_ texts: [String]) -> Script {
    guard !texts.isEmpty, !sections.isEmpty else { return self }
    var copy = self
    let at = SourceLocation(line: 0, column: 0)
    var seen = Set(questions.map(\.id))
    let added: [Item] = texts.compactMap { text in
      let id = Self.extraStatementID(text)
      guard seen.insert(id).inserted else { return nil }
      var q = Question(id: id, kind: .statement, location: at)
      q.text = [TextSafety.clean(text)]
      return .ask(q)
    }
    guard !added.isEmpty else { return self }
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
