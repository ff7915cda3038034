import Foundation

/// Ctrl-C, a closed terminal and a polite kill become a pause, not a lost answer.
///
/// The handlers only set a flag; the terminal checks it between reads.
public enum SignalFlags {
  nonisolated(unsafe) private static var raised: sig_atomic_t = 0
  nonisolated(unsafe) private static var resized: sig_atomic_t = 0

  public static var interrupted: Bool { raised != 0 }
  public static func reset() { raised = 0 }

  static var windowResized: Bool {
    let value = resized != 0
    resized = 0
    return value
  }

  /// Installs the handlers without SA_RESTART, so a blocked read returns.
  public static func install() {
    for signal in [SIGINT, SIGHUP, SIGTERM] {
      set(signal) { _ in SignalFlags.raised = 1 }
    }
    set(SIGWINCH) { _ in SignalFlags.resized = 1 }
  }

  private static func set(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    #if os(Linux)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }
}
