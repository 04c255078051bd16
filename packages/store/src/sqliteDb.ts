// SQLite through better-sqlite3 (synchronous; the async surface is for parity with PostgreSQL). WAL mode: readers
// in other processes keep seeing the last committed build while a build writes, and a build that dies before
// COMMIT leaves nothing behind. Transactions on one connection are serialised by a queue.
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import Database from "better-sqlite3";
import type { Db, SqlValue, TransactionalDb } from "./db.js";
import { StoreError } from "./errors.js";

const SQLITE_HEADER = "SQLite format 3\0";
/** Prepared statements kept per connection. */
export const STATEMENT_CACHE = 256;

type Param = string | number | null;
const bind = (params: readonly SqlValue[]): Param[] =>
  params.map((p) => (p === undefined ? null : typeof p === "boolean" ? (p ? 1 : 0) : p));

/** Throws a clear message when the file exists but is not a SQLite database (better-sqlite3 would open it). */
function assertSqliteFile(path: string): void {
  if (!existsSync(path)) return;
  const fd = openSync(path, "r");
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    if (read === 0) return; // an empty file becomes a database
    if (read < 16 || header.toString("latin1") !== SQLITE_HEADER)
      throw new StoreError(
        `${path} is not a SQLite database (its first bytes are not the SQLite header); ` +
          "move it away or choose another file with --store",
        "NOT_A_DATABASE",
      );
  } finally {
    closeSync(fd);
  }
}

export interface SqliteOptions {
  readonly?: boolean;
  /** Fail with a clear message instead of creating a new database when the file is missing. */
  mustExist?: boolean;
  /** How long a write waits for another writer's lock before giving up. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** Page cache of this connection in MB (default 32). */
  cacheMb?: number;
}

export class SqliteDb implements TransactionalDb {
  readonly engine = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();
  private inTransaction = false;

  constructor(
    readonly path: string,
    options: SqliteOptions = {},
  ) {
    assertSqliteFile(path);
    if ((options.readonly || options.mustExist) && !existsSync(path))
      throw new StoreError(`no graph store at ${path}: build it with \`pnpm kg build\``, "MISSING");
    try {
      this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
      this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
      if (!options.readonly) {
        this.db.pragma("journal_mode = WAL");
        this.db.pragma("synchronous = NORMAL");
      }
      this.db.pragma("foreign_keys = ON");
      // A page cache that holds a server's hot index pages (SQLite's default is 2 MB); bounded, unlike the store.
      this.db.pragma(`cache_size = -${Math.round((options.cacheMb ?? 32) * 1024)}`);
    } catch (error) {
      throw translate(error, path);
    }
  }

  /** Statements held prepared (at most STATEMENT_CACHE). */
  get preparedStatements(): number {
    return this.statements.size;
  }

  private statement(sql: string): Database.Statement {
    if (!this.db.open) throw new StoreError(`the store ${this.path} is closed`, "CLOSED");
    let statement = this.statements.get(sql);
    if (statement) {
      // Most recently used last: the Map's order is the eviction order.
      this.statements.delete(sql);
      this.statements.set(sql, statement);
      return statement;
    }
    statement = this.db.prepare(sql);
    this.statements.set(sql, statement);
    // IN lists of every length make a statement each: keep the recent ones, so a long-running server's prepared
    // statements (and their memory) stay bounded.
    if (this.statements.size > STATEMENT_CACHE) this.statements.delete(this.statements.keys().next().value!);
    return statement;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    try {
      return this.statement(sql).all(...bind(params)) as T[];
    } catch (error) {
      throw translate(error, this.path);
    }
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    try {
      return this.statement(sql).run(...bind(params)).changes;
    } catch (error) {
      throw translate(error, this.path);
    }
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    const statement = this.statement(
      `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    );
    try {
      for (const row of rows) statement.run(...bind(row));
    } catch (error) {
      throw translate(error, this.path);
    }
  }

  async updateMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    const [key, ...rest] = columns;
    const statement = this.statement(`UPDATE ${table} SET ${rest.map((c) => `${c} = ?`).join(", ")} WHERE ${key} = ?`);
    try {
      for (const [k, ...values] of rows) statement.run(...bind([...values, k]));
    } catch (error) {
      throw translate(error, this.path);
    }
  }

  /** Runs raw SQL (migrations). */
  exec(sql: string): void {
    try {
      this.db.exec(sql);
    } catch (error) {
      throw translate(error, this.path);
    }
  }

  write<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.transaction("BEGIN IMMEDIATE", fn);
  }

  read<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.transaction("BEGIN DEFERRED", fn);
  }

  private transaction<T>(begin: string, fn: (db: Db) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (!this.db.open) throw new StoreError(`the store ${this.path} is closed`, "CLOSED");
      try {
        this.db.exec(begin);
      } catch (error) {
        if ((error as { code?: string }).code === "SQLITE_BUSY")
          throw new StoreError(
            `${this.path} is locked by another build writing to it; wait for that build to finish and try again`,
            "LOCKED",
            { cause: error },
          );
        throw translate(error, this.path);
      }
      this.inTransaction = true;
      try {
        const result = await fn(this);
        this.db.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      } finally {
        this.inTransaction = false;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.db.open) this.db.close();
  }

  get busy(): boolean {
    return this.inTransaction;
  }
}

function translate(error: unknown, path: string): Error {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  if (code === "SQLITE_NOTADB")
    return new StoreError(`${path} is not a SQLite database (${message})`, "NOT_A_DATABASE", { cause: error });
  if (code === "SQLITE_BUSY")
    return new StoreError(`${path} is locked by another process (${message})`, "LOCKED", { cause: error });
  if (code === "SQLITE_FULL")
    return new StoreError(`the disk holding ${path} is full; nothing of this write was committed`, "DISK_FULL", {
      cause: error,
    });
  if (code === "SQLITE_CANTOPEN")
    return new StoreError(`cannot open ${path} (${message})`, "CANNOT_OPEN", { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}
