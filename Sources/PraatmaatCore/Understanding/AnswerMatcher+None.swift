/// "niks", "nergens voor", "nee niks, dat lukt zelf": nothing, to a choice with an option that says
/// none ("Geen klussen", "Niets", "Nergens pijn").
extension AnswerMatcher {
  static let noneWords: Set<String> = ["niks", "niets", "nergens", "geen", "niemand", "geeneen"]

  /// The none option, when the first part of the answer says nothing but "none" in words of the
  /// question, of that option, or little words; kept at once when that is all the answer says,
  /// checked first when a remark follows. Nil when there is no single none option, or the
  /// answer names something ("geen hulp bij geld").
  func noneOption(_ t: AnswerText, question: Question) -> (id: String, sure: Bool)? {
    let nones = question.options.filter { ChoiceReading.isNone($0, words: words) }
    guard nones.count == 1, let first = t.clauses.first else { return nil }
    let opening = t.words.indices.filter { t.clauses[$0] == first }.map { t.words[$0] }
    let label = AnswerText(nones[0].label, words: words).words
    // "doe helemaal niet aan sport" to "Geen sport": "niet" with the thing the option
    // says someone has not.
    let thing = label.filter { !Self.noneWords.contains($0) && !Self.littleWords.contains($0) }
    let notThing =
      opening.contains("niet")
      && opening.contains { w in w.count >= 4 && thing.contains { $0.hasPrefix(w) || w.hasPrefix($0) } }
    guard opening.contains(where: Self.noneWords.contains) || notThing else { return nil }
    let allowed = askedWords(question.text).union(label).union(notThing ? ["niet", "aan", "doe"] : [])
      .union(Self.littleWords).union(Self.noneWords)
      .union([
        "helemaal", "nodig", "meer", "krijg", "heeft", "hebben", "last", "hulp", "nee", "verder", "nie",
      ])
    guard opening.allSatisfy(allowed.contains) else { return nil }
    return (nones[0].id, Set(t.clauses).count == 1)
  }
}
