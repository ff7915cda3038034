import GRDB

/// Named, ordered migrations; they run when the store opens. Never edit a shipped one.
enum Migrations {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: sessions and answers") { db in
      try db.execute(
        sql: """
          CREATE TABLE session (
            code TEXT PRIMARY KEY NOT NULL,
            script_id TEXT NOT NULL,
            script_version INTEGER NOT NULL,
            method TEXT NOT NULL,
            municipality TEXT,
            age_band TEXT,
            status TEXT NOT NULL,
            month TEXT NOT NULL,
            state BLOB
          );
          CREATE TABLE answer (
            session_code TEXT NOT NULL REFERENCES session(code) ON DELETE CASCADE,
            participant TEXT NOT NULL DEFAULT '',
            question_id TEXT NOT NULL,
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
            PRIMARY KEY (session_code, participant, question_id)
          );
          CREATE INDEX answer_script ON answer(script_id);
          """)
    }
    return migrator
  }
}
