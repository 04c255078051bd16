// The SQLite connection's prepared statements stay bounded however many distinct statements it runs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { SqliteDb, STATEMENT_CACHE } from "./sqliteDb.js";

const dir = mkdtempSync(join(tmpdir(), "kg-sqlite-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("keeps the most recently used statements prepared, at most STATEMENT_CACHE", async () => {
  const db = new SqliteDb(join(dir, "statements.db"));
  try {
    await db.run("CREATE TABLE t (x INTEGER)");
    await db.run("INSERT INTO t (x) VALUES (1), (2), (3)");
    // IN lists of many lengths: a statement each, as the store's batched reads make.
    const list = (n: number) => `SELECT x FROM t WHERE x IN (${Array.from({ length: n }, () => "?").join(", ")})`;
    const hot = "SELECT COUNT(*) AS n FROM t";
    for (let n = 1; n <= STATEMENT_CACHE * 2; n++) {
      const rows = await db.all<{ x: number }>(
        list(n),
        Array.from({ length: n }, (_, i) => i + 1),
      );
      expect(rows.length).toBe(Math.min(n, 3));
      expect(await db.all<{ n: number }>(hot)).toEqual([{ n: 3 }]);
      expect(db.preparedStatements).toBeLessThanOrEqual(STATEMENT_CACHE);
    }
    expect(db.preparedStatements).toBe(STATEMENT_CACHE);
    // Evicted statements are prepared again when they come back.
    expect(await db.all(list(1), [2])).toEqual([{ x: 2 }]);
  } finally {
    await db.close();
  }
});
