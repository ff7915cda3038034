/// A question with a stable id, separate from its wording.
public struct Question: Sendable, Equatable {
  public var id: String
  public var kind: QuestionKind
  /// Lines shown before the options; the last one is the question itself.
  public var text: [String] = []
  public var options: [Option] = []
  public var themes: [String] = []
  public var phases: [PolicyPhase] = []
  public var condition: Condition?
  /// Shown after a failed try: "Bijvoorbeeld: …".
  public var example: String?
  /// Another wording the supporter can show.
  public var alternative: String?
  public var minimum: Int?
  public var maximum: Int?
  /// `alleen: niets`: options of a multiple choice that are chosen alone, never with others.
  public var alone: [String] = []
  public var aloneLocation: SourceLocation?
  public var checks: [AnswerCheck] = []
  /// Persona: the label of this step on the persona card ("Leeftijd").
  public var cardLabel: String?
  /// `begeleider:` a line only the supporter needs ("Leg uit wat een bewindvoerder is."):
  /// shown with the question, marked for the supporter, never read aloud.
  public var supporterNote: String?
  public var supporterNoteLocation: SourceLocation?
  /// Kwartetspel: the card this card is drawn after (`na: wonen_waar`), because it refers to
  /// it ("Hoe vind je het om daar te wonen?"), and where that was written.
  public var after: String?
  public var afterLocation: SourceLocation?
  /// `anders-namelijk: anders`: choosing this option asks "Wat bedoel je precies?" at once,
  /// kept as an open answer under `<id>-namelijk` (XLSForm's "or other").
  public var namely: String?
  public var namelyLocation: SourceLocation?
  /// `vervolg: ja`: at a table, asked to each person right after their own answer to the
  /// question above it, not in a round of its own. `vervolg: nee`: a round of its own, on purpose.
  public var followUp: Bool?
  public var followUpLocation: SourceLocation?
  /// `toon: stemmen`: at a table, how many gave each answer is shown after the round.
  public var showsTally = false
  public var tallyLocation: SourceLocation?
  /// `geheim: ja`: at a table, the others look away and the answer is not shown again.
  public var isPrivate = false
  public var privateLocation: SourceLocation?
  /// A scale whose labels the writer set with `stappen:`.
  public var ownSteps = false
  public var location: SourceLocation
  /// Where each `tekst:` value starts, parallel to `text`.
  public var textLocations: [SourceLocation] = []

  public init(id: String, kind: QuestionKind, location: SourceLocation) {
    self.id = id
    self.kind = kind
    self.location = location
    self.options = kind.builtInOptions
  }

  /// The options offered, numbered from 1.
  public var offeredOptions: [Option] { options }
}

/// The kinds of question a script can ask.
public enum QuestionKind: Sendable, Equatable, Codable {
  case yesNo
  case choice
  case multiChoice
  case scale(Int)
  case open
  case number
  /// A panel statement: eens / oneens / weet ik niet, then "Waarom?".
  case statement

  /// The word a writer uses for this kind.
  public var word: String {
    switch self {
    case .yesNo: "ja/nee"
    case .choice: "keuze"
    case .multiChoice: "meerkeuze"
    case .scale(let n): "schaal \(n)"
    case .open: "open"
    case .number: "getal"
    case .statement: "stelling"
    }
  }

  /// Whether the writer lists the options with `optie:`.
  public var takesWriterOptions: Bool {
    self == .choice || self == .multiChoice
  }

  /// Whether the answer is one of a fixed set of options.
  public var isClosed: Bool {
    switch self {
    case .open, .number: false
    default: true
    }
  }

  /// The options a kind of question has without writing them: id, pictogram and label.
  var builtInOptions: [Option] {
    let options: [(String, String, String)] =
      switch self {
      case .statement: [("eens", "🙂", "Eens"), ("oneens", "🙁", "Oneens"), ("weet-niet", "🤔", "Weet ik niet")]
      case .yesNo: [("ja", "👍", "Ja"), ("nee", "👎", "Nee")]
      case .scale(3): [("1", "🙁", "Slecht"), ("2", "😐", "Gaat wel"), ("3", "🙂", "Goed")]
      case .scale:
        [
          ("1", "😞", "Heel slecht"), ("2", "🙁", "Slecht"), ("3", "😐", "Gaat wel"), ("4", "🙂", "Goed"),
          ("5", "😀", "Heel goed"),
        ]
      default: []
      }
    return options.map { Option(id: $0.0, pictogram: $0.1, label: $0.2) }
  }

}

/// One option of a closed question.
public struct Option: Sendable, Equatable, Codable {
  public var id: String
  public var pictogram: String?
  public var label: String
  public var location: SourceLocation?
  /// More words that choose this option, from the script (`optie x: 🏠 Label | woord, woord`).
  public var words: [String] = []

  enum CodingKeys: String, CodingKey { case id, pictogram, label, location }

  public init(id: String, pictogram: String?, label: String, location: SourceLocation? = nil) {
    self.id = id
    self.pictogram = pictogram
    self.label = label
    self.location = location
  }

  /// The label with its pictogram in front, as shown on screen.
  public var shown: String {
    if let pictogram { return "\(pictogram) \(label)" }
    return label
  }
}

/// A check on an answer: hard checks refuse it, soft checks ask "Klopt dat?".
public struct AnswerCheck: Sendable, Equatable {
  public var condition: Condition
  public var isSoft: Bool
  public var message: String?
  public var location: SourceLocation
}
