import Foundation
import Testing

@testable import PraatmaatPostgres
@testable import PraatmaatStore

/// The stores every contract test runs on: SQLite always, and PostgreSQL when a test server is
/// there (`scripts/test` starts one and sets `PRAATMAAT_TEST_POSTGRES` to its address).
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
  case sqlite, postgres

  static let serverAddress = ProcessInfo.processInfo.environment["PRAATMAAT_TEST_POSTGRES"]

  static var available: [Backend] {
    serverAddress == nil ? [.sqlite] : [.sqlite, .postgres]
  }

  var testDescription: String { rawValue }

  /// An empty store: in memory, or a new database on the test server.
  func fresh() throws -> any AnswerStore {
    switch self {
    case .sqlite: return try SQLiteStore.inMemory()
    case .postgres: return try PostgresStore(address: try Self.freshDatabase())
    }
  }

  /// The address of a new, empty database on the test server.
  static func freshDatabase() throws -> PostgresAddress {
    var address = try PostgresAddress(try #require(serverAddress))
    let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    try admin().execute("CREATE DATABASE \(name)")
    address.database = name
    return address
  }

  /// A connection to the server's first database, to make test databases from.
  private static func admin() throws -> PostgresStore {
    try PostgresStore(address: try PostgresAddress(try #require(serverAddress)))
  }

  /// Runs SQL straight on a store's database, past every rule: to damage a row on purpose.
  static func raw(_ sql: String, on store: any AnswerStore) throws {
    switch store {
    case let sqlite as SQLiteStore: try sqlite.writer.write { try $0.execute(sql: sql) }
    case let server as PostgresStore: try server.execute(sql)
    default: Issue.record("unknown store \(type(of: store))")
    }
  }
}

@Suite("The test server")
struct TestServerTests {
  /// `scripts/test` starts PostgreSQL and asks for it: the PostgreSQL half of the contract is
  /// never skipped there without a word.
  @Test("PostgreSQL is there when the suite asks for it")
  func serverThere() {
    if ProcessInfo.processInfo.environment["PRAATMAAT_REQUIRE_POSTGRES"] == "1" {
      #expect(
        Backend.serverAddress != nil, "PRAATMAAT_TEST_POSTGRES is not set: the server tests did not run")
      #expect(Backend.available.contains(.postgres))
    }
  }
}

/// Connections to a region's server over the network are encrypted as `sslmode` says; the test
/// server listens on 127.0.0.1 with a certificate made for localhost at its start.
@Suite(
  "Encrypted connections to the server",
  .enabled(if: ProcessInfo.processInfo.environment["PRAATMAAT_TEST_POSTGRES_TCP"] != nil))
struct EncryptedConnectionTests {
  static let tcp = ProcessInfo.processInfo.environment["PRAATMAAT_TEST_POSTGRES_TCP"] ?? ""
  static let root = ProcessInfo.processInfo.environment["PRAATMAAT_TEST_POSTGRES_ROOT"] ?? ""

  /// Whether the server sees this store's connection as encrypted.
  static func encrypted(_ store: PostgresStore) throws -> Bool? {
    try store.scalar(Bool.self, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
  }

  @Test("require and prefer encrypt; verify-full checks the certificate against the roots given")
  func modes() throws {
    #expect(try Self.encrypted(try PostgresStore(Self.tcp + "?sslmode=require")) == true)
    #expect(try Self.encrypted(try PostgresStore(Self.tcp)) == true)
    #expect(try Self.encrypted(try PostgresStore(Self.tcp + "?sslmode=disable")) == false)
    let checked = try PostgresStore(Self.tcp + "?sslmode=verify-full&sslrootcert=" + Self.root)
    #expect(try Self.encrypted(checked) == true)
    // A certificate nobody vouched for is refused, with the address and without a password.
    #expect(throws: StoreError.self) {
      _ = try PostgresStore(
        Self.tcp.replacingOccurrences(of: "praatmaat@", with: "praatmaat:geheim@") + "?sslmode=verify-full")
    }
    do {
      _ = try PostgresStore(
        Self.tcp.replacingOccurrences(of: "praatmaat@", with: "praatmaat:geheim@") + "?sslmode=verify-full")
    } catch {
      #expect(!"\(error)".contains("geheim"))
      #expect("\(error)".contains("localhost") && "\(error)".contains("certificaat"))
    }
  }

  @Test("An address that cannot be read says what is wrong, and never shows its password")
  func badAddresses() {
    for (address, says) in [
      ("postgres://a:geheim@host/db?sslmode=altijd", "sslmode"),
      ("postgres://a:geheim@host/db?host=relatief", "host="),
      ("postgres://a:geheim@host/db?kleur=blauw", "kleur"),
    ] {
      #expect(throws: StoreError.self) { _ = try PostgresAddress(address) }
      do {
        _ = try PostgresAddress(address)
      } catch {
        #expect("\(error)".contains(says))
        #expect(!"\(error)".contains("geheim"))
      }
    }
    #expect(
      (try? PostgresAddress("postgres://a:geheim@host:6543/db"))?.description == "postgres://a@host:6543/db")
    // The description is itself an address that reaches the same server (without password).
    for address in [
      "postgres://a@/db?host=/run/pg&port=6000", "postgres://a@/db?host=/run/pg", "postgres://a@h:1/db",
    ] {
      #expect((try? PostgresAddress(address))?.description == address)
    }
  }
}
