// PostgreSQL through `pg`: a pool for single statements, one client per transaction. Writes take an advisory
// lock so builders writing one store run one after the other; reads run in a REPEATABLE READ snapshot.
import pg from "pg";
import type { Db, SqlValue, TransactionalDb } from "./db.js";
import { StoreError } from "./errors.js";

// bigint (COUNT, BIGSERIAL) as number: the store's counts and ids stay far below 2^53.
pg.types.setTypeParser(20, (value: string) => Number(value));

const numbered = new Map<string, string>();
function toPg(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, out);
  }
  return out;
}

/** Pooled clients that already have an error listener (they are handed out again and again). */
const guarded = new WeakSet<pg.PoolClient>();
/** The advisory lock key builders hold while writing (any constant both sides agree on). */
export const BUILD_LOCK = 4_242_001;

/** The connection string without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ":***@");
  }
}

/** Calls that may wait for one of the pool's connections before one more fails with BUSY. */
export const DEFAULT_PG_WAITING = 256;

/** Fails at once with BUSY when the pool's queue for a connection is full, instead of waiting without end. */
function checkWaiting(pool: pg.Pool, maxWaiting: number, where: string): void {
  if (pool.waitingCount < maxWaiting) return;
  throw new StoreError(
    `PostgreSQL at ${where} is busy: all ${pool.totalCount} connections of the pool are in use and ` +
      `${pool.waitingCount} calls wait for one; try again shortly`,
    "BUSY",
  );
}

class ClientDb implements Db {
  readonly engine = "postgres" as const;
  constructor(
    private readonly client: pg.Pool | pg.PoolClient,
    readonly where: string,
    /** Column types by table, shared by the pool's transactions. */
    private readonly columnTypes: Map<string, Map<string, string>> = new Map(),
    /** For the pool itself: how many calls may wait for a connection. */
    private readonly maxWaiting = DEFAULT_PG_WAITING,
  ) {}

  private guard(): void {
    if (this.client instanceof pg.Pool) checkWaiting(this.client, this.maxWaiting, this.where);
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    this.guard();
    try {
      const result = await this.client.query(toPg(sql), params as unknown[]);
      return result.rows as T[];
    } catch (error) {
      throw translate(error, this.where);
    }
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    this.guard();
    try {
      const result = await this.client.query(toPg(sql), params as unknown[]);
      return result.rowCount ?? 0;
    } catch (error) {
      throw translate(error, this.where);
    }
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    const casts = await this.arrayTypes(table, columns);
    // One array parameter per column, unnested by the server: a statement parses a few long literals instead of
    // one placeholder per value, and it needs no parameter limit.
    const sql =
      `INSERT INTO ${table} (${columns.join(", ")}) ` +
      `SELECT * FROM unnest(${casts.map((t, i) => `$${i + 1}::${t}`).join(", ")})`;
    for (const chunk of bulkChunks(rows)) await this.query(sql, columnArrays(chunk, columns.length));
  }

  async updateMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    const [key, ...rest] = columns;
    const casts = await this.arrayTypes(table, columns);
    const sql =
      `UPDATE ${table} AS t SET ${rest.map((c) => `${c} = v.${c}`).join(", ")} ` +
      `FROM unnest(${casts.map((t, i) => `$${i + 1}::${t}`).join(", ")}) AS v(${columns.join(", ")}) ` +
      `WHERE t.${key} = v.${key}`;
    for (const chunk of bulkChunks(rows)) await this.query(sql, columnArrays(chunk, columns.length));
  }

  private async query(sql: string, params: unknown[]): Promise<void> {
    try {
      await this.client.query(sql, params);
    } catch (error) {
      throw translate(error, this.where);
    }
  }

  /** `type[]` for each column, from the catalog (read once per table and connection pool). */
  private async arrayTypes(table: string, columns: readonly string[]): Promise<string[]> {
    let types = this.columnTypes.get(table);
    if (!types) {
      const rows = await this.all<{ name: string; type: string }>(
        `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
         WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped`,
        [table],
      );
      types = new Map(rows.map((r) => [r.name, r.type]));
      this.columnTypes.set(table, types);
    }
    return columns.map((c) => {
      const type = types.get(c);
      if (type === undefined) throw new Error(`insertMany: table ${table} has no column ${c}`);
      return `${type}[]`;
    });
  }
}

/** Rows per bulk statement, and a cap on the text one statement carries (documents hold whole articles). */
const BULK_ROWS = 10_000;
const BULK_CHARS = 16_000_000;

function* bulkChunks(rows: readonly (readonly SqlValue[])[]): Generator<(readonly SqlValue[])[]> {
  let chunk: (readonly SqlValue[])[] = [];
  let chars = 0;
  for (const row of rows) {
    chunk.push(row);
    for (const v of row) if (typeof v === "string") chars += v.length;
    if (chunk.length >= BULK_ROWS || chars >= BULK_CHARS) {
      yield chunk;
      chunk = [];
      chars = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

function columnArrays(rows: readonly (readonly SqlValue[])[], width: number): SqlValue[][] {
  const arrays: SqlValue[][] = Array.from({ length: width }, () => new Array<SqlValue>(rows.length));
  rows.forEach((row, i) => {
    for (let j = 0; j < width; j++) arrays[j]![i] = row[j] ?? null;
  });
  return arrays;
}

export class PostgresDb extends ClientDb implements TransactionalDb {
  readonly pool: pg.Pool;
  private readonly types: Map<string, Map<string, string>>;
  private readonly maxWaitingCalls: number;

  constructor(
    readonly url: string,
    options: { max?: number; maxWaiting?: number } = {},
  ) {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 8, connectionTimeoutMillis: 10_000 });
    const where = redact(url);
    const types = new Map<string, Map<string, string>>();
    const maxWaiting = options.maxWaiting ?? DEFAULT_PG_WAITING;
    super(pool, where, types, maxWaiting);
    this.types = types;
    this.pool = pool;
    this.maxWaitingCalls = maxWaiting;
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on("error", () => undefined);
  }

  private async connect(): Promise<pg.PoolClient> {
    checkWaiting(this.pool, this.maxWaitingCalls, this.where);
    try {
      const client = await this.pool.connect();
      if (!guarded.has(client)) {
        guarded.add(client);
        client.on("error", () => undefined);
      }
      return client;
    } catch (error) {
      throw translate(error, this.where);
    }
  }

  write<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.transaction("BEGIN", fn, true);
  }

  read<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", fn, false);
  }

  /** Runs fn on one client inside BEGIN/COMMIT, without the build lock (queue claims, migrations). */
  withClient<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.transaction("BEGIN", fn, false);
  }

  private async transaction<T>(begin: string, fn: (db: Db) => Promise<T>, buildLock: boolean): Promise<T> {
    const client = await this.connect();
    let broken = false;
    try {
      await client.query(begin);
      if (buildLock) await client.query("SELECT pg_advisory_xact_lock($1)", [BUILD_LOCK]);
      const result = await fn(new ClientDb(client, this.where, this.types));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch {
        broken = true; // the connection is gone; PostgreSQL has rolled back on its side
      }
      throw translate(error, this.where);
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function translate(error: unknown, where: string): Error {
  if (error instanceof StoreError) return error;
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  if (/Cannot use a pool after calling end/i.test(message))
    return new StoreError(`the store ${where} is closed`, "CLOSED", { cause: error });
  // The pool's own wait for a connection (connectionTimeoutMillis) ran out while every connection was in use.
  if (/timeout exceeded when trying to connect/i.test(message))
    return new StoreError(
      `PostgreSQL at ${where} is busy or slow to answer: no connection of the pool came free in time (${message})`,
      "BUSY",
      { cause: error },
    );
  if (e.code === "ECONNREFUSED" || e.code === "ENOENT" || e.code === "EHOSTUNREACH" || e.code === "ETIMEDOUT")
    return new StoreError(
      `cannot reach PostgreSQL at ${where} (${e.code}): is the server running, and is the address right?`,
      "UNREACHABLE",
      { cause: error },
    );
  if (
    e.code === "57P01" ||
    e.code === "57P02" ||
    e.code === "57P03" ||
    e.code === "ECONNRESET" ||
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
  )
    return new StoreError(
      `lost the connection to PostgreSQL at ${where} (${message}); nothing of the unfinished write was committed`,
      "UNREACHABLE",
      { cause: error },
    );
  if (e.code === "3D000" || e.code === "28P01" || e.code === "28000")
    return new StoreError(`cannot use PostgreSQL at ${where}: ${message}`, "CANNOT_OPEN", { cause: error });
  if (e.code === "53100")
    return new StoreError(
      `PostgreSQL at ${where} is out of disk space; nothing of this write was committed`,
      "DISK_FULL",
      {
        cause: error,
      },
    );
  return error instanceof Error ? error : new Error(message);
}
