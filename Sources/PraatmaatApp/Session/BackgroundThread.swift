import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Work done on a thread of its own at a lower priority, so that what is on screen (the
/// consent text, the first question) is never slowed down by lists being read.
enum BackgroundThread {
  static func start(_ work: @escaping @Sendable () -> Void) {
    Thread.detachNewThread {
      #if canImport(Glibc)
        // On Linux the nice value belongs to a thread ("who" 0 is the calling thread): 10 gives
        // way to the main thread.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
      #endif
      work()
    }
  }
}
