import Foundation
import PostgresNIO
import PraatmaatCore
import PraatmaatStore

extension PostgresStore {
  /// The advisory lock of a session: its number under praatmaat's own prefix.
  static func leaseKey(_ code: SessionCode) -> Int64 {
    (0x7072 << 32) | Int64(code.number)
  }

  /// A conversation's hold on its session on the server: an advisory lock of this
  /// connection, which the server lets go of when the connection ends, also after `kill -9`.
  public func lease(_ code: SessionCode) throws(StoreError) -> AnyObject? {
    let taken = try alone { () throws -> Bool in
      guard !held.withLock({ $0.contains(code) }) else { return false }
      return try scalar(Bool.self, "SELECT pg_try_advisory_lock($1)", [Self.leaseKey(code)]) ?? false
    }
    guard taken else { throw .sessionInUse(code.description, process: nil) }
    held.withLock { _ = $0.insert(code) }
    return ServerLease(store: self, code: code)
  }

  public func holder(_ code: SessionCode) -> Int? {
    if held.withLock({ $0.contains(code) }) { return Int(getpid()) }
    return try? alone {
      try scalar(
        Int.self,
        """
        SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
          AND ((classid::bigint << 32) | objid::bigint) = $1
        """, [Self.leaseKey(code)])
    }
  }

  func release(_ code: SessionCode) {
    _ = try? alone { try query("SELECT pg_advisory_unlock($1)", [Self.leaseKey(code)]) }
    held.withLock { _ = $0.remove(code) }
  }
}

/// Lets go of a session's advisory lock when the conversation ends.
final class ServerLease: @unchecked Sendable {
  let store: PostgresStore
  let code: SessionCode

  init(store: PostgresStore, code: SessionCode) {
    self.store = store
    self.code = code
  }

  deinit { store.release(code) }
}
