/// The consent step before every conversation, in simple Dutch. No consent: nothing is kept.
public enum Consent {
  public static let lines = [
    "Eerst iets belangrijks.",
    "Ik stel je vragen over je leven.",
    "Je antwoorden gaan naar de gemeente.",
    "Niemand ziet wie jij bent.",
    "Namen en adressen halen we weg.",
    "Je mag altijd stoppen.",
    "Je krijgt een code.",
    "Met die code kun je alles laten wissen.",
  ]
  /// At a group table the code belongs to the table: that is what the consent says there.
  public static let tableCode = [
    "De hele tafel krijgt samen één code.",
    "Met die code kan alles van deze tafel weg. Ook van de anderen.",
  ]

  /// The consent text, for one person or for a group table.
  public static func lines(atTable: Bool) -> [String] {
    atTable ? Array(lines.dropLast(2)) + tableCode : lines
  }
  public static let question = "Vind je dat goed?"
  public static let declined = "Dat is goed. We bewaren niets. Dank je wel!"
  public static let agreed = "Fijn! We beginnen."
  /// After a reply that was not understood: the question again, then how to answer.
  public static let answerHow = "Typ ja of nee."

  /// The yes/no question used to read the reply.
  public static var yesNo: Question {
    var q = Question(id: "toestemming", kind: .yesNo, location: SourceLocation(line: 0, column: 0))
    q.text = [question]
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
  public static func read(_ input: String, words: AnswerWords = AnswerWords()) -> Reply {
    switch BuiltInReply.recognise(input) {
    case .repeatQuestion?, .help?: return .repeatQuestion
    case .dontKnow?: return .notUnderstood
    case .pause?, .refuse?, .skip?: return .declined
    default: break
    }
    switch AnswerMatcher(words: words).match(input, for: yesNo) {
    case .value(.option("ja")): return .agreed
    case .value(.option("nee")): return .declined
    default: return .notUnderstood
    }
  }

  /// Every sentence above, for the language check.
  public static var all: [String] { lines + tableCode + [question, declined, agreed, answerHow] }
}
