// A store that is busy or closed says so, on both engines: PostgreSQL's pool with every connection taken and its
// queue full fails the next call at once with BUSY (the SQLite side, the reader pool, is in readerPool.test.ts),
// and a closed store's reads fail with CLOSED naming the store, instead of a driver's internal error.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "./openStore.js";
import { startTestPostgres, type TestPostgres } from "./testing/testPostgres.js";
import { HUB_KEY, syntheticGraph } from "./testing/syntheticGraph.js";

const dir = mkdtempSync(join(tmpdir(), "kg-store-busy-"));
let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
}, 120_000);
afterAll(async () => {
  await postgres?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const engines = [
  { engine: "sqlite", newSpec: async () => join(dir, "closed.db") },
  { engine: "postgres", newSpec: () => postgres.createDatabase() },
] as const;

describe.each(engines)("a closed store on $engine", ({ newSpec }) => {
  it("fails reads with CLOSED, naming the store", async () => {
    const store = await openStore(await newSpec());
    await store.writeBuild({ graph: syntheticGraph({ documents: 5 }) });
    expect((await store.reader().topEntities(1)).map((e) => e.id)).toEqual([HUB_KEY]);
    await store.close();
    await expect(store.reader().topEntities(1)).rejects.toMatchObject({
      code: "CLOSED",
      message: expect.stringContaining(`the store ${store.location} is closed`),
    });
    await expect(store.reader().counts()).rejects.toMatchObject({ code: "CLOSED" });
  });
});

describe("a busy PostgreSQL pool", () => {
  it("fails a call at once with BUSY when every connection is taken and the queue is full", async () => {
    const store = await openStore(await postgres.createDatabase(), { poolSize: 1, maxWaiting: 1 });
    try {
      await store.writeBuild({ graph: syntheticGraph({ documents: 5 }) });
      // pg hands out even an idle connection on the next tick: let each call get as far as it can first.
      const settle = () => new Promise((done) => setTimeout(done, 50));
      const slow = store.db.all("SELECT pg_sleep(1)"); // holds the one connection
      await settle();
      const waiting = store.reader().topEntities(1); // waits for it
      await settle();
      const started = performance.now();
      await expect(store.reader().topEntities(1)).rejects.toMatchObject({
        code: "BUSY",
        message: expect.stringMatching(/PostgreSQL at .* is busy: all 1 connections .* 1 calls wait/),
      });
      expect(performance.now() - started).toBeLessThan(500); // at once, not after the slow call
      await slow;
      expect((await waiting).map((e) => e.id)).toEqual([HUB_KEY]);
      expect((await store.reader().topEntities(1)).map((e) => e.id)).toEqual([HUB_KEY]);
    } finally {
      await store.close();
    }
  });
});
