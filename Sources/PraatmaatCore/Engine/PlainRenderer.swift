/// Turns messages into the plain lines a pipe, a transcript or a screen reader gets.
public enum PlainRenderer {
  public static func lines(_ message: Message) -> [String] {
    switch message {
    case .say(let text), .echo(let text), .hint(let text): [text]
    case .ask(let prompt): lines(prompt)
    }
  }

  public static func lines(_ prompt: Prompt) -> [String] {
    var out = prompt.lines
    for (n, option) in prompt.options.enumerated() {
      out.append("  \(n + 1). \(option.shown)")
    }
    if let hint = prompt.hint { out.append(hint) }
    if let note = prompt.supporter { out.append(supporterLine(note)) }
    return out
  }

  /// A line for the supporter, marked as such.
  public static func supporterLine(_ note: String) -> String { "Voor de begeleider: \(note)" }

  public static func lines(_ messages: [Message]) -> [String] {
    messages.flatMap { lines($0) }
  }
}
