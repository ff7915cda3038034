import Foundation
import PraatmaatCore

/// A conversation's hold on its session while it runs: a write lock on one byte of a lock file
/// beside the database (`<database>-sessies`), at the session code's own place. A second
/// `start` or `resume` of the same code is refused, and the menu leaves live sessions out.
/// The operating system lets go of the lock when the process ends, also after `kill -9`, so a
/// crashed conversation never keeps its session.
public final class SessionLease: @unchecked Sendable {
  private let descriptor: Int32
  public let code: SessionCode

  private init(descriptor: Int32, code: SessionCode) {
    self.descriptor = descriptor
    self.code = code
  }

  deinit { close(descriptor) }

  /// The lock file of a database; nil for an in-memory database (tests), which has no other
  /// process to meet.
  static func lockFile(_ database: String) -> String? {
    database == ":memory:" || database.isEmpty ? nil : database + "-sessies"
  }

  /// Takes the session, or says which process has it.
  public static func take(_ code: SessionCode, database: String) throws(StoreError) -> SessionLease? {
    guard let file = lockFile(database) else { return nil }
    let descriptor = open(file, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { throw .cannotOpen(file) }
    var lock = Self.lock(code, type: F_WRLCK)
    if fcntl(descriptor, F_SETLK, &lock) != 0 {
      let holder = Self.holder(code, descriptor: descriptor)
      close(descriptor)
      throw .sessionInUse(code.description, process: holder.map(Int.init))
    }
    return SessionLease(descriptor: descriptor, code: code)
  }

  /// The process that runs the session now, or nil when none does.
  public static func holder(_ code: SessionCode, database: String) -> pid_t? {
    guard let file = lockFile(database) else { return nil }
    let descriptor = open(file, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return holder(code, descriptor: descriptor)
  }

  private static func holder(_ code: SessionCode, descriptor: Int32) -> pid_t? {
    var lock = Self.lock(code, type: F_WRLCK)
    guard fcntl(descriptor, F_GETLK, &lock) == 0, lock.l_type != F_UNLCK else { return nil }
    return lock.l_pid
  }

  private static func lock(_ code: SessionCode, type: Int32) -> flock {
    var lock = flock()
    lock.l_type = Int16(type)
    lock.l_whence = Int16(SEEK_SET)
    lock.l_start = off_t(code.number)
    lock.l_len = 1
    return lock
  }
}
