/// "meestal wel", "ja, doorgaans wel": most of the time, on a scale. It is half a
/// step below the far end: on three steps that end ("Nee / Een beetje / Ja": "Ja"), on five the
/// step before it ("… / Vaak / Altijd": "Vaak"). Checked first, since some people mean less.
/// (A scale of how often with a "Vaak" step takes it at once: `mostlyStep`.)
extension AnswerMatcher {
  static let mostlyPhrases: Set<String> = [
    "meestal", "meestal wel", "doorgaans", "doorgaans wel", "vaak wel", "meestentijds",
  ]

  /// The step for "most of the time", when the answer says only that; nil otherwise.
  func mostOfTheTime(_ t: AnswerText, question: Question) -> String? {
    let options = question.options
    guard [3, 5].contains(options.count) else { return nil }
    // "meestal wel", "ja meestal wel hoor": all of it, without yes. A remark after it
    // ("meestal wel, maar niet als het regent") may take something off.
    var said = t.words
    while let last = said.last, ["ja", "hoor", "jawel"].contains(last) { said.removeLast() }
    if said.first == "ja" { said.removeFirst() }
    guard Self.mostlyPhrases.contains(said.joined(separator: " ")) else {
      return nil
    }
    // Only where the far end is the good or the often one, on the writer's own steps: not on a
    // question about something bad ("Heb je vaak pijn?"), nor where the end says little.
    let heads = heads(for: question)
    guard question.ownSteps, runsFromBadToGood(question) || heads.asksHowOften, !heads.asksAboutBad,
      let last = options.last, !Self.stepIsLittle(last)
    else { return nil }
    let end = options.count == 3 ? options.count - 1 : options.count - 2
    return runsFromGoodToBad(question) ? options[options.count - 1 - end].id : options[end].id
  }
}
