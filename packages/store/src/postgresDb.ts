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

const MAX_PARAMS = 60_000;
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

class ClientDb implements Db {
  readonly engine = "postgres" as const;
  constructor(
    private readonly client: pg.Pool | pg.PoolClient,
    readonly where: string,
  ) {}

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    try {
      const result = await this.client.query(toPg(sql), params as unknown[]);
      return result.rows as T[];
    } catch (error) {
      throw translate(error, this.where);
    }
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    try {
      const result = await this.client.query(toPg(sql), params as unknown[]);
      return result.rowCount ?? 0;
    } catch (error) {
      throw translate(error, this.where);
    }
  }

  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    for (let i = 0; i < rows.length; i += perStatement) {
      const chunk = rows.slice(i, i + perStatement);
      const params: SqlValue[] = [];
      const tuples: string[] = [];
      for (const row of chunk) {
        const slots: string[] = [];
        for (const value of row) {
          params.push(value === undefined ? null : value);
          slots.push(`$${params.length}`);
        }
        tuples.push(`(${slots.join(", ")})`);
      }
      try {
        await this.client.query(
          `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")}`,
          params as unknown[],
        );
      } catch (error) {
        throw translate(error, this.where);
      }
    }
  }
}

export class PostgresDb extends ClientDb implements TransactionalDb {
  readonly pool: pg.Pool;

  constructor(
    readonly url: string,
    options: { max?: number } = {},
  ) {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 8, connectionTimeoutMillis: 10_000 });
    const where = redact(url);
    super(pool, where);
    this.pool = pool;
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on("error", () => undefined);
  }

  private async connect(): Promise<pg.PoolClient> {
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
      const result = await fn(new ClientDb(client, this.where));
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
