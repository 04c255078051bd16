// /health: whether a graph is loaded, what it holds, and what is wrong if anything.
import type { GraphStore } from "../graph/graphStore.js";

export function healthReport(store: GraphStore, mutationsEnabled: boolean) {
  const { index, error, loadedAt, version } = store.current();
  return {
    status: index ? (error ? "degraded" : "ok") : "error",
    graphLoaded: index !== null,
    graphPath: store.graphPath,
    source: store.describeSource(),
    loadedAt,
    version,
    builtAt: index?.stats.builtAt ?? null,
    counts: index
      ? {
          entities: index.stats.entityCount,
          relations: index.stats.relationCount,
          documents: index.stats.documentCount,
        }
      : null,
    error,
    mutationsEnabled,
  };
}
