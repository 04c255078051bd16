// Counts the causes of missed event and statement relations of a kept dev-reference build (dev aid), finer than
// diagnoseDevReference.ts for pairs named in one sentence: each article is parsed again and the dependency path
// between the two names is read for a coded predicate.
//   npx tsx packages/builder/scripts/scoreDevReference.ts [--set NAME] --keep     # prints the kept directory
//   npx tsx packages/builder/scripts/eventMissCauses.ts DIR [--sentences] [--by-link]
//
// Causes, first that applies: an end not named in the article ("entity not found"); the two never named in one
// sentence ("cross-sentence"); named in one sentence and the reader related them with another category
// ("read as another category"); no predicate the lexicon codes on the path between them ("no coded predicate on
// the path": a missing lemma or phrase, an inference, or a parse that joins them through a wrong word); coded
// predicates only of other categories ("path predicate of another category"); a predicate of the gold category on
// the path that reached no pair ("argument not reached": a role or attachment error). Only counts are printed
// unless --sentences is given (use it only on a set you may tune on); --by-link splits "argument not reached" by the
// dependency labels from each end up to the predicate (labels only, no words). The directory holds the article texts.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { extractDocument } from "../src/extract/index.js";
import { loadNerTagger } from "../src/ner/index.js";
import { loadDependencyParser } from "../src/nlp/loadDependencyParser.js";
import type { Doc } from "../src/nlp/doc.js";
import { eventCategoryOf } from "../src/relations/eventCategory.js";
import type { EntitySpan, ReadRelation } from "../src/relations/types.js";
import { EVENT_CATEGORIES, type GoldEntity, type GoldRelation } from "./devReferenceSet.js";
import { scorerNorm } from "../../../test/heldout/scoreGraph.js";

const [dir] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const showSentences = process.argv.includes("--sentences");
const byLink = process.argv.includes("--by-link");
if (!dir) {
  console.error("usage: eventMissCauses.ts DIR [--sentences]  (DIR: kept by scoreDevReference.ts --keep)");
  process.exit(2);
}
interface GraphEdge {
  source: string;
  target: string;
  attributes: { category?: string };
}
interface GraphNode {
  key: string;
  attributes: { label?: string; aliases?: string[] };
}
const graph = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")) as { nodes: GraphNode[]; edges: GraphEdge[] };
const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as {
  entities: GoldEntity[];
  relations: GoldRelation[];
};

const norm = scorerNorm;

const goldNames = new Map<string, Set<string>>();
for (const e of gold.entities) goldNames.set(e.id, new Set([e.name, ...e.aliases].map(norm)));

// Graph nodes matched to gold entities by label or alias; a pair is found when any typed edge joins them.
const nodesOf = new Map<string, Set<string>>();
for (const n of graph.nodes) {
  const names = [n.attributes.label ?? "", ...(n.attributes.aliases ?? [])].map(norm);
  for (const [id, set] of goldNames)
    if (names.some((x) => set.has(x))) nodesOf.set(id, (nodesOf.get(id) ?? new Set()).add(n.key));
}
const typedPairs = new Set<string>();
for (const e of graph.edges) {
  const c = e.attributes.category;
  if (!c || c === "CO_OCCURRENCE" || c === "MENTIONS") continue;
  typedPairs.add(`${e.source}|${e.target}`);
  typedPairs.add(`${e.target}|${e.source}`);
}
const found = (r: GoldRelation): boolean =>
  [...(nodesOf.get(r.source) ?? [])].some((a) =>
    [...(nodesOf.get(r.target) ?? [])].some((b) => typedPairs.has(`${a}|${b}`)),
  );

const WANTED = new Set<string>([...EVENT_CATEGORIES, "STATEMENT"]);
const missed = gold.relations.filter((r) => r.required && WANTED.has(r.category) && !found(r));

interface Parsed {
  doc: Doc;
  spans: EntitySpan[];
  relations: ReadRelation[];
  labelOf: Map<number, string>;
}
const tagger = loadNerTagger();
const parser = loadDependencyParser();
const parsedDocs = new Map<string, Parsed>();
function parsedOf(docId: string): Parsed | undefined {
  if (parsedDocs.has(docId)) return parsedDocs.get(docId);
  const file = readdirSync(join(dir!, "articles")).find((f) => f.startsWith(docId));
  if (!file) return undefined;
  const raw = readFileSync(join(dir!, "articles", file), "utf8");
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(raw);
  const text = m ? raw.slice(m[0].length) : raw;
  let out: Parsed | undefined;
  const x = extractDocument(
    { docKey: `doc:${basename(file)}`, file: basename(file), title: basename(file), text },
    tagger,
    parser,
    {
      observeParse: (doc, spans, relations) =>
        (out = { doc, spans: [...spans], relations: [...relations], labelOf: new Map() }),
    },
  );
  if (out) for (const e of x.entities) out.labelOf.set(Number(e.localId.replace(/^e/, "")), e.label);
  parsedDocs.set(docId, out!);
  return out;
}

/** Token path between two tokens through their lowest common head (both ends excluded). */
function path(doc: Doc, a: number, b: number): number[] {
  const up = (t: number): number[] => {
    const out = [t];
    for (let k = 0; k < 60; k++) {
      const h = doc.head[out[out.length - 1]!] ?? -1;
      if (h < 0) break;
      out.push(h);
    }
    return out;
  };
  const ua = up(a);
  const ub = up(b);
  const common = ua.find((t) => ub.includes(t));
  if (common === undefined) return [...ua, ...ub];
  return [...ua.slice(1, ua.indexOf(common) + 1), ...ub.slice(1, ub.indexOf(common))];
}

const counts = new Map<string, number>();
const add = (cause: string, r: GoldRelation, detail = ""): void => {
  const key = `${process.argv.includes("--by-category") ? r.category : r.category === "STATEMENT" ? "STATEMENT" : "event"}: ${cause}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (showSentences)
    console.log(
      `${r.source} -${r.category}-> ${r.target} [${r.label ?? ""}]: ${cause}${detail ? "\n    " + detail : ""}`,
    );
};

for (const r of missed) {
  const p = r.doc ? parsedOf(r.doc) : undefined;
  if (!p) {
    add("article not found", r);
    continue;
  }
  const spansOf = (id: string): EntitySpan[] =>
    p.spans.filter((s) =>
      goldNames.get(id)?.has(norm(p.labelOf.get(s.entity) ?? p.doc.words.slice(s.start, s.end).join(" "))),
    );
  const sa = spansOf(r.source);
  const sb = spansOf(r.target);
  if (!sa.length || !sb.length) {
    add("entity not found", r);
    continue;
  }
  const together = sa.flatMap((a) =>
    sb.filter((b) => p.doc.sentOf[a.start] === p.doc.sentOf[b.start]).map((b) => [a, b] as const),
  );
  if (!together.length) {
    add("cross-sentence", r);
    continue;
  }
  const ents = new Set([...sa, ...sb].map((s) => s.entity));
  const other = p.relations.find(
    (x) =>
      ents.has(x.source) &&
      ents.has(x.target) &&
      x.source !== x.target &&
      together.some(([a]) => p.doc.sentOf[a.start] === x.sent),
  );
  const [a] = together[0]!;
  const sent = p.doc.sentOf[a.start] ?? 0;
  const words = p.doc.words.slice(p.doc.sentStart[sent], p.doc.sentEnd[sent]).join(" ");
  if (other) {
    add(`read as another category (${other.category})`, r, words);
    continue;
  }
  let best = "no coded predicate on the path";
  for (const [x, y] of together) {
    const on = path(p.doc, x.end - 1, y.end - 1);
    const cats = on.map((t) => eventCategoryOf(p.doc, t)?.category).filter(Boolean);
    // How the path joins the ends: through a clause link (a reported, adverbial, relative or coordinated clause).
    const clausal = on.some((t) => /^(ccomp|xcomp|advcl|acl|conj|parataxis)/.test(p.doc.deprel[t] ?? ""));
    const ref = x.reference || y.reference ? ", an end a reference" : "";
    const link = `${clausal ? "through a clause link" : "within one clause"}${ref}`;
    if (cats.includes(r.category as never)) {
      best = `argument not reached (predicate of the category on the path, ${link})`;
      // --by-link: the dependency labels from each end up to the predicate (no words: a mechanism, not a sentence).
      if (byLink) {
        const pred = on.find((t) => eventCategoryOf(p.doc, t)?.category === r.category)!;
        const chain = (end: number): string => {
          const out: string[] = [];
          for (let t = end, k = 0; t >= 0 && t !== pred && k < 12; t = p.doc.head[t] ?? -1, k++)
            out.push(p.doc.deprel[t] ?? "?");
          return p.doc.head[end] === undefined || !out.length ? "-" : out.join(">");
        };
        const up = (end: number): boolean => {
          for (let t = end, k = 0; t >= 0 && k < 60; t = p.doc.head[t] ?? -1, k++) if (t === pred) return true;
          return false;
        };
        const side = (end: number): string => (up(end) ? chain(end) : `above:${chain(pred)}`);
        best += ` [${p.doc.upos[pred]} src ${side(x.end - 1)} | tgt ${side(y.end - 1)}]`;
      }
    } else if (cats.length && best === "no coded predicate on the path")
      best = `path predicate of another category (${[...new Set(cats)].sort().join("/")}, ${link})`;
  }
  add(best, r, words);
}
for (const [k, v] of [...counts].sort()) console.log(`${String(v).padStart(4)}  ${k}`);
console.log(`${String(missed.length).padStart(4)}  missed required event and statement relations`);
