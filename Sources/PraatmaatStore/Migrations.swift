import GRDB

/// Named, ordered migrations; they run when the store opens. Never edit a shipped one.
package enum Migrations {
  /// The columns every version of the session table has had, in this order; written once so
  /// the versions (and the server's tables) cannot drift apart. Never change them: a new
  /// column is a new migration.
  package static let sessionColumns = """
    script_id TEXT NOT NULL,
      script_version INTEGER NOT NULL,
      method TEXT NOT NULL,
      municipality TEXT,
      age_band TEXT,
      status TEXT NOT NULL,
      month TEXT NOT NULL,
    """

  /// The same for the answer table.
  package static let answerColumns = """
    script_id TEXT NOT NULL,
      script_version INTEGER NOT NULL,
      method TEXT NOT NULL,
      kind TEXT NOT NULL,
      themes TEXT NOT NULL,
      phases TEXT NOT NULL,
      value_kind TEXT NOT NULL,
      value TEXT,
      answered_by TEXT NOT NULL,
      month TEXT NOT NULL,
    """

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: sessions and answers") { db in
      try db.execute(
        sql: """
          CREATE TABLE session (
            code TEXT PRIMARY KEY NOT NULL,
            \(sessionColumns)
            state BLOB
          );
          CREATE TABLE answer (
            session_code TEXT NOT NULL REFERENCES session(code) ON DELETE CASCADE,
            participant TEXT NOT NULL DEFAULT '',
            question_id TEXT NOT NULL,
            \(answerColumns)
            PRIMARY KEY (session_code, participant, question_id)
          );
          CREATE INDEX answer_script ON answer(script_id);
          """)
    }
    // A supporter's note is kept under the question it belongs to, beside the answer to
    // it: `entry` is 0 for the answer (a new answer replaces it) and 1, 2 … for notes.
    migrator.registerMigration("v2: notes beside answers") { db in
      try db.execute(
        sql: """
          CREATE TABLE answer_v2 (
            session_code TEXT NOT NULL REFERENCES session(code) ON DELETE CASCADE,
            participant TEXT NOT NULL DEFAULT '',
            question_id TEXT NOT NULL,
            entry INTEGER NOT NULL DEFAULT 0,
            \(answerColumns)
            PRIMARY KEY (session_code, participant, question_id, entry)
          );
          INSERT INTO answer_v2 (session_code, participant, question_id, script_id, script_version, method,
            kind, themes, phases, value_kind, value, answered_by, month)
            SELECT session_code, participant, question_id, script_id, script_version, method,
              kind, themes, phases, value_kind, value, answered_by, month
            FROM answer ORDER BY rowid;
          DROP TABLE answer;
          ALTER TABLE answer_v2 RENAME TO answer;
          CREATE INDEX answer_script ON answer(script_id);
          """)
    }
    // A withdrawn session leaves only its code behind, so that an old bundle cannot bring
    // it back and the withdrawal can travel to the central store in a bundle.
    migrator.registerMigration("v3: withdrawn session codes") { db in
      try db.execute(sql: "CREATE TABLE withdrawn (code TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID")
    }
    // A session started from a file outside Content/scripts remembers that file, to resume.
    migrator.registerMigration("v4: script file of a session") { db in
      try db.execute(sql: "ALTER TABLE session ADD COLUMN script_path TEXT")
    }
    // The cell key method: every session gets a random record key once, kept for good. A
    // finished session gets the next number in `ready`, the order in which sessions became
    // ready for reports; reports publish them in rounds in that order. `people`: how many sat
    // at a Persona table (its answers are the group's). A withdrawn session keeps its script,
    // month, place in that order and number of people (no answer), so that the rounds after
    // it are cut the same as before.
    migrator.registerMigration("v5: record keys and publication order") { db in
      try db.execute(
        sql: """
          ALTER TABLE session ADD COLUMN record_key INTEGER;
          ALTER TABLE session ADD COLUMN ready INTEGER;
          CREATE INDEX session_ready ON session(ready);
          ALTER TABLE session ADD COLUMN people INTEGER;
          ALTER TABLE withdrawn ADD COLUMN script_id TEXT;
          ALTER TABLE withdrawn ADD COLUMN month TEXT;
          ALTER TABLE withdrawn ADD COLUMN ready INTEGER;
          ALTER TABLE withdrawn ADD COLUMN people INTEGER;
          UPDATE session SET record_key = random() & 4294967295;
          UPDATE session SET ready = ordered.n
          FROM (SELECT code, row_number() OVER (ORDER BY rowid) AS n FROM session WHERE status = 'finished')
            AS ordered
          WHERE session.code = ordered.code;
          """)
    }
    // A report for one municipality cuts its own publication rounds: a withdrawn session
    // keeps its municipality too, so those rounds are cut the same after a withdrawal.
    migrator.registerMigration("v6: municipality of a withdrawn session") { db in
      try db.execute(sql: "ALTER TABLE withdrawn ADD COLUMN municipality TEXT")
    }
    // v7 is the region's server's alone (`PostgresMigrations`): the next one here is v8.
    return migrator
  }
}
