// /health: whether a graph is loaded, what it holds, and what is wrong if anything.
import type { GraphSource } from "../graph/graphSource.js";

export function healthReport(store: GraphSource, mutationsEnabled: boolean) {
  const { reader, counts, error, loadedAt, version } = store.current();
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
  };
}
