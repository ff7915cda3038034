/// The replies every question understands, whatever its kind.
public enum BuiltInReply: String, Sendable, CaseIterable {
  case repeatQuestion
  case dontKnow
  case refuse
  case skip
  case back
  case pause
  case help

  /// The words a participant can type, first the one shown in help and completion.
  public var words: [String] {
    switch self {
    case .repeatQuestion: ["herhaal", "nog een keer", "nog eens", "opnieuw", "wat zei je"]
    case .dontKnow: ["weet ik niet", "weet niet", "geen idee", "ik weet het niet", "weetniet"]
    case .refuse:
      [
        "wil ik niet zeggen", "zeg ik liever niet", "wil niet zeggen", "liever niet",
        "ik wil het niet zeggen",
      ]
    case .skip: ["overslaan", "sla over", "volgende", "skip", "pas", "ik pas"]
    case .back: ["terug", "vorige", "ga terug"]
    case .pause: ["pauze", "stop", "stoppen", "ik wil stoppen", "later verder"]
    case .help: ["hulp", "help", "?", "wat kan ik typen"]
    }
  }

  /// Every word of every built-in reply, for tab completion.
  public static var completionWords: [String] { allCases.map { $0.words[0] } }

  /// Recognises a built-in reply, forgiving case, accents, punctuation and a small typo.
  public static func recognise(_ input: String, openQuestion: Bool = false) -> BuiltInReply? {
    if input.trimmingCharacters(in: .whitespaces) == "?" { return .help }
    let n = Normalised(input)
    guard !n.text.isEmpty else { return nil }
    for reply in allCases {
      // "Hulp." can be the answer to an open question; there only "?" asks for help.
      if openQuestion, reply == .help { continue }
      for word in reply.words where word != "?" {
        // One typo at most: "goed idee" is two steps from "geen idee" and means the opposite.
        let known = Normalised(word)
        if known.text == n.text || (n.text.count >= 5 && EditDistance.between(known.text, n.text) <= 1) {
          return reply
        }
      }
    }
    return nil
  }
}
