import { describe, expect, it } from "vitest";
import { approximateBytes } from "./approximateBytes.js";
import { VersionCache } from "./versionCache.js";

const rows = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => ({ id: `${tag}:${i}`, label: `Entity ${i}`, weight: i }));

describe("VersionCache", () => {
  it("shares a pending answer and answers again from the cache", async () => {
    const cache = new VersionCache(1024 * 1024);
    let runs = 0;
    const compute = async () => {
      runs++;
      return rows(3, "a");
    };
    const [a, b] = await Promise.all([cache.get("k", compute), cache.get("k", compute)]);
    expect(a).toBe(b);
    expect(await cache.get("k", compute)).toBe(a);
    expect(runs).toBe(1);
  });

  it("counts its hits and misses (what /health shows)", async () => {
    const cache = new VersionCache(1024 * 1024);
    const compute = async () => rows(2, "h");
    await Promise.all([cache.get("a", compute), cache.get("a", compute)]);
    await cache.get("a", compute);
    await cache.get("b", compute);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 2, misses: 2 });
  });

  it("stays within its bytes, the least recently used answer going first", async () => {
    const cache = new VersionCache(64 * 1024);
    for (let i = 0; i < 200; i++) await cache.get(`k${i}`, async () => rows(20, `k${i}`));
    expect(cache.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(cache.size).toBeGreaterThan(5);
    expect(cache.size).toBeLessThan(200);
    let recomputed = false;
    await cache.get("k0", async () => ((recomputed = true), rows(1, "x")));
    expect(recomputed).toBe(true);
    recomputed = false;
    await cache.get("k199", async () => ((recomputed = true), rows(1, "x")));
    expect(recomputed).toBe(false);
  });

  it("does not keep one answer larger than a sixteenth of its bytes, nor a failure", async () => {
    const cache = new VersionCache(64 * 1024);
    await cache.get("big", async () => rows(2000, "big"));
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
    await expect(cache.get("bad", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await Promise.resolve();
    expect(cache.size).toBe(0);
    let ran = 0;
    await cache.get("big", async () => (ran++, rows(1, "b")));
    expect(ran).toBe(1);
  });

  it("caches nothing with no bytes", async () => {
    const cache = new VersionCache(0);
    let runs = 0;
    await cache.get("k", async () => runs++);
    await cache.get("k", async () => runs++);
    expect(runs).toBe(2);
  });
});

describe("approximateBytes", () => {
  it("grows with the answer and stops walking past its limit", () => {
    const small = approximateBytes(rows(10, "s"));
    const large = approximateBytes(rows(1000, "s"));
    expect(large).toBeGreaterThan(50 * small);
    const many = rows(100_000, "s");
    const capped = approximateBytes(many, 10_000);
    expect(capped).toBeGreaterThan(10_000);
    expect(capped).toBeLessThan(approximateBytes(many) / 5);
    const shared = { id: "x" };
    expect(approximateBytes([shared, shared])).toBeLessThan(approximateBytes([{ id: "x" }, { id: "y" }]));
  });
});
