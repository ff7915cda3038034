extension Anonymiser {
  /// The spans found, plus every place where a word or phrase that the supporter marked
  /// stands in the text: whole words, in any case, accents ignored ("Jose" hides "José").
  public func spans(in text: String, marked: [String]) -> [PIISpan] {
    let found = spans(in: text)
    let marks = marked.map { (words: Tokens.words(of: $0), kind: markedKind($0)) }.filter {
      !$0.words.isEmpty
    }
    guard !marks.isEmpty else { return found }
    let tokens = Tokens(text, lexicon: nil)
    var extra: [PIISpan] = []
    for i in 0..<tokens.count where tokens[i].kind != .other {
      for mark in marks where i + mark.words.count <= tokens.count {
        let matches = mark.words.enumerated().allSatisfy { k, word in
          let t = tokens[i + k]
          return t.kind != .other && (k == 0 || t.joined) && tokens.key(i + k).elementsEqual(word)
        }
        if matches {
          extra.append(
            PIISpan(
              start: tokens[i].start, end: tokens[i + mark.words.count - 1].end, label: mark.kind.label,
              detail: mark.kind.detail))
        }
      }
    }
    return DutchAnonymiser.resolved(found + extra)
  }

  /// For the supporter's review before an answer is kept: the text anonymised, with the
  /// words the supporter marked hidden too, numbered like the rest (`[naam 2]`).
  public func anonymise(_ text: String, hiding marked: [String]) -> String {
    ReplacementPolicy().apply(spans(in: text, marked: marked), to: text)
  }
}
