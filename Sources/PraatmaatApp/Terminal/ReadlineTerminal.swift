import CReadline
import Foundation
import PraatmaatCore

/// GNU readline on a real terminal: line editing with accents, in-memory history only
/// (never a history file: answers are personal data), tab completion of the built-in
/// words, and Ctrl-C / Ctrl-D / a closed terminal as a pause.
///
/// readline's state is global, so there is one owner: create at most one of these.
public final class ReadlineTerminal: ObservableTerminal {
  private let style: TerminalStyle
  /// The calm lines after a long silence; none: no hint.
  private let idleHint: [String]
  /// Hears about the first key of each line and about the idle hint.
  public weak var observer: (any TerminalObserver)?
  /// After this long without a key, one calm hint; never a time-out.
  static let idleSeconds: Int32 = 120

  public init(style: TerminalStyle, idleHint: [String] = []) {
    self.style = style
    self.idleHint = idleHint
    UTF8Locale.install()
    using_history()
    stifle_history(50)
    Completion.install()
    SignalFlags.install()
  }

  deinit {
    // Forget what was typed before the process ends.
    clear_history()
  }

  public func show(_ messages: [Message]) {
    print(style.lines(messages).joined(separator: "\n"))
  }

  public func note(_ line: String) {
    print(TextSafety.clean(line))
  }

  public func readLine(prompt: String) -> TerminalInput { read(prompt: prompt, secret: false) }

  /// The size of the terminal window now (it can be resized between pages).
  public var pageSize: PageSize? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else {
      return PageSize(rows: 24, columns: 80)
    }
    return PageSize(rows: Int(size.ws_row), columns: Int(size.ws_col))
  }

  public func readSecret(prompt: String) -> TerminalInput {
    praatmaat_readline_secret(1)
    defer { praatmaat_readline_secret(0) }
    return read(prompt: prompt, secret: true)
  }

  private func read(prompt: String, secret: Bool) -> TerminalInput {
    fflush(nil)
    LineBox.line = nil
    LineBox.done = false
    rl_callback_handler_install(
      prompt,
      { raw in
        // Removed here, readline does not draw the prompt again on the next line: that left
        // a stray "> " on the screen before output starting with a blank line.
        rl_callback_handler_remove()
        LineBox.done = true
        if let raw {
          LineBox.line = String(cString: raw)
          free(raw)
        } else {
          LineBox.line = nil
        }
      })
    defer { rl_callback_handler_remove() }
    var hinted = idleHint.isEmpty
    var typing = false
    while !LineBox.done {
      if SignalFlags.interrupted {
        rl_callback_sigcleanup()
        rl_free_line_state()
        print("")
        return .interrupt
      }
      if SignalFlags.windowResized { rl_resize_terminal() }
      var fds = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      let ready = poll(&fds, 1, hinted ? -1 : Self.idleSeconds * 1000)
      if ready < 0 { continue }  // EINTR: look at the flags again
      if ready == 0 {
        hinted = true
        let hint = idleHint.map(Message.hint)
        print("\n" + style.lines(hint).joined(separator: "\n"))
        observer?.shownWhileWaiting(hint)
        rl_on_new_line()
        rl_redisplay()
        continue
      }
      if fds.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0, fds.revents & Int16(POLLIN) == 0 {
        return .interrupt
      }
      if !typing {
        typing = true
        observer?.keyPressed()
      }
      rl_callback_read_char()
    }
    guard let line = LineBox.line else {
      print("")
      return .endOfInput
    }
    if !secret, !line.trimmingCharacters(in: .whitespaces).isEmpty { add_history(line) }
    return .line(line)
  }
}

/// Where readline's C callback leaves the line; only touched on the owning thread.
private enum LineBox {
  nonisolated(unsafe) static var line: String?
  nonisolated(unsafe) static var done = false
}

/// Tab completion over the built-in replies, never over file names.
private enum Completion {
  nonisolated(unsafe) static var words: [String] = []
  nonisolated(unsafe) static var index = 0

  static func install() {
    words = BuiltInReply.completionWords + SupporterCommands.completionWords
    praatmaat_readline_setup { text, _, _ in
      praatmaat_readline_no_filenames()
      return rl_completion_matches(text) { text, state in
        guard let text else { return nil }
        let prefix = String(cString: text).lowercased()
        if state == 0 { Completion.index = 0 }
        while Completion.index < Completion.words.count {
          let word = Completion.words[Completion.index]
          Completion.index += 1
          if word.hasPrefix(prefix) { return strdup(word) }
        }
        return nil
      }
    }
  }
}
