/**
 * SQLite through better-sqlite3: one database file per data directory (`aisle.db`), WAL mode so
 * a CLI and a server can share it, and numbered migrations per schema recorded in a version table.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AisleError } from '../errors.ts';

/** An open better-sqlite3 database. */
export type SqliteDatabase = Database.Database;

/**
 * `db.prepare` that prepares each SQL text once and hands back the same statement afterwards
 * (preparing costs more than running the stores' small queries). Statements are only run with
 * get/all/run, so sharing one is safe.
 */
export function statementCache(db: SqliteDatabase): (sql: string) => SqliteStatement {
  const statements = new Map<string, SqliteStatement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}

/** A prepared statement of such a database. */
export type SqliteStatement = Database.Statement;

/** The database file inside a data directory. */
export const DATABASE_FILE = 'aisle.db';

/** Open (creating if needed) a database file, or an in-memory one for ":memory:". */
export function openDatabase(file: string): SqliteDatabase {
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (err) {
    throw new AisleError({
      code: 'CONVERSATION_STORE',
      message: `Could not open the database ${file}.`,
      hint: 'Check that the data directory is writable and not on a read-only disk.',
      cause: err,
    });
  }
}

/**
 * Bring one schema (a named group of tables) up to date: run the migrations after the recorded
 * version, in one transaction, and record the new version. A database written by a newer aisle
 * (a higher version than this code knows) is refused rather than guessed at.
 */
export function migrate(db: SqliteDatabase, opts: { schema: string; migrations: readonly string[] }): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (schema TEXT PRIMARY KEY, version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version WHERE schema = ?').get(opts.schema) as
    | { version: number }
    | undefined;
  const current = row?.version ?? 0;
  if (current > opts.migrations.length) {
    throw new AisleError({
      code: 'CONVERSATION_STORE',
      message: `The database schema "${opts.schema}" is version ${current}; this aisle knows up to ${opts.migrations.length}.`,
      hint: 'Upgrade aisle, or point AISLE_DATA_DIR at another directory.',
    });
  }
  if (current === opts.migrations.length) return;
  db.transaction(() => {
    for (const sql of opts.migrations.slice(current)) db.exec(sql);
    db.prepare(
      'INSERT INTO schema_version (schema, version) VALUES (?, ?) ON CONFLICT(schema) DO UPDATE SET version = excluded.version',
    ).run(opts.schema, opts.migrations.length);
  })();
}
