import Foundation

/// A piece of a text and where it starts, counted in characters from the start of that text,
/// so a diagnostic can point at the very word.
public struct TextSpan: Sendable, Equatable {
  public var text: String
  public var offset: Int

  public init(text: String, offset: Int) { (self.text, self.offset) = (text, offset) }
}

/// Splits Dutch text into sentences and words for the language rules.
public enum Sentences {
  /// Sentences end at `.`, `!` or `?` followed by a space or the end.
  public static func split(_ text: String) -> [String] {
    sentenceSpans(text).map(\.text)
  }

  /// Words: runs of letters or digits (with inner apostrophes and hyphens).
  public static func words(_ text: String) -> [String] {
    wordSpans(text).map(\.text)
  }

  /// The sentences of `text`, trimmed, each with the offset of its first character.
  /// A full stop inside a number ("3.50") or a word ("a.u.b.") does not end a sentence:
  /// only one followed by a space or the end of the text does. Nor does a full stop with a
  /// small letter after it: "Neem bijv. je pas mee." is one sentence.
  public static func sentenceSpans(_ text: String) -> [TextSpan] {
    var result: [TextSpan] = []
    let chars = Array(text)
    var start = 0
    func endsSentence(_ i: Int) -> Bool {
      guard ".!?".contains(chars[i]) else { return false }
      guard i + 1 < chars.count else { return true }
      guard chars[i + 1] == " " else { return false }
      guard chars[i] == "." else { return true }
      let next = chars[(i + 1)...].first { $0 != " " }
      return !(next.map { $0.isLetter && $0.isLowercase } ?? false)
    }
    func close(_ end: Int) {
      let piece = chars[start..<end]
      let lead = piece.prefix { $0.isWhitespace }.count
      let trimmed = String(piece.dropFirst(lead)).trimmingWhitespace()
      if !wordSpans(trimmed).isEmpty { result.append(TextSpan(text: trimmed, offset: start + lead)) }
      start = end
    }
    for i in chars.indices where endsSentence(i) { close(i + 1) }
    if start < chars.count { close(chars.count) }
    return result
  }

  /// The words of `text`, each with the offset of its first character.
  /// A `.` or `,` between two digits stays inside the word, so "3,50" is one word.
  public static func wordSpans(_ text: String) -> [TextSpan] {
    let chars = Array(text)
    var result: [TextSpan] = []
    var i = 0
    func inWord(_ j: Int) -> Bool {
      let c = chars[j]
      if c.isLetter || c.isNumber || c == "'" || c == "’" || c == "-" { return true }
      return (c == "." || c == ",") && j > 0 && j + 1 < chars.count && chars[j - 1].isNumber
        && chars[j + 1].isNumber
    }
    while i < chars.count {
      guard inWord(i) else {
        i += 1
        continue
      }
      var end = i
      while end < chars.count, inWord(end) { end += 1 }
      // Quotes and dashes around a word ('pauze', -ook-) are punctuation, not part of it.
      var from = i
      var to = end
      while from < to, "'’-".contains(chars[from]) { from += 1 }
      while to > from, "'’-".contains(chars[to - 1]) { to -= 1 }
      let word = chars[from..<to]
      if word.contains(where: { $0.isLetter || $0.isNumber }) {
        result.append(TextSpan(text: String(word), offset: from))
      }
      i = end
    }
    return result
  }

  /// The text split at white space, with offsets: for rules that need the punctuation
  /// around a word, such as the full stop of an abbreviation ("bijv.").
  static func tokenSpans(_ text: String) -> [TextSpan] {
    var result: [TextSpan] = []
    var current = ""
    var start = 0
    for (i, c) in text.enumerated() {
      if c.isWhitespace {
        if !current.isEmpty { result.append(TextSpan(text: current, offset: start)) }
        current = ""
      } else {
        if current.isEmpty { start = i }
        current.append(c)
      }
    }
    if !current.isEmpty { result.append(TextSpan(text: current, offset: start)) }
    return result
  }
}
