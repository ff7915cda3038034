import Foundation

/// Expected conversations for one script: bot lines and the replies typed.
///
/// ```
/// === Woont bij haar ouders
/// seed: 2
/// modus: echt
/// Waar woon je?
/// ...
/// > 1
/// Je koos: 🏠 Bij mijn ouders
/// [einde]
/// ```
public struct Transcript: Sendable, Equatable {
  public var cases: [Case]

  public struct Case: Sendable, Equatable {
    public var name: String
    public var seed: UInt64 = 0
    /// `modus: echt`: played with the real anonymiser and nickname check, and with the
    /// supporter's review of every free-text answer, as in a conversation on a terminal.
    public var production = false
    public var steps: [Step] = []
    public var location: SourceLocation
  }

  public enum Step: Sendable, Equatable {
    /// The bot says this line next (spaces folded).
    case expect(String, SourceLocation)
    /// Any number of lines until the next expected one.
    case skip(SourceLocation)
    /// The participant types this.
    case input(String, SourceLocation)
    case expectFinished(SourceLocation)
    case expectPaused(SourceLocation)
  }

  /// Parses a transcript file; problems are located like script diagnostics.
  public static func parse(_ source: String, fileName: String) -> (Transcript, [Diagnostic]) {
    var cases: [Case] = []
    var problems: [Diagnostic] = []
    // `modus: echt` before the first case is for every case.
    var production = false
    for (n, raw) in ScriptParser.lines(of: source).enumerated() {
      let line = String(raw)
      let at = SourceLocation(line: n + 1, column: 1)
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if trimmed.hasPrefix("===") {
        let name = trimmed.drop { $0 == "=" }.trimmingWhitespace()
        var made = Case(name: name.isEmpty ? "test \(cases.count + 1)" : name, location: at)
        made.production = production
        cases.append(made)
        continue
      }
      if trimmed.lowercased().hasPrefix("modus:") {
        let mode = trimmed.dropFirst(6).trimmingWhitespace().lowercased()
        guard mode == "echt" || mode == "test" else {
          problems.append(
            Diagnostic(
              file: fileName, location: at, code: .transcriptSyntax,
              message: "Na 'modus:' hoort 'echt' (met het echte anonimiseren en nakijken) of 'test'."))
          continue
        }
        if cases.isEmpty {
          production = mode == "echt"
        } else {
          cases[cases.count - 1].production = mode == "echt"
        }
        continue
      }
      if cases.isEmpty {
        cases.append(Case(name: "test 1", location: at))
        cases[0].production = production
      }
      let step: Step
      if trimmed.hasPrefix(">") {
        step = .input(String(trimmed.dropFirst()).trimmingWhitespace(), at)
      } else if trimmed == "..." || trimmed == "…" {
        step = .skip(at)
      } else if trimmed.lowercased() == "[einde]" {
        step = .expectFinished(at)
      } else if trimmed.lowercased() == "[pauze]" {
        step = .expectPaused(at)
      } else if trimmed.lowercased().hasPrefix("seed:") {
        guard let seed = UInt64(trimmed.dropFirst(5).trimmingWhitespace()) else {
          problems.append(
            Diagnostic(
              file: fileName, location: at, code: .transcriptSyntax,
              message: "Na 'seed:' hoort een heel getal."))
          continue
        }
        cases[cases.count - 1].seed = seed
        continue
      } else {
        step = .expect(Self.fold(trimmed), at)
      }
      cases[cases.count - 1].steps.append(step)
    }
    return (Transcript(cases: cases), problems)
  }

  /// Whether a line means more than "the bot says this" in a transcript.
  static func isSyntax(_ line: String) -> Bool {
    let lower = line.lowercased()
    return ["#", ">", "===", "...", "…", "seed:", "modus:"].contains { lower.hasPrefix($0) }
      || lower == "[einde]" || lower == "[pauze]"
  }

  static func fold(_ line: String) -> String {
    line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}
