import Foundation

/// A writer's comment `# taal: T007 mag hier, omdat …`: one language warning accepted on
/// purpose on the line below, with the reason written down for the next writer.
///
/// Like `// swiftlint:disable:next`, but in words a writer reads without training. Errors
/// cannot be accepted, and an allowance without a reason is itself an error (T011): the
/// reason is what keeps the exception honest.
public struct LanguageAllowance: Sendable, Equatable {
  public var code: DiagnosticCode
  /// The line the warning stands on: the first line below that is no `# taal:` comment.
  public var targetLine: Int
  /// Where the code stands in the comment, for a diagnostic about the allowance itself.
  public var location: SourceLocation
  public var reason: String

  /// Every allowance in a script's lines; broken ones come back as T011 diagnostics.
  public static func read(_ lines: [Substring], file: String) -> (
    allowances: [LanguageAllowance], problems: [Diagnostic]
  ) {
    var allowances: [LanguageAllowance] = []
    var problems: [Diagnostic] = []
    for (index, line) in lines.enumerated() {
      guard let comment = Comment(line) else { continue }
      let number = index + 1
      var target = number + 1
      while target <= lines.count, Comment(lines[target - 1]) != nil { target += 1 }
      func problem(_ column: Int, _ message: String, _ hint: String) {
        problems.append(
          Diagnostic(
            file: file, location: SourceLocation(line: number, column: column),
            code: .unknownAllow, message: message, hint: hint))
      }
      let example = "Schrijf zo: # taal: T007 mag hier, omdat …"
      if comment.codes.isEmpty {
        problem(comment.restColumn, "Na '# taal:' staat geen code.", example)
        continue
      }
      if comment.reason.isEmpty {
        problem(
          comment.hashColumn, "Bij deze uitzondering staat geen reden.",
          "Zeg waarom het hier mag. \(example)")
        continue
      }
      for (word, column) in comment.codes {
        guard let code = DiagnosticCode(rawValue: word.uppercased()), code.rawValue.hasPrefix("T")
        else {
          problem(
            column, "'\(word)' is geen code van een taalregel.",
            "Gebruik een code die begint met T, zoals T005. De lijst staat in Content/README.md.")
          continue
        }
        guard code.defaultSeverity == .warning else {
          problem(
            column, "\(code.rawValue) is een fout. Een fout kun je niet toestaan.",
            "Los de fout op. Alleen een waarschuwing mag je toestaan.")
          continue
        }
        allowances.append(
          LanguageAllowance(
            code: code, targetLine: target, location: SourceLocation(line: number, column: column),
            reason: comment.reason))
      }
    }
    return (allowances, problems)
  }

  /// The diagnostics without the warnings that were accepted; an allowance that accepted
  /// nothing becomes a T011 warning, so a stale comment does not hide a future warning.
  public static func apply(
    _ allowances: [LanguageAllowance], to diagnostics: [Diagnostic], file: String
  ) -> [Diagnostic] {
    var used = Set<Int>()
    var kept: [Diagnostic] = []
    for d in diagnostics {
      let match = allowances.indices.first {
        allowances[$0].code == d.code && allowances[$0].targetLine == d.location.line
      }
      if let match, d.severity == .warning {
        used.insert(match)
      } else {
        kept.append(d)
      }
    }
    for (i, allowance) in allowances.enumerated() where !used.contains(i) {
      kept.append(
        Diagnostic(
          file: file, location: allowance.location, severity: .warning, code: .unknownAllow,
          message: "Op de regel hieronder staat geen \(allowance.code.rawValue)-waarschuwing.",
          hint: "Haal deze regel weg, of zet hem direct boven de regel met de waarschuwing."))
    }
    return kept
  }

  /// A `# taal:` comment taken apart: the codes with their columns, and the reason.
  struct Comment {
    var hashColumn: Int
    var restColumn: Int
    var codes: [(String, Int)] = []
    var reason = ""

    init?(_ line: Substring) {
      let chars = Array(line)
      var i = 0
      while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
      guard i < chars.count, chars[i] == "#" else { return nil }
      hashColumn = i + 1
      i += 1
      while i < chars.count, chars[i] == " " { i += 1 }
      guard String(chars[i...]).lowercased().hasPrefix("taal:") else { return nil }
      i += 5
      while i < chars.count, chars[i] == " " { i += 1 }
      restColumn = i + 1
      // Codes come first: "T005", "T005, T009" or "T005 en T009".
      while i < chars.count {
        var j = i
        while j < chars.count, chars[j].isLetter || chars[j].isNumber { j += 1 }
        let word = String(chars[i..<j])
        let isCode = word.count == 4 && word.first!.isLetter && word.dropFirst().allSatisfy(\.isNumber)
        if isCode {
          codes.append((word, i + 1))
        } else if word.lowercased() != "en" || codes.isEmpty {
          break
        }
        i = j
        while i < chars.count, chars[i] == " " || chars[i] == "," { i += 1 }
      }
      reason = Self.reason(String(chars[min(i, chars.count)...]))
    }

    /// What is left after "mag hier" and "omdat": empty when no real words follow.
    static func reason(_ text: String) -> String {
      var rest = text.trimmingWhitespace()
      for lead in ["mag hier", "mogen hier", ",", ":", "-", "–", "omdat", "want"] {
        if rest.lowercased().hasPrefix(lead) {
          rest = String(rest.dropFirst(lead.count)).trimmingWhitespace()
        }
      }
      return Sentences.words(rest).filter { $0.contains(where: \.isLetter) }.count >= 2 ? rest : ""
    }
  }
}
