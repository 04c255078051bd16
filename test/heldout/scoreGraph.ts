// A compact re-implementation of the project scorer's rules (../shared/eval/score.mjs), so the held-out test runs
// without the shared folder: gold entities match nodes by normalised name or alias; a relation counts when both
// ends match gold entities joined by a gold relation; CO_OCCURRENCE edges are not scored.
import type { CrossDocumentResolution, DocumentExtraction } from "../../packages/builder/src/extract/index.js";

export interface GoldFile {
  entities: { id: string; type: string; name: string; aliases: string[]; required: boolean }[];
  relations: { source: string; target: string; category: string; required: boolean }[];
}

export interface SimpleGraph {
  nodes: { key: string; attributes: { label: string; type: string; aliases: string[] } }[];
  edges: { source: string; target: string; attributes: { category: string; label: string; confidence?: number } }[];
}

export function toGraph(extractions: DocumentExtraction[], resolution: CrossDocumentResolution): SimpleGraph {
  return {
    nodes: resolution.entities.map((e) => ({
      key: e.key,
      attributes: { label: e.label, type: e.type, aliases: e.aliases },
    })),
    edges: extractions.flatMap((x) =>
      x.relations.map((r) => ({
        source: resolution.keyOf.get(`${x.docKey}#${r.source}`)!,
        target: resolution.keyOf.get(`${x.docKey}#${r.target}`)!,
        attributes: { category: r.category, label: r.label, confidence: r.confidence },
      })),
    ),
  };
}

/** The reference scorer's name normalization (../shared/eval/score.mjs), so names match as it matches them. */
export const scorerNorm = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(the)\s+/, "")
    .replace(/[^\p{L}\p{N}/]+/gu, " ")
    .trim();

const norm = scorerNorm;

const SCORED = new Set(["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"]);
const SYMMETRIC = new Set(["ASSOCIATION", "ALLIANCE"]);

function matchNodes(graph: SimpleGraph, gold: GoldFile) {
  const nodes = graph.nodes
    .filter((n) => SCORED.has(n.attributes.type) || n.attributes.type === "EVENT")
    .map((n) => ({
      key: n.key,
      type: n.attributes.type,
      label: n.attributes.label,
      names: new Set([n.attributes.label, ...n.attributes.aliases].map(norm)),
    }));
  const nodeToGold = new Map<string, string>();
  const matched = new Map<string, (typeof nodes)[number]>();
  let duplicates = 0;
  for (const e of gold.entities) {
    const names = new Set([e.name, ...e.aliases].map(norm));
    const hits = nodes.filter((n) => [...n.names].some((x) => names.has(x)) && !nodeToGold.has(n.key));
    hits.sort(
      (a, b) =>
        Number(b.type === e.type) - Number(a.type === e.type) ||
        Number(names.has(norm(b.label))) - Number(names.has(norm(a.label))),
    );
    if (!hits.length) continue;
    matched.set(e.id, hits[0]!);
    nodeToGold.set(hits[0]!.key, e.id);
    for (const h of hits.slice(1))
      if (h.type === e.type || SCORED.has(h.type)) {
        duplicates++;
        nodeToGold.set(h.key, e.id);
      }
  }
  return { nodes, nodeToGold, matched, duplicates };
}

/** Per typed edge (CO_OCCURRENCE and MENTIONS left out): right when a reference relation has its category and direction. */
export function judgeEdges(
  graph: SimpleGraph,
  gold: GoldFile,
): { edge: SimpleGraph["edges"][number]; right: boolean; pairRight: boolean }[] {
  const { nodeToGold } = matchNodes(graph, gold);
  const pair = (a: string, b: string) => [a, b].sort().join("|");
  const goldPairs = new Set(gold.relations.map((r) => pair(r.source, r.target)));
  return graph.edges
    .filter((e) => e.attributes.category !== "CO_OCCURRENCE" && e.attributes.category !== "MENTIONS")
    .map((edge) => {
      const s = nodeToGold.get(edge.source);
      const t = nodeToGold.get(edge.target);
      const cat = edge.attributes.category;
      const right =
        !!s &&
        !!t &&
        gold.relations.some(
          (r) =>
            r.category === cat &&
            ((r.source === s && r.target === t) || (SYMMETRIC.has(cat) && r.source === t && r.target === s)),
        );
      return { edge, right, pairRight: !!s && !!t && goldPairs.has(pair(s, t)) };
    });
}

export function scoreGraph(graph: SimpleGraph, gold: GoldFile) {
  const { nodes, nodeToGold, matched, duplicates } = matchNodes(graph, gold);
  const required = gold.entities.filter((e) => e.required && SCORED.has(e.type));
  const predicted = nodes.filter((n) => SCORED.has(n.type));
  const tp = predicted.filter((n) => nodeToGold.has(n.key)).length - duplicates;
  const entityPrecision = predicted.length ? tp / predicted.length : 0;
  const entityRecall = required.length ? required.filter((e) => matched.has(e.id)).length / required.length : 0;
  const typedRecall = required.length
    ? required.filter((e) => matched.get(e.id)?.type === e.type).length / required.length
    : 0;

  const edges = graph.edges.filter(
    (e) => e.attributes.category !== "CO_OCCURRENCE" && e.attributes.category !== "MENTIONS",
  );
  const pair = (a: string, b: string) => [a, b].sort().join("|");
  const goldPairs = new Set(gold.relations.map((r) => pair(r.source, r.target)));
  const mapped = edges
    .map((e) => ({ s: nodeToGold.get(e.source), t: nodeToGold.get(e.target), category: e.attributes.category }))
    .filter((e): e is { s: string; t: string; category: string } => !!e.s && !!e.t && e.s !== e.t);
  const relTP = mapped.filter((e) => goldPairs.has(pair(e.s, e.t))).length;
  const has = (s: string, t: string, cat?: string) =>
    mapped.some(
      (e) =>
        pair(e.s, e.t) === pair(s, t) &&
        (!cat || (e.category === cat && (SYMMETRIC.has(cat) || (e.s === s && e.t === t)))),
    );
  const reqRels = gold.relations.filter((r) => r.required);
  const reqPairs = [...new Set(reqRels.map((r) => pair(r.source, r.target)))];
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const relPrecision = edges.length ? relTP / edges.length : 0;
  const relRecall = reqPairs.length
    ? reqPairs.filter((k) => has(...(k.split("|") as [string, string]))).length / reqPairs.length
    : 0;
  return {
    entities: {
      precision: entityPrecision,
      recall: entityRecall,
      f1: f1(entityPrecision, entityRecall),
      typedRecall,
      duplicates,
    },
    relations: {
      precision: relPrecision,
      recall: relRecall,
      f1: f1(relPrecision, relRecall),
      typedRecall: reqRels.length
        ? reqRels.filter((r) => has(r.source, r.target, r.category)).length / reqRels.length
        : 0,
      /** Share of predicted edges whose category and direction a reference relation has. */
      typedPrecision: edges.length ? judgeEdges(graph, gold).filter((j) => j.right).length / edges.length : 0,
    },
  };
}
