import Foundation
import PostgresNIO
import PraatmaatStore

/// A region's server, as `--db` or `PRAATMAAT_DB` names it, in the form PostgreSQL's own tools
/// read: `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=require`. A local socket is
/// `postgres:///DATABASE?host=/run/postgresql`. The password may also come from
/// `PGPASSWORD`, the user from `PGUSER`, so that it need not stand in a command line.
public struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
  public var user: String
  var password: String?
  public var host: String
  public var port: Int
  public var database: String
  /// A folder holding the server's socket; the host is not used then.
  public var socketFolder: String?
  public var tls: TLSMode

  /// How the connection is encrypted, as PostgreSQL's `sslmode` says it.
  public enum TLSMode: String, Sendable, CaseIterable {
    /// No encryption: for a socket on the same machine.
    case disable
    /// Encrypted when the server offers it, the certificate not checked.
    case prefer
    /// Always encrypted, the certificate not checked.
    case require
    /// Always encrypted, the certificate checked against the trusted roots and the host name.
    case verifyFull = "verify-full"
  }

  /// Root certificates to trust for `verify-full` (`sslrootcert=FILE`); the system's when nil.
  public var rootCertificates: String?

  /// Whether `text` names a server rather than a file.
  public static func isAddress(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads an address; the reason says what is wrong with it, without repeating a password.
  public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(StoreError)
  {
    guard Self.isAddress(text), let url = URLComponents(string: text) else {
      throw .other("het adres van de server klopt niet; schrijf het als postgres://gebruiker@server/database")
    }
    user =
      url.user.flatMap { $0.removingPercentEncoding }
      ?? environment["PGUSER"] ?? environment["USER"] ?? NSUserName()
    password = url.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
    host = url.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
    port = url.port ?? 5432
    let name = String(url.path.drop { $0 == "/" })
    database = name.isEmpty ? user : name.removingPercentEncoding ?? name
    var tls: TLSMode?
    for item in url.queryItems ?? [] {
      switch item.name {
      case "host":
        guard let folder = item.value, folder.hasPrefix("/") else {
          throw .other("host= in het adres van de server moet een map zijn, zoals host=/run/postgresql")
        }
        socketFolder = folder
      case "sslmode":
        guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
          throw .other(
            "sslmode in het adres van de server kan zijn: "
              + TLSMode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        tls = mode
      case "sslrootcert":
        rootCertificates = item.value
      case "port":
        port = item.value.flatMap(Int.init) ?? port
      default:
        throw .other("het adres van de server heeft een onbekende instelling '\(item.name)'")
      }
    }
    // A socket on this machine needs no encryption; over the network it is the default.
    self.tls = tls ?? (socketFolder == nil ? .prefer : .disable)
  }

  /// The address without its password, for messages and logs.
  public var description: String {
    var text = "postgres://\(user)@\(socketFolder == nil ? "\(host):\(port)" : "")/\(database)"
    if let socketFolder { text += "?host=\(socketFolder)" + (port == 5432 ? "" : "&port=\(port)") }
    return text
  }

  /// The connection settings PostgresNIO needs.
  func configuration() throws(StoreError) -> PostgresConnection.Configuration {
    if let socketFolder {
      return .init(
        unixSocketPath: socketFolder + "/.s.PGSQL.\(port)", username: user, password: password,
        database: database)
    }
    return .init(
      host: host, port: port, username: user, password: password, database: database, tls: try tlsSettings())
  }

  private func tlsSettings() throws(StoreError) -> PostgresConnection.Configuration.TLS {
    var settings = TLSConfiguration.makeClientConfiguration()
    if tls != .verifyFull { settings.certificateVerification = .none }
    if let rootCertificates { settings.trustRoots = .file(rootCertificates) }
    do {
      let context = try NIOSSLContext(configuration: settings)
      switch tls {
      case .disable: return .disable
      case .prefer: return .prefer(context)
      case .require, .verifyFull: return .require(context)
      }
    } catch {
      throw .other("de versleuteling naar \(description) kan niet worden klaargezet: \(error)")
    }
  }
}
