// Opens an embedded SQLite database with the settings every store relies on
// and brings its schema up to date. Migrations are numbered by position and
// tracked in `user_version`, so a database is only ever moved forward.

import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export function openDatabase(file: string, migrations: readonly string[]): SqliteDatabase {
  const db = new Database(file);
  try {
    // WAL lets readers proceed while a fill is being written; NORMAL sync is
    // durable across process crashes in WAL mode (only an OS crash can lose
    // the last commits).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: SqliteDatabase, migrations: readonly string[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `${db.name} has schema version ${current}, newer than this build knows (${migrations.length})`,
    );
  }

  const apply = db.transaction(() => {
    for (let version = current; version < migrations.length; version += 1) {
      db.exec(migrations[version] as string);
    }
    db.pragma(`user_version = ${migrations.length}`);
  });
  apply();
}
