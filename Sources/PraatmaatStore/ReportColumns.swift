import Foundation
import GRDB
import GRDBSQLite
import PraatmaatCore

/// Reads report rows straight from SQLite. Within a session most columns repeat from the
/// row before (script, method, themes, month …): a column whose bytes did not change gives
/// back the same String, so a million rows make few new strings.
struct ReportColumns {
  private var last: [String?]
  private var themes: [String: [String]] = [:]
  private var phases: [String: [PolicyPhase]] = [:]

  init(count: Int) {
    last = Array(repeating: nil, count: count)
  }

  /// Column `i` of the current row as text, nil for NULL.
  mutating func text(_ statement: OpaquePointer, _ i: Int32) -> String? {
    guard sqlite3_column_type(statement, i) != SQLITE_NULL,
      let bytes = sqlite3_column_text(statement, i)
    else { return nil }
    let count = Int(sqlite3_column_bytes(statement, i))
    let fresh = UnsafeBufferPointer(start: bytes, count: count)
    if let previous = last[Int(i)], previous.utf8.count == count,
      count == 0
        || previous.utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress!, bytes, count) == 0 })
          == true
    {
      return previous
    }
    let value = String(decoding: fresh, as: UTF8.self)
    last[Int(i)] = value
    return value
  }

  mutating func string(_ statement: OpaquePointer, _ i: Int32) -> String {
    text(statement, i) ?? ""
  }

  /// A comma-separated list of themes, split once per distinct list.
  mutating func themes(_ statement: OpaquePointer, _ i: Int32) -> [String] {
    let text = string(statement, i)
    if let known = themes[text] { return known }
    let list = text.split(separator: ",").map(String.init)
    themes[text] = list
    return list
  }

  mutating func phases(_ statement: OpaquePointer, _ i: Int32) throws(StoreError) -> [PolicyPhase] {
    let text = string(statement, i)
    if let known = phases[text] { return known }
    let list = try PolicyPhase.parsing(text)
    phases[text] = list
    return list
  }

  /// Where and when a session was held.
  struct Place {
    var municipality: String?
    var month: String?
  }

  /// Each session's code, place and month, from `SELECT code, municipality, month`.
  static func places(_ statement: Statement, in db: Database, _ body: (String, Place) -> Void) throws {
    let s = statement.sqliteStatement
    var columns = ReportColumns(count: 3)
    while try step(s, db) {
      body(columns.string(s, 0), Place(municipality: columns.text(s, 1), month: columns.text(s, 2)))
    }
  }

  /// The next row of a statement: true for a row, false at the end.
  private static func step(_ s: OpaquePointer, _ db: Database) throws -> Bool {
    let code = sqlite3_step(s)
    if code == SQLITE_DONE { return false }
    guard code == SQLITE_ROW else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
    return true
  }

  /// Every row of a prepared statement, as report rows; an answer of a session that is not in
  /// `places` (withdrawn meanwhile) is passed by.
  static func forEach(
    _ statement: Statement, in db: Database, places: [String: Place], _ body: (ReportRow) -> Void
  ) throws {
    let s = statement.sqliteStatement
    var columns = ReportColumns(count: 13)
    var methods: [String: Method] = [:]
    var helpers: [String: AnsweredBy] = [:]
    var session = ""
    var place: Place?
    while try step(s, db) {
      let code = columns.string(s, 0)
      // Answers come grouped by session: the place is looked up when the session changes.
      if code != session {
        session = code
        place = places[code]
      }
      guard let place else { continue }
      let method = columns.string(s, 5)
      let answeredBy = columns.string(s, 11)
      if methods[method] == nil {
        methods[method] = try StoreError.parsed(Method(rawValue: method), "methode", method)
      }
      if helpers[answeredBy] == nil {
        helpers[answeredBy] = try StoreError.parsed(
          AnsweredBy(rawValue: answeredBy), "wie antwoordde", answeredBy)
      }
      let answer = AnswerRecord(
        questionID: columns.string(s, 2), participant: columns.string(s, 1), scriptID: columns.string(s, 3),
        scriptVersion: Int(sqlite3_column_int64(s, 4)), method: methods[method]!, kind: columns.string(s, 6),
        themes: columns.themes(s, 7), phases: try columns.phases(s, 8), valueKind: columns.string(s, 9),
        value: columns.text(s, 10), answeredBy: helpers[answeredBy]!, month: columns.string(s, 12))
      body(
        ReportRow(session: code, municipality: place.municipality, sessionMonth: place.month, answer: answer))
    }
  }
}
