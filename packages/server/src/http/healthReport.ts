// /health: whether a graph is loaded, what it holds, and what is wrong if anything.
import type { GraphSource } from "../graph/graphSource.js";
import type { ResponseCache } from "./responseCache.js";

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function healthReport(store: GraphSource, mutationsEnabled: boolean, responses?: ResponseCache) {
  const { reader, counts, error, loadedAt, version, cache } = store.current();
  return {
    status: reader ? (error ? "degraded" : "ok") : "error",
    graphLoaded: reader !== null,
    graphPath: store.graphPath,
    source: store.describeSource(),
    loadedAt,
    version,
    builtAt: counts?.builtAt ?? null,
    counts: counts
      ? { entities: counts.entityCount, relations: counts.relationCount, documents: counts.documentCount }
      : null,
    error,
    mutationsEnabled,
    // How the served build's caches do: what their bounds cost in hits (server README, memory).
    caches: {
      answers: { mb: mb(cache.bytes), entries: cache.size, hits: cache.hits, misses: cache.misses },
      ...(responses && { responses: { mb: mb(responses.size), hits: responses.hits, misses: responses.misses } }),
    },
  };
}
