import Foundation

/// A named list of praatmaat's own sentences and the level they are written at.
public struct TextGroup: Sendable, Equatable {
  /// Where the texts come from, such as `Phrases`; shown in diagnostics and the table.
  public var name: String
  public var level: LanguageLevel
  public var texts: [String]
  /// For texts read from a file: the file, where each text starts, and the file's lines,
  /// so a problem points at the line to change.
  public var file: String?
  public var locations: [SourceLocation]?
  public var source: String?

  public init(name: String, level: LanguageLevel, texts: [String]) {
    self.name = name
    self.level = level
    self.texts = texts
  }

  /// The sentences of a table (`Content/teksten`), each at its own line of the file.
  public init(name: String, level: LanguageLevel, table: PhraseBook) {
    var seen = Set<String>()
    let located = table.locatedSentences.filter { seen.insert($0.text).inserted }
    self.init(name: name, level: level, texts: located.map(\.text))
    file = table.file
    locations = located.map(\.location)
    source = table.source
  }
}

/// Every sentence the core itself shows, for `praatmaat check`: participants' texts at A2
/// (including the report back to them), the supporter's command help at B1. The app adds
/// its own groups (the menu).
///
/// A new fixed sentence in the engine belongs in one of these lists; otherwise nothing
/// checks its language.
public enum BuiltInTexts {
  /// The groups of fixed sentences; `texts` is the table the participant reads (the one in
  /// `Content/teksten` that `praatmaat check` was given).
  public static func groups(_ texts: PhraseBook) -> [TextGroup] {
    let kinds: [QuestionKind] = [.yesNo, .scale(5), .scale(3), .statement]
    let options = kinds.flatMap {
      Question(id: "x", kind: $0, location: SourceLocation(line: 0, column: 0)).options.map(\.label)
    }
    let supporter =
      SupporterCommand.helpLines + SupporterCommand.tableHelpLines + [SupporterCommand.emptyNoteLine]
      + AnsweredBy.allCases.map(SupporterCommand.marked)
    return [
      TextGroup(name: "teksten", level: .a2, table: texts),
      TextGroup(name: "Antwoorden", level: .a2, texts: unique(options)),
      TextGroup(name: "ParticipantReport", level: .a2, texts: ParticipantReport.texts),
      TextGroup(name: "SupporterCommand", level: .b1, texts: supporter),
    ]
  }

  static func unique(_ texts: [String]) -> [String] {
    var seen = Set<String>()
    return texts.filter { seen.insert($0).inserted }
  }
}
