/// What one typed line is to a question, all things weighed in the order the conversation
/// weighs them: a reply every question understands ("weet ik niet", "terug"), an answer, a
/// guess to be checked with "Bedoel je: …?", or nothing understood. A number outside the
/// question's range is not understood either. Used by the conversation and by the
/// understanding benchmark, so that both read answers the same way.
public enum Understanding: Sendable, Equatable {
  case reply(BuiltInReply)
  case value(AnswerValue)
  case guess(AnswerValue)
  case notUnderstood
}

extension AnswerMatcher {
  public func understand(_ input: String, for question: Question) -> Understanding {
    // "zwaar? ik heb in de haven gewerkt", "te veel? kan dat?": a word of the question said back
    // first is no answer; what follows is.
    if question.kind != .open, let echo = Self.echoed(input) {
      return understand(echo, for: question)
    }
    let input = answerPart(input, for: question)
    let understood = understandAsSaid(input, for: question)
    // "ja tuurlijk 🙄", "echt leuk... not": said the other way round; asked again. With "not"
    // at the end the other way round is meant for sure: that answer, checked first.
    guard Self.ironic(input) else { return understood }
    switch understood {
    case .value(let value), .guess(let value):
      if let other = Self.meantOtherWay(value, input, for: question) { return .guess(other) }
      if case .value = understood { return .notUnderstood }
    case .reply, .notUnderstood: break
    }
    return understood
  }

  /// The part of a line that is the answer to a closed question: without the supporter's note
  /// that they type for the participant ("ik typ voor hem: oneens"), and after some doubt the
  /// choice settled on when it reads on its own ("hij twijfelt tussen 2 en 3 en kiest dan 2").
  /// The conversation reads its lines through this too.
  public func answerPart(_ input: String, for question: Question) -> String {
    guard question.kind != .open else { return input }
    var text = input
    while let typed = Self.withoutTypist(text) { text = typed }
    if text != input, let echo = Self.echoed(text) { text = echo }
    if let settled = Self.settledOn(text) {
      switch understandAsSaid(settled, for: question) {
      case .value, .guess: return settled
      case .reply, .notUnderstood: break
      }
    }
    return text
  }

  /// What follows a first part of one to three words that ends in "?", when something follows.
  static func echoed(_ input: String) -> String? {
    guard let mark = input.firstIndex(of: "?") else { return nil }
    let before = Normalised(String(input[..<mark])).words
    let after = input[input.index(after: mark)...].trimmingWhitespace()
    guard (1...3).contains(before.count), !after.isEmpty, after.contains(where: \.isLetter) else {
      return nil
    }
    // "wat?", "hoe bedoel je?": a question back, not a word of the question.
    guard BuiltInReply.recognise(String(input[...mark])) == nil else { return nil }
    return after
  }

  /// Whether the answer marks itself as meant the other way: an eye roll, or "not" at the end.
  static func ironic(_ input: String) -> Bool {
    input.contains("🙄") || input.contains("😒") || endsInNot(input)
  }

  /// "echt leuk... not": the English "not" that turns the whole answer round.
  static func endsInNot(_ input: String) -> Bool {
    Normalised(input).words.last == "not"
  }

  /// The answer meant when "not" at the end turns `value` round; nil when it does not, or
  /// cannot. The conversation reads it the same way.
  static func meantOtherWay(_ value: AnswerValue, _ input: String, for question: Question) -> AnswerValue? {
    endsInNot(input) ? otherWay(value, for: question) : nil
  }

  /// The answer turned the other way round: yes for no, agree for disagree, a step of a scale
  /// counted from its other end; nil for a choice, a number or a scale's middle.
  static func otherWay(_ value: AnswerValue, for question: Question) -> AnswerValue? {
    guard case .option(let id) = value else { return nil }
    let pairs = ["ja": "nee", "nee": "ja", "eens": "oneens", "oneens": "eens"]
    switch question.kind {
    case .yesNo, .statement:
      return pairs[id].map { .option($0) }
    case .scale:
      let options = question.options
      guard let k = options.firstIndex(where: { $0.id == id }), k != options.count - 1 - k else { return nil }
      return .option(options[options.count - 1 - k].id)
    default:
      return nil
    }
  }

  func understandAsSaid(_ input: String, for question: Question) -> Understanding {
    let reply = BuiltInReply.recognise(input, openQuestion: question.kind == .open, typos: false)
    // On a panel statement "weet ik niet" is one of the options.
    if question.kind == .statement, reply == .dontKnow,
      question.options.contains(where: { $0.id == "weet-niet" })
    {
      let words = Normalised(input).words.map(String.init)
      return AnswerMatcher.notKnowingTheThing(words, question)
        ? .guess(.option("oneens")) : .value(.option("weet-niet"))
    }
    if Self.notKnowingIsNo(reply, question) { return .guess(.option("nee")) }
    // "liever niet" to "Wil je …?": no, not a refusal to answer.
    if reply == .refuse, Self.declinedWish(input, question) { return .value(.option("nee")) }
    if let reply { return .reply(reply) }
    func inRange(_ value: AnswerValue) -> Bool {
      guard case .number(let n) = value else { return true }
      return n >= (question.minimum ?? Int.min) && n <= (question.maximum ?? Int.max)
    }
    switch match(input, for: question) {
    case .value(let value): return inRange(value) ? .value(value) : .notUnderstood
    case .guess(let value): return inRange(value) ? .guess(value) : .notUnderstood
    case .notUnderstood:
      // A reply with a typo ("overslan"), when the answer means nothing else.
      if let typo = BuiltInReply.recognise(input, openQuestion: question.kind == .open) {
        return .reply(typo)
      }
      // "telt mijn kat ook mee?": a question back, on a closed question, is a question about it.
      return question.kind != .open && BuiltInReply.asksBack(input) ? .reply(.explain) : .notUnderstood
    }
  }
}
