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
import { ENTITY_TYPES, graphFileProblem } from "@newskg/graph-model";

export interface KgRelation {
  key: string;
  source: string;
  target: string;
  attributes: RelationAttributes;
  /** From the API (Relation.firstDate), whose relations arrive without their documents: the date filters read it. */
  firstDate?: string;
}

export interface KgData {
  attributes: Partial<GraphAttributes>;
  entities: Map<string, EntityAttributes>;
  documents: Map<string, DocumentAttributes>;
  /** Relations between entities (MENTIONS edges and edges touching documents excluded). */
  relations: KgRelation[];
}

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);

export class GraphFormatError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
const str = (v: unknown, fallback = ""): string => (typeof v === "string" ? v : fallback);
const num = (v: unknown, fallback = 0): number => (typeof v === "number" && Number.isFinite(v) ? v : fallback);
// The parsed JSON is ours: well-formed values are kept as they are (no copies, the file can hold 100k items) and
// only what is missing or of the wrong type is replaced.
const strArray = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.every((x) => typeof x === "string")
      ? v
      : v.filter((x): x is string => typeof x === "string")
    : [];

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const validMention = (m: unknown): boolean =>
  isObject(m) && typeof m.doc === "string" && isNum(m.start) && isNum(m.end) && typeof m.text === "string";
const validEvidence = (e: unknown): boolean =>
  isObject(e) && typeof e.doc === "string" && isNum(e.start) && isNum(e.end) && typeof e.text === "string";

function mentionsOf(v: unknown): Mention[] {
  if (!Array.isArray(v)) return [];
  if (v.every(validMention)) return v as Mention[];
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
  if (v.every(validEvidence)) return v as Evidence[];
  return v
    .filter(isObject)
    .filter((e) => typeof e.text === "string")
    .map((e) => ({ doc: str(e.doc), start: num(e.start), end: num(e.end), text: str(e.text) }));
}

export function parseGraph(value: unknown): KgData {
  // The structure is checked by the rule every package shares; the attributes are repaired below.
  const problem = graphFileProblem(value);
  if (problem) throw new GraphFormatError(`${problem[0]!.toUpperCase()}${problem.slice(1)}.`);
  const json = value as { nodes: unknown[]; edges: unknown[]; attributes?: unknown };
  const entities = new Map<string, EntityAttributes>();
  const documents = new Map<string, DocumentAttributes>();
  for (const node of json.nodes) {
    if (!isObject(node) || (typeof node.key !== "string" && typeof node.key !== "number")) continue;
    const key = String(node.key);
    const a: Record<string, unknown> = isObject(node.attributes) ? node.attributes : {};
    const type = str(a.type);
    if (type === "DOCUMENT" || a.kind === "document") {
      a.kind = "document";
      a.type = "DOCUMENT";
      a.label = str(a.label, str(a.title, key));
      a.title = str(a.title, str(a.label, key));
      a.text = str(a.text);
      if (typeof a.date !== "string") a.date = undefined;
      a.file = str(a.file);
      documents.set(key, a as unknown as DocumentAttributes);
      continue;
    }
    a.kind = "entity";
    if (!ENTITY_TYPE_SET.has(type)) a.type = "EVENT";
    a.label = str(a.label, key);
    a.aliases = strArray(a.aliases);
    a.roles = strArray(a.roles);
    if (typeof a.description !== "string") a.description = undefined;
    a.mentions = mentionsOf(a.mentions);
    a.docs = strArray(a.docs);
    a.mentionCount = num(a.mentionCount);
    a.degree = num(a.degree, -1);
    a.pagerank = num(a.pagerank);
    a.community = num(a.community, 0);
    a.x = num(a.x, NaN);
    a.y = num(a.y, NaN);
    a.size = num(a.size, 0);
    entities.set(key, a as unknown as EntityAttributes);
  }
  const relations: KgRelation[] = [];
  const seen = new Set<string>();
  json.edges.forEach((edge, i) => {
    if (!isObject(edge)) return;
    const source = String(edge.source ?? "");
    const target = String(edge.target ?? "");
    if (!entities.has(source) || !entities.has(target) || source === target) return;
    const a: Record<string, unknown> = isObject(edge.attributes) ? edge.attributes : {};
    const category = str(a.category, "ASSOCIATION") as EdgeCategory;
    if (category === "MENTIONS") return;
    let key = edge.key !== undefined && edge.key !== null ? String(edge.key) : `e${i}`;
    if (seen.has(key)) key = `${key}~${i}`;
    seen.add(key);
    a.category = category;
    a.label = str(a.label, category.toLowerCase());
    a.labels = strArray(a.labels);
    a.confidence = num(a.confidence, 1);
    a.weight = num(a.weight, 1);
    if (typeof a.date !== "string") a.date = undefined;
    a.evidence = evidenceOf(a.evidence);
    a.docs = strArray(a.docs);
    relations.push({ key, source, target, attributes: a as unknown as RelationAttributes });
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

/**
 * Date of a relation, the one the date filters read in every mode (as the API's Relation.firstDate): its own (the
 * date the text gives the event), else the earliest publication date of its documents (when it was first reported).
 */
export function relationDate(
  rel: RelationAttributes,
  documents: ReadonlyMap<string, DocumentAttributes>,
): string | undefined {
  if (rel.date) return rel.date;
  let best: string | undefined;
  for (const doc of rel.docs) {
    const d = documents.get(doc)?.date;
    if (d && (!best || d < best)) best = d;
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
