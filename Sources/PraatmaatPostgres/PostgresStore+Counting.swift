import PostgresNIO
import PraatmaatCore
import PraatmaatStore

/// A report counted on the server: `GROUP BY` over the answers of the sessions the report
/// takes, people and sessions counted once per cell with the sum of their record keys, exactly
/// as `ReportBuilder` counts them. Only the cells, Persona cards and a panel's own statements
/// travel to the program that renders it.
extension PostgresStore: ReportCountingStore {
  public func countReport(
    script: String?, plan: ([StoredPlacement]) -> CountingPlan, quoted: (ReportRow) -> Void
  ) throws(StoreError) -> [CountedCell]? {
    try reading {
      // The lists the program sends (sessions, seats, placements) are parameters the planner
      // cannot count: it would guess a hundred rows and loop over them per answer. Hash joins
      // and room to count in memory, for this transaction only.
      try execute("SET LOCAL enable_nestloop = off; SET LOCAL work_mem = '512MB'")
      let plan = plan(try storedPlacements(script: script))
      guard plan.cells.count <= Self.mostCells else { return nil }
      let values = Self.values(plan)
      var cells = try query(Self.countingPrefix + Self.peopleAndAnswers, values).map(Self.cell)
      cells += try query(Self.countingPrefix + Self.closedQuestions, values).map(Self.closedCell)
      cells += try query(Self.countingPrefix + Self.quotes, values).map(Self.quoteCell)
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
        script: script, storedThemes: themes, storedPhases: phases, phases: try PolicyPhase.parsing(phases))
    }
  }

  /// The most cells a report can count on the server: each answer's cells are two 64-bit masks.
  static let mostCells = 128

  private static func values(_ plan: CountingPlan) -> [(any PostgresDynamicTypeEncodable)?] {
    func mask(_ cells: [Int], word: Int) -> Int64 {
      var bits: UInt64 = 0
      for cell in cells where cell / 64 == word { bits |= 1 << UInt64(cell % 64) }
      return Int64(bitPattern: bits)
    }
    let placements = plan.placements
    return [
      plan.sessions.map(\.code), plan.sessions.map { Int64($0.key) }, plan.sessions.map { Int64($0.people) },
      plan.seatKeys.map { Int64($0.session + 1) }, plan.seatKeys.map { Int64($0.seat) },
      plan.seatKeys.map { Int64($0.key) },
      placements.map(\.script), placements.map(\.storedThemes), placements.map(\.storedPhases),
      placements.map { mask($0.cells, word: 0) }, placements.map { mask($0.cells, word: 1) },
      placements.map { p in Int64(Set(p.cells.map { plan.cells[$0].phase.index }).reduce(0) { $0 | 1 << $1 })
      },
      plan.cells.map(\.phase.rawValue), plan.cells.map(\.theme),
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
    let (what, phase, theme, script, question, option, kind, multiple, count, key) = try row.decode(
      (String, String, String, String, String, String?, String, Bool, Int64, Int64).self)
    let measure: CountedCell.Measure =
      switch (what, option == nil) {
      case ("panel", true): .panelPeople
      case ("panel", false): .panelVote
      case ("advice", _): .advice
      case (_, true): .questionPeople
      case (_, false): .option
      }
    return CountedCell(
      measure,
      phase: try StoreError.parsed(PolicyPhase(rawValue: phase), "fase", phase), theme: theme, script: script,
      question: question, kind: kind, multiple: multiple, label: option,
      cell: CellCount(count: Int(count), key: UInt32(truncatingIfNeeded: key)))
  }

  private static func quoteCell(_ row: PostgresRow) throws -> CountedCell {
    let (phase, theme, script, question, text, vote, count, key) = try row.decode(
      (String, String, String, String, String, String?, Int64, Int64).self)
    return CountedCell(
      .quote, phase: try StoreError.parsed(PolicyPhase(rawValue: phase), "fase", phase), theme: theme,
      script: script, question: question, label: text, vote: vote,
      cell: CellCount(count: Int(count), key: UInt32(truncatingIfNeeded: key)))
  }

  /// A text as an SQL literal, for the names of kinds and roles written in code.
  private static func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// The sessions the report takes ($1–$3, numbered from 1: `sid`), their seats' record keys
  /// ($4–$6), the stored placements with the cells (two masks) and phases (a mask) they count
  /// under ($7–$12), the cells ($13–$14); and every answer that counts under a cell (a report
  /// counts nothing else), with its seat (0 for a session's one participant, 1… at a table,
  /// 15 for the group) and that seat's record key.
  /// The methods whose table answers as one group (a Persona card), as a SQL list.
  private static var groupCardMethods: String {
    MethodCatalog.all.filter(\.answersTogether).map { literal($0.id) }.joined(separator: ", ")
  }

  private static var countingPrefix: String {
    """
    WITH inc AS (
      SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[]) WITH ORDINALITY AS u(code, skey, people, sid)),
    seatkey AS (SELECT * FROM unnest($4::bigint[], $5::bigint[], $6::bigint[]) AS s(sid, seat, pkey)),
    stored AS (
      SELECT * FROM unnest($7::text[], $8::text[], $9::text[], $10::bigint[], $11::bigint[], $12::bigint[])
        WITH ORDINALITY AS p(script_id, themes, phases, cm0, cm1, pm, pid)),
    cell AS (SELECT c.n - 1 AS bit, c.phase, c.theme FROM unnest($13::text[], $14::text[]) WITH ORDINALITY AS c(phase, theme, n)),
    r AS (
      SELECT i.sid, i.skey, i.people, p.pid, p.cm0, p.cm1, p.pm, a.session_code AS code, a.participant, a.seq,
        a.method, a.question_id, a.kind, a.value_kind, a.value, a.answered_by <> \(literal(AnsweredBy.participant.rawValue)) AS helped,
        a.kind = \(literal(ReportBuilder.noteKind)) AS note, a.participant = 'groep' AS grp,
        (a.method IN (\(groupCardMethods)) AND a.participant = 'groep') AS tbl,
        CASE WHEN a.participant = '' THEN 0 WHEN a.participant ~ '^[0-9]{1,9}$' THEN a.participant::bigint
          ELSE 15 END AS seat
      FROM answer a JOIN inc i ON i.code = a.session_code
        JOIN stored p ON p.script_id = a.script_id AND p.themes = a.themes AND p.phases = a.phases
      WHERE a.question_id <> \(literal(AnswerRecord.tablePeopleID))
        AND a.kind <> \(literal(ReportBuilder.statementTextKind))
    ),
    rk AS (SELECT r.*, \(personKey("r", seat: "r.seat")) AS pkey FROM r LEFT JOIN seatkey k ON k.sid = r.sid AND k.seat = r.seat)
    """
  }

  /// A seat's record key: listed in `seatkey` (as `k`), else worked out.
  private static func personKey(_ table: String, seat: String) -> String {
    "CASE WHEN \(seat) = 0 THEN \(table).skey ELSE COALESCE(k.pkey, praatmaat_person_key(\(table).skey, \(seat)::int)) END"
  }

  /// Whether a cell `c` is among the cells of two masks.
  private static func inCell(_ low: String, _ high: String) -> String {
    "((CASE WHEN c.bit < 64 THEN \(low) >> c.bit::int ELSE \(high) >> (c.bit - 64)::int END) & 1) = 1"
  }

  /// A count and a sum of keys as the cells' two last columns (the sum modulo 2³²).
  private static func counted(_ count: String, _ keys: String) -> String {
    "COALESCE(\(count), 0)::bigint, (COALESCE(\(keys), 0) % 4294967296)::bigint"
  }

  /// The phases, by their bit in a phase mask.
  private static let phaseBits = PolicyPhase.allCases.map { "(\($0.index), \(literal($0.rawValue)))" }
    .joined(separator: ", ")

  /// People, sessions per method, answers (with help) and notes: for the report, per phase
  /// and per phase and theme. One pass over the answers counts per placement (additive
  /// counts) and, per person and per session, the cells they said something in (masks); the
  /// people and sessions of a cell are then counted per distinct mask.
  private static let peopleAndAnswers = """
    , agg AS MATERIALIZED (
      SELECT GROUPING(pid, seat) AS g, pid, sid, seat,
        count(*) FILTER (WHERE NOT note) AS n, sum(pkey) FILTER (WHERE NOT note) AS nk,
        count(*) FILTER (WHERE NOT note AND helped) AS h, sum(pkey) FILTER (WHERE NOT note AND helped) AS hk,
        count(*) FILTER (WHERE note) AS notes, sum(skey) FILTER (WHERE note) AS notek,
        bit_or(cm0) FILTER (WHERE NOT tbl AND NOT grp AND NOT note) AS p0,
        bit_or(cm1) FILTER (WHERE NOT tbl AND NOT grp AND NOT note) AS p1,
        bit_or(pm) FILTER (WHERE NOT tbl AND NOT grp AND NOT note) AS ppm,
        bit_or(cm0) FILTER (WHERE tbl) AS t0, bit_or(cm1) FILTER (WHERE tbl) AS t1, bit_or(pm) FILTER (WHERE tbl) AS tpm,
        bit_or(cm0) FILTER (WHERE NOT note) AS s0, bit_or(cm1) FILTER (WHERE NOT note) AS s1,
        bit_or(cm0) FILTER (WHERE \(openAnswer)) AS o0, bit_or(cm1) FILTER (WHERE \(openAnswer)) AS o1,
        min(pkey) AS pkey, min(skey) AS skey, min(people) AS people, min(method) AS method
      FROM rk GROUP BY GROUPING SETS ((pid), (sid, seat), (sid))
    ),
    -- Everyone a report counts: who answered, and everyone at a Persona table.
    persons AS (
      SELECT sid, seat, min(pkey) AS pkey, bit_or(c0) AS c0, bit_or(c1) AS c1, bit_or(pm) AS pm FROM (
        SELECT sid, seat, pkey, p0 AS c0, p1 AS c1, ppm AS pm FROM agg WHERE g = 2 AND p0 IS NOT NULL
        UNION ALL
        SELECT a.sid, s.seat, \(personKey("a", seat: "s.seat")), a.t0, a.t1, a.tpm
        FROM agg a CROSS JOIN LATERAL generate_series(1, greatest(1, least(8, a.people))) AS s(seat)
          LEFT JOIN seatkey k ON k.sid = a.sid AND k.seat = s.seat
        WHERE a.g = 3 AND a.t0 IS NOT NULL
      ) AS x GROUP BY sid, seat
    ),
    masks AS (SELECT c0, c1, pm, count(*) AS n, sum(pkey) AS k FROM persons GROUP BY c0, c1, pm),
    opened AS (SELECT o0, o1, count(*) AS n, sum(pkey) AS k FROM agg WHERE g = 2 AND o0 IS NOT NULL GROUP BY o0, o1),
    sessions AS (
      SELECT s0, s1, method, count(*) AS n, sum(skey) AS k FROM agg WHERE g = 3 AND s0 IS NOT NULL
      GROUP BY s0, s1, method
    ),
    places AS (SELECT a.*, s.cm0, s.cm1 FROM agg a JOIN stored s ON s.pid = a.pid WHERE a.g = 1),
    phase(bit, phase) AS (VALUES \(phaseBits))
    SELECT 'people', NULL::text, NULL::text, NULL::text, \(counted("sum(n)", "sum(k)")) FROM masks
    UNION ALL SELECT 'people', f.phase, NULL, NULL, \(counted("sum(m.n)", "sum(m.k)"))
      FROM masks m JOIN phase f ON ((m.pm >> f.bit) & 1) = 1 GROUP BY f.phase
    UNION ALL SELECT 'people', c.phase, c.theme, NULL, \(counted("sum(m.n)", "sum(m.k)"))
      FROM masks m JOIN cell c ON \(inCell("m.c0", "m.c1")) GROUP BY c.phase, c.theme
    UNION ALL SELECT 'open-people', c.phase, c.theme, NULL, \(counted("sum(m.n)", "sum(m.k)"))
      FROM opened m JOIN cell c ON \(inCell("m.o0", "m.o1")) GROUP BY c.phase, c.theme
    UNION ALL SELECT 'sessions', NULL, NULL, NULL, \(counted("sum(n)", "sum(k)")) FROM sessions
    UNION ALL SELECT 'method', NULL, NULL, method, \(counted("sum(n)", "sum(k)")) FROM sessions GROUP BY method
    UNION ALL SELECT 'sessions', c.phase, c.theme, NULL, \(counted("sum(s.n)", "sum(s.k)"))
      FROM sessions s JOIN cell c ON \(inCell("s.s0", "s.s1")) GROUP BY c.phase, c.theme
    UNION ALL SELECT 'method', c.phase, c.theme, s.method, \(counted("sum(s.n)", "sum(s.k)"))
      FROM sessions s JOIN cell c ON \(inCell("s.s0", "s.s1")) GROUP BY c.phase, c.theme, s.method
    UNION ALL SELECT 'answers', NULL, NULL, NULL, \(counted("sum(n)", "sum(nk)")) FROM places
    UNION ALL SELECT 'with-help', NULL, NULL, NULL, \(counted("sum(h)", "sum(hk)")) FROM places
    UNION ALL SELECT 'answers', c.phase, c.theme, NULL, \(counted("sum(p.n)", "sum(p.nk)"))
      FROM places p JOIN cell c ON \(inCell("p.cm0", "p.cm1")) GROUP BY c.phase, c.theme
    UNION ALL SELECT 'with-help', c.phase, c.theme, NULL, \(counted("sum(p.h)", "sum(p.hk)"))
      FROM places p JOIN cell c ON \(inCell("p.cm0", "p.cm1")) GROUP BY c.phase, c.theme
    UNION ALL SELECT 'notes', c.phase, c.theme, NULL, \(counted("sum(p.notes)", "sum(p.notek)"))
      FROM places p JOIN cell c ON \(inCell("p.cm0", "p.cm1")) GROUP BY c.phase, c.theme
    UNION ALL SELECT 'seen', c.phase, c.theme, NULL, 0, 0
      FROM places p JOIN cell c ON \(inCell("p.cm0", "p.cm1")) GROUP BY c.phase, c.theme
    """

  /// An open answer in words, as a report counts it (`ReportBuilder.route`).
  private static let openAnswer = """
    NOT note AND NOT grp AND value_kind = 'text' AND kind <> \(literal(QuestionKind.statement.word)) AND value <> ''
    """

  /// The suffix of a panel's advice on a statement.
  private static let adviceSuffix = "-advies"

  /// Closed questions, a panel's votes and advice per phase and theme: the people who answered
  /// (the row without an option) and who chose each option (a multiple choice's options one
  /// by one), the members who voted and each vote, and the tables that agreed on an advice.
  private static let closedQuestions = """
    , src AS (
      SELECT r.pid, r.pkey, r.skey, r.question_id, r.kind, r.value_kind, r.value,
        CASE WHEN NOT r.note AND NOT r.grp AND r.kind = \(literal(QuestionKind.statement.word)) THEN 'panel'
          WHEN r.grp AND NOT r.tbl AND NOT r.note AND r.question_id LIKE \(literal("%" + adviceSuffix))
            AND r.value IS NOT NULL THEN 'advice'
          WHEN NOT r.note AND NOT r.grp AND r.value_kind IN ('option', 'options', 'number', 'ageBand', 'dontKnow')
            AND NOT (r.value_kind = 'dontKnow' AND r.kind = \(literal(QuestionKind.open.word))) THEN 'closed'
        END AS what
      FROM rk r
    ),
    o AS (
      SELECT s.what, s.pid,
        CASE WHEN s.what = 'advice' THEN left(s.question_id, -\(adviceSuffix.count)) ELSE s.question_id END AS question_id,
        o.opt, min(s.kind) AS kind, bool_or(s.value_kind = 'options') AS multi, count(*) AS n,
        sum(CASE WHEN s.what = 'advice' THEN s.skey ELSE s.pkey END) AS k
      FROM src s CROSS JOIN LATERAL (
        SELECT u AS opt FROM unnest(CASE
            WHEN s.what = 'panel' THEN ARRAY[CASE WHEN s.value_kind = 'dontKnow' THEN 'weet-niet' ELSE s.value END]
            WHEN s.what = 'advice' THEN ARRAY[s.value]
            WHEN s.value_kind = 'options' THEN string_to_array(s.value, ',')
            WHEN s.value_kind = 'dontKnow' THEN ARRAY['weet-ik-niet'] ELSE ARRAY[s.value] END) AS u
        WHERE u IS NOT NULL AND (u <> '' OR (s.what = 'closed' AND s.value_kind <> 'options'))
        UNION ALL SELECT NULL WHERE s.what <> 'advice'
      ) AS o
      WHERE s.what IS NOT NULL
      GROUP BY s.what, s.pid, 3, o.opt
    )
    SELECT o.what, c.phase, c.theme, st.script_id, o.question_id, o.opt, min(o.kind), bool_or(o.multi),
      \(counted("sum(o.n)", "sum(o.k)"))
    FROM o JOIN stored st ON st.pid = o.pid JOIN cell c ON \(inCell("st.cm0", "st.cm1"))
    GROUP BY o.what, c.phase, c.theme, st.script_id, o.question_id, o.opt
    """

  /// Open answers per phase and theme, the same words together, earliest first: a panel
  /// member's reason with the vote it explains (the member's vote on the statement).
  private static let quotes = """
    , q AS (
      SELECT r.pid, r.question_id, r.value AS text, r.pkey, r.seq,
        CASE WHEN r.question_id LIKE \(literal("%" + ReportBuilder.reasonSuffix)) THEN (
          SELECT CASE WHEN v.value_kind = 'dontKnow' THEN 'weet-niet' ELSE v.value END FROM answer v
          WHERE v.session_code = r.code AND v.participant = r.participant
            AND v.question_id = left(r.question_id, -\(ReportBuilder.reasonSuffix.count))
            AND v.kind = \(literal(QuestionKind.statement.word)) LIMIT 1)
        END AS vote
      FROM rk r WHERE \(openAnswer)
    ),
    g AS (
      SELECT pid, question_id, text, vote, count(*) AS n, sum(pkey) AS k, min(seq) AS first
      FROM q GROUP BY pid, question_id, text, vote
    )
    SELECT c.phase, c.theme, s.script_id, g.question_id, g.text, g.vote, \(counted("g.n", "g.k"))
    FROM g JOIN stored s ON s.pid = g.pid JOIN cell c ON \(inCell("s.cm0", "s.cm1"))
    ORDER BY g.first, c.bit
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

  /// What a report shows whole: Persona cards (a table's lines) and a panel's own statements.
  private static var quotedAnswers: String {
    """
    kind <> \(literal(ReportBuilder.noteKind)) AND question_id <> \(literal(AnswerRecord.tablePeopleID))
    AND ((method IN (\(groupCardMethods)) AND participant = 'groep')
      OR kind = \(literal(ReportBuilder.statementTextKind)))
    """
  }
}
