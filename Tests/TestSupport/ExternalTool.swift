import Foundation

/// Tests that need a program from outside the package (tmux, espeak-ng).
///
/// A missing program is a failure, not a silent skip: `scripts/test` installs them, so a test
/// that cannot run there hides a broken install step. `PRAATMAAT_SKIP_TERMINAL=1` asks to skip
/// them on purpose; `scripts/test` then says so in its summary.
public enum ExternalTool {
  /// Whether skipping tests whose program is missing was asked for.
  public static var skipAllowed: Bool {
    ProcessInfo.processInfo.environment["PRAATMAAT_SKIP_TERMINAL"] == "1"
  }

  /// Whether a test that needs a program runs: always, unless the program is missing and
  /// skipping was asked for. A test that runs without its program fails where it needs it.
  public static func runs(_ available: Bool) -> Bool { available || !skipAllowed }

  /// The program `name` on `PATH`, or nil.
  public static func find(_ name: String) -> String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
