// `kg build`: builds graph.json from a folder of articles. Messages, progress and the summary go to stderr.
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { buildGraph } from "../pipeline/buildGraph.js";
import { isNerProfile } from "../ner/nerModels.js";
import type { BuildReport } from "../pipeline/types.js";
import { defaultDataPath } from "./findProjectRoot.js";
import { createProgressReporter } from "./progressReporter.js";

const HELP = `usage: pnpm kg build [options]

Builds the knowledge graph from a folder of articles (.txt: first line is the title; .md with YAML front matter;
.html) and writes it atomically: a failed or interrupted build leaves the previous graph file as it was.
Unchanged articles are reused from the cache next to the graph file (.cache/).

options:
  --articles DIR            articles folder, searched recursively (default: graph-data/articles)
  --out FILE                graph file to write (default: graph-data/graph.json), an export of the store
  --store SPEC              graph store: a SQLite file or a postgres://user@host/db URL (default: KG_STORE,
                            else graph.db next to the graph file)
  --no-store                write graph.json only
  --carry-metrics           keep the store's PageRank, communities and layout for known entities and place new
                            ones beside their neighbours (a small addition then rewrites only what it touches;
                            stale until a build without it; the build records since when)
  --full-resolution         resolve entities across every article (by default only those an added, changed
                            or removed article reaches; same result)
  --curation FILE           analysts' corrections to apply (default: graph-data/curation.json, when present)
  --no-curation             build without applying the curation file
  --workers N               extraction threads (default: one per core; 0 extracts on the main thread)
  --max-article-bytes N     skip articles larger than N bytes (default: 5242880)
  --cache-dir DIR           extraction cache (default: .cache/ next to the graph file)
  --ner-model M             NER model: open (default; trained on commercially usable data),
                            open-permissive (the same without share-alike data), research
                            (CoNLL-2003, research use only) or a model file
  -h, --help                show this help

exit codes: 0 built, 1 nothing could be built or the build failed, 2 usage error, 130 interrupted`;

function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

function summary(report: BuildReport): string {
  const seconds = (report.durationMs / 1000).toFixed(1);
  const parts = [
    `${report.extracted} extracted`,
    `${report.reused} reused`,
    `${report.removed} removed`,
    `${report.skipped.length} skipped`,
  ];
  const curation = report.curation
    ? `; curation: ${report.curation.applied} applied, ${report.curation.skipped.length} skipped`
    : "";
  return (
    `built ${displayPath(report.outFile)}: ${report.documents} documents, ` +
    `${report.entities} entities, ${report.relations} relations (${parts.join(", ")}${curation}) ` +
    `from ${report.words} words in ${seconds} s` +
    (report.store ? `\n${storeSummary(report.store)}` : "")
  );
}

function storeSummary(store: NonNullable<BuildReport["store"]>): string {
  const c = store.changes;
  const part = (name: string, t: { inserted: number; updated: number; rescored: number; deleted: number }) =>
    `${name} +${t.inserted} ~${t.updated} -${t.deleted}` + (t.rescored > 0 ? ` (${t.rescored} rescored)` : "");
  const where = store.engine === "sqlite" ? displayPath(store.location) : store.location;
  return (
    `store ${where} (${store.engine}): build ${store.version}; ` +
    `${part("documents", c.documents)}, ${part("entities", c.entities)}, ${part("relations", c.relations)}`
  );
}

export async function buildCommand(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        articles: { type: "string" },
        out: { type: "string" },
        store: { type: "string" },
        "no-store": { type: "boolean" },
        "carry-metrics": { type: "boolean" },
        "full-resolution": { type: "boolean" },
        curation: { type: "string" },
        "no-curation": { type: "boolean" },
        workers: { type: "string" },
        "max-article-bytes": { type: "string" },
        "cache-dir": { type: "string" },
        "ner-model": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
    parseCount("workers", values.workers);
    parseCount("max-article-bytes", values["max-article-bytes"]);
  } catch (error) {
    process.stderr.write(`kg build: ${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(`${HELP}\n`);
    return 0;
  }
  if (values["no-store"] && values.store) {
    process.stderr.write("kg build: --store and --no-store exclude each other\n");
    return 2;
  }
  if (values["no-store"] && values["carry-metrics"]) {
    process.stderr.write("kg build: --carry-metrics carries them from the store; it cannot go with --no-store\n");
    return 2;
  }
  if (values["no-curation"] && values.curation) {
    process.stderr.write("kg build: --curation and --no-curation exclude each other\n");
    return 2;
  }

  const progress = createProgressReporter();
  const controller = new AbortController();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    // First signal: stop cleanly (workers terminated, nothing written). Second: leave at once.
    if (interrupted) process.exit(130);
    interrupted = true;
    progress.log(`kg build: ${signal} received, stopping`);
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const workers = parseCount("workers", values.workers);
    const maxArticleBytes = parseCount("max-article-bytes", values["max-article-bytes"]);
    const report = await buildGraph({
      articlesDir: values.articles ?? defaultDataPath("articles"),
      outFile: values.out ?? defaultDataPath("graph.json"),
      ...(values["no-store"]
        ? { store: null }
        : (values.store ?? process.env.KG_STORE) !== undefined && { store: values.store ?? process.env.KG_STORE }),
      ...(values["carry-metrics"] && { carryMetrics: true }),
      ...(values["full-resolution"] && { fullResolution: true }),
      // Without --curation the pipeline looks for curation.json next to the articles folder.
      curationFile: values["no-curation"] ? null : values.curation,
      ...(values["cache-dir"] !== undefined && { cacheDir: values["cache-dir"] }),
      ...(workers !== undefined && { workers }),
      ...(maxArticleBytes !== undefined && { maxArticleBytes }),
      ...(values["ner-model"] !== undefined &&
        (isNerProfile(values["ner-model"])
          ? { nerModel: values["ner-model"] }
          : { nerModelPath: values["ner-model"] })),
      // Development/test hook: substitute the extractor or tagger module (see BuildOptions).
      ...(process.env.KG_EXTRACTOR_MODULE && { extractorModule: process.env.KG_EXTRACTOR_MODULE }),
      ...(process.env.KG_NER_MODULE && { nerModule: process.env.KG_NER_MODULE }),
      signal: controller.signal,
      onProgress: progress.onProgress,
      log: progress.log,
    });
    progress.clear();
    process.stderr.write(`${summary(report)}\n`);
    if (interrupted) process.stderr.write("kg build: the graph was already written when the signal arrived\n");
    return 0;
  } catch (error) {
    progress.clear();
    if (interrupted) {
      process.stderr.write("kg build: interrupted; nothing written\n");
      return 130;
    }
    process.stderr.write(`kg build: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.KG_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.stderr.write("kg build: failed; the previous graph file (if any) is unchanged\n");
    return 1;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
