import PostgresNIO
import PraatmaatCore
import PraatmaatStore

extension PostgresStore {
  public func answerCount(script: String?) throws(StoreError) -> Int {
    try reading {
      if let script {
        return try scalar(Int.self, "SELECT count(*) FROM answer WHERE script_id = $1", [script]) ?? 0
      }
      return try scalar(Int.self, "SELECT count(*) FROM answer") ?? 0
    }
  }

  public func reportSessions() throws(StoreError) -> [ReportSession] {
    try reading {
      let sessions = try query(
        """
        SELECT s.code, s.script_id, s.municipality, s.ready, s.month, s.record_key, praatmaat_people(s) AS people
        FROM session s WHERE s.status != 'withdrawn'
        """
      ).map { row in
        let r = row.makeRandomAccess()
        return ReportSession(
          code: try r[0].decode(String.self), script: try r[1].decode(String.self),
          municipality: try r[2].decode(String?.self), ready: try r[3].decode(Int?.self),
          month: try r[4].decode(String.self),
          people: min(TableState.maximumParticipants, try r[6].decode(Int.self)),
          recordKey: UInt32(truncatingIfNeeded: try r[5].decode(Int64.self)))
      }
      let withdrawn = try query(
        """
        SELECT code, script_id, municipality, month, ready, people FROM withdrawn
        WHERE ready IS NOT NULL AND script_id IS NOT NULL
        """
      ).map { row in
        let r = row.makeRandomAccess()
        return ReportSession(
          code: try r[0].decode(String.self), script: try r[1].decode(String.self),
          municipality: try r[2].decode(String?.self), ready: try r[4].decode(Int?.self),
          month: try r[3].decode(String?.self) ?? "", people: try r[5].decode(Int?.self) ?? 1, recordKey: 0,
          withdrawn: true)
      }
      return sessions + withdrawn
    }
  }

  public func forEachReportRow(script: String?, _ body: (ReportRow) -> Void) throws(StoreError) {
    try reading { try streamRows(script: script, body) }
  }

  /// The answers of sessions kept, with their session's place and month; `only`: a condition
  /// on the answer's columns. Run inside a transaction.
  func streamRows(script: String?, only condition: String? = nil, _ body: (ReportRow) -> Void) throws {
    var places: [String: (municipality: String?, month: String)] = [:]
    for row in try query("SELECT code, municipality, month FROM session WHERE status != 'withdrawn'") {
      let r = row.makeRandomAccess()
      places[try r[0].decode(String.self)] = (try r[1].decode(String?.self), try r[2].decode(String.self))
    }
    var sql = "SELECT session_code, \(Self.answerColumns) FROM answer"
    var values: [(any PostgresDynamicTypeEncodable)?] = []
    var conditions = condition.map { ["(\($0))"] } ?? []
    if let script {
      conditions.append("script_id = $1")
      values.append(script)
    }
    if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
    // The rows arrive on the connection's thread while this one waits: `body` is only ever
    // called from there, one row after the other.
    try withoutActuallyEscaping(body) { body in
      let sink = RowSink(places: places, body: body)
      // The connection may hold on to its callback (and so the sink) a little after the last
      // row: the sink lets go of `body` first, as `withoutActuallyEscaping` requires.
      defer { sink.finish() }
      try stream(sql, values) { row in try sink.take(row) }
    }
  }
}

/// Hands streamed rows to a report, one at a time, on the connection's thread. Within a
/// session most columns repeat from the row before (script, method, themes, month …): a
/// column whose bytes did not change gives back the same String, and the lists and kinds
/// read from it are parsed once per distinct value.
private final class RowSink: @unchecked Sendable {
  let places: [String: (municipality: String?, month: String)]
  private var body: ((ReportRow) -> Void)?
  private var lastBytes: [ByteBuffer?] = Array(repeating: nil, count: 13)
  private var lastText: [String?] = Array(repeating: nil, count: 13)
  private var methods: [String: Method] = [:]
  private var helpers: [String: AnsweredBy] = [:]
  private var themes: [String: [String]] = [:]
  private var phases: [String: [PolicyPhase]] = [:]

  /// After the last row: `body` is not called again.
  func finish() { body = nil }

  init(places: [String: (municipality: String?, month: String)], body: @escaping (ReportRow) -> Void) {
    self.places = places
    self.body = body
  }

  /// Column `i` as text, nil for NULL; the same String as before when the bytes are the same.
  private func text(_ cell: PostgresCell) throws -> String? {
    let i = cell.columnIndex
    guard let bytes = cell.bytes else { return nil }
    if let previous = lastText[i], lastBytes[i] == bytes { return previous }
    let value = try cell.decode(String.self)
    lastBytes[i] = bytes
    lastText[i] = value
    return value
  }

  func take(_ row: PostgresRow) throws {
    var cells: [PostgresCell] = []
    cells.reserveCapacity(13)
    cells.append(contentsOf: row)
    let code = try text(cells[0]) ?? ""
    // An answer of a session withdrawn meanwhile is passed by.
    guard let place = places[code] else { return }
    let method = try text(cells[5]) ?? ""
    let answeredBy = try text(cells[11]) ?? ""
    let themeList = try text(cells[7]) ?? ""
    let phaseList = try text(cells[8]) ?? ""
    if methods[method] == nil {
      methods[method] = try StoreError.parsed(Method(rawValue: method), "methode", method)
    }
    if helpers[answeredBy] == nil {
      helpers[answeredBy] = try StoreError.parsed(
        AnsweredBy(rawValue: answeredBy), "wie antwoordde", answeredBy)
    }
    if themes[themeList] == nil { themes[themeList] = themeList.split(separator: ",").map(String.init) }
    if phases[phaseList] == nil { phases[phaseList] = try PolicyPhase.parsing(phaseList) }
    let answer = AnswerRecord(
      questionID: try text(cells[1]) ?? "", participant: try text(cells[2]) ?? "",
      scriptID: try text(cells[3]) ?? "", scriptVersion: try cells[4].decode(Int.self),
      method: methods[method]!, kind: try text(cells[6]) ?? "", themes: themes[themeList]!,
      phases: phases[phaseList]!, valueKind: try text(cells[9]) ?? "", value: try text(cells[10]),
      answeredBy: helpers[answeredBy]!, month: try text(cells[12]) ?? "")
    body?(
      ReportRow(session: code, municipality: place.municipality, sessionMonth: place.month, answer: answer))
  }
}
