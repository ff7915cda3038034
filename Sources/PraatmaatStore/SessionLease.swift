import Foundation
import PraatmaatCore
import Synchronization

/// A conversation's hold on its session while it runs: a write lock on one byte of a lock file
/// beside the database (`<database>-sessies`), at the session code's own place. A second
/// `start` or `resume` of the same code is refused, and the menu leaves live sessions out.
/// The operating system lets go of the lock when the process ends, also after `kill -9`, so a
/// crashed conversation never keeps its session.
///
/// POSIX record locks belong to a process and a file, and closing any descriptor of that file
/// drops all of them; so each lock file is opened once per process and never closed, and the
/// sessions this process holds are also kept in memory (the system does not report a
/// process's own locks to itself).
public final class SessionLease: @unchecked Sendable {
  private let file: String
  public let code: SessionCode

  private init(file: String, code: SessionCode) {
    self.file = file
    self.code = code
  }

  deinit {
    Self.state.withLock { state in
      state.held.remove(Key(file: file, code: code.number))
      if let descriptor = state.descriptors[file] {
        var lock = Self.lock(code, type: F_UNLCK)
        _ = fcntl(descriptor, F_SETLK, &lock)
      }
    }
  }

  private struct Key: Hashable {
    var file: String
    var code: Int
  }

  private struct State {
    var descriptors: [String: Int32] = [:]
    var held: Set<Key> = []

    /// The process's one descriptor of a lock file, opened read-write (creating the file)
    /// when `create`, else only when the file exists.
    mutating func descriptor(_ file: String, create: Bool) -> Int32? {
      if let descriptor = descriptors[file] { return descriptor }
      let flags = O_RDWR | O_CLOEXEC | O_NOFOLLOW | (create ? O_CREAT : 0)
      let descriptor = open(file, flags, 0o600)
      guard descriptor >= 0 else { return nil }
      descriptors[file] = descriptor
      return descriptor
    }
  }

  private static let state = Mutex(State())

  /// The lock file of a database; nil for an in-memory database (tests), which has no other
  /// process to meet.
  static func lockFile(_ database: String) -> String? {
    database == ":memory:" || database.isEmpty ? nil : database + "-sessies"
  }

  /// Takes the session, or says which process has it.
  public static func take(_ code: SessionCode, database: String) throws(StoreError) -> SessionLease? {
    guard let file = lockFile(database) else { return nil }
    let key = Key(file: file, code: code.number)
    let outcome: Result<Void, StoreError> = state.withLock { state in
      if state.held.contains(key) { return .failure(.sessionInUse(code.description, process: Int(getpid()))) }
      guard let descriptor = state.descriptor(file, create: true) else { return .failure(.cannotOpen(file)) }
      var lock = Self.lock(code, type: F_WRLCK)
      if fcntl(descriptor, F_SETLK, &lock) != 0 {
        return .failure(.sessionInUse(code.description, process: Self.other(code, descriptor).map(Int.init)))
      }
      state.held.insert(key)
      return .success(())
    }
    if case .failure(let error) = outcome { throw error }
    return SessionLease(file: file, code: code)
  }

  /// The process that runs the session now (this one included), or nil when none does.
  public static func holder(_ code: SessionCode, database: String) -> pid_t? {
    guard let file = lockFile(database) else { return nil }
    return state.withLock { state in
      if state.held.contains(Key(file: file, code: code.number)) { return getpid() }
      guard let descriptor = state.descriptor(file, create: false) else { return nil }
      return other(code, descriptor)
    }
  }

  /// Another process that holds the session's byte.
  private static func other(_ code: SessionCode, _ descriptor: Int32) -> pid_t? {
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
