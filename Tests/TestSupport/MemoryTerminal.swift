import PraatmaatApp
import PraatmaatCore

/// An in-memory terminal: a queue of typed lines in, the plain lines shown out.
/// When the queue is empty it reports the end of input, like a closed pipe.
public final class MemoryTerminal: Terminal {
  public private(set) var output: [String] = []
  private var input: [TerminalInput]
  /// The screen, for a terminal that shows a long text a screen at a time.
  public var pageSize: PageSize?

  public init(typing lines: [String]) {
    input = lines.map(TerminalInput.line)
  }

  public init(inputs: [TerminalInput]) {
    input = inputs
  }

  public func show(_ messages: [Message]) {
    output += PlainRenderer.lines(messages)
  }

  public func note(_ line: String) {
    output.append(line)
  }

  public func readLine(prompt: String) -> TerminalInput {
    input.isEmpty ? .endOfInput : input.removeFirst()
  }

  /// Whether every line typed was read.
  public var allRead: Bool { input.isEmpty }
}
