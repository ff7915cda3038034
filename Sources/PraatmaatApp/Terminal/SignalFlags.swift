import Foundation

/// Ctrl-C, a closed terminal and a polite kill become a pause, not a lost answer.
///
/// The handlers only set a flag and write a byte to a pipe; the terminal checks the flag
/// between reads and waits on the pipe too, so a signal that another thread receives still
/// wakes a blocked read.
public enum SignalFlags {
  nonisolated(unsafe) private static var raised: sig_atomic_t = 0
  nonisolated(unsafe) private static var resized: sig_atomic_t = 0
  nonisolated(unsafe) private static var wakeWrite: Int32 = -1
  /// Readable once a stopping signal arrived (-1 before `install`).
  nonisolated(unsafe) public private(set) static var wakeDescriptor: Int32 = -1

  public static var interrupted: Bool { raised != 0 }
  public static func reset() { raised = 0 }

  static var windowResized: Bool {
    let value = resized != 0
    resized = 0
    return value
  }

  /// Installs the handlers without SA_RESTART, so a blocked read returns.
  public static func install() {
    if wakeDescriptor < 0 {
      var ends: [Int32] = [0, 0]
      if pipe(&ends) == 0 {
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        wakeDescriptor = ends[0]
        wakeWrite = ends[1]
      }
    }
    for signal in [SIGINT, SIGHUP, SIGTERM] {
      set(signal) { _ in
        SignalFlags.raised = 1
        var byte: UInt8 = 1
        if SignalFlags.wakeWrite >= 0 { _ = write(SignalFlags.wakeWrite, &byte, 1) }
      }
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
