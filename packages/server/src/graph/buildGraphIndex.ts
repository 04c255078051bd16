// Turns a parsed graph file into the immutable in-memory index every query runs against: records per entity,
// relation and document, lookups by id and name, precomputed sort orders, search structures and stats.
import type {
  DocumentAttributes,
  EntityAttributes,
  EntityType,
  GraphAttributes,
  RelationAttributes,
  RelationCategory,
  SerializedKnowledgeGraph,
} from "@newskg/graph-model";
import { ENTITY_TYPES, RELATION_CATEGORIES } from "@newskg/graph-model";
import type {
  CommunityRecord,
  DocumentRecord,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  RelationRecord,
  StatsRecord,
} from "../model.js";
import { normalizeText } from "./normalizeText.js";
import type { SearchIndex } from "./searchIndex.js";
import { searchIndexSteps } from "./searchIndex.js";
import { runCooperatively, runSync } from "./cooperative.js";

export type EntityOrderKey = "DEGREE" | "PAGERANK" | "NAME" | "MENTIONS";
export type RelationOrderKey = "CONFIDENCE" | "WEIGHT" | "DATE";

export interface GraphIndex {
  graph: SerializedKnowledgeGraph;
  attributes: Partial<GraphAttributes>;
  entities: EntityRecord[];
  entityById: Map<string, EntityRecord>;
  /** Normalised name or alias -> entities (several when names collide), highest PageRank first. */
  entityByName: Map<string, EntityRecord[]>;
  relations: RelationRecord[];
  relationById: Map<string, RelationRecord>;
  documents: DocumentRecord[];
  documentById: Map<string, DocumentRecord>;
  /** Each list sorted descending by its field (NAME: Z..A); ascending order walks it backwards. */
  entityOrders: Record<EntityOrderKey, EntityRecord[]>;
  relationOrders: Record<RelationOrderKey, RelationRecord[]>;
  search: SearchIndex;
  stats: StatsRecord;
}

/** Entities with more relations than this get a by-neighbour lookup (see EntityRecord.byNeighbour). */
const HUB_DEGREE = 64;

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);
const CATEGORY_SET = new Set<string>(RELATION_CATEGORIES);

const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const num = (value: unknown, fallback = 0): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Throws a message naming what is wrong when the value is not a graph file (the rule in @newskg/graph-model). */
export { assertGraphFile } from "@newskg/graph-model";

const byDesc =
  <T>(key: (item: T) => number, id: (item: T) => string) =>
  (a: T, b: T) =>
    key(b) - key(a) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);

/** Builds the index in one go. */
export function buildGraphIndex(graph: SerializedKnowledgeGraph): GraphIndex {
  return runSync(indexSteps(graph));
}

/** Builds the index in slices between which requests on the previous index get served. */
export function buildGraphIndexCooperatively(graph: SerializedKnowledgeGraph): Promise<GraphIndex> {
  return runCooperatively(indexSteps(graph));
}

/** The index build as a generator that yields every so often (see cooperative.ts). */
function* indexSteps(graph: SerializedKnowledgeGraph): Generator<void, GraphIndex> {
  let steps = 0;
  const entities: EntityRecord[] = [];
  const entityById = new Map<string, EntityRecord>();
  const documents: DocumentRecord[] = [];
  const documentById = new Map<string, DocumentRecord>();
  const rawEntities: [EntityRecord, EntityAttributes][] = [];

  for (const node of graph.nodes) {
    if ((++steps & 255) === 0) yield;
    const a = node.attributes as unknown as Record<string, unknown> | undefined;
    if (!a || typeof node.key !== "string") continue;
    if (a.kind === "document" || a.type === "DOCUMENT") {
      const d = a as unknown as Partial<DocumentAttributes>;
      const record: DocumentRecord = {
        id: node.key,
        title: str(d.title) ?? str(d.label) ?? node.key,
        publisher: str(d.publisher),
        date: str(d.date),
        url: str(d.url),
        source: str(d.source),
        file: str(d.file) ?? "",
        wordCount: num(d.wordCount),
        text: typeof d.text === "string" ? d.text : "",
        mentionRecords: [],
        entityIds: [],
      };
      documents.push(record);
      documentById.set(record.id, record);
    } else if (ENTITY_TYPE_SET.has(a.type as string)) {
      const e = a as unknown as EntityAttributes;
      const label = str(e.label) ?? node.key;
      const record: EntityRecord = {
        id: node.key,
        label,
        type: e.type,
        aliases: strings(e.aliases).length > 0 ? strings(e.aliases) : [label],
        roles: strings(e.roles),
        description: str(e.description),
        iso: str(e.iso),
        degree: num(e.degree),
        pagerank: num(e.pagerank),
        community: Math.trunc(num(e.community)),
        mentionCount: num(e.mentionCount, Array.isArray(e.mentions) ? e.mentions.length : 0),
        x: num(e.x),
        y: num(e.y),
        size: num(e.size, 1),
        curated: e.curated === true,
        docIds: strings(e.docs),
        mentionRecords: [],
        relationRecords: [],
        byNeighbour: null,
      };
      entities.push(record);
      entityById.set(record.id, record);
      rawEntities.push([record, e]);
    }
  }

  // Mentions: attached to their entity and to their document (sorted by offset for highlighting).
  for (const [record, e] of rawEntities) {
    if ((++steps & 255) === 0) yield;
    if (!Array.isArray(e.mentions)) continue;
    for (const m of e.mentions) {
      if (!m || typeof m.doc !== "string") continue;
      const mention: MentionRecord = {
        entityId: record.id,
        docId: m.doc,
        start: num(m.start),
        end: num(m.end),
        text: typeof m.text === "string" ? m.text : "",
        sentence: num(m.sentence),
      };
      record.mentionRecords.push(mention);
      documentById.get(m.doc)?.mentionRecords.push(mention);
    }
  }
  for (const doc of documents) {
    if ((++steps & 255) === 0) yield;
    doc.mentionRecords.sort((a, b) => a.start - b.start || a.end - b.end);
    doc.entityIds = [...new Set(doc.mentionRecords.map((m) => m.entityId))];
  }
  // Entities may list documents only through their mentions.
  for (const [record] of rawEntities) {
    if (record.docIds.length === 0 && record.mentionRecords.length > 0)
      record.docIds = [...new Set(record.mentionRecords.map((m) => m.docId))];
  }

  const relations: RelationRecord[] = [];
  const relationById = new Map<string, RelationRecord>();
  for (const edge of graph.edges) {
    if ((++steps & 255) === 0) yield;
    const a = edge.attributes as Partial<RelationAttributes>;
    if (!a || !CATEGORY_SET.has(a.category as string)) continue; // MENTIONS and unknown categories
    const source = entityById.get(edge.source);
    const target = entityById.get(edge.target);
    if (!source || !target) continue;
    const evidenceRecords: EvidenceRecord[] = (Array.isArray(a.evidence) ? a.evidence : []).map((ev) => ({
      docId: ev.doc,
      start: num(ev.start),
      end: num(ev.end),
      text: typeof ev.text === "string" ? ev.text : "",
      trigger: ev.trigger ?? null,
    }));
    const docIds = strings(a.docs).length > 0 ? strings(a.docs) : [...new Set(evidenceRecords.map((ev) => ev.docId))];
    const date = str(a.date);
    const dates = date
      ? [date]
      : docIds.map((id) => documentById.get(id)?.date).filter((d): d is string => typeof d === "string" && d !== "");
    const label = str(a.label) ?? (a.category as string).toLowerCase();
    const record: RelationRecord = {
      id: typeof edge.key === "string" ? edge.key : `${edge.source}->${edge.target}#${relations.length}`,
      sourceId: source.id,
      targetId: target.id,
      category: a.category as RelationCategory,
      label,
      labels: strings(a.labels).length > 0 ? strings(a.labels) : [label],
      confidence: num(a.confidence),
      weight: Math.trunc(num(a.weight, evidenceRecords.length)),
      date,
      quantities: Array.isArray(a.quantities) ? a.quantities : [],
      cameo: str(a.cameo),
      curated: a.curated === true,
      note: str(a.note),
      evidenceRecords,
      docIds,
      dates,
    };
    relations.push(record);
    relationById.set(record.id, record);
    source.relationRecords.push(record);
    if (target !== source) target.relationRecords.push(record);
  }

  // Strongest relations first (weight x confidence): Entity.relations(first) and neighbourhood cuts keep the
  // best-supported ones.
  const relationRank = (a: RelationRecord, b: RelationRecord) =>
    b.weight * b.confidence - a.weight * a.confidence ||
    b.confidence - a.confidence ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const entity of entities) {
    if ((++steps & 255) === 0) yield;
    entity.relationRecords.sort(relationRank);
    if (entity.relationRecords.length > HUB_DEGREE) {
      const map = new Map<string, RelationRecord[]>();
      for (const r of entity.relationRecords) {
        const other = r.sourceId === entity.id ? r.targetId : r.sourceId;
        const list = map.get(other);
        if (list) list.push(r);
        else map.set(other, [r]);
      }
      entity.byNeighbour = map;
    }
  }
  // Newest documents first.
  documents.sort((a, b) => {
    const da = a.date ?? "";
    const db = b.date ?? "";
    return da < db ? 1 : da > db ? -1 : a.title.localeCompare(b.title, "en") || (a.id < b.id ? -1 : 1);
  });

  const entityByName = new Map<string, EntityRecord[]>();
  for (const entity of entities) {
    if ((++steps & 255) === 0) yield;
    const keys = new Set([entity.label, ...entity.aliases].map(normalizeText).filter(Boolean));
    for (const key of keys) {
      const list = entityByName.get(key);
      if (list) list.push(entity);
      else entityByName.set(key, [entity]);
    }
  }
  for (const list of entityByName.values())
    list.sort(
      byDesc(
        (e) => e.pagerank,
        (e) => e.id,
      ),
    );

  const entityId = (e: EntityRecord) => e.id;
  const relationId = (r: RelationRecord) => r.id;
  yield;
  const byDegree = [...entities].sort(byDesc((e) => e.degree, entityId));
  yield;
  const byPagerank = [...entities].sort(byDesc((e) => e.pagerank, entityId));
  yield;
  const byMentions = [...entities].sort(byDesc((e) => e.mentionCount, entityId));
  yield;
  const byName = [...entities].sort((a, b) => b.label.localeCompare(a.label, "en") || (a.id < b.id ? 1 : -1));
  yield;
  const entityOrders: Record<EntityOrderKey, EntityRecord[]> = {
    DEGREE: byDegree,
    PAGERANK: byPagerank,
    MENTIONS: byMentions,
    NAME: byName,
  };
  const byConfidence = [...relations].sort(byDesc((r) => r.confidence, relationId));
  yield;
  const byWeight = [...relations].sort(byDesc((r) => r.weight, relationId));
  yield;
  const byDate = [...relations].sort((a, b) => {
    const da = a.dates[0] ?? "";
    const db = b.dates[0] ?? "";
    return da < db ? 1 : da > db ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  yield;
  const relationOrders: Record<RelationOrderKey, RelationRecord[]> = {
    CONFIDENCE: byConfidence,
    WEIGHT: byWeight,
    DATE: byDate,
  };
  const search = yield* searchIndexSteps(entityOrders.PAGERANK);

  return {
    graph,
    attributes: (graph.attributes ?? {}) as Partial<GraphAttributes>,
    entities,
    entityById,
    entityByName,
    relations,
    relationById,
    documents,
    documentById,
    entityOrders,
    relationOrders,
    search,
    stats: buildStats(graph, entityOrders.PAGERANK, relations, documents),
  };
}

function buildStats(
  graph: SerializedKnowledgeGraph,
  byPagerank: EntityRecord[],
  relations: RelationRecord[],
  documents: DocumentRecord[],
): StatsRecord {
  const typeCounts = new Map<EntityType, number>();
  const communities = new Map<number, EntityRecord[]>();
  for (const entity of byPagerank) {
    typeCounts.set(entity.type, (typeCounts.get(entity.type) ?? 0) + 1);
    const members = communities.get(entity.community);
    if (members) members.push(entity);
    else communities.set(entity.community, [entity]);
  }
  const categoryCounts = new Map<RelationCategory, number>();
  for (const relation of relations)
    categoryCounts.set(relation.category, (categoryCounts.get(relation.category) ?? 0) + 1);
  const communityRecords: CommunityRecord[] = [...communities.entries()]
    .map(([id, members]) => ({ id, size: members.length, members }))
    .sort((a, b) => b.size - a.size || a.id - b.id);
  return {
    entityCount: byPagerank.length,
    relationCount: relations.length,
    documentCount: documents.length,
    entitiesByType: ENTITY_TYPES.filter((t) => typeCounts.has(t)).map((type) => ({
      type,
      count: typeCounts.get(type)!,
    })),
    relationsByCategory: RELATION_CATEGORIES.filter((c) => categoryCounts.has(c))
      .map((category) => ({ category, count: categoryCounts.get(category)! }))
      .sort((a, b) => b.count - a.count),
    communityRecords,
    builtAt: str(graph.attributes?.builtAt),
  };
}
