// `pnpm bench:resolve --cache DIR [--documents 1000,2000,4000] [--repeat 3] [--module PATH]`: time of the
// cross-document resolution alone at archive scale. The base articles are the extractions in a build's cache
// (DIR/extractions/**.json, e.g. the cache of a `kg build` of a BBC or CNN sample); larger corpora are varied
// copies made in memory, as bench/scaleCorpus.ts makes them on disk: copy c >= 1 of a base article renames every
// capitalised word of its people's and organisations' names (places keep theirs) to an invented word chosen per
// (word, variant), the variant 1 + floor(c * u^2) for a hash-uniform u, so common names recur and new ones keep
// appearing. Prints the median time per size and a hash of each resolution, so two implementations (`--module`,
// another file exporting resolveAcrossDocuments) can be checked to give the same output.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type {
  CrossDocumentResolution,
  DocumentExtraction,
  ExtractedEntity,
} from "../packages/builder/src/extract/types.js";

const { values } = parseArgs({
  options: {
    cache: { type: "string" },
    documents: { type: "string", default: "1000,2000,4000" },
    repeat: { type: "string", default: "3" },
    module: { type: "string", default: "packages/builder/src/extract/resolveAcrossDocuments.ts" },
  },
});
if (!values.cache) throw new Error("bench:resolve: --cache DIR (a kg build cache directory) is required");
const sizes = values.documents.split(",").map(Number);
const repeat = Number(values.repeat);
const mod = (await import(pathToFileURL(resolve(values.module)).href)) as {
  resolveAcrossDocuments: (x: DocumentExtraction[]) => CrossDocumentResolution;
};

const base: DocumentExtraction[] = [];
const root = join(resolve(values.cache), "extractions");
for (const f of readdirSync(root, { recursive: true, encoding: "utf8" }).sort())
  if (f.endsWith(".json")) base.push(JSON.parse(readFileSync(join(root, f), "utf8")) as DocumentExtraction);
base.sort((a, b) => (a.docKey < b.docKey ? -1 : 1));
if (!base.length) throw new Error(`bench:resolve: no extractions under ${root}`);

const hash = (s: string): number => createHash("sha256").update(s).digest().readUInt32BE(0) / 2 ** 32;
const LETTERS = "bcdfghjklmnprstvwz";
const VOWELS = "aeiou";

/** An invented word of the same length and case pattern as `w`, fixed per (word, variant). */
function invent(w: string, variant: number): string {
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if (!/\p{L}/u.test(ch)) {
      out += ch;
      continue;
    }
    const pool = i % 2 ? VOWELS : LETTERS;
    const c = pool[Math.floor(hash(`${w}\u0000${variant}\u0000${i}`) * pool.length)]!;
    out += ch === ch.toUpperCase() ? c.toUpperCase() : c;
  }
  return out;
}

function copyOf(x: DocumentExtraction, c: number): DocumentExtraction {
  if (c === 0) return x;
  const rename = (s: string): string =>
    s.replace(/\p{Lu}[\p{L}'’-]*/gu, (w) => invent(w, 1 + Math.floor(c * hash(`${x.docKey}\u0000${w}`) ** 2)));
  const docKey = `${x.docKey}~${c}`;
  const entities: ExtractedEntity[] = x.entities.map((e) => {
    if (e.type !== "PERSON" && e.type !== "ORGANIZATION")
      return { ...e, mentions: e.mentions.map((m) => ({ ...m, doc: docKey })) };
    return {
      ...e,
      label: rename(e.label),
      aliases: e.aliases.map(rename),
      mentions: e.mentions.map((m) => ({ ...m, doc: docKey, text: rename(m.text) })),
    };
  });
  return { ...x, docKey, entities };
}

function corpus(n: number): DocumentExtraction[] {
  return Array.from({ length: n }, (_, j) => copyOf(base[j % base.length]!, Math.floor(j / base.length)));
}

function digest(r: CrossDocumentResolution): string {
  const keyOf = [...r.keyOf].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return createHash("sha256")
    .update(JSON.stringify([r.entities, keyOf]))
    .digest("hex")
    .slice(0, 16);
}

console.log(`bench:resolve: ${base.length} base articles, module ${values.module}`);
for (const n of sizes) {
  const docs = corpus(n);
  const times: number[] = [];
  let out = "";
  let entities = 0;
  for (let k = 0; k < repeat; k++) {
    // CPU time, not wall time: the machine is shared.
    const t0 = process.cpuUsage();
    const r = mod.resolveAcrossDocuments(docs);
    const t = process.cpuUsage(t0);
    times.push((t.user + t.system) / 1000);
    out = digest(r);
    entities = r.entities.length;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${n} articles: median CPU ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(", ")}), ${entities} entities, output ${out}`,
  );
}
