import Foundation
import PraatmaatCore

/// Reads text aloud without blocking: a new text stops the one before.
public protocol Speaker: AnyObject {
  func speak(_ text: String)
  func stop()
  /// Waits until the current text is spoken (at the end of a session).
  func finish()
}

/// espeak-ng with a Dutch voice, as a child process fed on stdin.
public final class EspeakSpeaker: Speaker {
  /// Words per minute; espeak-ng's default of 175 is too fast for many participants.
  public static let calmRate = 140
  let executable: String
  let rate: Int
  private var current: Process?

  /// nil when espeak-ng is not installed.
  public init?(rate: Int = calmRate, environment: [String: String] = ProcessInfo.processInfo.environment) {
    guard let path = Self.find("espeak-ng", in: environment["PATH"] ?? "/usr/bin:/bin") else { return nil }
    executable = path
    self.rate = min(400, max(60, rate))
  }

  static func find(_ name: String, in path: String) -> String? {
    path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  public func speak(_ text: String) {
    stop()
    guard !text.isEmpty else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-v", "nl", "-s", String(rate), "--stdin"]
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return
    }
    input.fileHandleForWriting.write(Data(text.utf8))
    try? input.fileHandleForWriting.close()
    current = process
  }

  public func stop() {
    if let current, current.isRunning { current.terminate() }
    current = nil
  }

  public func finish() {
    current?.waitUntilExit()
    current = nil
  }

  deinit { stop() }
}

/// A terminal that also reads aloud what the bot says. Everything shown since the last
/// answer is spoken as one text when the bot waits; the first key typed stops the voice
/// (on a real terminal), and so does the answer.
public final class SpeakingTerminal: Terminal, TerminalObserver {
  let inner: any Terminal
  let speaker: any Speaker
  private var unspoken: [Message] = []

  public init(_ inner: any Terminal, speaker: any Speaker) {
    self.inner = inner
    self.speaker = speaker
    (inner as? any ObservableTerminal)?.observer = self
  }

  public func show(_ messages: [Message]) {
    inner.show(messages)
    unspoken += messages
  }

  public func note(_ line: String) {
    inner.note(line)
    unspoken.append(.say(line))
  }

  public func readLine(prompt: String) -> TerminalInput {
    flush()
    let input = inner.readLine(prompt: prompt)
    speaker.stop()
    return input
  }

  public func readSecret(prompt: String) -> TerminalInput {
    flush()
    let input = inner.readSecret(prompt: prompt)
    speaker.stop()
    return input
  }

  public var pageSize: PageSize? { inner.pageSize }

  public func keyPressed() { speaker.stop() }

  public func shownWhileWaiting(_ messages: [Message]) { speaker.speak(SpeechText.of(messages)) }

  private func flush() {
    guard !unspoken.isEmpty else { return }
    speaker.speak(SpeechText.of(unspoken))
    unspoken = []
  }

  /// The last words of a session are spoken to the end.
  deinit {
    flush()
    speaker.finish()
  }
}
