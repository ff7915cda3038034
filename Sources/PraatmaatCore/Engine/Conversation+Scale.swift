/// A 5-step scale on screens of at most three options: first the lower side, the middle and
/// the upper side ("Slecht", "Gaat wel", "Goed"); a side chosen by its number or pictogram
/// asks which of its two steps ("Goed of heel goed?"). Words are read on the whole scale at
/// once, so "heel goed" or "prima" needs no second screen.
extension Conversation {
  /// The options on screen for a question: all of them, or for a 5-step scale the screen
  /// it is at.
  func shownOptions(_ question: Question) -> [Option] {
    guard question.kind == .scale(5), question.options.count == 5 else { return question.options }
    switch state.scaleSide {
    case 1?: return [question.options[1], question.options[0]]
    case 5?: return [question.options[3], question.options[4]]
    default: return [question.options[1], question.options[2], question.options[3]]
    }
  }

  /// The question text for the second screen: "Goed of heel goed?"
  func sideQuestion(_ question: Question) -> String? {
    guard state.scaleSide != nil else { return nil }
    let shown = shownOptions(question)
    return "\(shown[0].label) \(texts[.orWord]) \(shown[1].label.lowercased())?"
  }

  /// A number or pictogram typed at a 5-step scale, read against the screen: the middle is
  /// the answer, a side asks for its step; nil when the input is something else.
  mutating func answerScaleScreen(_ input: String, for question: Question) -> Turn? {
    guard question.kind == .scale(5), question.options.count == 5 else { return nil }
    let shown = shownOptions(question)
    let t = AnswerText(input, words: words)
    guard let id = AnswerMatcher.numbered(t, options: shown) ?? AnswerMatcher.pictogram(input, options: shown)
    else {
      // A number not on the screen ("4" when three are shown) means nothing here.
      if let n = Int(t.text), n < 1 || n > shown.count {
        return failed(question, reason: texts.chooseNumber(shown.count))
      }
      return nil
    }
    if state.scaleSide == nil, id == question.options[1].id || id == question.options[3].id {
      state.scaleSide = id == question.options[1].id ? 1 : 5
      return Turn(messages: [.ask(prompt(for: question))], next: .answer(question.id))
    }
    return check(.option(id), for: question)
  }
}
