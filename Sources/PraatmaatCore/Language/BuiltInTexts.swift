import Foundation

/// A named list of praatmaat's own sentences and the level they are written at.
public struct TextGroup: Sendable, Equatable {
  /// Where the texts come from, such as `Phrases`; shown in diagnostics and the table.
  public var name: String
  public var level: LanguageLevel
  public var texts: [String]

  public init(name: String, level: LanguageLevel, texts: [String]) {
    self.name = name
    self.level = level
    self.texts = texts
  }
}

/// Every sentence the core itself shows, for `praatmaat check`: participants' texts at A2
/// (including the report back to them), the supporter's command help at B1. The app adds
/// its own groups (the menu).
///
/// A new fixed sentence in the engine belongs in one of these lists; otherwise nothing
/// checks its language.
public enum BuiltInTexts {
  public static var groups: [TextGroup] {
    let consent = Consent.all
    let group = GroupPhrases.all
    let phrases =
      Phrases.all.filter { !consent.contains($0) && !group.contains($0) } + [
        numbered(Phrases.numberBetween, 0, 7), numbered(Phrases.numberAtLeast, 16),
        numbered(Phrases.numberAtMost, 10), numbered(Phrases.numberOnly, 1),
        numbered(Phrases.chooseBetween, 1, 3), numbered(Phrases.chooseAtLeast, 2),
        numbered(Phrases.chooseAtMost, 2), numbered(Phrases.chooseExactly, 2),
        Phrases.chooseAlone.replacingOccurrences(of: "%@", with: "Niets"),
      ]
    let kinds: [QuestionKind] = [.yesNo, .scale(5), .scale(3), .statement]
    let options = kinds.flatMap {
      Question(id: "x", kind: $0, location: SourceLocation(line: 0, column: 0)).options.map(\.label)
    }
    let supporter =
      SupporterCommand.helpLines + SupporterCommand.tableHelpLines + [SupporterCommand.emptyNoteLine]
      + AnsweredBy.allCases.map(SupporterCommand.marked)
    return [
      TextGroup(name: "Phrases", level: .a2, texts: unique(phrases)),
      TextGroup(name: "Consent", level: .a2, texts: consent),
      TextGroup(name: "GroupPhrases", level: .a2, texts: group),
      TextGroup(name: "Antwoorden", level: .a2, texts: unique(options)),
      TextGroup(name: "ParticipantReport", level: .a2, texts: ParticipantReport.texts),
      TextGroup(name: "SupporterCommand", level: .b1, texts: supporter),
    ]
  }

  /// A `%d` phrase with example numbers, as the participant sees it.
  static func numbered(_ format: String, _ numbers: Int...) -> String {
    numbers.reduce(format) { Phrases.filled($0, $1) }
  }

  static func unique(_ texts: [String]) -> [String] {
    var seen = Set<String>()
    return texts.filter { seen.insert($0).inserted }
  }
}
