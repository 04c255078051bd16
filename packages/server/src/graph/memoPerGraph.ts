// Results computed from an immutable graph index can be reused until the next reload: a small LRU per index,
// dropped with the index. Used for neighbourhoods, which viewers and widgets ask for over and over.
import type { GraphIndex } from "./buildGraphIndex.js";

export function memoPerGraph<T>(maxEntries: number) {
  const caches = new WeakMap<GraphIndex, Map<string, T>>();
  return (index: GraphIndex, key: string, compute: () => T): T => {
    let cache = caches.get(index);
    if (!cache) caches.set(index, (cache = new Map()));
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key); // refresh recency
      cache.set(key, hit);
      return hit;
    }
    const value = compute();
    cache.set(key, value);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return value;
  };
}
