// Versioned migrations: packages/store/migrations/<engine>/NNN_name.sql, applied in order, each in its own
// transaction, recorded in schema_migrations. A store migrated by a newer version of the toolkit is refused.
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

export function migrationsOf(engine: "sqlite" | "postgres"): Migration[] {
  const dir = fileURLToPath(new URL(`../migrations/${engine}/`, import.meta.url));
  return readdirSync(dir)
    .filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, file.indexOf("_"))),
      name: file.replace(/\.sql$/, ""),
      sql: readFileSync(`${dir}${file}`, "utf8"),
    }));
}

const CREATE_TABLE =
  "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

function checkNotNewer(applied: number[], known: Migration[], where: string): void {
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
