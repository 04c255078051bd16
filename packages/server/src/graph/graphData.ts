// One request's view of the served build: the store's reader, loaders that batch and memoise row lookups for the
// request, and the build's shared answer cache.
import type { GraphReader, StoreGraphCounts, StoreRelationFilter } from "@newskg/graph-model";
import type { DocumentRecord, EntityRecord, EvidenceRecord, RelationRecord } from "../model.js";
import { BatchLoader } from "./batchLoader.js";
import type { GraphSnapshot } from "./graphSource.js";
import { normalizeText } from "./normalizeText.js";
import { filterKey } from "./relationFilter.js";
import type { VersionCache } from "./versionCache.js";

export class GraphData {
  readonly reader: GraphReader;
  readonly counts: StoreGraphCounts;
  readonly cache: VersionCache;
  readonly entity: BatchLoader<EntityRecord>;
  readonly relation: BatchLoader<RelationRecord>;
  readonly document: BatchLoader<DocumentRecord>;
  readonly evidence: BatchLoader<EvidenceRecord[]>;
  /** Entity.relations of a list's entities, one loader per (filter, first): one store read for the whole list. */
  private readonly relationsOf = new Map<string, BatchLoader<RelationRecord[]>>();

  constructor(readonly snapshot: GraphSnapshot) {
    this.reader = snapshot.reader!;
    this.counts = snapshot.counts!;
    this.cache = snapshot.cache;
    const reader = this.reader;
    this.entity = new BatchLoader((ids) => reader.entities(ids));
    this.relation = new BatchLoader<RelationRecord>((ids) => reader.relations(ids));
    this.document = new BatchLoader((ids) => reader.documents(ids));
    this.evidence = new BatchLoader((ids) => reader.evidence(ids));
  }

  /** An entity's relations strongest first, fetched with those of the other entities asked for in this turn. */
  async relationsOfEntity(id: string, filter: StoreRelationFilter | null, max: number): Promise<RelationRecord[]> {
    const key = `${filterKey(filter)}:${max}`;
    let loader = this.relationsOf.get(key);
    if (!loader) {
      const reader = this.reader;
      loader = new BatchLoader<RelationRecord[]>((ids) => reader.relationsOf(ids, filter, max));
      this.relationsOf.set(key, loader);
    }
    const list = (await loader.load(id)) ?? [];
    for (const r of list) this.relation.prime(r.id, r);
    return list;
  }

  /** Entities in the order of the ids, those missing from the build left out. */
  async entities(ids: readonly string[]): Promise<EntityRecord[]> {
    const found = await Promise.all(ids.map((id) => this.entity.load(id)));
    return found.filter((e): e is EntityRecord => e !== undefined);
  }

  /** Keeps list rows for later field lookups in this request. */
  primeEntities(list: readonly EntityRecord[]): EntityRecord[] {
    for (const e of list) this.entity.prime(e.id, e);
    return list as EntityRecord[];
  }

  /** The most central entity with this name or alias (case- and accent-insensitive). */
  async entityNamed(name: string): Promise<EntityRecord | null> {
    const norm = normalizeText(name);
    if (!norm) return null;
    const id = await this.cache.get(`named:${norm}`, async () => {
      const [hit] = await this.reader.namesExact(norm, [], 1);
      return hit?.entityId ?? null;
    });
    return id === null ? null : ((await this.entity.load(id)) ?? null);
  }

  /** An entity reference as people write it: an id, else a name or alias as for `entity(name:)`. */
  async entityRef(ref: string): Promise<EntityRecord | null> {
    return (await this.entity.load(ref)) ?? (await this.entityNamed(ref));
  }
}
