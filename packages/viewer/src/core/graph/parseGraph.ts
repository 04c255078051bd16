// Parses an untrusted graph file (graphology serialization per @newskg/graph-model) into plain maps, dropping what
// does not fit the contract instead of failing on it: the file may come from any CDN.

import type {
  DocumentAttributes,
  EdgeCategory,
  EntityAttributes,
  EntityType,
  Evidence,
  GraphAttributes,
  Mention,
  RelationAttributes,
} from "@newskg/graph-model";

export interface KgRelation {
  key: string;
  source: string;
  target: string;
  attributes: RelationAttributes;
}

export interface KgData {
  attributes: Partial<GraphAttributes>;
  entities: Map<string, EntityAttributes>;
  documents: Map<string, DocumentAttributes>;
  /** Relations between entities (MENTIONS edges and edges touching documents excluded). */
  relations: KgRelation[];
}

const ENTITY_TYPE_SET = new Set<string>(["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "EVENT"]);

export class GraphFormatError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
const str = (v: unknown, fallback = ""): string => (typeof v === "string" ? v : fallback);
const num = (v: unknown, fallback = 0): number => (typeof v === "number" && Number.isFinite(v) ? v : fallback);
const strArray = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

function mentionsOf(v: unknown): Mention[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).map((m) => ({
    doc: str(m.doc),
    start: num(m.start),
    end: num(m.end),
    text: str(m.text),
    sentence: num(m.sentence),
  }));
}

function evidenceOf(v: unknown): Evidence[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter(isObject)
    .filter((e) => typeof e.text === "string")
    .map((e) => ({ doc: str(e.doc), start: num(e.start), end: num(e.end), text: str(e.text) }));
}

export function parseGraph(json: unknown): KgData {
  if (!isObject(json) || !Array.isArray(json.nodes) || !Array.isArray(json.edges)) {
    throw new GraphFormatError("This is not a graph file: expected a JSON object with `nodes` and `edges` arrays.");
  }
  const entities = new Map<string, EntityAttributes>();
  const documents = new Map<string, DocumentAttributes>();
  for (const node of json.nodes) {
    if (!isObject(node) || (typeof node.key !== "string" && typeof node.key !== "number")) continue;
    const key = String(node.key);
    const a = isObject(node.attributes) ? node.attributes : {};
    const type = str(a.type);
    if (type === "DOCUMENT" || a.kind === "document") {
      documents.set(key, {
        ...(a as object),
        kind: "document",
        type: "DOCUMENT",
        label: str(a.label, str(a.title, key)),
        title: str(a.title, str(a.label, key)),
        text: str(a.text),
        date: typeof a.date === "string" ? a.date : undefined,
        file: str(a.file),
      } as DocumentAttributes);
      continue;
    }
    entities.set(key, {
      ...(a as object),
      kind: "entity",
      type: (ENTITY_TYPE_SET.has(type) ? type : "EVENT") as EntityType,
      label: str(a.label, key),
      aliases: strArray(a.aliases),
      roles: strArray(a.roles),
      description: typeof a.description === "string" ? a.description : undefined,
      mentions: mentionsOf(a.mentions),
      docs: strArray(a.docs),
      mentionCount: num(a.mentionCount),
      degree: num(a.degree, -1),
      pagerank: num(a.pagerank),
      community: num(a.community, 0),
      x: num(a.x, NaN),
      y: num(a.y, NaN),
      size: num(a.size, 0),
    } as EntityAttributes);
  }
  const relations: KgRelation[] = [];
  const seen = new Set<string>();
  json.edges.forEach((edge, i) => {
    if (!isObject(edge)) return;
    const source = String(edge.source ?? "");
    const target = String(edge.target ?? "");
    if (!entities.has(source) || !entities.has(target) || source === target) return;
    const a = isObject(edge.attributes) ? edge.attributes : {};
    const category = str(a.category, "ASSOCIATION") as EdgeCategory;
    if (category === "MENTIONS") return;
    let key = edge.key !== undefined && edge.key !== null ? String(edge.key) : `e${i}`;
    if (seen.has(key)) key = `${key}~${i}`;
    seen.add(key);
    relations.push({
      key,
      source,
      target,
      attributes: {
        ...(a as object),
        category,
        label: str(a.label, category.toLowerCase()),
        labels: strArray(a.labels),
        confidence: num(a.confidence, 1),
        weight: num(a.weight, 1),
        date: typeof a.date === "string" ? a.date : undefined,
        evidence: evidenceOf(a.evidence),
        docs: strArray(a.docs),
      } as RelationAttributes,
    });
  });
  // Entities with no position get a deterministic spiral so the view is never empty.
  let i = 0;
  for (const e of entities.values()) {
    if (!Number.isFinite(e.x) || !Number.isFinite(e.y)) {
      const angle = i * 2.399963;
      const radius = 10 * Math.sqrt(i + 1);
      e.x = Math.cos(angle) * radius;
      e.y = Math.sin(angle) * radius;
    }
    i++;
  }
  return {
    attributes: isObject(json.attributes) ? (json.attributes as Partial<GraphAttributes>) : {},
    entities,
    documents,
    relations,
  };
}

/** Date of a relation: its own, else the latest date of the documents supporting it. */
export function relationDate(
  rel: RelationAttributes,
  documents: ReadonlyMap<string, DocumentAttributes>,
): string | undefined {
  if (rel.date) return rel.date;
  let best: string | undefined;
  for (const doc of rel.docs) {
    const d = documents.get(doc)?.date;
    if (d && (!best || d > best)) best = d;
  }
  return best;
}

export async function fetchGraph(url: string, signal?: AbortSignal): Promise<KgData> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new GraphFormatError(`Could not load the graph (${res.status} ${res.statusText}) from ${url}.`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new GraphFormatError(`The graph at ${url} is not valid JSON.`);
  }
  return parseGraph(json);
}

export function isEntityType(v: string): v is EntityType {
  return ENTITY_TYPE_SET.has(v);
}
