import Foundation
import PraatmaatCore

/// Reads one answer per line from a pipe or file and writes plain text: no colour,
/// no cursor movement. Invalid UTF-8 becomes U+FFFD; very long lines are cut.
public final class PlainTerminal: Terminal {
  /// Longer lines are cut here; the engine then says the answer is too long.
  static let maximumLineBytes = 1 << 20
  private let descriptor: Int32
  private var buffer = Data()
  private var atEnd = false

  public init(descriptor: Int32 = STDIN_FILENO) {
    self.descriptor = descriptor
  }

  public func show(_ messages: [Message]) {
    write(PlainRenderer.lines(messages).map(TextSafety.clean))
  }

  public func note(_ line: String) { write([TextSafety.clean(line)]) }

  private func write(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    FileHandle.standardOutput.write((lines.joined(separator: "\n") + "\n").data(using: .utf8)!)
  }

  public func readLine(prompt: String) -> TerminalInput {
    if SignalFlags.interrupted { return .interrupt }
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = buffer[buffer.startIndex..<newline]
        buffer.removeSubrange(buffer.startIndex...newline)
        return .line(Self.decode(line))
      }
      if buffer.count > Self.maximumLineBytes {
        // Keep reading until the newline, but remember only the start of the line.
        let head = buffer.prefix(Self.maximumLineBytes)
        buffer = Data()
        discardRestOfLine()
        return .line(Self.decode(head))
      }
      if atEnd {
        guard !buffer.isEmpty else { return .endOfInput }
        let line = buffer
        buffer = Data()
        return .line(Self.decode(line))
      }
      guard let chunk = readChunk() else { return .interrupt }
      if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
    }
  }

  private func discardRestOfLine() {
    while true {
      guard let chunk = readChunk(), !chunk.isEmpty else {
        atEnd = true
        return
      }
      if let newline = chunk.firstIndex(of: 0x0A) {
        buffer = chunk[chunk.index(after: newline)...]
        return
      }
    }
  }

  /// One read; nil when a signal asked us to stop. An empty chunk is the end of input.
  private func readChunk() -> Data? {
    var bytes = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      if SignalFlags.interrupted { return nil }
      // Wait for input or for a signal's byte on the wake pipe: a signal delivered to another
      // thread does not interrupt this thread's read.
      var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
      if SignalFlags.wakeDescriptor >= 0 {
        fds.append(pollfd(fd: SignalFlags.wakeDescriptor, events: Int16(POLLIN), revents: 0))
      }
      let ready = poll(&fds, nfds_t(fds.count), -1)
      if ready < 0 {
        if errno == EINTR { continue }
      } else if fds.count > 1, fds[1].revents != 0, SignalFlags.interrupted {
        return nil
      }
      let n = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if n >= 0 { return Data(bytes[0..<n]) }
      if errno == EINTR {
        if SignalFlags.interrupted { return nil }
        continue
      }
      return Data()
    }
  }

  static func decode(_ bytes: Data) -> String {
    var s = String(decoding: bytes, as: UTF8.self)
    if s.hasSuffix("\r") { s.removeLast() }
    return s
  }
}
