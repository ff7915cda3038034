/// What the municipality says back to participants (`--reactie`), each part tied to the advice,
/// statement or question it answers.
///
/// The file is plain text, one sentence a line. A line `Over: …` names what the lines after it
/// answer (a statement of the panel, a question, or an advice in the participants' own words);
/// lines before any `Over:` are about everything. `#` starts a comment line.
public struct ParticipantReaction: Sendable, Equatable {
  public struct Part: Sendable, Equatable, Codable {
    /// What the lines answer; nil for lines about everything.
    public var about: String?
    public var lines: [String]
  }

  public var parts: [Part] = []

  public init(lines: [String]) {
    for raw in lines {
      let line = raw.trimmingWhitespace()
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      if let about = Self.about(line) {
        parts.append(Part(about: about, lines: []))
      } else if parts.isEmpty {
        parts.append(Part(about: nil, lines: [line]))
      } else {
        parts[parts.count - 1].lines.append(line)
      }
    }
    parts.removeAll { $0.lines.isEmpty }
  }

  public var isEmpty: Bool { parts.isEmpty }

  /// The text after `Over:`, without quotes around it.
  static func about(_ line: String) -> String? {
    guard line.lowercased().hasPrefix("over:") else { return nil }
    let text = line.dropFirst(5).trimmingWhitespace()
    let quotes: Set<Character> = ["\"", "“", "”", "‘", "’", "'"]
    return String(text.drop { quotes.contains($0) }.reversed().drop { quotes.contains($0) }.reversed())
  }
}
