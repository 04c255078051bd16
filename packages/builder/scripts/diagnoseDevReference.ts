// Lists every missed and every spurious relation of a dev-reference build with a first guess at its cause (dev aid).
//   npx tsx packages/builder/scripts/scoreDevReference.ts [--set NAME] --keep     # prints the kept directory
//   npx tsx packages/builder/scripts/diagnoseDevReference.ts DIR [--sentences] [--set NAME]
//
// The gold is DIR/gold.json, the one the build was scored against; with --set NAME it is merged afresh from
// test/dev-reference/NAME instead (after a correction of the annotation, without building again).
// Matches gold entities to graph nodes the way ../shared/eval/score.mjs does (normalized label or alias, same type
// first), then sorts each missed required relation into: an end not found; an end found with the wrong type; the two
// never named in one sentence (cross-sentence; "ref" when the later sentence holds a pronoun or a "the <noun>"
// description, so a resolved reference could have joined them); or named in one sentence (the reader missed a
// predicate or pattern there, or the parse was wrong: read the sentence, --sentences prints it), told apart by the
// relation's kind: static (ROLE, PART_OF, LOCATION, ORIGIN, ALLIANCE, ASSOCIATION), event (COERCION, VIOLENCE,
// OPPOSITION, SUPPORT), STATEMENT, other. Spurious typed edges
// are listed with their label and evidence sentence. The directory holds the article texts: nothing is written.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../src/text/splitSentences.js";
import { EVENT_CATEGORIES, mergeGold, readReferenceSet, referenceSetDir, takeSetArgument } from "./devReferenceSet.js";
import type { GoldEntity, GoldRelation } from "./devReferenceSet.js";
import { scorerNorm } from "../../../test/heldout/scoreGraph.js";

interface Mention {
  doc: string;
  start: number;
  end: number;
}
interface GraphNode {
  key: string;
  attributes: { type?: string; label?: string; aliases?: string[]; mentions?: Mention[] };
}
interface GraphEdge {
  source: string;
  target: string;
  attributes: { category?: string; label?: string; confidence?: number; evidence?: { text?: string }[] };
}

let parsed: ReturnType<typeof takeSetArgument>;
try {
  parsed = takeSetArgument(process.argv.slice(2));
} catch (err) {
  console.error(`diagnoseDevReference: ${(err as Error).message}`);
  process.exit(2);
}
const [dir] = parsed.rest.filter((a) => !a.startsWith("--"));
const showSentences = parsed.rest.includes("--sentences");
if (!dir) {
  console.error(
    "usage: diagnoseDevReference.ts DIR [--sentences] [--set NAME]  (DIR: kept by scoreDevReference.ts --keep)",
  );
  process.exit(2);
}
const graph = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")) as { nodes: GraphNode[]; edges: GraphEdge[] };

/** DIR/gold.json, or with --set the set's files merged afresh. */
function loadGold(): { entities: GoldEntity[]; relations: GoldRelation[] } {
  if (!parsed.given) return JSON.parse(readFileSync(join(dir!, "gold.json"), "utf8")) as ReturnType<typeof loadGold>;
  const setDir = referenceSetDir(join(import.meta.dirname, "../../../test/dev-reference"), parsed.set);
  return mergeGold(
    readReferenceSet(setDir).map((f) => f.gold),
    `test/dev-reference/${parsed.set}`,
  );
}
let gold: ReturnType<typeof loadGold>;
try {
  gold = loadGold();
} catch (err) {
  console.error(`diagnoseDevReference: ${(err as Error).message}`);
  process.exit(2);
}

const norm = scorerNorm;

const SCORED = new Set(["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "EVENT"]);
const nodes = graph.nodes
  .filter((n) => SCORED.has(String(n.attributes.type ?? "")))
  .map((n) => ({
    n,
    names: new Set([n.attributes.label ?? "", ...(n.attributes.aliases ?? [])].filter(Boolean).map(norm)),
  }));
const matchOf = new Map<string, GraphNode>();
const nodeToGold = new Map<string, string>();
const goldById = new Map(gold.entities.map((e) => [e.id, e]));
for (const e of gold.entities) {
  const names = new Set([e.name, ...e.aliases].map(norm));
  const hits = nodes.filter((x) => [...x.names].some((y) => names.has(y)) && !nodeToGold.has(x.n.key));
  hits.sort(
    (a, b) =>
      Number(b.n.attributes.type === e.type) - Number(a.n.attributes.type === e.type) ||
      Number(names.has(norm(b.n.attributes.label ?? ""))) - Number(names.has(norm(a.n.attributes.label ?? ""))),
  );
  const [first, ...rest] = hits;
  if (!first) continue;
  matchOf.set(e.id, first.n);
  nodeToGold.set(first.n.key, e.id);
  for (const h of rest) nodeToGold.set(h.n.key, e.id);
}

/** Sentences of each article (the body after the front matter, as the builder reads it). */
const sentencesOf = new Map<string, { text: string; bounds: [number, number][] }>();
for (const f of readdirSync(join(dir, "articles"))) {
  const raw = readFileSync(join(dir, "articles", f), "utf8");
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(raw);
  const text = (m ? raw.slice(m[0].length) : raw).replace(/^\s+/, "");
  sentencesOf.set(`doc:${f.replace(/\.md$/, "")}`, {
    text,
    bounds: splitSentences(text).map((s) => [s.start, s.end] as [number, number]),
  });
}
const sentenceIndex = (doc: string, offset: number): number => {
  const b = sentencesOf.get(doc)?.bounds ?? [];
  return b.findIndex(([s, e]) => offset >= s && offset < e);
};
/** Gold id -> "doc#sentence" keys of the sentences naming it (through every node matched to it). */
const sentencesNaming = new Map<string, Set<string>>();
for (const n of graph.nodes) {
  const id = nodeToGold.get(n.key);
  if (!id) continue;
  const set = sentencesNaming.get(id) ?? new Set<string>();
  for (const m of n.attributes.mentions ?? []) set.add(`${m.doc}#${sentenceIndex(m.doc, m.start)}`);
  sentencesNaming.set(id, set);
}
const sentenceText = (key: string): string => {
  const [doc, k] = key.split("#");
  const s = sentencesOf.get(doc ?? "");
  const b = s?.bounds[Number(k)];
  return s && b ? s.text.slice(b[0], b[1]).replace(/\s+/g, " ") : "";
};
const REFERENCE =
  /\b(he|she|his|her|him|they|their|them|it|its)\b|\bthe (group|company|party|agency|minister|president|country|government|city|organization|militants|rebels|police|officer|official)\b/i;

const pairTyped = new Map<string, string[]>();
for (const e of graph.edges) {
  const c = e.attributes.category ?? "";
  if (c === "CO_OCCURRENCE" || c === "MENTIONS") continue;
  const a = nodeToGold.get(e.source);
  const b = nodeToGold.get(e.target);
  if (!a || !b || a === b) continue;
  const k = [a, b].sort().join("|");
  pairTyped.set(k, [...(pairTyped.get(k) ?? []), c]);
}

/** The closest two sentences of one article, one naming each end (for reading a cross-sentence miss). */
function closestPair(a: string[], b: string[]): string[] {
  let best: string[] = [];
  let gap = Infinity;
  for (const x of a)
    for (const y of b) {
      const [dx, sx] = x.split("#");
      const [dy, sy] = y.split("#");
      const d = Math.abs(Number(sx) - Number(sy));
      if (dx === dy && d < gap) {
        gap = d;
        best = Number(sx) < Number(sy) ? [x, y] : [y, x];
      }
    }
  return best;
}

const STATIC = new Set(["ROLE", "PART_OF", "LOCATION", "ORIGIN", "ALLIANCE", "ASSOCIATION"]);
const EVENTS = new Set<string>(EVENT_CATEGORIES);
const kindOf = (category: string): string =>
  STATIC.has(category) ? "static" : EVENTS.has(category) ? "event" : category === "STATEMENT" ? "STATEMENT" : "other";

const causes = new Map<string, number>();
const lines: string[] = [];
for (const r of gold.relations.filter((x) => x.required)) {
  if (pairTyped.has([r.source, r.target].sort().join("|"))) continue;
  const missing = [r.source, r.target].filter((id) => !matchOf.has(id));
  const mistyped = [r.source, r.target].filter(
    (id) => matchOf.has(id) && matchOf.get(id)!.attributes.type !== goldById.get(id)?.type,
  );
  let cause: string;
  let where: string[] = [];
  if (missing.length) cause = "entity not found";
  else {
    const a = sentencesNaming.get(r.source) ?? new Set();
    const b = sentencesNaming.get(r.target) ?? new Set();
    where = [...a].filter((k) => b.has(k));
    if (where.length) cause = `same sentence (${kindOf(r.category)})${mistyped.length ? ", entity mistyped" : ""}`;
    else {
      // Does a sentence naming one end also hold a reference that may stand for the other?
      const ref = [...a, ...b].some((k) => REFERENCE.test(sentenceText(k)));
      cause = ref ? "cross-sentence (reference)" : "cross-sentence";
      if (mistyped.length) cause += ", entity mistyped";
      where = closestPair([...a], [...b]);
    }
  }
  causes.set(cause, (causes.get(cause) ?? 0) + 1);
  lines.push(
    `MISSED ${r.source} -${r.category}-> ${r.target}: ${cause}${missing.length ? ` (${missing.join(", ")})` : ""}`,
  );
  if (showSentences) for (const k of where.slice(0, 2)) lines.push(`    ${k}: ${sentenceText(k)}`);
}
const goldPairs = new Set(gold.relations.map((r) => [r.source, r.target].sort().join("|")));
let spurious = 0;
let outside = 0;
for (const e of graph.edges) {
  const c = e.attributes.category ?? "";
  if (c === "CO_OCCURRENCE" || c === "MENTIONS") continue;
  const a = nodeToGold.get(e.source);
  const b = nodeToGold.get(e.target);
  if (a && b && a === b) continue;
  if (a && b && goldPairs.has([a, b].sort().join("|"))) continue;
  if (a && b) spurious++;
  else outside++;
  const conf = e.attributes.confidence?.toFixed(2) ?? "";
  lines.push(
    `SPURIOUS ${a ?? e.source} -${c}(${e.attributes.label ?? ""}, ${conf})-> ${b ?? e.target}${a && b ? "" : " [not both in the reference]"}`,
  );
  if (showSentences) lines.push(`    ${(e.attributes.evidence?.[0]?.text ?? "").replace(/\s+/g, " ")}`);
}
console.log(lines.join("\n"));
console.log(
  `\nmissed by cause: ${[...causes].map(([k, v]) => `${k} ${v}`).join("; ")}\nspurious: ${spurious} between reference entities, ${outside} with an end outside it`,
);
