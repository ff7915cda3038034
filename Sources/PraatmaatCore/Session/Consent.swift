/// The consent step before every conversation, in simple Dutch. No consent: nothing is kept.
public enum Consent {
  /// The yes/no question the reply is read with, in the words of `texts`.
  public static func yesNo(_ texts: PhraseBook) -> Question {
    var q = Question(id: "toestemming", kind: .yesNo, location: SourceLocation(line: 0, column: 0))
    q.text = [texts[.consentQuestion]]
    return q
  }

  public enum Reply: Equatable, Sendable {
    case agreed
    case declined
    case repeatQuestion
    case notUnderstood
  }

  /// Only a clear yes agrees. "weet ik niet" is no answer yet: the question comes again,
  /// explained; a guess ("ik denk het wel") is not enough either.
  public static func read(_ input: String, texts: PhraseBook, words: AnswerWords = AnswerWords()) -> Reply {
    switch BuiltInReply.recognise(input) {
    case .repeatQuestion?, .help?, .explain?: return .repeatQuestion
    case .dontKnow?: return .notUnderstood
    case .pause?, .refuse?, .skip?: return .declined
    default: break
    }
    switch AnswerMatcher(words: words).match(input, for: yesNo(texts)) {
    case .value(.option("ja")): return .agreed
    case .value(.option("nee")): return .declined
    default: return .notUnderstood
    }
  }

}
