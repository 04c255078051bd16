// The reader pool (SQLite only: PostgreSQL's client is asynchronous already): a call on a thread sees one whole
// build, a newer build is reported, a caller's deadline stops a running call, a store it cannot open is named, a
// full queue or a long wait is a BUSY error at once, a thread that dies fails only its own call, and a closed pool
// says so.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "./openStore.js";
import { StoreError } from "./errors.js";
import { ReaderPool } from "./readerPool.js";
import type { SqlGraphStore } from "./sqlGraphStore.js";
import { HUB_KEY, syntheticGraph } from "./testing/syntheticGraph.js";

const tempDir = mkdtempSync(join(tmpdir(), "kg-pool-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

describe("reader pool on sqlite", () => {
  const path = join(tempDir, "pool.db");
  let store: SqlGraphStore;
  let pool: ReaderPool;
  beforeAll(async () => {
    store = await openStore(path);
    await store.writeBuild({ graph: syntheticGraph({ documents: 30 }) });
    pool = new ReaderPool(path, { size: 2, tickMs: 1 });
    await pool.ready();
  });
  afterAll(async () => {
    await pool?.close();
    await store?.close();
  });

  it("answers as the store's own reader does, calls spread over its threads", async () => {
    const direct = store.reader();
    const pooled = pool.reader();
    const [hood, expected] = await Promise.all([
      pooled.neighbourhood(HUB_KEY, 2, 20, 100, null),
      direct.neighbourhood(HUB_KEY, 2, 20, 100, null),
    ]);
    expect(hood).toEqual(expected);
    const many = await Promise.all(Array.from({ length: 8 }, () => pooled.search("centrale", null, 5)));
    for (const found of many) expect(found).toEqual(await direct.search("centrale", null, 5));
    expect(await pooled.entities([HUB_KEY])).toEqual(await direct.entities([HUB_KEY]));
  });

  it("starts its threads when the process runs with V8 heap flags, each thread's heap bounded by the options", async () => {
    // A server started with --max-old-space-size: Worker refuses heap flags in a thread's execArgv.
    process.execArgv.push("--max-old-space-size=4096");
    let bounded: ReaderPool | null = null;
    try {
      bounded = new ReaderPool(path, { size: 1, oldHeapMb: 48, youngHeapMb: 4 });
      await bounded.ready();
      expect(await bounded.reader().entities([HUB_KEY])).toEqual(await store.reader().entities([HUB_KEY]));
      const [slot] = (bounded as unknown as { slots: { worker: Worker }[] }).slots;
      expect(slot!.worker.resourceLimits).toMatchObject({ maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 4 });
    } finally {
      process.execArgv.pop();
      await bounded?.close();
    }
  });

  it("reads each newer build whole and reports its version", async () => {
    const seen: number[] = [];
    const pooled = pool.reader((version) => seen.push(version));
    const before = await pooled.counts();
    expect(seen).toEqual([1]);
    await store.writeBuild({ graph: syntheticGraph({ documents: 31 }) });
    const after = await pooled.counts();
    expect(seen).toEqual([1, 2]);
    expect(after.documentCount).toBe(before.documentCount + 1);
  });

  it("stops a running call when the caller's tick throws, and keeps serving", async () => {
    // A graph ten times larger, so the call runs for tens of milliseconds: on the small one it could finish before
    // a busy test process got round to its first timed tick.
    const slowPath = join(tempDir, "slow.db");
    const slowStore = await openStore(slowPath);
    await slowStore.writeBuild({ graph: syntheticGraph({ documents: 300 }) });
    const slowPool = new ReaderPool(slowPath, { size: 1, tickMs: 1 });
    try {
      await slowPool.ready();
      let ticks = 0;
      const deadline = () => {
        if (++ticks > 1) throw new Error("past the deadline");
      };
      await expect(slowPool.reader().neighbourhood(HUB_KEY, 3, 1000, 1000, null, deadline)).rejects.toThrow(
        "past the deadline",
      );
      expect((await slowPool.reader().topEntities(1)).map((e) => e.id)).toEqual([HUB_KEY]);
    } finally {
      await slowPool.close();
      await slowStore.close();
    }
  });

  it("answers from `meanwhile` until a thread is up", async () => {
    const fresh = new ReaderPool(path, { size: 1 });
    try {
      let direct = 0;
      const meanwhile = store.reader();
      const topEntities = meanwhile.topEntities.bind(meanwhile);
      meanwhile.topEntities = (limit) => {
        direct++;
        return topEntities(limit);
      };
      const pooled = fresh.reader(undefined, meanwhile);
      expect((await pooled.topEntities(1)).map((e) => e.id)).toEqual([HUB_KEY]);
      expect(direct).toBe(1);
      await fresh.ready();
      expect((await pooled.topEntities(1)).map((e) => e.id)).toEqual([HUB_KEY]);
      expect(direct).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it("names a file it cannot read", async () => {
    const bad = join(tempDir, "not-a-store.db");
    writeFileSync(bad, "this is not a database, only text long enough to have a header");
    const broken = new ReaderPool(bad, { size: 1 });
    try {
      await expect(broken.ready()).rejects.toThrow(/not a SQLite database/);
      await expect(broken.reader().topEntities(1)).rejects.toThrow(/not-a-store\.db/);
    } finally {
      await broken.close();
    }
  });

  describe("bounds and faults", () => {
    // A graph ten times larger, so that a depth-3 neighbourhood of the hub keeps a thread busy for a while.
    const slowPath = join(tempDir, "bounds.db");
    let slowStore: SqlGraphStore;
    beforeAll(async () => {
      slowStore = await openStore(slowPath);
      await slowStore.writeBuild({ graph: syntheticGraph({ documents: 300 }) });
    });
    afterAll(async () => {
      await slowStore?.close();
    });

    it("fails a call at once with BUSY when the queue is full, and serves again once it drains", async () => {
      const pool = new ReaderPool(slowPath, { size: 1, maxQueue: 1 });
      try {
        await pool.ready();
        const first = pool.reader().neighbourhood(HUB_KEY, 3, 1000, 5000, null); // runs
        const second = pool.reader().topEntities(1); // waits
        expect(pool.waiting).toBe(1);
        const third = pool.reader().topEntities(1); // no room
        await expect(third).rejects.toBeInstanceOf(StoreError);
        await expect(third).rejects.toMatchObject({
          code: "BUSY",
          message: expect.stringMatching(/busy.*bounds\.db|bounds\.db.*busy/),
        });
        await first;
        expect((await second).map((e) => e.id)).toEqual([HUB_KEY]);
        expect((await pool.reader().topEntities(1)).map((e) => e.id)).toEqual([HUB_KEY]);
      } finally {
        await pool.close();
      }
    });

    it("fails a call with BUSY when it waited too long for a thread", async () => {
      const pool = new ReaderPool(slowPath, { size: 1, maxWaitMs: 1 });
      try {
        await pool.ready();
        // Settled from the start: the two that wait behind the first fail BUSY too, before anything awaits them.
        const runs = Promise.allSettled([0, 1, 2].map(() => pool.reader().neighbourhood(HUB_KEY, 3, 1000, 5000, null)));
        const waited = pool.reader().topEntities(1);
        await expect(waited).rejects.toMatchObject({ code: "BUSY", message: expect.stringMatching(/waited 1 ms/) });
        // The call that started is not affected by the bound.
        const [first, ...behind] = await runs;
        expect(first?.status).toBe("fulfilled");
        for (const r of behind) expect(r).toMatchObject({ status: "rejected", reason: { code: "BUSY" } });
      } finally {
        await pool.close();
      }
    });

    it("fails only the call of a thread that dies, replaces the thread and keeps answering", async () => {
      const pool = new ReaderPool(slowPath, { size: 1 });
      try {
        await pool.ready();
        const running = pool.reader().neighbourhood(HUB_KEY, 3, 1000, 5000, null);
        const waiting = pool.reader().topEntities(1);
        // What a crash of the thread looks like from the pool: its worker ends while a call is on it.
        const slots = (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots;
        await slots[0]!.worker.terminate();
        await expect(running).rejects.toThrow(/reader thread of .*bounds\.db failed/);
        expect((await waiting).map((e) => e.id)).toEqual([HUB_KEY]);
        expect(pool.size).toBe(1);
        expect(await pool.reader().counts()).toEqual(await slowStore.reader().counts());
      } finally {
        await pool.close();
      }
    });

    it("says a closed pool is closed, for calls waiting and calls after", async () => {
      const pool = new ReaderPool(slowPath, { size: 1 });
      await pool.ready();
      const [running, waiting] = await (async () => {
        const calls = Promise.allSettled([
          pool.reader().neighbourhood(HUB_KEY, 3, 1000, 5000, null),
          pool.reader().topEntities(1),
        ]);
        await pool.close();
        return calls;
      })();
      expect(waiting).toMatchObject({
        status: "rejected",
        reason: { code: "CLOSED", message: expect.stringMatching(/closed/) },
      });
      expect(running?.status).toBe("rejected");
      await expect(pool.reader().topEntities(1)).rejects.toMatchObject({ code: "CLOSED" });
    });
  });
});
