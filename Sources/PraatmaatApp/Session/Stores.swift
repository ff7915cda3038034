import PraatmaatPostgres
import PraatmaatStore

/// Opens the store that `--db` or `PRAATMAAT_DB` names: a `postgres://` address is a region's
/// server, anything else the path of a SQLite file.
public enum Stores {
  public static func isServer(_ address: String) -> Bool {
    PostgresAddress.isAddress(address)
  }

  /// `create: false` refuses a file that is not there (and makes nothing); `readOnly` opens a
  /// file only to read. A server's tables are made or brought up to date on connecting.
  public static func open(_ address: String, create: Bool = true, readOnly: Bool = false) throws(StoreError)
    -> any AnswerStore
  {
    if isServer(address) { return try PostgresStore(address) }
    return try SQLiteStore(path: address, create: create, readOnly: readOnly)
  }

  /// Whether a store could be made at `address` now, without making a file.
  public static func checkCanCreate(_ address: String) throws(StoreError) {
    if isServer(address) {
      try PostgresStore(address).checkWritable()
    } else {
      try SQLiteStore.checkCanCreate(address)
    }
  }
}
