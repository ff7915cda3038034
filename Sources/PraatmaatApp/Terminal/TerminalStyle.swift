import Foundation
import PraatmaatCore

/// How lines look: colour only on a real terminal, and never the only signal.
public struct TerminalStyle: Sendable {
  public var colour: Bool
  /// Extra spacing between lines and options, for people with low vision.
  public var large = false

  public init(colour: Bool, large: Bool = false) {
    self.colour = colour
    self.large = large
  }

  /// Colour when stdout is a TTY, TERM is not `dumb` and `NO_COLOR` is unset.
  public static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> TerminalStyle
  {
    let tty = isatty(STDOUT_FILENO) == 1
    let term = environment["TERM"] ?? ""
    let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return TerminalStyle(colour: tty && term != "dumb" && !term.isEmpty && !noColour)
  }

  /// Screen lines for messages, with a blank line before each question
  /// (and between all lines in the large layout).
  public func lines(_ messages: [Message]) -> [String] {
    let out = plainLines(messages)
    guard large else { return out }
    return out.filter { !$0.isEmpty }.flatMap { ["", "   " + $0] }
  }

  private func plainLines(_ messages: [Message]) -> [String] {
    var out: [String] = []
    for message in messages {
      switch message {
      case .say(let text): out.append(TextSafety.clean(text))
      case .ask(let prompt):
        out.append("")
        let shown = PlainRenderer.lines(prompt).map(TextSafety.clean)
        for (i, line) in shown.enumerated() {
          out.append(
            i < prompt.lines.count
              ? paint(line, "1") : i < prompt.lines.count + prompt.options.count ? line : paint(line, "2"))
        }
      case .echo(let text): out.append(paint("✓ " + TextSafety.clean(text), "32"))
      case .hint(let text): out.append(paint(TextSafety.clean(text), "33"))
      }
    }
    return out
  }

  func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// The prompt, with colour codes wrapped so readline counts its width right.
  public var prompt: String { colour ? "\u{01}\u{1B}[1;36m\u{02}> \u{01}\u{1B}[0m\u{02}" : "> " }
}
