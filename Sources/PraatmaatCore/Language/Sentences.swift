import Foundation

/// Splits Dutch text into sentences and words for the language rules.
public enum Sentences {
  /// Sentences end at `.`, `!` or `?` followed by a space or the end.
  public static func split(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    let chars = Array(text)
    for (i, c) in chars.enumerated() {
      current.append(c)
      if ".!?".contains(c), i + 1 == chars.count || chars[i + 1] == " " {
        let trimmed = current.trimmingCharacters(in: .whitespaces)
        if !words(trimmed).isEmpty { result.append(trimmed) }
        current = ""
      }
    }
    let rest = current.trimmingCharacters(in: .whitespaces)
    if !words(rest).isEmpty { result.append(rest) }
    return result
  }

  /// Words: runs of letters or digits (with inner apostrophes and hyphens).
  public static func words(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'-")) }
      .filter { !$0.isEmpty && $0.contains(where: { $0.isLetter || $0.isNumber }) }
  }
}
