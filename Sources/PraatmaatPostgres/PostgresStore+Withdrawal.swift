import PostgresNIO
import PraatmaatCore
import PraatmaatStore

extension PostgresStore {
  /// Removes a session and its answers in one transaction, keeping its code and its place in
  /// the publication rounds; then vacuums the tables so the server can reuse the space.
  public func forget(_ code: SessionCode) throws(StoreError) -> Withdrawal {
    let (answers, wasWithdrawn): (Int, Bool) = try transaction {
      switch try withdraw(code.value) {
      case -2: return (0, true)
      // Only a code was noted: there was no such session; the transaction is rolled back.
      case -1: throw StoreError.unknownSession(code.description)
      case let answers: return (answers, false)
      }
    }
    return Withdrawal(answers: answers, wasWithdrawn: wasWithdrawn, tracesLeft: clearTraces())
  }

  public func withdrawnCodes() throws(StoreError) -> [SessionCode] {
    try reading {
      try query("SELECT code FROM withdrawn ORDER BY code").compactMap {
        SessionCode(try $0.makeRandomAccess()[0].decode(String.self))
      }
    }
  }

  /// Vacuums the tables of removed rows, so that no query and no new row sees them and the
  /// server reuses their space. Nil when done, else why not (another program holds a lock).
  func clearTraces() -> StoreError? {
    do {
      try alone { try execute("VACUUM answer, session") }
      return nil
    } catch {
      return error
    }
  }
}
