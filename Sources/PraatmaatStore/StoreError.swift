import GRDB
import PraatmaatCore

/// Why the store could not do what was asked, in words a supporter can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible, Sendable {
  case cannotOpen(String)
  /// The database does not exist, and the command only works on one that does.
  case missing(String)
  /// The path is a folder, not a database file.
  case isFolder(String)
  /// The path is not safe for personal data: a symbolic link, not a plain file, or in a
  /// folder that everyone may write to. The reason says which.
  case unsafePath(String, reason: String)
  case notADatabase(String)
  case newerVersion(String)
  case readOnly(String)
  case diskFull
  case busy
  case unknownSession(String)
  /// Another conversation (the process, when known) runs this session now.
  case sessionInUse(String, process: Int?)
  /// A row whose value praatmaat does not know (a method, a code, a status): never guessed.
  case damagedRow(String)
  case other(String)

  public var description: String {
    switch self {
    case .cannotOpen(let path): "kan de database \(path) niet openen of maken"
    case .missing(let path): "de database \(path) bestaat niet; kijk of het pad klopt"
    case .isFolder(let path):
      "\(path) is een map, geen database; geef een bestand, zoals \(path)/praatmaat.sqlite"
    case .unsafePath(let path, let reason): "de database \(path) is niet veilig: \(reason)"
    case .notADatabase(let path): "\(path) is geen praatmaat-database, of het bestand is kapot"
    case .newerVersion(let path): "\(path) is gemaakt door een nieuwere praatmaat; werk praatmaat eerst bij"
    case .readOnly(let path): "de database \(path) is alleen-lezen"
    case .diskFull: "de schijf is vol; maak ruimte en probeer het opnieuw"
    case .busy: "de database is in gebruik door een ander programma; probeer het zo opnieuw"
    case .unknownSession(let code): "er is geen gesprek met de code \(code)"
    case .sessionInUse(let code, let process):
      "het gesprek \(code) is al open in een ander venster op deze computer"
        + (process.map { " (programma \($0))" } ?? "") + "; ga daar verder, of sluit het eerst"
    case .damagedRow(let what):
      "een regel in de database klopt niet (\(what)); het bestand is kapot of van een nieuwere praatmaat"
    case .other(let message): message
    }
  }

  /// A value read from a row, or the error that says which value did not parse.
  public static func parsed<T>(_ value: T?, _ what: String, _ raw: String?) throws(StoreError) -> T {
    guard let value else { throw .damagedRow("\(what) '\(raw ?? "leeg")'") }
    return value
  }

  /// Maps SQLite's result codes to a reason.
  static func from(_ error: any Error, path: String) -> StoreError {
    if let store = error as? StoreError { return store }
    guard let db = error as? DatabaseError else { return .other("\(error)") }
    switch db.resultCode {
    case .SQLITE_FULL: return .diskFull
    case .SQLITE_READONLY: return .readOnly(path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
    case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path)
    case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return .cannotOpen(path)
    case .SQLITE_IOERR: return .other("de schijf gaf een fout bij het schrijven (\(db.message ?? "I/O"))")
    default: return .other("databasefout: \(db.message ?? "\(db.resultCode)")")
    }
  }
}

extension PolicyPhase {
  /// The phases of a row, `agendavorming,uitvoering`; one praatmaat does not know is an error.
  public static func parsing(_ text: String) throws(StoreError) -> [PolicyPhase] {
    try text.split(separator: ",").map { part throws(StoreError) in
      try StoreError.parsed(PolicyPhase(rawValue: String(part)), "fase", String(part))
    }
  }
}
