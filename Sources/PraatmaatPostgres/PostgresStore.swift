import Foundation
import PostgresNIO
import PraatmaatCore
import PraatmaatStore
import Synchronization

/// A region's store on a PostgreSQL server, behind the same `AnswerStore` seam as the
/// laptop's SQLite file.
///
/// One connection, used by one operation at a time. Every write is one transaction, and a
/// method returns only after the server has committed it (PostgreSQL's default
/// `synchronous_commit`): an acknowledged answer is kept. Transactions that give sessions
/// their place in the publication rounds take one advisory lock, so that place follows the
/// order in which they committed, also with several laptops syncing at once.
public final class PostgresStore: AnswerStore, @unchecked Sendable {
  public let address: PostgresAddress
  let connection: PostgresConnection
  let logger: Logger
  private let lock = NSLock()
  /// The sessions this store's conversations hold (`lease`).
  let held = Mutex<Set<SessionCode>>([])

  public var location: String { address.description }

  /// Connects and brings the tables up to date (`PostgresMigrations`).
  public init(address: PostgresAddress) throws(StoreError) {
    self.address = address
    var logger = Logger(label: "praatmaat.postgres")
    logger.logLevel = .critical
    self.logger = logger
    let configuration = try address.configuration()
    do {
      connection = try PostgresConnection.connect(
        on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger
      ).wait()
    } catch {
      throw Self.storeError(error, address)
    }
    try PostgresMigrations.migrate(self)
  }

  public convenience init(_ text: String) throws(StoreError) {
    try self.init(address: PostgresAddress(text))
  }

  deinit {
    try? connection.close().wait()
  }

  // MARK: Statements

  /// One statement with its values as parameters (never spliced into the text).
  func query(_ sql: String, _ values: [(any PostgresDynamicTypeEncodable)?] = []) throws -> [PostgresRow] {
    Array(try connection.query(Self.statement(sql, values), logger: logger).wait().rows)
  }

  /// Runs a statement and hands each row to `body` as it arrives, without keeping them.
  func stream(
    _ sql: String, _ values: [(any PostgresDynamicTypeEncodable)?] = [],
    _ body: @escaping @Sendable (PostgresRow) throws -> Void
  ) throws {
    _ = try connection.query(Self.statement(sql, values), logger: logger, body).wait()
  }

  /// Statements without parameters, one after the other (migrations, BEGIN, COMMIT).
  func execute(_ sql: String) throws {
    for statement in Self.statements(sql) {
      _ = try connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).wait()
    }
  }

  /// SQL split at the semicolons that end a statement; a function's body between `$$` is
  /// one piece. Comments (`--` to the end of the line) are left out.
  static func statements(_ sql: String) -> [String] {
    var statements: [String] = []
    var current = ""
    var inBody = false
    let uncommented = sql.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.range(of: "--").map { line[..<$0.lowerBound] } ?? line
    }
    var rest = Substring(uncommented.joined(separator: "\n"))
    while let first = rest.first {
      if rest.hasPrefix("$$") {
        inBody.toggle()
        current += "$$"
        rest = rest.dropFirst(2)
        continue
      }
      rest = rest.dropFirst()
      if first == ";" && !inBody {
        statements.append(current)
        current = ""
      } else {
        current.append(first)
      }
    }
    statements.append(current)
    return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
  }

  static func statement(_ sql: String, _ values: [(any PostgresDynamicTypeEncodable)?]) -> PostgresQuery {
    var binds = PostgresBindings(capacity: values.count)
    for value in values {
      if let value { binds.append(value) } else { binds.appendNull() }
    }
    return PostgresQuery(unsafeSQL: sql, binds: binds)
  }

  /// The first column of the first row.
  func scalar<T: PostgresDecodable>(
    _ type: T.Type, _ sql: String, _ values: [(any PostgresDynamicTypeEncodable)?] = []
  )
    throws -> T?
  {
    guard let row = try query(sql, values).first else { return nil }
    let cell = row.makeRandomAccess()[0]
    return cell.bytes == nil ? nil : try cell.decode(T.self)
  }

  // MARK: Transactions

  /// The advisory lock every transaction that hands out places in the publication rounds takes.
  static let roundsLock = 0x7072_6d61

  /// Runs `body` as one transaction, alone on the connection. A conflict the server asks to
  /// retry (serialisation, deadlock) is tried again a few times; any other error rolls back.
  func transaction<T>(roundsOrder: Bool = false, begin: String = "BEGIN", _ body: () throws -> T)
    throws(StoreError) -> T
  {
    lock.lock()
    defer { lock.unlock() }
    var attempt = 0
    while true {
      attempt += 1
      do {
        try execute(begin)
        if roundsOrder { _ = try query("SELECT pg_advisory_xact_lock($1)", [Self.roundsLock]) }
        let value = try body()
        try execute("COMMIT")
        return value
      } catch {
        try? execute("ROLLBACK")
        if attempt < 5, Self.isRetryable(error) { continue }
        throw Self.storeError(error, address)
      }
    }
  }

  /// Reads from one snapshot, in a read-only transaction: what several statements read (the
  /// sessions, then their answers) belongs together, whatever a laptop sends meanwhile.
  func reading<T>(_ body: () throws -> T) throws(StoreError) -> T {
    try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
  }

  /// Runs outside any transaction, alone on the connection: VACUUM, and a session's lock,
  /// which outlives transactions.
  func alone<T>(_ body: () throws -> T) throws(StoreError) -> T {
    lock.lock()
    defer { lock.unlock() }
    do {
      return try body()
    } catch {
      throw Self.storeError(error, address)
    }
  }

  public func checkWritable() throws(StoreError) {
    try transaction {
      // Needs the right to write, and a server that is not read-only (a standby).
      _ = try query("SELECT pg_advisory_xact_lock($1)", [Self.roundsLock])
      _ = try query("UPDATE session SET status = status WHERE false")
      if try scalar(String.self, "SHOW transaction_read_only") == "on" {
        throw StoreError.readOnly(location)
      }
    }
  }

  // MARK: Errors

  /// PostgreSQL's reasons (SQLSTATE) in words a supporter or a region's administrator can
  /// act on.
  static func storeError(_ error: any Error, _ address: PostgresAddress) -> StoreError {
    if let store = error as? StoreError { return store }
    guard let psql = error as? PSQLError else { return .other("databasefout bij \(address): \(error)") }
    guard let state = psql.serverInfo?[.sqlState] else {
      if psql.code == .sslUnsupported {
        return .other("de server \(address) kan niet versleuteld praten; zet ssl aan op de server")
      }
      if let tls = psql.underlying, tls is NIOSSLError || tls is BoringSSLError {
        return .other(
          "de verbinding met \(address) is niet veilig: het certificaat van de server klopt niet of is door niemand ondertekend die praatmaat vertrouwt; geef de juiste sslrootcert"
        )
      }
      return .other(
        "de server \(address) is niet bereikbaar; kijk of hij draait en of het adres klopt")
    }
    let message = psql.serverInfo?[.message] ?? state
    switch state {
    case "53100": return .diskFull
    case "25006": return .readOnly(address.description)
    case "55P03", "57014", "40001", "40P01": return .busy
    case "42501": return .other("de gebruiker \(address.user) mag dit niet op \(address) (\(message))")
    case "28000", "28P01": return .other("de server \(address) laat \(address.user) niet binnen (\(message))")
    case "3D000":
      return .other(
        "de database \(address.database) is er niet op de server \(address); maak hem eerst (zie de README, Een regio)"
      )
    default: return .other("databasefout op \(address): \(message)")
    }
  }

  static func isRetryable(_ error: any Error) -> Bool {
    guard let state = (error as? PSQLError)?.serverInfo?[.sqlState] else { return false }
    return state == "40001" || state == "40P01"
  }
}
