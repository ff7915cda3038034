import PraatmaatCore
import PraatmaatStore

/// The server's tables, as versioned SQL: each migration runs once, in order, in one
/// transaction, and is never edited once shipped. The numbers follow the SQLite store's
/// migrations (`Migrations`): version 6 makes in one step the tables the file reaches after
/// its sixth, so a later change gets the same number on both.
enum PostgresMigrations {
  static let all: [(version: Int, name: String, sql: String)] = [
    (
      6, "sessions, answers, withdrawn codes, record keys and publication order",
      """
      CREATE TABLE session (
        code TEXT PRIMARY KEY,
        \(Migrations.sessionColumns)
        state TEXT,
        script_path TEXT,
        record_key BIGINT NOT NULL,
        ready BIGINT,
        people INTEGER,
        -- The order sessions were kept in (SQLite's rowid).
        seq BIGSERIAL NOT NULL
      );
      CREATE INDEX session_ready ON session(ready);
      CREATE TABLE answer (
        session_code TEXT NOT NULL REFERENCES session(code) ON DELETE CASCADE,
        participant TEXT NOT NULL DEFAULT '',
        question_id TEXT NOT NULL,
        entry INTEGER NOT NULL DEFAULT 0,
        \(Migrations.answerColumns)
        -- The order answers were kept in; a new answer after `terug` takes a new place.
        seq BIGSERIAL NOT NULL,
        PRIMARY KEY (session_code, participant, question_id, entry)
      );
      CREATE INDEX answer_script ON answer(script_id);
      CREATE INDEX answer_order ON answer(session_code, seq);
      CREATE TABLE withdrawn (
        code TEXT PRIMARY KEY,
        script_id TEXT,
        month TEXT,
        ready BIGINT,
        people INTEGER,
        municipality TEXT
      );
      \(functions)
      """
    ),
    // The server's alone: reports count there (`PostgresStore.countReport`). The file's next
    // migration takes number 8, so that the two keep one numbering.
    (7, "record keys of the seats at a table, for counting on the server", personKey),
  ]

  /// `RecordKey.person` in SQL: a seat's record key from its session's key (SplitMix64's
  /// finaliser, modulo 2⁶⁴ in NUMERIC; the shifts and exclusive or on BIT(64)).
  static let personKey = """
    CREATE FUNCTION praatmaat_person_key(k BIGINT, seat INTEGER) RETURNS BIGINT
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
    DECLARE
      m CONSTANT NUMERIC := 18446744073709551616;
      h CONSTANT NUMERIC := 9223372036854775808;
      z NUMERIC;
      b BIT(64);
      s BIGINT;
    BEGIN
      IF seat = 0 THEN RETURN k; END IF;
      z := (k + seat * 11400714819323198485) % m;
      b := (CASE WHEN z >= h THEN z - m ELSE z END)::BIGINT::BIT(64);
      s := (b # (b >> 30))::BIGINT;
      z := ((CASE WHEN s < 0 THEN s + m ELSE s END) * 13787848793156610489) % m;
      b := (CASE WHEN z >= h THEN z - m ELSE z END)::BIGINT::BIT(64);
      s := (b # (b >> 27))::BIGINT;
      z := ((CASE WHEN s < 0 THEN s + m ELSE s END) * 10723151780598845931) % m;
      b := (CASE WHEN z >= h THEN z - m ELSE z END)::BIGINT::BIT(64);
      RETURN (b # (b >> 31))::BIGINT & 4294967295;
    END
    $$;
    """

  /// What a laptop may do on the region's server, and nothing more: send a session
  /// (`praatmaat_receive`) and a withdrawal (`praatmaat_withdraw`). They run with the rights
  /// of the tables' owner (SECURITY DEFINER), so a laptop's role needs no right to read or
  /// change a table; EXECUTE is granted per role by the region (see the README). Both follow
  /// `MergeRules` and hold the rounds lock, so the place in the publication rounds follows the
  /// order of commits.
  static let functions = """
    CREATE FUNCTION praatmaat_next_ready() RETURNS BIGINT LANGUAGE sql AS $$
      SELECT COALESCE(MAX(r), 0) + 1 FROM
        (SELECT MAX(ready) AS r FROM session UNION ALL SELECT MAX(ready) FROM withdrawn) AS latest
    $$;

    -- The people of a session: the seats that answered, or a Persona table's people.
    CREATE FUNCTION praatmaat_people(s session) RETURNS INTEGER LANGUAGE sql STABLE AS $$
      SELECT GREATEST(1, COALESCE(s.people, 0), (SELECT count(DISTINCT a.participant)::INTEGER FROM answer a
        WHERE a.session_code = s.code AND a.participant != 'groep'))
    $$;

    -- The answers a session removed had; -1 when only its code was noted, -2 when it was
    -- withdrawn before.
    CREATE FUNCTION praatmaat_withdraw(p_code TEXT) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    DECLARE
      n INTEGER;
    BEGIN
      PERFORM pg_advisory_xact_lock(\(PostgresStore.roundsLock));
      IF NOT EXISTS (SELECT 1 FROM session WHERE code = p_code) THEN
        IF EXISTS (SELECT 1 FROM withdrawn WHERE code = p_code) THEN RETURN -2; END IF;
        INSERT INTO withdrawn (code) VALUES (p_code);
        RETURN -1;
      END IF;
      SELECT count(*) INTO n FROM answer WHERE session_code = p_code;
      INSERT INTO withdrawn (code, script_id, month, ready, people, municipality)
        SELECT s.code, s.script_id, s.month, s.ready, praatmaat_people(s), s.municipality
        FROM session s WHERE s.code = p_code
        ON CONFLICT (code) DO NOTHING;
      DELETE FROM session WHERE code = p_code;
      RETURN n;
    END
    $$;

    -- Takes one session with its answers, as one line of a bundle (`SessionBundle.Entry`):
    -- 'added', 'updated', 'known' (this copy went on less far, or the session is still going
    -- on here) or 'withdrawn' (never brought back).
    CREATE FUNCTION praatmaat_receive(p_entry JSONB) RETURNS TEXT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    DECLARE
      v_code TEXT := p_entry->>'code';
      v_status TEXT := p_entry->>'status';
      v_answers JSONB := COALESCE(p_entry->'answers', '[]');
      stored session%ROWTYPE;
      stored_answers INTEGER;
      incoming_done BOOLEAN := v_status IN ('finished', 'withdrawn');
      stored_done BOOLEAN;
      outcome TEXT := 'added';
    BEGIN
      PERFORM pg_advisory_xact_lock(\(PostgresStore.roundsLock));
      IF EXISTS (SELECT 1 FROM withdrawn WHERE code = v_code) THEN RETURN 'withdrawn'; END IF;
      SELECT * INTO stored FROM session WHERE code = v_code;
      IF FOUND THEN
        SELECT count(*) INTO stored_answers FROM answer WHERE session_code = v_code;
        stored_done := stored.status IN ('finished', 'withdrawn');
        IF stored.state IS NOT NULL OR NOT (CASE WHEN incoming_done <> stored_done THEN incoming_done
            ELSE NOT stored_done AND jsonb_array_length(v_answers) > stored_answers END) THEN
          RETURN 'known';
        END IF;
        DELETE FROM session WHERE code = v_code;
        outcome := 'updated';
      END IF;
      INSERT INTO session (code, script_id, script_version, method, municipality, age_band, status, month,
        record_key, ready)
      VALUES (v_code, p_entry->>'scriptID', (p_entry->>'scriptVersion')::INTEGER, p_entry->>'method',
        p_entry->>'municipality', p_entry->>'ageBand', v_status, p_entry->>'month',
        COALESCE((p_entry->>'recordKey')::BIGINT, floor(random() * 4294967296)::BIGINT),
        CASE WHEN v_status = 'finished' THEN praatmaat_next_ready() END);
      -- Notes are numbered beside the answer to their question; of two answers to one question
      -- by one participant the later one stays, as when they are kept one by one.
      INSERT INTO answer (session_code, participant, question_id, entry, script_id, script_version, method,
        kind, themes, phases, value_kind, value, answered_by, month)
      SELECT v_code, COALESCE(doc->>'participant', ''), doc->>'questionID', entry, doc->>'scriptID',
        (doc->>'scriptVersion')::INTEGER, doc->>'method', doc->>'kind',
        array_to_string(ARRAY(SELECT jsonb_array_elements_text(doc->'themes')), ','),
        array_to_string(ARRAY(SELECT jsonb_array_elements_text(doc->'phases')), ','),
        doc->>'valueKind', doc->>'value', doc->>'answeredBy', doc->>'month'
      FROM (
        SELECT DISTINCT ON (doc->>'participant', doc->>'questionID', entry) doc, n, entry
        FROM (
          SELECT e.doc, e.n, CASE WHEN e.doc->>'kind' = 'notitie' THEN row_number() OVER (
              PARTITION BY e.doc->>'participant', e.doc->>'questionID', e.doc->>'kind' = 'notitie'
              ORDER BY e.n) ELSE 0 END AS entry
          FROM jsonb_array_elements(v_answers) WITH ORDINALITY AS e(doc, n)
        ) AS numbered
        ORDER BY doc->>'participant', doc->>'questionID', entry, n DESC
      ) AS kept
      ORDER BY n;
      UPDATE session SET people = a.value::INTEGER FROM answer a
      WHERE session.code = v_code AND a.session_code = v_code AND a.participant = 'groep'
        AND a.question_id = '\(AnswerRecord.tablePeopleID)' AND a.value ~ '^[0-9]{1,6}$';
      RETURN outcome;
    END
    $$;

    REVOKE ALL ON FUNCTION praatmaat_withdraw(TEXT), praatmaat_receive(JSONB) FROM PUBLIC;
    """

  /// Brings the server's tables up to date; a server made by a newer praatmaat is refused.
  /// Two programs starting at once wait for each other (an advisory lock).
  static func migrate(_ store: PostgresStore) throws(StoreError) {
    try store.transaction(roundsOrder: true) {
      // A laptop's role may not create anything: the table is only made when it is not there.
      if try store.scalar(String.self, "SELECT to_regclass('praatmaat_schema')::text") == nil {
        try store.execute(
          """
          CREATE TABLE praatmaat_schema (
            version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TIMESTAMPTZ NOT NULL DEFAULT now())
          """)
      }
      let current = try store.scalar(Int.self, "SELECT max(version) FROM praatmaat_schema") ?? 0
      guard current <= all.last!.version else { throw StoreError.newerVersion(store.location) }
      for migration in all where migration.version > current {
        try store.execute(migration.sql)
        _ = try store.query(
          "INSERT INTO praatmaat_schema (version, name) VALUES ($1, $2)", [migration.version, migration.name])
      }
    }
  }
}
