// The little the store needs from a database driver, so one body of SQL serves both engines. SQL is written with
// `?` placeholders (none inside string literals); the PostgreSQL side numbers them.
export type SqlValue = string | number | boolean | null | undefined;

export interface Db {
  readonly engine: "sqlite" | "postgres";
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Inserts rows in as few statements as the engine allows. */
  insertMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void>;
  /** Sets the other columns of each row whose first column (the key) matches, in as few statements as it can. */
  updateMany(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void>;
}

export interface TransactionalDb extends Db {
  /** Runs fn in a write transaction: committed when it resolves, rolled back when it throws. */
  write<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Runs fn in a read-only transaction that sees one committed state throughout. */
  read<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Reads a JSON column: SQLite gives text, PostgreSQL's jsonb arrives parsed. */
export function json<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === "string") return JSON.parse(value) as T;
  return value as T;
}

/** `?, ?, ?` for n values. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => "?").join(", ");
