// Opening a store from a spec: a postgres:// or postgresql:// URL selects PostgreSQL, anything else is a SQLite
// file path. `--store` wins over KG_STORE, which wins over the default graph-data/graph.db.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { GraphStore } from "@newskg/graph-model";
import { StoreError } from "./errors.js";
import { checkNotNewer, migratePostgres, migrateSqlite, migrationsOf } from "./migrations.js";
import { PostgresDb, redact } from "./postgresDb.js";
import { SqlGraphStore } from "./sqlGraphStore.js";
import { SqliteDb } from "./sqliteDb.js";

export interface OpenStoreOptions {
  /** Open an existing store for reading only: a missing SQLite file is an error instead of a new database. */
  readonly?: boolean;
  /** SQLite: a missing file is an error (as with readonly), but the store is opened read-write and migrated. */
  mustExist?: boolean;
  /** SQLite: how long a write waits for another writer. */
  busyTimeoutMs?: number;
  /** SQLite: this connection's page cache in MB (default 32). */
  cacheMb?: number;
  /** PostgreSQL: connections in the pool. */
  poolSize?: number;
  /** PostgreSQL: calls that may wait for a connection of the pool; one more fails with BUSY (default 256). */
  maxWaiting?: number;
}

/** The migration that adds entity_names, which stores built before it get filled from their aliases. */
const NAMES_MIGRATION = { sqlite: 4, postgres: 5 } as const;

export const isPostgresSpec = (spec: string): boolean => /^postgres(ql)?:\/\//i.test(spec);

/** The spec to use: the explicit one, else KG_STORE, else the default path. */
export function resolveStoreSpec(explicit: string | undefined, defaultPath: string): string {
  const spec = explicit ?? process.env.KG_STORE ?? defaultPath;
  if (spec.trim() === "") throw new StoreError("the store spec is empty (--store or KG_STORE)", "BAD_SPEC");
  return isPostgresSpec(spec) ? spec : resolve(spec);
}

export function describeStore(spec: string): string {
  return isPostgresSpec(spec) ? redact(spec) : spec;
}

export interface OpenedStore extends GraphStore {
  readonly db: SqliteDb | PostgresDb;
}

export async function openStore(spec: string, options: OpenStoreOptions = {}): Promise<SqlGraphStore> {
  if (isPostgresSpec(spec)) {
    const db = new PostgresDb(spec, {
      ...(options.poolSize !== undefined && { max: options.poolSize }),
      ...(options.maxWaiting !== undefined && { maxWaiting: options.maxWaiting }),
    });
    let applied: number[];
    try {
      applied = await migratePostgres(db);
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
    const store = new SqlGraphStore(db, { location: redact(spec) });
    if (applied.includes(NAMES_MIGRATION.postgres)) await store.backfillEntityNames();
    return store;
  }
  const path = resolve(spec);
  if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new SqliteDb(path, {
    ...(options.readonly !== undefined && { readonly: options.readonly }),
    ...(options.mustExist !== undefined && { mustExist: options.mustExist }),
    ...(options.busyTimeoutMs !== undefined && { busyTimeoutMs: options.busyTimeoutMs }),
    ...(options.cacheMb !== undefined && { cacheMb: options.cacheMb }),
  });
  let applied: number[] = [];
  try {
    if (options.readonly) await checkSqliteSchema(db);
    else applied = await migrateSqlite(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const store = new SqlGraphStore(db, { location: path });
  if (applied.includes(NAMES_MIGRATION.sqlite)) await store.backfillEntityNames();
  return store;
}

async function checkSqliteSchema(db: SqliteDb): Promise<void> {
  const tables = await db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('schema_migrations', 'builds')",
  );
  if (tables.length < 2)
    throw new StoreError(
      `${db.path} is a SQLite database but not a graph store (no builds table); build it with \`pnpm kg build\``,
      "NOT_A_DATABASE",
    );
  // A read-only connection cannot migrate: a store an older toolkit wrote would be read with the wrong columns.
  const known = migrationsOf("sqlite");
  const applied = (await db.all<{ version: number }>("SELECT version FROM schema_migrations")).map((r) =>
    Number(r.version),
  );
  checkNotNewer(applied, known, db.path);
  const pending = known.filter((m) => !applied.includes(m.version));
  if (pending.length > 0)
    throw new StoreError(
      `${db.path} was written by an older toolkit and needs ${pending.length === 1 ? "migration" : "migrations"} ` +
        `${pending.map((m) => m.name).join(", ")}, which a read-only open cannot apply: open it once read-write ` +
        "(`pnpm kg build`, or `pnpm kg serve` on it, migrates it) and read it again",
      "OLDER_SCHEMA",
    );
}
