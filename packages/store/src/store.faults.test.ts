// Bad input and faults: a file that is not a database, a store from a newer toolkit, two builds at once on
// SQLite, PostgreSQL down and PostgreSQL going away mid-build. Each gets a clear message; nothing committed is lost.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsOf } from "./migrations.js";
import { openStore } from "./openStore.js";
import { startTestPostgres, type TestPostgres } from "./testing/testPostgres.js";
import { syntheticGraph, syntheticSentences } from "./testing/syntheticGraph.js";

const CHILD = fileURLToPath(new URL("./testing/storeChild.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "kg-store-faults-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SQLite store faults", () => {
  it("refuses a file that is not a database, naming it", async () => {
    const path = join(dir, "notes.db");
    writeFileSync(path, "these are notes, not a database\n".repeat(20));
    await expect(openStore(path)).rejects.toMatchObject({
      code: "NOT_A_DATABASE",
      message: expect.stringContaining(`${path} is not a SQLite database`),
    });
    await expect(openStore(path, { readonly: true })).rejects.toThrow(/is not a SQLite database/);
  });

  it("refuses a SQLite database that is not a graph store when reading", async () => {
    const path = join(dir, "other.db");
    const other = new Database(path);
    other.exec("CREATE TABLE t (x)");
    other.close();
    await expect(openStore(path, { readonly: true })).rejects.toThrow(/is a SQLite database but not a graph store/);
  });

  it("says how to make a store that is missing", async () => {
    await expect(openStore(join(dir, "absent.db"), { readonly: true })).rejects.toThrow(
      /no graph store at .*absent\.db: build it with `pnpm kg build`/,
    );
  });

  it("refuses a store migrated by a newer toolkit", async () => {
    const path = join(dir, "newer.db");
    (await openStore(path)).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_future', 'now')").run();
    raw.close();
    const latest = migrationsOf("sqlite").at(-1)!.version;
    await expect(openStore(path)).rejects.toThrow(
      new RegExp(`schema version 999, newer than this toolkit knows \\(${latest}\\)`),
    );
  });

  it("migrates a store made by an older toolkit, keeping its builds", async () => {
    const path = join(dir, "older.db");
    const raw = new Database(path);
    raw.exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    for (const m of migrationsOf("sqlite").filter((m) => m.version <= 2)) {
      raw.exec(m.sql);
      raw.prepare("INSERT INTO schema_migrations VALUES (?, ?, 'then')").run(m.version, m.name);
    }
    raw.close();
    const first = await openStore(path);
    await first.writeBuild({ graph: syntheticGraph({ documents: 6 }) });
    await first.close();
    const again = await openStore(path);
    const applied = await again.db.all<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
    expect(applied.map((r) => Number(r.version))).toEqual(migrationsOf("sqlite").map((m) => m.version));
    expect((await again.currentBuild())!.version).toBe(1);
    expect((await again.reader().neighbourhood("e:3", 1, 200, 1000, null)).nodeIds.length).toBeGreaterThan(1);
    await again.close();
  });

  it("refuses to read an older store read-only, naming the pending migrations, and leaves it as it was", async () => {
    const path = join(dir, "older-readonly.db");
    const raw = new Database(path);
    raw.exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const older = migrationsOf("sqlite").filter((m) => m.version <= 2);
    for (const m of older) {
      raw.exec(m.sql);
      raw.prepare("INSERT INTO schema_migrations VALUES (?, ?, 'then')").run(m.version, m.name);
    }
    raw.close();
    const pending = migrationsOf("sqlite").filter((m) => m.version > 2);
    await expect(openStore(path, { readonly: true })).rejects.toMatchObject({
      code: "OLDER_SCHEMA",
      message: expect.stringContaining(`needs migrations ${pending.map((m) => m.name).join(", ")}`),
    });
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT COUNT(*) AS n FROM schema_migrations").get()).toEqual({ n: older.length });
    check.close();
    // Opened read-write once, it is migrated and then reads read-only.
    await (await openStore(path)).close();
    await (await openStore(path, { readonly: true })).close();
  });

  it("fails the second of two builds at once with a clear message, and loses neither", async () => {
    const path = join(dir, "busy.db");
    const store = await openStore(path, { busyTimeoutMs: 200 });
    await store.writeBuild({ graph: syntheticGraph({ documents: 10 }) });
    let writing!: () => void;
    const started = new Promise<void>((done) => (writing = done));
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, "hold", path, "20", "2500"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (d: Buffer) => d.toString().includes("writing") && writing());
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    await started;
    await expect(store.writeBuild({ graph: syntheticGraph({ documents: 12 }) })).rejects.toMatchObject({
      code: "LOCKED",
      message: expect.stringMatching(/is locked by another build writing to it; wait for that build to finish/),
    });
    expect(await exited).toBe(0);
    expect((await store.currentBuild())!.version).toBe(2); // the other build committed
    const after = await store.writeBuild({ graph: syntheticGraph({ documents: 12 }) });
    expect(after.version).toBe(3);
    await store.close();
  });
});

describe("PostgreSQL store faults", () => {
  let postgres: TestPostgres;
  beforeAll(async () => {
    postgres = await startTestPostgres();
  });
  afterAll(async () => {
    await postgres?.destroy();
  });

  it("says PostgreSQL is unreachable when it is down", async () => {
    const url = await postgres.createDatabase();
    await postgres.stop();
    try {
      await expect(openStore(url)).rejects.toMatchObject({
        code: "UNREACHABLE",
        message: expect.stringMatching(
          /cannot reach PostgreSQL at postgres:\/\/kg@127\.0\.0\.1:\d+\/.*is the server running/,
        ),
      });
    } finally {
      await postgres.start();
    }
    const store = await openStore(url);
    expect(await store.currentBuild()).toBeNull();
    await store.close();
  });

  it("loses nothing committed when PostgreSQL goes away mid-build", async () => {
    const url = await postgres.createDatabase();
    const store = await openStore(url);
    await store.writeBuild({ graph: syntheticGraph({ documents: 20 }) });
    const before = await store.readGraph();
    let stopping: Promise<void> | null = null;
    let calls = 0;
    await expect(
      store.writeBuild({
        graph: syntheticGraph({ documents: 400, editedDocuments: [1, 2, 3] }),
        sentencesOf: (text) => {
          if (++calls === 5) stopping = postgres.stop();
          return syntheticSentences(text);
        },
      }),
    ).rejects.toMatchObject({ code: "UNREACHABLE" });
    await stopping;
    await postgres.start();
    const reopened = await openStore(url);
    expect((await reopened.currentBuild())!.version).toBe(1);
    expect(await reopened.readGraph()).toEqual(before);
    await reopened.close();
    await store.close().catch(() => undefined);
  });

  it("runs two builders at once one after the other", async () => {
    const url = await postgres.createDatabase();
    const a = await openStore(url);
    const b = await openStore(url);
    const [ra, rb] = await Promise.all([
      a.writeBuild({ graph: syntheticGraph({ documents: 60 }) }),
      b.writeBuild({ graph: syntheticGraph({ documents: 61 }) }),
    ]);
    expect([ra.version, rb.version].sort()).toEqual([1, 2]);
    const last = ra.version === 2 ? 60 : 61;
    expect((await a.currentBuild())!.documentCount).toBe(last);
    await a.close();
    await b.close();
  });
});
