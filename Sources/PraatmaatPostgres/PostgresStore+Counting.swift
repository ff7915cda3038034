import PostgresNIO
import PraatmaatCore
import PraatmaatStore

/// A report counted on the server: `GROUP BY` over the answers of the sessions the report
/// takes, people and sessions counted once per cell with the sum of their record keys, exactly
/// as `ReportBuilder` counts them. Only the cells and the answers a report shows in words
/// travel to the program that renders it.
extension PostgresStore: ReportCountingStore {
  public func countReport(
    script: String?, plan: ([StoredPlacement]) -> CountingPlan, quoted: (ReportRow) -> Void
  ) throws(StoreError) -> [CountedCell] {
    try reading {
      let plan = plan(try storedPlacements(script: script))
      let values = Self.values(plan)
      var cells = try query(Self.countingPrefix + Self.peopleAndAnswers, values).map(Self.cell)
      cells += try query(Self.countingPrefix + Self.closedQuestions, values).map(Self.closedCell)
      cells += try query(Self.countingPrefix + Self.sessionsStarted, values).map(Self.cell)
      try streamRows(script: script, only: Self.quotedAnswers, quoted)
      return cells
    }
  }

  /// The themes and phases answers were stored with, per script.
  private func storedPlacements(script: String?) throws -> [StoredPlacement] {
    var sql = "SELECT DISTINCT script_id, themes, phases FROM answer"
    var values: [(any PostgresDynamicTypeEncodable)?] = []
    if let script {
      sql += " WHERE script_id = $1"
      values.append(script)
    }
    return try query(sql, values).map { row in
      let (script, themes, phases) = try row.decode((String, String, String).self)
      return StoredPlacement(
        script: script, storedThemes: themes, storedPhases: phases,
        themes: themes.split(separator: ",").map(String.init), phases: try PolicyPhase.parsing(phases))
    }
  }

  private static func values(_ plan: CountingPlan) -> [(any PostgresDynamicTypeEncodable)?] {
    [
      plan.sessions.map(\.code), plan.sessions.map { Int64($0.key) }, plan.sessions.map { Int64($0.people) },
      plan.seatKeys.map(\.code), plan.seatKeys.map { Int64($0.seat) }, plan.seatKeys.map { Int64($0.key) },
      plan.placements.map(\.script), plan.placements.map(\.storedThemes), plan.placements.map(\.storedPhases),
      plan.placements.map(\.phase.rawValue), plan.placements.map(\.theme),
    ]
  }

  private static func cell(_ row: PostgresRow) throws -> CountedCell {
    let (measure, phase, theme, label, count, key) = try row.decode(
      (String, String?, String?, String?, Int64, Int64).self)
    return CountedCell(
      try StoreError.parsed(CountedCell.Measure(rawValue: measure), "telling", measure),
      phase: try phase.map { phase throws(StoreError) in
        try StoreError.parsed(PolicyPhase(rawValue: phase), "fase", phase)
      }, theme: theme, label: label, cell: CellCount(count: Int(count), key: UInt32(truncatingIfNeeded: key)))
  }

  private static func closedCell(_ row: PostgresRow) throws -> CountedCell {
    let (phase, theme, script, question, option, kind, multiple, count, key) = try row.decode(
      (String, String, String, String, String?, String, Bool, Int64, Int64).self)
    return CountedCell(
      option == nil ? .questionPeople : .option,
      phase: try StoreError.parsed(PolicyPhase(rawValue: phase), "fase", phase), theme: theme, script: script,
      question: question, kind: kind, multiple: multiple, label: option,
      cell: CellCount(count: Int(count), key: UInt32(truncatingIfNeeded: key)))
  }

  /// A text as an SQL literal, for the names of kinds and roles written in code.
  private static func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// The sessions the report takes ($1–$3), their seats' record keys ($4–$6), where each
  /// stored placement counts ($7–$11), and their answers that count under a phase and theme
  /// (a report counts nothing else), with each one's seat: 0 for a session's one participant,
  /// 1… at a table, 15 for the group.
  private static let countingPrefix = """
    WITH inc(code, skey, people) AS (SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[])),
    seatkey(code, seat, pkey) AS (SELECT * FROM unnest($4::text[], $5::bigint[], $6::bigint[])),
    place(script_id, themes, phases, phase, theme) AS (
      SELECT * FROM unnest($7::text[], $8::text[], $9::text[], $10::text[], $11::text[])),
    r AS (
      SELECT a.session_code AS code, i.skey, i.people, a.script_id, a.themes, a.phases, a.method,
        a.question_id, a.kind, a.value_kind, a.value,
        a.answered_by <> \(literal(AnsweredBy.participant.rawValue)) AS helped,
        a.kind = \(literal(ReportBuilder.noteKind)) AS note, a.participant = 'groep' AS grp,
        (a.method = \(literal(Method.persona.rawValue)) AND a.participant = 'groep') AS tbl,
        CASE WHEN a.participant = '' THEN 0 WHEN a.participant ~ '^[0-9]{1,9}$' THEN a.participant::bigint
          ELSE 15 END AS seat
      FROM answer a JOIN inc i ON i.code = a.session_code
      WHERE a.question_id <> \(literal(AnswerRecord.tablePeopleID))
        AND a.kind <> \(literal(ReportBuilder.statementTextKind))
        AND (a.script_id, a.themes, a.phases) IN (SELECT script_id, themes, phases FROM place)
    )
    """

  /// A seat's record key: listed in `seatkey`, else worked out.
  private static func personKey(_ table: String, seat: String) -> String {
    "CASE WHEN \(seat) = 0 THEN \(table).skey ELSE COALESCE(k.pkey, praatmaat_person_key(\(table).skey, \(seat)::int)) END"
  }

  /// A count and a sum of keys as the cells' two last columns (the sum modulo 2³²).
  private static func counted(_ count: String, _ keys: String) -> String {
    "COALESCE(\(count), 0)::bigint, (COALESCE(\(keys), 0) % 4294967296)::bigint"
  }

  /// People, sessions per method, answers (with help) and notes: for the report, per phase
  /// and per phase and theme. Answers are first summed per person and placement (`b`).
  private static let peopleAndAnswers = """
    , b AS MATERIALIZED (
      SELECT code, skey, people, seat, tbl, grp, method, script_id, themes, phases,
        count(*) FILTER (WHERE NOT note) AS n, count(*) FILTER (WHERE NOT note AND helped) AS h,
        count(*) FILTER (WHERE note) AS notes
      FROM r GROUP BY code, skey, people, seat, tbl, grp, method, script_id, themes, phases
    ),
    bk AS MATERIALIZED (
      SELECT b.*, \(personKey("b", seat: "b.seat")) AS pkey
      FROM b LEFT JOIN seatkey k ON k.code = b.code AND k.seat = b.seat
    ),
    bp AS MATERIALIZED (SELECT bk.*, p.phase, p.theme FROM bk JOIN place p USING (script_id, themes, phases)),
    -- The people an answer stands for: who gave it, or at a Persona table everyone at it.
    cp AS MATERIALIZED (
      SELECT DISTINCT b.code, s.seat, \(personKey("b", seat: "s.seat")) AS pkey, b.script_id, b.themes, b.phases
      FROM b CROSS JOIN LATERAL (
        SELECT CASE WHEN b.tbl THEN g ELSE b.seat END AS seat
        FROM generate_series(1, CASE WHEN b.tbl THEN greatest(1, least(8, b.people)) ELSE 1 END) AS g
      ) AS s
      LEFT JOIN seatkey k ON k.code = b.code AND k.seat = s.seat
      WHERE b.tbl OR (NOT b.grp AND b.n > 0)
    ),
    cpp AS MATERIALIZED (
      SELECT DISTINCT p.phase, p.theme, cp.code, cp.seat, cp.pkey FROM cp JOIN place p USING (script_id, themes, phases)
    )
    SELECT 'people', NULL::text, NULL::text, NULL::text, \(counted("count(*)", "sum(pkey)"))
      FROM (SELECT DISTINCT code, seat, pkey FROM cp) AS x
    UNION ALL SELECT 'people', phase, NULL, NULL, \(counted("count(*)", "sum(pkey)"))
      FROM (SELECT DISTINCT phase, code, seat, pkey FROM cpp) AS x GROUP BY phase
    UNION ALL SELECT 'people', phase, theme, NULL, \(counted("count(*)", "sum(pkey)")) FROM cpp GROUP BY phase, theme
    UNION ALL SELECT 'sessions', NULL, NULL, NULL, \(counted("count(*)", "sum(skey)"))
      FROM (SELECT DISTINCT code, skey FROM b WHERE n > 0) AS x
    UNION ALL SELECT 'method', NULL, NULL, method, \(counted("count(*)", "sum(skey)"))
      FROM (SELECT DISTINCT code, skey, method FROM b WHERE n > 0) AS x GROUP BY method
    UNION ALL SELECT 'sessions', phase, theme, NULL, \(counted("count(*)", "sum(skey)"))
      FROM (SELECT DISTINCT phase, theme, code, skey FROM bp WHERE n > 0) AS x GROUP BY phase, theme
    UNION ALL SELECT 'method', phase, theme, method, \(counted("count(*)", "sum(skey)"))
      FROM (SELECT DISTINCT phase, theme, code, skey, method FROM bp WHERE n > 0) AS x GROUP BY phase, theme, method
    UNION ALL SELECT 'answers', NULL, NULL, NULL, \(counted("sum(n)", "sum(n * pkey)")) FROM bk
    UNION ALL SELECT 'with-help', NULL, NULL, NULL, \(counted("sum(h)", "sum(h * pkey)")) FROM bk
    UNION ALL SELECT 'answers', phase, theme, NULL, \(counted("sum(n)", "sum(n * pkey)")) FROM bp GROUP BY phase, theme
    UNION ALL SELECT 'with-help', phase, theme, NULL, \(counted("sum(h)", "sum(h * pkey)"))
      FROM bp GROUP BY phase, theme
    UNION ALL SELECT 'notes', phase, theme, NULL, \(counted("sum(notes)", "sum(notes * skey)"))
      FROM bp GROUP BY phase, theme
    UNION ALL SELECT 'seen', phase, theme, NULL, 0, 0 FROM bp GROUP BY phase, theme
    """

  /// Closed questions per phase and theme: the people who answered (the row without an
  /// option) and who chose each option, a multiple choice's options one by one.
  private static let closedQuestions = """
    , c AS (
      SELECT r.script_id, r.themes, r.phases, r.question_id, r.kind, r.value_kind, r.value,
        \(personKey("r", seat: "r.seat")) AS pkey
      FROM r LEFT JOIN seatkey k ON k.code = r.code AND k.seat = r.seat
      WHERE NOT r.note AND NOT r.grp AND r.kind <> \(literal(QuestionKind.statement.word))
        AND r.value_kind IN ('option', 'options', 'number', 'ageBand', 'dontKnow')
        AND NOT (r.value_kind = 'dontKnow' AND r.kind = \(literal(QuestionKind.open.word)))
    ),
    o AS (
      SELECT c.script_id, c.themes, c.phases, c.question_id, o.opt, min(c.kind) AS kind,
        bool_or(c.value_kind = 'options') AS multi, count(*) AS n, sum(c.pkey) AS k
      FROM c CROSS JOIN LATERAL (
        SELECT u AS opt FROM unnest(CASE c.value_kind WHEN 'options' THEN string_to_array(c.value, ',')
          WHEN 'dontKnow' THEN ARRAY['weet-ik-niet'] ELSE ARRAY[c.value] END) AS u
        WHERE u IS NOT NULL AND (u <> '' OR c.value_kind <> 'options')
        UNION ALL SELECT NULL
      ) AS o
      GROUP BY c.script_id, c.themes, c.phases, c.question_id, o.opt
    )
    SELECT p.phase, p.theme, o.script_id, o.question_id, o.opt, min(o.kind), bool_or(o.multi),
      \(counted("sum(o.n)", "sum(o.k)"))
    FROM o JOIN place p USING (script_id, themes, phases)
    GROUP BY p.phase, p.theme, o.script_id, o.question_id, o.opt
    """

  /// The sessions with an answer: per script and municipality, and their first and last month.
  private static let sessionsStarted = """
    , started AS MATERIALIZED (
      SELECT s.script_id, s.municipality, s.month, i.skey FROM inc i JOIN session s ON s.code = i.code
      WHERE EXISTS (SELECT 1 FROM answer a WHERE a.session_code = i.code)
    )
    SELECT 'script', NULL::text, NULL::text, script_id, \(counted("count(*)", "sum(skey)"))
      FROM started GROUP BY script_id
    UNION ALL SELECT 'municipality', NULL, NULL, municipality, \(counted("count(*)", "sum(skey)"))
      FROM started WHERE municipality <> '' GROUP BY municipality
    UNION ALL SELECT 'first-month', NULL, NULL, min(month), 0, 0 FROM started HAVING count(*) > 0
    UNION ALL SELECT 'last-month', NULL, NULL, max(month), 0, 0 FROM started HAVING count(*) > 0
    """

  /// The answers a report shows in words: open answers, a panel's votes and own statements,
  /// what a group said (advice, Persona cards).
  private static let quotedAnswers = """
    kind <> \(literal(ReportBuilder.noteKind)) AND question_id <> \(literal(AnswerRecord.tablePeopleID))
    AND (participant = 'groep' OR value_kind = 'text'
      OR kind IN (\(literal(QuestionKind.statement.word)), \(literal(ReportBuilder.statementTextKind))))
    """
}
