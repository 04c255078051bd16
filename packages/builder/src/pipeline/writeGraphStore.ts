// The build's store step: the finished graph goes into the graph store (SQLite graph-data/graph.db by default, or
// PostgreSQL) as one new build version, in one transaction, touching only the rows that changed. Sentence
// boundaries come from the builder's own splitter; the curation log records what each curation action did.
import type { CurationFile, SerializedKnowledgeGraph, StoreCurationEntry, StoreWriteReport } from "@newskg/graph-model";
import { describeStore, openStore, type SqlGraphStore } from "@newskg/store";
import { splitSentences } from "../text/splitSentences.js";
import type { TouchedRows } from "./resolveIncrementally.js";
import { storeChangeOf } from "./storeChangeOf.js";

export interface StoreStepReport extends StoreWriteReport {
  engine: "sqlite" | "postgres";
  location: string;
  /** "change": the rows the touched articles name (writeChanges); "whole": the whole graph (writeBuild). */
  mode: "change" | "whole";
}

export async function writeGraphStore(
  spec: string,
  graph: SerializedKnowledgeGraph,
  curation: { file: CurationFile; outcomes: { applied: boolean; reason?: string }[] } | null,
  touched: TouchedRows | null = null,
): Promise<StoreStepReport> {
  const store = await openStore(spec);
  try {
    return await writeGraphStoreTo(store, graph, curation, undefined, touched, true);
  } finally {
    await store.close();
  }
}

/** The same, into a store that is already open. */
export async function writeGraphStoreTo(
  store: SqlGraphStore,
  graph: SerializedKnowledgeGraph,
  curation: { file: CurationFile; outcomes: { applied: boolean; reason?: string }[] } | null,
  /** Incremental resolution's index, committed with the build (kg worker keeps it in the store). */
  resolutionIndex?: string,
  /** What an incremental build's articles reach: only those rows are written when the store allows it. */
  touched: TouchedRows | null = null,
  /** The index lives apart from the store (kg build's cache): it must name the store's latest build. */
  stamped = false,
): Promise<StoreStepReport> {
  const entries: StoreCurationEntry[] = curation
    ? curation.file.actions.map((action, i) => ({
        action,
        applied: curation.outcomes[i]?.applied ?? false,
        ...(curation.outcomes[i]?.reason !== undefined && { reason: curation.outcomes[i]!.reason! }),
      }))
    : [];
  const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => ({ start, end }));
  const change = touched ? await storeChangeOf(store, graph, touched, entries, stamped) : null;
  const report = change
    ? await store.writeChanges({
        ...change,
        sentencesOf,
        curation: entries,
        ...(resolutionIndex !== undefined && { resolutionIndex }),
      })
    : await store.writeBuild({
        graph,
        sentencesOf,
        curation: entries,
        ...(resolutionIndex !== undefined && { resolutionIndex }),
      });
  return {
    ...report,
    engine: store.engine,
    location: describeStore(store.location),
    mode: change ? "change" : "whole",
  };
}
