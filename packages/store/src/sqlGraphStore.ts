// The GraphStore over either engine: one body of SQL, with the few engine differences (search, the FTS table)
// in branches. A write is one transaction and one build version; rows whose content did not change are left
// alone (incremental by article); reads that take several statements run in one snapshot.
import type {
  EdgeCategory,
  EntityType,
  Evidence,
  GraphStore,
  Mention,
  SerializedEdge,
  SerializedKnowledgeGraph,
  SerializedNode,
  StoreBuild,
  StoreCurationEntry,
  StoreEdgePage,
  StoreEntitySummary,
  StoreNeighbourhoodOptions,
  StoreRelationRow,
  StoreSearchHit,
  StoreSubgraph,
  StoreTableCounts,
  StoreWriteCounts,
  StoreWriteInput,
  StoreWriteReport,
} from "@newskg/graph-model";
import type { Db, SqlValue, TransactionalDb } from "./db.js";
import { json, placeholders } from "./db.js";
import { QueryCache } from "./queryCache.js";
import { SqliteDb } from "./sqliteDb.js";
import { StoreReader } from "./storeReader.js";
import type { Planned } from "./rows.js";
import {
  ALIAS_COLUMNS,
  aliasRows,
  DOCUMENT_COLUMNS,
  documentFromRow,
  documentRow,
  ENTITY_COLUMNS,
  entityFromRow,
  entityRow,
  EVIDENCE_COLUMNS,
  evidenceFromRow,
  evidenceRows,
  graphAttributesFromRow,
  graphExtra,
  MENTION_COLUMNS,
  METRIC_COLUMNS,
  mentionFromRow,
  mentionRows,
  NAME_COLUMNS,
  nameRows,
  normalizeName,
  RELATION_COLUMNS,
  relationFromRow,
  relationRow,
  SENTENCE_COLUMNS,
} from "./rows.js";

type Row = Record<string, unknown>;
const CHUNK = 500;

const emptyCounts = (): StoreTableCounts => ({ inserted: 0, updated: 0, rescored: 0, deleted: 0 });

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const RELATION_SUMMARY = "key, source, target, category, label, confidence, weight, date";
const ENTITY_SUMMARY = "key, type, label, roles, description, degree, pagerank, community, mention_count";
/** The number of documents without reading the (for a central entity, long) list. */
const DOCUMENT_COUNT = {
  sqlite: "json_array_length(docs) AS document_count",
  postgres: "jsonb_array_length(docs) AS document_count",
} as const;

function relationSummary(r: Row): StoreRelationRow {
  return {
    id: String(r.key),
    source: String(r.source),
    target: String(r.target),
    category: r.category as EdgeCategory,
    label: String(r.label),
    confidence: Number(r.confidence),
    weight: Number(r.weight),
    date: (r.date as string | null) ?? null,
  };
}

export interface SqlGraphStoreOptions {
  location: string;
  /** Entries of the query cache (per build version); 0 disables it. Default 2000. */
  cacheEntries?: number;
}

export class SqlGraphStore implements GraphStore {
  readonly engine: "sqlite" | "postgres";
  readonly location: string;
  private readonly cache: QueryCache;
  private storeReader: StoreReader | null = null;

  constructor(
    readonly db: TransactionalDb,
    options: SqlGraphStoreOptions,
  ) {
    this.engine = db.engine;
    this.location = options.location;
    this.cache = new QueryCache(options.cacheEntries ?? 2000, () => this.latestVersion());
  }

  /**
   * Runs fn in one read snapshot of its own, for long reads (exports) that must see one build whole without
   * holding up the store's other reads: PostgreSQL gives it a pooled client, SQLite a second connection.
   */
  async snapshotRead<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (!(this.db instanceof SqliteDb)) return this.db.read(fn);
    const db = new SqliteDb(this.db.path, { readonly: true });
    try {
      return await db.read(fn);
    } finally {
      await db.close();
    }
  }

  /** The indexed reads the server answers from (GraphReader). */
  reader(): StoreReader {
    return (this.storeReader ??= new StoreReader(this.db));
  }

  /**
   * Fills entity_names for a store written before that table existed (the migration creates it empty), in one
   * transaction, so search and lookups by name work on it without a rebuild.
   */
  async backfillEntityNames(): Promise<number> {
    return this.db.write(async (tx) => {
      const [has] = await tx.all<Row>("SELECT 1 AS x FROM entity_names LIMIT 1");
      if (has) return 0;
      let written = 0;
      let after = "";
      for (;;) {
        const rows = await tx.all<Row>("SELECT key, label FROM entities WHERE key > ? ORDER BY key LIMIT 1000", [
          after,
        ]);
        if (rows.length === 0) return written;
        const keys = rows.map((r) => String(r.key));
        const aliases = new Map<string, string[]>();
        for (const a of await tx.all<Row>(
          `SELECT entity, alias FROM aliases WHERE entity IN (${placeholders(keys.length)}) ORDER BY entity, ord`,
          keys,
        ))
          push(aliases, String(a.entity), String(a.alias));
        const names = rows.flatMap((r) => nameRows(String(r.key), String(r.label), aliases.get(String(r.key)) ?? []));
        await tx.insertMany("entity_names", NAME_COLUMNS, names);
        written += names.length;
        after = keys.at(-1)!;
      }
    });
  }

  private async latestVersion(): Promise<number> {
    const [row] = await this.db.all<{ v: number | null }>("SELECT MAX(version) AS v FROM builds");
    return Number(row?.v ?? 0);
  }

  async currentBuild(): Promise<StoreBuild | null> {
    const [row] = await this.db.all<Row>("SELECT * FROM builds ORDER BY version DESC LIMIT 1");
    return row ? buildFromRow(row) : null;
  }

  async writeBuild(input: StoreWriteInput): Promise<StoreWriteReport> {
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const { graph } = input;
    if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
      throw new Error("writeBuild: the graph has no nodes/edges arrays");
    const result = await this.db.write(async (tx) => {
      const version = (await maxVersion(tx)) + 1;
      const changes: StoreWriteCounts = {
        documents: emptyCounts(),
        entities: emptyCounts(),
        relations: emptyCounts(),
      };
      const documents: { node: SerializedNode }[] = [];
      const entities: { node: SerializedNode }[] = [];
      for (const node of graph.nodes) (node.attributes.kind === "document" ? documents : entities).push({ node });
      await this.writeDocuments(tx, documents, version, changes.documents, input.sentencesOf);
      await this.writeEntities(tx, entities, version, changes.entities);
      await this.writeRelations(tx, graph.edges, version, changes.relations);
      await this.appendCuration(tx, version, input.curation ?? []);
      const relationCount = graph.edges.filter((e) => e.attributes.category !== "MENTIONS").length;
      await this.insertBuild(tx, version, graph, startedAt, entities.length, relationCount, changes);
      return { version, changes };
    });
    return { ...result, durationMs: Math.round(performance.now() - started) };
  }

  private async insertBuild(
    tx: Db,
    version: number,
    graph: SerializedKnowledgeGraph,
    startedAt: string,
    entityCount: number,
    relationCount: number,
    changes: StoreWriteCounts,
  ): Promise<void> {
    const a = graph.attributes;
    await tx.run(
      `INSERT INTO builds (version, name, built_at, builder_version, ner_model, document_count, curation_applied,
         entity_count, relation_count, started_at, committed_at, changes, extra)
       VALUES (${placeholders(13)})`,
      [
        version,
        a.name ?? "graph",
        a.builtAt ?? startedAt,
        a.builderVersion ?? "unknown",
        a.nerModel ?? null,
        a.documentCount ?? graph.nodes.filter((n) => n.attributes.kind === "document").length,
        Boolean(a.curationApplied),
        entityCount,
        relationCount,
        startedAt,
        new Date().toISOString(),
        JSON.stringify(changes),
        graphExtra(a),
      ],
    );
  }

  /** Which keys exist, with their hashes (and metrics, where the table has them). */
  private async existing(
    tx: Db,
    table: string,
    withMetrics: boolean,
  ): Promise<Map<string, { row: string; child: string; metrics: number[] | null }>> {
    const rows = await tx.all<Row>(
      `SELECT key, row_hash, child_hash${withMetrics ? `, ${METRIC_COLUMNS.join(", ")}` : ""} FROM ${table}`,
    );
    return new Map(
      rows.map((r) => [
        String(r.key),
        {
          row: String(r.row_hash),
          child: String(r.child_hash),
          metrics: withMetrics ? METRIC_COLUMNS.map((c) => Number(r[c])) : null,
        },
      ]),
    );
  }

  /**
   * Diffs planned rows against the table: new rows are inserted, rows whose content changed replaced, rows whose
   * metrics alone moved get those columns rewritten, missing rows deleted. Returns the keys whose children must
   * be (re)written.
   */
  private async sync(
    tx: Db,
    table: string,
    columns: readonly string[],
    planned: Planned[],
    counts: StoreTableCounts,
    beforeDelete?: (keys: string[]) => Promise<void>,
  ): Promise<{ fresh: Set<string>; changedChildren: Set<string> }> {
    const withMetrics = planned.some((p) => p.metrics !== null);
    const existing = await this.existing(tx, table, withMetrics);
    const inserts: SqlValue[][] = [];
    const updates: Planned[] = [];
    const rescores: Planned[] = [];
    const fresh = new Set<string>();
    const changedChildren = new Set<string>();
    for (const p of planned) {
      const old = existing.get(p.key);
      if (!old) {
        inserts.push(p.row);
        fresh.add(p.key);
      } else {
        existing.delete(p.key);
        if (old.row !== p.rowHash) updates.push(p);
        else if (p.metrics && old.metrics && p.metrics.some((v, i) => v !== old.metrics![i])) rescores.push(p);
        if (old.child !== p.childHash) changedChildren.add(p.key);
      }
    }
    const gone = [...existing.keys()];
    for (const keys of chunks(gone)) {
      await beforeDelete?.(keys);
      await tx.run(`DELETE FROM ${table} WHERE key IN (${placeholders(keys.length)})`, keys);
    }
    const assignments = columns
      .slice(1)
      .map((c) => `${c} = ?`)
      .join(", ");
    for (const p of updates)
      await tx.run(`UPDATE ${table} SET ${assignments} WHERE key = ?`, [...p.row.slice(1), p.key]);
    await this.rescore(tx, table, rescores);
    await tx.insertMany(table, columns, inserts);
    counts.inserted += inserts.length;
    counts.updated += updates.length;
    counts.rescored += rescores.length;
    counts.deleted += gone.length;
    return { fresh, changedChildren };
  }

  /** Rewrites the metric columns of many rows in a few statements. */
  private async rescore(tx: Db, table: string, rows: Planned[]): Promise<void> {
    if (rows.length === 0) return;
    if (this.engine === "sqlite") {
      const sql = `UPDATE ${table} SET ${METRIC_COLUMNS.map((c) => `${c} = ?`).join(", ")} WHERE key = ?`;
      for (const p of rows) await tx.run(sql, [...p.metrics!, p.key]);
      return;
    }
    const casts = [
      "double precision",
      "double precision",
      "integer",
      "double precision",
      "double precision",
      "double precision",
    ];
    for (const group of chunks(rows, 1000)) {
      const tuples = group.map(() => `(${["?", ...casts.map((t) => `?::${t}`)].join(", ")})`).join(", ");
      await tx.run(
        `UPDATE ${table} AS t SET ${METRIC_COLUMNS.map((c) => `${c} = v.${c}`).join(", ")}
         FROM (VALUES ${tuples}) AS v(key, ${METRIC_COLUMNS.join(", ")}) WHERE t.key = v.key`,
        group.flatMap((p) => [p.key, ...p.metrics!]),
      );
    }
  }

  private async writeDocuments(
    tx: Db,
    docs: { node: SerializedNode }[],
    version: number,
    counts: StoreTableCounts,
    sentencesOf: StoreWriteInput["sentencesOf"],
  ): Promise<void> {
    const planned = docs.map(({ node }) => documentRow(node, version));
    const { fresh, changedChildren } = await this.sync(tx, "documents", DOCUMENT_COLUMNS, planned, counts);
    if (!sentencesOf) return;
    const rows: SqlValue[][] = [];
    for (const { node } of docs) {
      if (!fresh.has(node.key) && !changedChildren.has(node.key)) continue;
      if (changedChildren.has(node.key)) await tx.run("DELETE FROM sentences WHERE doc = ?", [node.key]);
      const text = (node.attributes as { text: string }).text;
      sentencesOf(text, node.key).forEach((s, i) => rows.push([node.key, i, s.start, s.end]));
    }
    await tx.insertMany("sentences", SENTENCE_COLUMNS, rows);
  }

  private async writeEntities(
    tx: Db,
    entities: { node: SerializedNode }[],
    version: number,
    counts: StoreTableCounts,
  ): Promise<void> {
    const planned = entities.map(({ node }) => entityRow(node, version));
    const sqlite = this.engine === "sqlite";
    const beforeDelete = sqlite
      ? async (keys: string[]) => {
          await tx.run(
            `DELETE FROM entity_search WHERE rowid IN (SELECT rowid FROM entities WHERE key IN (${placeholders(keys.length)}))`,
            keys,
          );
        }
      : undefined;
    const { fresh, changedChildren } = await this.sync(tx, "entities", ENTITY_COLUMNS, planned, counts, beforeDelete);
    const touched = planned.filter((p) => fresh.has(p.key) || changedChildren.has(p.key));
    const changed = [...changedChildren];
    for (const keys of chunks(changed)) {
      const list = placeholders(keys.length);
      await tx.run(`DELETE FROM aliases WHERE entity IN (${list})`, keys);
      await tx.run(`DELETE FROM mentions WHERE entity IN (${list})`, keys);
      await tx.run(`DELETE FROM entity_names WHERE entity IN (${list})`, keys);
      if (sqlite)
        await tx.run(
          `DELETE FROM entity_search WHERE rowid IN (SELECT rowid FROM entities WHERE key IN (${list}))`,
          keys,
        );
    }
    const byKey = new Map(entities.map((e) => [e.node.key, e.node]));
    const aliases: SqlValue[][] = [];
    const mentions: SqlValue[][] = [];
    const names: SqlValue[][] = [];
    for (const p of touched) {
      const node = byKey.get(p.key)!;
      aliases.push(...aliasRows(node));
      mentions.push(...mentionRows(node));
      const a = node.attributes as { label: string; aliases?: string[] };
      names.push(...nameRows(node.key, a.label, a.aliases ?? []));
    }
    await tx.insertMany("aliases", ALIAS_COLUMNS, aliases);
    await tx.insertMany("mentions", MENTION_COLUMNS, mentions);
    await tx.insertMany("entity_names", NAME_COLUMNS, names);
    if (sqlite) {
      for (const p of touched)
        await tx.run("INSERT INTO entity_search (rowid, key, names) SELECT rowid, key, ? FROM entities WHERE key = ?", [
          p.names,
          p.key,
        ]);
    } else {
      for (const group of chunks(touched)) {
        const values = group.map(() => "(?, ?)").join(", ");
        await tx.run(
          `UPDATE entities SET names = v.names FROM (VALUES ${values}) AS v(key, names) WHERE entities.key = v.key`,
          group.flatMap((p) => [p.key, normalizeName(p.names)]),
        );
      }
    }
  }

  private async writeRelations(
    tx: Db,
    edges: SerializedEdge[],
    version: number,
    counts: StoreTableCounts,
  ): Promise<void> {
    const planned = edges.map((edge) => relationRow(edge, version));
    const { fresh, changedChildren } = await this.sync(tx, "relations", RELATION_COLUMNS, planned, counts);
    for (const keys of chunks([...changedChildren]))
      await tx.run(`DELETE FROM evidence WHERE relation IN (${placeholders(keys.length)})`, keys);
    const rows: SqlValue[][] = [];
    for (const edge of edges)
      if (fresh.has(edge.key) || changedChildren.has(edge.key)) rows.push(...evidenceRows(edge));
    await tx.insertMany("evidence", EVIDENCE_COLUMNS, rows);
  }

  private async appendCuration(tx: Db, version: number, entries: StoreCurationEntry[]): Promise<void> {
    await tx.insertMany(
      "curation_log",
      ["build", "seq", "op", "action", "applied", "reason"],
      entries.map((e, seq) => [version, seq, e.action.op, JSON.stringify(e.action), e.applied, e.reason ?? null]),
    );
  }

  async deleteDocument(key: string): Promise<StoreWriteReport> {
    const graph = await this.readGraph();
    if (!graph || !graph.nodes.some((n) => n.key === key && n.attributes.kind === "document"))
      throw new Error(`no document "${key}" in the store`);
    return this.writeBuild({ graph: withoutDocument(graph, key) });
  }

  async readGraph(): Promise<SerializedKnowledgeGraph | null> {
    return this.db.read(async (tx) => {
      const [build] = await tx.all<Row>("SELECT * FROM builds ORDER BY version DESC LIMIT 1");
      if (!build) return null;
      const docs = byKey(await tx.all<Row>("SELECT * FROM documents"));
      const entityRows = byKey(await tx.all<Row>("SELECT * FROM entities"));
      const aliasesByEntity = new Map<string, string[]>();
      for (const r of await tx.all<Row>("SELECT entity, alias FROM aliases ORDER BY entity, ord"))
        push(aliasesByEntity, String(r.entity), String(r.alias));
      const mentionsByEntity = new Map<string, Mention[]>();
      for (const r of await tx.all<Row>("SELECT * FROM mentions ORDER BY entity, ord"))
        push(mentionsByEntity, String(r.entity), mentionFromRow(r));
      const nodes: SerializedNode[] = [
        ...docs.map(documentFromRow),
        ...entityRows.map((r) =>
          entityFromRow(r, aliasesByEntity.get(String(r.key)) ?? [], mentionsByEntity.get(String(r.key)) ?? []),
        ),
      ];
      const evidenceByRelation = new Map<string, Evidence[]>();
      for (const r of await tx.all<Row>("SELECT * FROM evidence ORDER BY relation, ord"))
        push(evidenceByRelation, String(r.relation), evidenceFromRow(r));
      const edges = byKey(await tx.all<Row>("SELECT * FROM relations")).map((r) =>
        relationFromRow(r, evidenceByRelation.get(String(r.key)) ?? []),
      );
      return {
        attributes: graphAttributesFromRow(build),
        options: { type: "directed", multi: true, allowSelfLoops: false },
        nodes,
        edges,
      };
    });
  }

  // ---- queries ----

  async search(query: string, options: { types?: EntityType[]; limit?: number } = {}): Promise<StoreSearchHit[]> {
    const limit = Math.max(0, Math.min(options.limit ?? 10, 100));
    const terms = normalizeName(query)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .slice(0, 8);
    if (terms.length === 0 || limit === 0) return [];
    const types = options.types ?? [];
    return this.cache.get(`search:${JSON.stringify([terms, types, limit])}`, async () => {
      const typeFilter = types.length > 0 ? ` AND e.type IN (${placeholders(types.length)})` : "";
      let rows: Row[];
      if (this.engine === "sqlite") {
        const match = terms.map((t) => `"${t}"*`).join(" ");
        rows = await this.db.all<Row>(
          `SELECT e.key, e.label, e.type, e.pagerank FROM entity_search s JOIN entities e ON e.rowid = s.rowid
           WHERE entity_search MATCH ?${typeFilter} ORDER BY bm25(entity_search) - e.pagerank * 10, e.key LIMIT ?`,
          [match, ...types, limit],
        );
      } else {
        const tsquery = terms.map((t) => `${t.replace(/[^\p{L}\p{N}]/gu, "")}:*`).join(" & ");
        rows = await this.db.all<Row>(
          `SELECT e.key, e.label, e.type, e.pagerank FROM entities e
           WHERE to_tsvector('simple', e.names) @@ to_tsquery('simple', ?)${typeFilter}
           ORDER BY ts_rank(to_tsvector('simple', e.names), to_tsquery('simple', ?)) + e.pagerank * 10 DESC, e.key
           LIMIT ?`,
          [tsquery, ...types, tsquery, limit],
        );
        // Parameters are positional: the type list sits between the two tsquery uses.
      }
      return rows.map((r) => ({
        id: String(r.key),
        label: String(r.label),
        type: r.type as EntityType,
        pagerank: Number(r.pagerank),
      }));
    });
  }

  private async summaries(db: Db, keys: string[]): Promise<StoreEntitySummary[]> {
    if (keys.length === 0) return [];
    const out = new Map<string, StoreEntitySummary>();
    for (const group of chunks(keys)) {
      const list = placeholders(group.length);
      const rows = await db.all<Row>(
        `SELECT ${ENTITY_SUMMARY}, ${DOCUMENT_COUNT[this.engine]} FROM entities WHERE key IN (${list})`,
        group,
      );
      const aliases = new Map<string, string[]>();
      for (const r of await db.all<Row>(
        `SELECT entity, alias FROM aliases WHERE entity IN (${list}) ORDER BY entity, ord`,
        group,
      ))
        push(aliases, String(r.entity), String(r.alias));
      for (const r of rows) {
        const key = String(r.key);
        out.set(key, {
          id: key,
          label: String(r.label),
          type: r.type as EntityType,
          aliases: aliases.get(key) ?? [],
          roles: json<string[]>(r.roles, []),
          description: (r.description as string | null) ?? null,
          degree: Number(r.degree),
          pagerank: Number(r.pagerank),
          community: Number(r.community),
          mentionCount: Number(r.mention_count),
          documentCount: Number(r.document_count),
        });
      }
    }
    return keys.map((k) => out.get(k)).filter((e): e is StoreEntitySummary => e !== undefined);
  }

  async entity(id: string): Promise<StoreEntitySummary | null> {
    return this.cache.get(
      `entity:${id}`,
      async () => (await this.db.read((tx) => this.summaries(tx, [id])))[0] ?? null,
    );
  }

  async entitiesNamed(name: string): Promise<StoreEntitySummary[]> {
    return this.cache.get(`named:${normalizeName(name)}`, () =>
      this.db.read(async (tx) => {
        const rows = await tx.all<{ entity: string }>(
          `SELECT a.entity FROM aliases a JOIN entities e ON e.key = a.entity WHERE a.norm = ?
           GROUP BY a.entity, e.pagerank ORDER BY e.pagerank DESC, a.entity`,
          [normalizeName(name)],
        );
        return this.summaries(
          tx,
          rows.map((r) => r.entity),
        );
      }),
    );
  }

  /**
   * Relation edges touching each of the keys, at most perKey per key and direction, strongest first: one indexed
   * range read per key and direction (partial indexes without MENTIONS), so a hub costs no more than its top edges.
   */
  private async edgesAround(db: Db, keys: string[], categories: EdgeCategory[], perKey: number): Promise<Row[]> {
    const cat =
      categories.length > 0 ? ` AND category IN (${placeholders(categories.length)})` : " AND category <> 'MENTIONS'";
    const seen = new Set<string>();
    const out: Row[] = [];
    const add = (rows: Row[]) => {
      for (const r of rows)
        if (!seen.has(String(r.key))) {
          seen.add(String(r.key));
          out.push(r);
        }
    };
    if (this.engine === "postgres") {
      for (const end of ["source", "target"])
        add(
          await db.all<Row>(
            `SELECT r.* FROM unnest(?::text[]) AS k(key) CROSS JOIN LATERAL (
               SELECT ${RELATION_SUMMARY} FROM relations WHERE ${end} = k.key${cat}
               ORDER BY weight DESC LIMIT ?) AS r`,
            [keys as unknown as string, ...categories, perKey],
          ),
        );
    } else {
      for (const key of keys)
        for (const end of ["source", "target"])
          add(
            await db.all<Row>(
              `SELECT ${RELATION_SUMMARY} FROM relations WHERE ${end} = ?${cat} ORDER BY weight DESC LIMIT ?`,
              [key, ...categories, perKey],
            ),
          );
    }
    return out.sort(
      (a, b) =>
        Number(b.weight) - Number(a.weight) ||
        Number(b.confidence) - Number(a.confidence) ||
        (String(a.key) < String(b.key) ? -1 : 1),
    );
  }

  async neighbourhood(id: string, options: StoreNeighbourhoodOptions = {}): Promise<StoreSubgraph> {
    const depth = Math.max(0, Math.min(options.depth ?? 1, 3));
    const limit = Math.max(1, Math.min(options.limit ?? 200, 2000));
    const categories = options.categories ?? [];
    return this.cache.get(`hood:${JSON.stringify([id, depth, limit, categories])}`, () =>
      this.db.read(async (tx) => {
        const seen = new Set<string>([id]);
        const edges = new Map<string, StoreRelationRow>();
        let frontier = [id];
        let truncated = false;
        for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
          const next: string[] = [];
          for (const group of chunks(frontier, 200)) {
            for (const row of await this.edgesAround(tx, group, categories, limit)) {
              const edge = relationSummary(row);
              for (const end of [edge.source, edge.target])
                if (!seen.has(end)) {
                  if (seen.size >= limit) {
                    truncated = true;
                    continue;
                  }
                  seen.add(end);
                  next.push(end);
                }
              if (seen.has(edge.source) && seen.has(edge.target)) edges.set(edge.id, edge);
            }
          }
          frontier = next;
        }
        const nodes = await this.summaries(tx, [...seen]);
        const present = new Set(nodes.map((n) => n.id));
        if (!present.has(id)) return { nodes: [], edges: [], truncated: false };
        return {
          nodes,
          edges: [...edges.values()].filter((e) => present.has(e.source) && present.has(e.target)),
          truncated,
        };
      }),
    );
  }

  async shortestPath(from: string, to: string, options: { maxDepth?: number } = {}): Promise<string[] | null> {
    const maxDepth = Math.max(1, Math.min(options.maxDepth ?? 6, 8));
    return this.cache.get(`path:${JSON.stringify([from, to, maxDepth])}`, () =>
      this.db.read(async (tx) => {
        const exists = await tx.all<Row>("SELECT key FROM entities WHERE key IN (?, ?)", [from, to]);
        if (exists.length < (from === to ? 1 : 2)) return null;
        if (from === to) return [from];
        // Bidirectional breadth-first search, one indexed query per frontier, the smaller side first.
        const parentA = new Map<string, string | null>([[from, null]]);
        const parentB = new Map<string, string | null>([[to, null]]);
        let frontierA = [from];
        let frontierB = [to];
        for (let depth = 0; depth < maxDepth && frontierA.length > 0 && frontierB.length > 0; depth++) {
          const forward = frontierA.length <= frontierB.length;
          const [frontier, mine, theirs] = forward ? [frontierA, parentA, parentB] : [frontierB, parentB, parentA];
          const next: string[] = [];
          let meet: string | null = null;
          for (const group of chunks(frontier, 200)) {
            for (const row of await this.edgesAround(tx, group, [], 100_000)) {
              const pairs: [string, string][] = [
                [String(row.source), String(row.target)],
                [String(row.target), String(row.source)],
              ];
              for (const [at, other] of pairs) {
                if (!mine.has(at) || mine.has(other)) continue;
                if (!group.includes(at)) continue;
                mine.set(other, at);
                next.push(other);
                if (theirs.has(other) && meet === null) meet = other;
              }
            }
            if (meet !== null) break;
          }
          if (meet !== null) {
            const left: string[] = [];
            for (let n: string | null = meet; n !== null; n = parentA.get(n) ?? null) left.unshift(n);
            const right: string[] = [];
            for (let n: string | null = parentB.get(meet) ?? null; n !== null; n = parentB.get(n) ?? null)
              right.push(n);
            return [...left, ...right];
          }
          if (forward) frontierA = next;
          else frontierB = next;
        }
        return null;
      }),
    );
  }

  async evidence(relationId: string): Promise<Evidence[]> {
    return this.cache.get(`evidence:${relationId}`, async () =>
      (await this.db.all<Row>("SELECT * FROM evidence WHERE relation = ? ORDER BY ord", [relationId])).map(
        evidenceFromRow,
      ),
    );
  }

  async edgeList(
    options: { first?: number; after?: string | null; categories?: EdgeCategory[] } = {},
  ): Promise<StoreEdgePage> {
    const first = Math.max(0, Math.min(options.first ?? 1000, 10_000));
    const categories = options.categories ?? [];
    const cat = categories.length > 0 ? `category IN (${placeholders(categories.length)})` : "category <> 'MENTIONS'";
    const after = options.after ?? null;
    const rows = await this.db.all<Row>(
      `SELECT ${RELATION_SUMMARY} FROM relations WHERE ${cat}${after !== null ? " AND key > ?" : ""}
       ORDER BY key LIMIT ?`,
      [...categories, ...(after !== null ? [after] : []), first + 1],
    );
    const more = rows.length > first;
    const page = rows.slice(0, first).map(relationSummary);
    return { rows: page, endCursor: more ? (page.at(-1)?.id ?? null) : null };
  }

  async curationLog(): Promise<(StoreCurationEntry & { build: number })[]> {
    const rows = await this.db.all<Row>("SELECT * FROM curation_log ORDER BY build, seq");
    return rows.map((r) => ({
      build: Number(r.build),
      action: json(r.action, { op: "rejectEntity", entity: "" } as StoreCurationEntry["action"]),
      applied: r.applied === true || r.applied === 1,
      ...(r.reason !== null && r.reason !== undefined ? { reason: String(r.reason) } : {}),
    }));
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

async function maxVersion(db: Db): Promise<number> {
  const [row] = await db.all<{ v: number | null }>("SELECT MAX(version) AS v FROM builds");
  return Number(row?.v ?? 0);
}

/** Rows in key order, compared as JavaScript compares strings (the database's collation may differ). */
function byKey(rows: Row[]): Row[] {
  return rows.sort((a, b) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildFromRow(r: Row): StoreBuild {
  return {
    ...graphAttributesFromRow(r),
    version: Number(r.version),
    startedAt: String(r.started_at),
    committedAt: String(r.committed_at),
    entityCount: Number(r.entity_count),
    relationCount: Number(r.relation_count),
    changes: json<StoreWriteCounts>(r.changes, {
      documents: emptyCounts(),
      entities: emptyCounts(),
      relations: emptyCounts(),
    }),
  };
}

/** The graph without one document: its node, its edges, and its mentions and evidence on other elements. */
function withoutDocument(graph: SerializedKnowledgeGraph, key: string): SerializedKnowledgeGraph {
  const nodes: SerializedNode[] = [];
  const dropped = new Set<string>([key]);
  for (const node of graph.nodes) {
    if (node.key === key) continue;
    const a = node.attributes;
    if (a.kind === "entity") {
      const mentions = a.mentions.filter((m) => m.doc !== key);
      const docs = a.docs.filter((d) => d !== key);
      if (docs.length === 0 && a.docs.length > 0) {
        dropped.add(node.key);
        continue;
      }
      nodes.push({ key: node.key, attributes: { ...a, mentions, docs, mentionCount: mentions.length } });
    } else nodes.push(node);
  }
  const edges: SerializedEdge[] = [];
  for (const edge of graph.edges) {
    if (dropped.has(edge.source) || dropped.has(edge.target)) continue;
    const a = edge.attributes;
    const evidence = a.evidence.filter((e) => e.doc !== key);
    const docs = a.docs.filter((d) => d !== key);
    if (docs.length === 0 && a.docs.length > 0) continue;
    edges.push({ ...edge, attributes: { ...a, evidence, docs, weight: evidence.length || a.weight } });
  }
  return {
    ...graph,
    attributes: { ...graph.attributes, documentCount: Math.max(0, graph.attributes.documentCount - 1) },
    nodes,
    edges,
  };
}
