import Foundation
import TestSupport
import Testing

@testable import PraatmaatCore

/// A real terminal for end-to-end tests: `praatmaat` runs in a tmux pane on a private server
/// (`tmux -L praatmaat-test-…`), keys are typed with `send-keys` and the screen is read with
/// `capture-pane`. The server is killed when the value goes away.
final class TmuxSession {
  /// The tmux program on PATH, or nil: the tests that need it fail (see `ExternalTool`).
  static let program: String? = ExternalTool.find("tmux")

  static var available: Bool { program != nil && CLI.available }

  let sandbox: Sandbox
  let socket = "praatmaat-test-\(UUID().uuidString.prefix(8).lowercased())"
  let config: String
  let environment: [String: String]
  /// The pane of the last `launch`.
  private(set) var pane = ""
  private var windows = 0

  /// A tmux server for one sandbox; `colour: false` sets NO_COLOR inside.
  init(_ sandbox: Sandbox, colour: Bool = false) throws {
    self.sandbox = sandbox
    config = sandbox.root.path("tmux.conf")
    // remain-on-exit keeps the last screen and the exit status after praatmaat ends.
    try Data(
      """
      set -g default-terminal xterm-256color
      set -g remain-on-exit on
      set -g status off
      set -g history-limit 5000
      set -g allow-rename off

      """.utf8
    ).write(to: URL(fileURLWithPath: config))
    var environment = sandbox.environment
    // The socket lives in the sandbox too, so nothing is left in /tmp/tmux-<uid>.
    environment["TMUX_TMPDIR"] = sandbox.root.folder("tmux").path
    environment["TERM"] = "xterm-256color"
    environment["NO_COLOR"] = colour ? nil : "1"
    self.environment = environment
  }

  deinit { _ = try? tmux(["kill-server"]) }

  /// Runs one tmux command on this server and returns what it printed.
  ///
  /// Not with `Process`: the server that `new-session` forks would inherit the test runner's
  /// descriptors (Process then never sees its child end) and its blocked signals. posix_spawn
  /// starts tmux with no descriptors but stdio and every signal unblocked and at its default.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let program = try #require(Self.program, "tmux is not installed")
    let output = sandbox.root.path("tmux-\(UUID().uuidString).out")
    defer { unlink(output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    _ = spawnCloseFrom(&actions, 3)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    var all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([program, "-u", "-L", socket, "-f", config] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
    try #require(spawned == 0, "tmux did not start: \(String(cString: strerror(spawned)))")
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
  }

  /// Starts `praatmaat arguments` in a new window of `width` × `height` and makes it the pane
  /// that keys go to.
  func launch(_ arguments: [String], width: Int = 80, height: Int = 30) throws {
    let executable = try #require(CLI.executable, "build the praatmaat executable first")
    // The shell only waits and writes the exit status on the screen (tmux's own pane status
    // is not always filled in); its trap is reset in praatmaat, so Ctrl-C reaches praatmaat.
    let run = ([executable.path] + arguments).map(Self.quoted).joined(separator: " ")
    try launch(
      command: "trap 'true' INT; \(run); printf '\\n\(Self.ended) %d]\\n' $?", width: width, height: height)
  }

  /// Written after praatmaat ends: "[praatmaat ended: 130]".
  static let ended = "[praatmaat ended:"

  /// Starts a shell command (in the sandbox's TMPDIR) in a new window.
  func launch(command: String, width: Int = 80, height: Int = 30) throws {
    let command = "cd \(Self.quoted(sandbox.tmp.path)) && \(command)"
    windows += 1
    let name = "w\(windows)"
    if windows == 1 {
      try tmux([
        "new-session", "-d", "-s", "praatmaat", "-n", name, "-x", "\(width)", "-y", "\(height)", command,
      ])
    } else {
      try tmux(["new-window", "-d", "-t", "praatmaat", "-n", name, command])
      try resize(width: width, height: height, window: name)
    }
    pane = "praatmaat:\(name)"
  }

  static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  // MARK: Keys

  /// Types text literally, as a person would (no key names).
  func type(_ text: String) throws { try tmux(["send-keys", "-t", pane, "-l", "--", text]) }

  /// Presses keys by name: `Enter`, `BSpace`, `Left`, `End`, `C-c`, `C-d`, …
  func press(_ keys: String...) throws { try tmux(["send-keys", "-t", pane] + keys) }

  /// Types a line and presses Enter.
  func enter(_ text: String) throws {
    try type(text)
    try press("Enter")
  }

  /// Pastes text the way a terminal pastes (bracketed, when the program asked for that).
  func paste(_ text: String) throws {
    try tmux(["set-buffer", "-b", "plak", "--", text])
    try tmux(["paste-buffer", "-p", "-d", "-b", "plak", "-t", pane])
  }

  func resize(width: Int, height: Int, window: String? = nil) throws {
    try tmux([
      "resize-window", "-t", window.map { "praatmaat:\($0)" } ?? pane, "-x", "\(width)", "-y", "\(height)",
    ])
  }

  // MARK: The screen

  /// Everything the pane showed, scrollback included, wrapped lines joined.
  func screen() throws -> String { try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", pane]) }

  /// What the pane shows now, as the rows of the screen.
  func visibleRows() throws -> [String] {
    try tmux(["capture-pane", "-p", "-t", pane]).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
  }

  /// The screen with its colour codes, as tmux keeps them.
  func colouredScreen() throws -> String {
    try tmux(["capture-pane", "-p", "-e", "-J", "-S", "-", "-t", pane])
  }

  /// The title of the pane; an OSC sequence that reached the terminal would change it.
  func title() throws -> String {
    try tmux(["display-message", "-p", "-t", pane, "#{pane_title}"]).trimmingCharacters(in: .newlines)
  }

  /// The last row with text on it, without trailing spaces.
  func lastRow() throws -> String {
    let rows = try visibleRows().map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    return rows.last { !$0.isEmpty } ?? ""
  }

  /// Waits until the screen satisfies `predicate`; fails the test with the screen on timeout.
  @discardableResult
  func wait(
    _ what: String, timeout: TimeInterval = 10, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    until predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var shown = try screen()
    while !predicate(shown) {
      guard Date() < deadline else {
        Issue.record("waited \(timeout)s for \(what); the screen:\n\(shown)", sourceLocation: sourceLocation)
        throw TmuxTimeout()
      }
      usleep(20_000)
      shown = try screen()
    }
    return shown
  }

  /// Waits until `text` is on the screen at least `count` times.
  @discardableResult
  func wait(
    for text: String, count: Int = 1, timeout: TimeInterval = 10,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> String {
    try wait("\(count)× \"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) {
      $0.components(separatedBy: text).count - 1 >= count
    }
  }

  /// Waits for praatmaat to end and returns its exit status.
  func exitStatus(timeout: TimeInterval = 10, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
    -> Int32
  {
    let shown = try wait("praatmaat to end", timeout: timeout, sourceLocation: sourceLocation) {
      $0.contains(Self.ended)
    }
    let after = shown.components(separatedBy: Self.ended).last ?? ""
    return try #require(Int32(after.prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)))
  }

  // MARK: Conversation steps

  /// On a terminal every echo starts with a check mark: "✓ Je koos: 🔑 In mijn eigen huis".
  static func echoes(_ screen: String) -> Int {
    screen.split(separator: "\n").filter { $0.hasPrefix("✓ ") }.count
  }

  /// The echoes so far: lines that show an answer (or the consent) was understood.
  func echoes() throws -> Int { Self.echoes(try screen()) }

  /// Types an answer and waits for its echo. An open answer may first be shown for the
  /// supporter's review ("Zo bewaren we het: …"); that is accepted with `ja`.
  /// A "ja" to consent is followed by the session code, which waits for `ok`.
  func answer(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let before = try echoes()
    let screen = try screen()
    let reviews = screen.components(separatedBy: dutch[.reviewAsk]).count
    let consenting =
      text == "ja" && screen.contains(dutch[.consentQuestion])
      && !screen.contains(dutch[.codeIs, ["code": ""]])
    try enter(text)
    try settle(after: before, reviews: reviews, sourceLocation: sourceLocation)
    if consenting {
      try wait(for: dutch[.codeWritten])
      try enter("ok")
    }
  }

  /// Waits for the echo after an answer was sent, accepting a review on the way.
  func settle(after before: Int, reviews: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
  {
    let shown = try wait("the echo of answer \(before + 1)", sourceLocation: sourceLocation) {
      Self.echoes($0) > before || $0.components(separatedBy: dutch[.reviewAsk]).count > reviews
    }
    if Self.echoes(shown) <= before {
      try enter("ja")
      // "✓ Bewaard." comes first; typing on before the answer's own echo races the prompt.
      try wait("the echo after the review", sourceLocation: sourceLocation) { Self.echoes($0) > before + 1 }
    }
  }
}

/// The screen did not show what a tmux test waited for (the issue is already recorded).
struct TmuxTimeout: Error {}

/// glibc 2.34+; the Glibc module does not show it.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func spawnCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32)
  -> Int32
