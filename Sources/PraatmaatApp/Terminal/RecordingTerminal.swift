import PraatmaatCore

/// A terminal that keeps, in memory, every line typed on the terminal it wraps: for a
/// transcript of a trial conversation. Ctrl-C and the end of input are kept as `/pauze`,
/// which is what they do in a conversation.
public final class RecordingTerminal: Terminal {
  let inner: any Terminal
  public private(set) var typed: [String] = []

  public init(_ inner: any Terminal) { self.inner = inner }

  public func show(_ messages: [Message]) { inner.show(messages) }
  public func note(_ line: String) { inner.note(line) }

  public func readLine(prompt: String) -> TerminalInput { keep(inner.readLine(prompt: prompt)) }
  public func readSecret(prompt: String) -> TerminalInput { keep(inner.readSecret(prompt: prompt)) }

  private func keep(_ input: TerminalInput) -> TerminalInput {
    switch input {
    case .line(let text): typed.append(text)
    case .interrupt, .endOfInput: typed.append("/pauze")
    }
    return input
  }
}
