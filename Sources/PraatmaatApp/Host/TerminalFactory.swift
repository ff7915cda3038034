import Foundation

/// Picks the terminal: readline when stdin is a TTY, plain lines otherwise.
public enum TerminalFactory {
  public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

  public static func make() -> (terminal: any Terminal, prompt: String) {
    if isInteractive {
      let style = TerminalStyle.forStandardOutput()
      return (ReadlineTerminal(style: style), style.prompt)
    }
    SignalFlags.install()
    return (PlainTerminal(), "")
  }
}
