import PraatmaatCore

/// What the participant did at the prompt.
public enum TerminalInput: Sendable, Equatable {
  case line(String)
  /// Ctrl-C, or the terminal was closed: pause, never an answer.
  case interrupt
  /// Ctrl-D on an empty line, or the end of piped input: pause.
  case endOfInput
}

/// The seam between the conversation and a screen: readline on a TTY, plain lines on a
/// pipe, an in-memory queue in tests.
public protocol Terminal: AnyObject {
  /// Shows messages from the conversation.
  func show(_ messages: [Message])
  /// Shows a line from praatmaat itself (menu, notices).
  func note(_ line: String)
  /// Waits for one line; never times out.
  func readLine(prompt: String) -> TerminalInput
  /// Waits for one line that the others at the table must not read (`geheim: ja`): a real
  /// terminal shows a star per character and keeps no history of it.
  func readSecret(prompt: String) -> TerminalInput
  /// How many rows and columns fit on the screen, for showing a long text a screen at a
  /// time; nil where nothing scrolls away (a pipe, a test).
  var pageSize: PageSize? { get }
}

extension Terminal {
  public var pageSize: PageSize? { nil }

  /// Where nothing is on a screen (a pipe, a test), a secret line is read like any other.
  public func readSecret(prompt: String) -> TerminalInput { readLine(prompt: prompt) }

  public func note(_ lines: [String]) { lines.forEach(note) }
}

/// Told by a terminal what happens while it waits for a line, for a wrapper such as the
/// read-aloud terminal: the voice stops at the first key, and an idle hint is spoken too.
public protocol TerminalObserver: AnyObject {
  /// The first key of a new line was pressed.
  func keyPressed()
  /// The terminal showed these messages by itself while waiting (the idle hint).
  func shownWhileWaiting(_ messages: [Message])
}

/// A terminal that reports keys and its own messages while it waits for a line.
public protocol ObservableTerminal: Terminal {
  var observer: (any TerminalObserver)? { get set }
}

/// The rows and columns of a screen.
public struct PageSize: Sendable, Equatable {
  public var rows: Int
  public var columns: Int

  public init(rows: Int, columns: Int) { (self.rows, self.columns) = (rows, columns) }

  /// The rows a line takes when it wraps at the screen's edge.
  public func rows(of line: String) -> Int {
    max(1, (line.count + columns - 1) / max(columns, 1))
  }
}
