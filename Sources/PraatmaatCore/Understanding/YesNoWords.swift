/// The one yes/no vocabulary of praatmaat's own code: the offer to skip a question, yes/no
/// questions and statements. The longer ways of saying yes and no that people use ("denk het
/// wel", "nou en of") are data, in `Content/begrip/ja-nee.txt`.
enum YesNoWords {
  /// A plain yes or no and nothing else: what answers an offer ("Zullen we deze vraag
  /// overslaan?") without being read as an answer to the question itself.
  static let yes: Set<String> = ["ja", "jawel", "ja hoor", "jazeker", "jaa", "j", "yes"]
  static let no: Set<String> = ["nee", "neen", "nee hoor", "neej", "n", "no", "nope"]

  /// The whole answer to a yes/no question: also "klopt", "zeker", "goed"; "nooit", "niet".
  static let agreeing: Set<String> = yes.union(["zeker", "klopt", "ok", "oke", "goed"])
  static let refusing: Set<String> = no.union(["nooit", "niet"])

  /// One word inside a longer answer that says yes or no ("ja en nee", "🙂 jep"): no single
  /// letters, which are also short for other words ("n" for "een").
  static let yesWord: Set<String> = ["ja", "jawel", "jazeker", "jaa", "yes", "jep", "yep"]
  static let noWord: Set<String> = ["nee", "neen", "neej", "nope", "neuh"]
}
