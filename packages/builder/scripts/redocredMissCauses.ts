// Re-DocRED dev: why same-sentence reference relations are missed. Reads the folder that
// `node ../shared/eval/redocred.mjs` leaves (WORK: articles/, gold.json, graph.json, score.json) and the Re-DocRED
// file it was made from, and classifies every same-sentence reference relation the graph does not type right:
// per end, how the graph's mentions in the shared sentence compare with Re-DocRED's mention span (no span, span cut
// short, span too long, span crossing, span right but typed wrongly, span right but the scorer matched the entity to
// another node), by Re-DocRED type; for pairs with both ends right, whether the relation was read with the wrong
// category or not read at all (co-occurrence only, or nothing). Measuring only: never tune rules on its examples'
// wording.
//   npx tsx packages/builder/scripts/redocredMissCauses.ts [WORK] [--data FILE] [--examples N] [--kind KIND]
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const optIdx = new Set(["--data", "--examples", "--kind"].map((o) => args.indexOf(o) + 1).filter((i) => i > 0));
const work = resolve(args.find((a, i) => !a.startsWith("--") && !optIdx.has(i)) ?? "/tmp/redocred-dev");
const dataPath = resolve(
  opt("data") ?? join(import.meta.dirname, "../../../../shared/data/relations/redocred-dev_revised.json"),
);
const nExamples = Number(opt("examples") ?? 0);
const kindFilter = opt("kind");
for (const f of [dataPath, join(work, "gold.json"), join(work, "graph.json"), join(work, "score.json")])
  if (!existsSync(f)) throw new Error(`missing ${f}: run node ../shared/eval/redocred.mjs with WORK=${work} first`);

interface RdMention {
  name: string;
  sent_id: number;
  pos: [number, number];
  type: string;
}
interface RdDoc {
  title: string;
  sents: string[][];
  vertexSet: RdMention[][];
}
interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
}
interface GoldRelation {
  source: string;
  target: string;
  category: string;
  doc: string;
}
interface GraphMention {
  doc: string;
  start: number;
  end: number;
  text: string;
}
interface GraphNode {
  key: string;
  attributes: { type: string; label: string; aliases?: string[]; mentions?: GraphMention[] };
}
interface GraphEdge {
  source: string;
  target: string;
  attributes: { category: string };
}

const data = JSON.parse(readFileSync(dataPath, "utf8")) as RdDoc[];
const gold = JSON.parse(readFileSync(join(work, "gold.json"), "utf8")) as {
  documents: Record<string, string>;
  entities: GoldEntity[];
  relations: GoldRelation[];
};
const graph = JSON.parse(readFileSync(join(work, "graph.json"), "utf8")) as { nodes: GraphNode[]; edges: GraphEdge[] };
const score = JSON.parse(readFileSync(join(work, "score.json"), "utf8")) as {
  relations: { missing: string[]; mistyped: string[] };
};

// The scorer's normalisation (shared/eval/score.mjs).
const norm = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(the)\s+/, "")
    .replace(/[^\p{L}\p{N}/]+/gu, " ")
    .trim();
const TYPE: Record<string, string> = { PER: "PERSON", ORG: "ORGANIZATION", LOC: "LOCATION" };
const coarse = (t: string): string => (t === "COUNTRY" ? "LOCATION" : t);

const goldById = new Map(gold.entities.map((e) => [e.id, e]));
const goldNames = new Map(gold.entities.map((e) => [e.id, new Set([e.name, ...e.aliases].map(norm))]));
const nodeNames = new Map(
  graph.nodes.map((n) => [n.key, new Set([n.attributes.label, ...(n.attributes.aliases ?? [])].map(norm))]),
);
const mentionsByDoc = new Map<string, { start: number; end: number; text: string; node: GraphNode }[]>();
for (const n of graph.nodes)
  for (const m of n.attributes.mentions ?? []) {
    const d = m.doc.replace(/^doc:/, "");
    if (!mentionsByDoc.has(d)) mentionsByDoc.set(d, []);
    mentionsByDoc.get(d)!.push({ start: m.start, end: m.end, text: m.text, node: n });
  }
const edgesByPair = new Map<string, string[]>();
for (const e of graph.edges) {
  const k = [e.source, e.target].sort().join("|");
  if (!edgesByPair.has(k)) edgesByPair.set(k, []);
  edgesByPair.get(k)!.push(e.attributes.category);
}

/** Token offsets of a Re-DocRED document inside the article redocred.mjs wrote (title, blank line, text). */
function offsetsOf(doc: RdDoc, article: string): [number, number][][] {
  let cursor = article.indexOf("\n\n") + 2;
  return doc.sents.map((sent) =>
    sent.map((raw) => {
      const tok = raw.replace(/\s+/g, " ").trim();
      if (!tok) return [cursor, cursor] as [number, number];
      const at = article.indexOf(tok, cursor);
      if (at < 0) return [cursor, cursor] as [number, number];
      cursor = at + tok.length;
      return [at, cursor] as [number, number];
    }),
  );
}

type EndKind =
  | "ok"
  | "typed wrongly"
  | "typed wrongly, folded into another name"
  | "span right, scored as another entity"
  | "span cut short"
  | "span too long"
  | "span crossing"
  | "no span";
const END_ORDER: EndKind[] = [
  "ok",
  "span right, scored as another entity",
  "typed wrongly",
  "typed wrongly, folded into another name",
  "span too long",
  "span cut short",
  "span crossing",
  "no span",
];

interface EndResult {
  kind: EndKind;
  detail: string;
  node?: GraphNode;
}

/** The best account of one reference entity's mentions in sentence k against the graph's mentions. */
function classifyEnd(docId: string, offs: [number, number][][], v: RdMention[], k: number, g: GoldEntity): EndResult {
  const ms = mentionsByDoc.get(docId) ?? [];
  let best: EndResult = { kind: "no span", detail: "" };
  const better = (r: EndResult): void => {
    if (END_ORDER.indexOf(r.kind) < END_ORDER.indexOf(best.kind)) best = r;
  };
  for (const rm of v.filter((m) => m.sent_id === k)) {
    const s = offs[k]![rm.pos[0]]![0];
    const e = offs[k]![rm.pos[1] - 1]![1];
    for (const m of ms) {
      if (m.end <= s || m.start >= e) continue;
      const type = coarse(m.node.attributes.type);
      const label = m.node.attributes.label;
      const folded = norm(label) !== norm(m.text);
      const detail = `"${rm.name}" ~ "${m.text}" (${m.node.attributes.type}${folded ? ` of "${label}"` : ""})`;
      if (norm(m.text) === norm(rm.name) || (m.start === s && m.end === e)) {
        if (type !== g.type)
          better({ kind: folded ? "typed wrongly, folded into another name" : "typed wrongly", detail, node: m.node });
        else if (![...goldNames.get(g.id)!].some((x) => nodeNames.get(m.node.key)!.has(x)))
          better({ kind: "span right, scored as another entity", detail, node: m.node });
        else better({ kind: "ok", detail, node: m.node });
      } else if (m.start <= s && m.end >= e) better({ kind: "span too long", detail });
      else if (m.start >= s && m.end <= e) better({ kind: "span cut short", detail });
      else better({ kind: "span crossing", detail });
    }
    if (best.kind === "no span") best = { kind: "no span", detail: `"${rm.name}"` };
  }
  return best;
}

const missing = new Set(score.relations.missing);
const mistyped = new Set(score.relations.mistyped);
const offsCache = new Map<string, [number, number][][]>();
const endTable = new Map<string, number>(); // `${rdType}\t${kind}` -> ends
const pairTable = new Map<string, number>();
const examples = new Map<string, string[]>();
let sameTotal = 0;
let sameTyped = 0;
const note = (table: Map<string, number>, key: string): void => {
  table.set(key, (table.get(key) ?? 0) + 1);
};
const example = (kind: string, line: string): void => {
  if (!examples.has(kind)) examples.set(kind, []);
  examples.get(kind)!.push(line);
};

for (const r of gold.relations) {
  const index = Number(r.doc.replace(/^rd/, ""));
  const doc = data[index]!;
  if (!offsCache.has(r.doc))
    offsCache.set(r.doc, offsetsOf(doc, readFileSync(join(work, gold.documents[r.doc]!), "utf8")));
  const offs = offsCache.get(r.doc)!;
  const a = goldById.get(r.source)!;
  const b = goldById.get(r.target)!;
  const verticesOf = (g: GoldEntity): RdMention[][] =>
    doc.vertexSet.filter((v) => TYPE[v[0]!.type] === g.type && v.some((m) => goldNames.get(g.id)!.has(norm(m.name))));
  // The first sentence naming both ends (Re-DocRED's vertices of the two reference entities).
  let shared: { va: RdMention[]; vb: RdMention[]; k: number } | undefined;
  for (const va of verticesOf(a))
    for (const vb of verticesOf(b)) {
      if (shared || va === vb) continue;
      const k = va.map((m) => m.sent_id).find((x) => vb.some((m) => m.sent_id === x));
      if (k !== undefined) shared = { va, vb, k };
    }
  if (!shared) continue;
  sameTotal++;
  const key = `${r.source} -${r.category}-> ${r.target}`;
  if (!missing.has(key) && !mistyped.has(key)) {
    sameTyped++;
    continue;
  }
  const sentence = doc.sents[shared.k]!.join(" ");
  const ends = [
    { res: classifyEnd(r.doc, offs, shared.va, shared.k, a), rdType: shared.va[0]!.type },
    { res: classifyEnd(r.doc, offs, shared.vb, shared.k, b), rdType: shared.vb[0]!.type },
  ];
  for (const e of ends) if (e.res.kind !== "ok") note(endTable, `${e.rdType}\t${e.res.kind}`);
  const worst = ends.map((e) => e.res.kind).sort((x, y) => END_ORDER.indexOf(y) - END_ORDER.indexOf(x))[0]!;
  let cause: string;
  if (worst !== "ok") cause = `an end: ${worst}`;
  else if (mistyped.has(key)) cause = "both ends right: relation read, wrong category or direction";
  else {
    const cats = edgesByPair.get([ends[0]!.res.node!.key, ends[1]!.res.node!.key].sort().join("|")) ?? [];
    cause = cats.length
      ? cats.every((c) => c === "CO_OCCURRENCE")
        ? "both ends right: relation not read (co-occurrence only)"
        : "both ends right: edge between the nodes not scored"
      : "both ends right: relation not read (no edge)";
  }
  note(pairTable, `${mistyped.has(key) ? "mistyped" : "missed  "}\t${cause}`);
  const line = `${r.doc} ${key} [${ends.map((e) => `${e.rdType} ${e.res.kind}: ${e.res.detail}`).join(" | ")}]\n    ${sentence}`;
  for (const e of ends) if (e.res.kind !== "ok") example(`${e.rdType} ${e.res.kind}`, line);
  example(cause, line);
}

const out = (s: string): void => void process.stdout.write(s + "\n");
out(
  `same-sentence reference relations ${sameTotal}, typed right ${sameTyped} (${((100 * sameTyped) / sameTotal).toFixed(1)}%)`,
);
out("\nnot typed right, by cause (worst end first; mistyped = pair found, wrong category or direction):");
for (const [k, n] of [...pairTable].sort((x, y) => y[1] - x[1])) out(`  ${String(n).padStart(5)}  ${k}`);
out("\nends that are not right, by Re-DocRED type and kind:");
const types = ["PER", "ORG", "LOC"];
out(`  ${"kind".padEnd(38)}${types.map((t) => t.padStart(6)).join("")}   all`);
for (const kind of END_ORDER.slice(1)) {
  const row = types.map((t) => endTable.get(`${t}\t${kind}`) ?? 0);
  out(
    `  ${kind.padEnd(38)}${row.map((n) => String(n).padStart(6)).join("")}${String(row.reduce((x, y) => x + y, 0)).padStart(6)}`,
  );
}
if (nExamples)
  for (const [kind, lines] of examples) {
    if (kindFilter && !kind.includes(kindFilter)) continue;
    out(`\n## ${kind} (${lines.length})`);
    for (const l of lines.slice(0, nExamples)) out(`- ${l}`);
  }
