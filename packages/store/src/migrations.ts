// Versioned migrations: packages/store/migrations/{shared,<engine>}/NNN_name.sql, applied in order, each in its
// own transaction, recorded in schema_migrations. Shipped files never change: only a new file changes the schema.
// A store migrated by a newer version of the toolkit is refused.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PostgresDb } from "./postgresDb.js";
import type { SqliteDb } from "./sqliteDb.js";
import { StoreError } from "./errors.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Engine files up to this version were written before shared/ existed and keep their own numbering. */
export const FIRST_SHARED_VERSION = 6;

function readDir(dir: string): Migration[] {
  const path = fileURLToPath(new URL(`../migrations/${dir}/`, import.meta.url));
  return readdirSync(path)
    .filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, file.indexOf("_"))),
      name: file.replace(/\.sql$/, ""),
      sql: readFileSync(`${path}${file}`, "utf8"),
    }));
}

/**
 * An engine's migrations in order. From FIRST_SHARED_VERSION on, both engines share one numbering: a version's
 * statements that read alike in both dialects live once in migrations/shared/, what each dialect must say its own
 * way in migrations/<engine>/ under the same number, run after the shared part.
 */
export function migrationsOf(engine: "sqlite" | "postgres"): Migration[] {
  const byVersion = new Map<number, Migration>();
  for (const m of readDir("shared")) {
    if (m.version < FIRST_SHARED_VERSION) throw new Error(`shared migration ${m.name} predates the shared numbering`);
    byVersion.set(m.version, m);
  }
  for (const m of readDir(engine)) {
    const shared = byVersion.get(m.version);
    if (shared && shared.name !== m.name)
      throw new Error(`migration ${m.version} is named ${shared.name} in shared/ but ${m.name} in ${engine}/`);
    byVersion.set(m.version, shared ? { ...shared, sql: `${shared.sql}\n${m.sql}` } : m);
  }
  return [...byVersion.values()].sort((a, b) => a.version - b.version);
}

const CREATE_TABLE =
  "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

export function checkNotNewer(applied: number[], known: Migration[], where: string): void {
  const latest = known.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...applied);
  if (newest > latest)
    throw new StoreError(
      `${where} has schema version ${newest}, newer than this toolkit knows (${latest}); update the toolkit`,
      "NEWER_SCHEMA",
    );
}

/** Applies pending migrations; returns the versions applied. */
export async function migrateSqlite(db: SqliteDb): Promise<number[]> {
  const known = migrationsOf("sqlite");
  // Only when missing: even a no-op CREATE would wait for a build holding the write lock.
  const table = await db.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
  if (table.length === 0) db.exec(CREATE_TABLE);
  const done = await db.all<{ version: number }>("SELECT version FROM schema_migrations");
  const applied = done.map((r) => Number(r.version));
  checkNotNewer(applied, known, db.path);
  const pending = known.filter((m) => !applied.includes(m.version));
  for (const migration of pending)
    await db.write(async (tx) => {
      db.exec(migration.sql);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    });
  return pending.map((m) => m.version);
}

export async function migratePostgres(db: PostgresDb): Promise<number[]> {
  const known = migrationsOf("postgres");
  return db.withClient(async (tx) => {
    // Several processes may start at once against a fresh database: one migrates, the others wait and see it done.
    await tx.run("SELECT pg_advisory_xact_lock(4242000)");
    await tx.run(CREATE_TABLE);
    const done = await tx.all<{ version: number }>("SELECT version FROM schema_migrations");
    const applied = done.map((r) => Number(r.version));
    checkNotNewer(applied, known, db.where);
    const pending = known.filter((m) => !applied.includes(m.version));
    for (const migration of pending) {
      await tx.run(migration.sql);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
    return pending.map((m) => m.version);
  });
}
