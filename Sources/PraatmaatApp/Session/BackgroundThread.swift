import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Work done on a thread of its own at a lower priority, so that what is on screen (the
/// consent text, the first question) is never slowed down by lists being read.
///
/// Reading the word lists also touches tens of megabytes of fresh memory, and a process
/// that maps memory on two threads at once slows both down (measured: 5 ms of the 50 to the
/// first question). So list reading waits until a screen waits for the person at the
/// terminal (`release()`), or until its result is needed, whichever comes first.
enum BackgroundThread {
  /// Starts `work` after `release()`.
  static func startWhenReleased(_ work: @escaping @Sendable () -> Void) {
    Thread.detachNewThread {
      lowerPriority()
      gate.wait()
      work()
    }
  }

  /// Lets the work waiting in `startWhenReleased` begin: the person is reading a screen now,
  /// or someone needs what it makes. Calling it again does nothing.
  static func release() { gate.open() }

  private static let gate = Gate()

  private static func lowerPriority() {
    #if canImport(Glibc)
      // On Linux the nice value belongs to a thread ("who" 0 is the calling thread): 10 gives
      // way to the main thread.
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
    #endif
  }

  /// Closed until opened once.
  private final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var isOpen = false

    func wait() {
      condition.lock()
      while !isOpen { condition.wait() }
      condition.unlock()
    }

    func open() {
      condition.lock()
      isOpen = true
      condition.broadcast()
      condition.unlock()
    }
  }
}
