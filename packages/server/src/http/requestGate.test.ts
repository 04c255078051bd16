// The request gate: a few executions at once, the rest in arrival order, and a clear BUSY when the queue is full
// or a request waited too long; a place freed passes to the next in line.
import { describe, expect, it } from "vitest";
import { BusyError, RequestGate } from "./requestGate.js";

/** A task that runs until its `finish` is called. */
function task(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    finish,
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("request gate", () => {
  it("runs `active` at once and the rest first come, first served", async () => {
    const gate = new RequestGate({ active: 2, maxQueue: 10, maxWaitMs: 60_000 });
    const log: string[] = [];
    const tasks = ["a", "b", "c", "d"].map((name) => task(log, name));
    const results = tasks.map((t) => gate.run(t.run));
    await tick();
    expect(log).toEqual(["start a", "start b"]);
    expect(gate.stats).toEqual({ running: 2, waiting: 2 });
    tasks[1]!.finish();
    await tick();
    expect(log).toEqual(["start a", "start b", "end b", "start c"]);
    for (const t of tasks) t.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d"]);
    expect(gate.stats).toEqual({ running: 0, waiting: 0 });
  });

  it("turns a request away at once when the queue is full", async () => {
    const gate = new RequestGate({ active: 1, maxQueue: 1, maxWaitMs: 60_000 });
    const log: string[] = [];
    const [a, b] = [task(log, "a"), task(log, "b")];
    const first = gate.run(a.run);
    const second = gate.run(b.run);
    const third = gate.run(async () => "c");
    await expect(third).rejects.toBeInstanceOf(BusyError);
    await expect(third).rejects.toThrow(/busy: 1 queries are running and 1 are waiting/);
    a.finish();
    b.finish();
    expect([await first, await second]).toEqual(["a", "b"]);
    expect(await gate.run(async () => "later")).toBe("later");
  });

  it("turns a request away when it waited too long, and keeps its place for the next", async () => {
    const gate = new RequestGate({ active: 1, maxQueue: 10, maxWaitMs: 20 });
    const log: string[] = [];
    const a = task(log, "a");
    const first = gate.run(a.run);
    await expect(gate.run(async () => "late")).rejects.toThrow(/waited 20 ms behind 1 running/);
    a.finish();
    expect(await first).toBe("a");
    expect(gate.stats).toEqual({ running: 0, waiting: 0 });
    expect(await gate.run(async () => "next")).toBe("next");
  });

  it("frees the place of a request that failed", async () => {
    const gate = new RequestGate({ active: 1, maxQueue: 0, maxWaitMs: 1000 });
    await expect(gate.run(async () => Promise.reject(new Error("resolver failed")))).rejects.toThrow("resolver failed");
    expect(await gate.run(async () => "ok")).toBe("ok");
  });

  it("refuses a gate without a place", () => {
    expect(() => new RequestGate({ active: 0 })).toThrow(/at least one active place/);
  });
});
