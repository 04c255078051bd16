// The whole-response cache: bounded in bytes, emptied by a new graph version, its hits and misses counted.
import { describe, expect, it } from "vitest";
import { ResponseCache } from "./responseCache.js";

describe("ResponseCache", () => {
  it("counts hits and misses per graph version and holds no more than its bytes", () => {
    const cache = new ResponseCache(16 * 1024);
    const key = cache.key(1, "h", "q1");
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, Buffer.alloc(500));
    expect(cache.get(key)?.length).toBe(500);
    expect(cache.get(key)?.length).toBe(500);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 2, misses: 1 });
    for (let i = 0; i < 100; i++) cache.set(cache.key(1, "h", `q${i + 2}`), Buffer.alloc(500));
    expect(cache.size).toBeLessThanOrEqual(16 * 1024);
    // A new version starts empty, its counts from zero.
    const next = cache.key(2, "h", "q1");
    expect(cache.get(next)).toBeUndefined();
    expect({ hits: cache.hits, misses: cache.misses, size: cache.size }).toEqual({ hits: 0, misses: 1, size: 0 });
  });
});
