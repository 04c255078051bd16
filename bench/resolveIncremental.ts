// `npx tsx bench/resolveIncremental.ts --cache DIR/.cache [--documents 25000] [--added 100]`: entity resolution
// alone, whole vs incremental (packages/builder/src/pipeline/resolveIncrementally.ts), on the extractions a corpus
// build cached (`pnpm bench:corpus`). Takes the first DOCUMENTS extractions by document key as the store's corpus,
// indexes them (a full resolution plus resolution tokens, what a build does without an index), then adds ADDED
// more and times: resolving all of them (what every build did before), and resolving only what the added
// articles reach; checks both give the same entities and keys, and says how many entities were resolved again.
// Imports the built modules (dist), like bench:corpus.
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { isDeepStrictEqual } from "node:util";
import * as extractor from "../packages/builder/dist/extract/index.js";
import type { DocumentExtraction } from "../packages/builder/dist/extract/types.js";
import { resolveIncrementally } from "../packages/builder/dist/pipeline/resolveIncrementally.js";

const { values } = parseArgs({
  options: {
    cache: { type: "string" },
    documents: { type: "string", default: "25000" },
    added: { type: "string", default: "100" },
  },
});
if (!values.cache) throw new Error("resolveIncremental: --cache DIR is required");
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
const loadBefore = load();
const dir = join(resolve(values.cache), "extractions");
const all: DocumentExtraction[] = [];
for (const shard of readdirSync(dir))
  for (const file of readdirSync(join(dir, shard)))
    if (file.endsWith(".json"))
      all.push(JSON.parse(readFileSync(join(dir, shard, file), "utf8")) as DocumentExtraction);
// One extraction per document (a cache may hold older versions of some).
const byKey = new Map(all.map((d) => [d.docKey, d]));
const docs = [...byKey.values()].sort((a, b) => (a.docKey < b.docKey ? -1 : 1));
const n = Math.min(Number(values.documents), docs.length - Number(values.added));
const base = docs.slice(0, n);
const more = docs.slice(0, n + Number(values.added));
const hashes = new Map(more.map((d) => [d.docKey, d.docKey]));
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const out = f();
  return [out, (performance.now() - t) / 1000];
};

const [indexed, indexSeconds] = time(() => resolveIncrementally(extractor, base, hashes, null));
const [whole, wholeSeconds] = time(() => extractor.resolveAcrossDocuments(more));
const [step, stepSeconds] = time(() => resolveIncrementally(extractor, more, hashes, indexed.index));
const same =
  isDeepStrictEqual(step.resolution.entities, whole.entities) &&
  isDeepStrictEqual(new Map([...step.resolution.keyOf].sort()), new Map([...whole.keyOf].sort()));
console.log(
  `${n} documents + ${more.length - n}: full resolution ${wholeSeconds.toFixed(1)} s; first build with index ` +
    `(full + tokens) ${indexSeconds.toFixed(1)} s; incremental ${stepSeconds.toFixed(1)} s ` +
    `(${step.resolvedItems} of ${step.totalItems} article entities resolved again, ` +
    `${((100 * step.resolvedItems) / step.totalItems).toFixed(1)}%); ${whole.entities.length} entities; ` +
    `equal to the full resolution: ${same}`,
);
console.log(`load average before ${loadBefore}, after ${load()}`);
if (!same) process.exit(1);
