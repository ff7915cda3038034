import Foundation
import PraatmaatStore

/// The database of a conversation, opened only when it is needed: checked before anything
/// is asked, and made only after consent, so a "nee" leaves no file or folder behind.
public final class StoreAccess: @unchecked Sendable {
  /// A SQLite file's path or a server's address (`Stores`).
  public let path: String
  private var opened: (any AnswerStore)?

  /// The database at `path`; nothing is opened or made yet.
  public init(path: String) { self.path = path }

  /// A store that is open already (in memory, for tests).
  public init(_ store: any AnswerStore) {
    path = store.location
    opened = store
  }

  /// The store; the database is made on first use.
  public func store() throws(StoreError) -> any AnswerStore {
    if let opened { return opened }
    let store = try Stores.open(path)
    opened = store
    return store
  }

  /// The store when the database exists; nil when there is none yet. Makes nothing.
  public func existing() throws(StoreError) -> (any AnswerStore)? {
    if let opened { return opened }
    do {
      let store = try Stores.open(path, create: false)
      opened = store
      return store
    } catch .missing {
      return nil
    }
  }

  /// Whether answers can be kept: an existing database is written in a transaction that
  /// changes nothing; for a new one, whether it could be made. Makes nothing.
  public func checkWritable() throws(StoreError) {
    if let store = try existing() {
      try store.checkWritable()
    } else {
      try Stores.checkCanCreate(path)
    }
  }
}
