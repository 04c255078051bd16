// The GraphStore over either engine: one body of SQL, with the few engine differences (search, the FTS table)
// in branches. A write is one transaction and one build version; rows whose content did not change are left
// alone (incremental by article); reads that take several statements run in one snapshot.
import type {
  GraphStore,
  SerializedEdge,
  SerializedKnowledgeGraph,
  SerializedNode,
  StoreBuild,
  StoreChangeInput,
  StoreCurationEntry,
  StoreTableCounts,
  StoreWriteCounts,
  StoreWriteInput,
  StoreWriteReport,
} from "@newskg/graph-model";
import type { Db, SqlValue, TransactionalDb } from "./db.js";
import { json, placeholders } from "./db.js";
import { appendAll } from "./appendAll.js";
import { withIndexesDeferred } from "./deferredIndexes.js";
import { refreshNeighborSummary } from "./neighborSummary.js";
import { SqliteDb } from "./sqliteDb.js";
import { StoreReader } from "./storeReader.js";
import { readGraphRows, writeGraphJson } from "./graphExport.js";
import { withoutDocument } from "./withoutDocument.js";
import type { Planned } from "./rows.js";
import {
  ALIAS_COLUMNS,
  aliasRows,
  DOCUMENT_COLUMNS,
  documentRow,
  ENTITY_COLUMNS,
  entityRow,
  EVIDENCE_COLUMNS,
  evidenceRows,
  firstDateOf,
  graphAttributesFromRow,
  graphExtra,
  MENTION_COLUMNS,
  METRIC_COLUMNS,
  mentionRows,
  NAME_COLUMNS,
  NAME_WORD_COLUMNS,
  nameRows,
  nameWordRows,
  RELATION_COLUMNS,
  relationRow,
  SENTENCE_COLUMNS,
} from "./rows.js";

type Row = Record<string, unknown>;
const CHUNK = 500;

/**
 * Which rows a write compares with what it is given: the whole table (writeBuild: a row not given is deleted) or,
 * for a change (writeChanges), the given rows and the keys removed alone.
 */
type Scope = { removed: ReadonlySet<string> } | null;

const emptyCounts = (): StoreTableCounts => ({ inserted: 0, updated: 0, rescored: 0, deleted: 0 });

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface SqlGraphStoreOptions {
  location: string;
}

function emptyWriteCounts(): StoreWriteCounts {
  return { documents: emptyCounts(), entities: emptyCounts(), relations: emptyCounts() };
}

/** A build's nodes split into documents and entities, as the writers take them. */
function documentsAndEntities(nodes: readonly SerializedNode[]): {
  documents: { node: SerializedNode }[];
  entities: { node: SerializedNode }[];
} {
  const documents: { node: SerializedNode }[] = [];
  const entities: { node: SerializedNode }[] = [];
  for (const node of nodes) (node.attributes.kind === "document" ? documents : entities).push({ node });
  return { documents, entities };
}

export class SqlGraphStore implements GraphStore {
  readonly engine: "sqlite" | "postgres";
  readonly location: string;
  private storeReader: StoreReader | null = null;

  constructor(
    readonly db: TransactionalDb,
    options: SqlGraphStoreOptions,
  ) {
    this.engine = db.engine;
    this.location = options.location;
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

  /**
   * The latest build's entity PageRank, community and position, and when those were last computed in full (the
   * build's `metricsFrom`, else the build itself): what `kg build --carry-metrics` keeps. Null for an empty store.
   */
  async entityMetrics(): Promise<{
    metricsFrom: { builtAt: string; documentCount: number };
    metrics: Map<string, { pagerank: number; community: number; x: number; y: number }>;
  } | null> {
    return this.db.read(async (tx) => {
      const [build] = await tx.all<Row>(
        "SELECT built_at, document_count, extra FROM builds ORDER BY version DESC LIMIT 1",
      );
      if (!build) return null;
      const extra = json<{ metricsFrom?: { builtAt: string; documentCount: number } }>(build.extra, {});
      const metrics = new Map<string, { pagerank: number; community: number; x: number; y: number }>();
      for (const r of await tx.all<Row>("SELECT key, pagerank, community, x, y FROM entities"))
        metrics.set(String(r.key), {
          pagerank: Number(r.pagerank),
          community: Math.trunc(Number(r.community)),
          x: Number(r.x),
          y: Number(r.y),
        });
      return {
        metricsFrom: extra.metricsFrom ?? {
          builtAt: String(build.built_at),
          documentCount: Number(build.document_count),
        },
        metrics,
      };
    });
  }

  /**
   * Every document's and entity's graph-wide numbers (METRIC_COLUMNS: degree, PageRank, community, position,
   * size) in the latest build, by key: what a build compares its own with to find the rows they moved.
   */
  async nodeMetrics(): Promise<{ documents: Map<string, number[]>; entities: Map<string, number[]> }> {
    return this.db.read(async (tx) => {
      const of = async (table: string) => {
        const out = new Map<string, number[]>();
        for (const r of await tx.all<Row>(`SELECT key, ${METRIC_COLUMNS.join(", ")} FROM ${table}`))
          out.set(
            String(r.key),
            METRIC_COLUMNS.map((c) => Number(r[c])),
          );
        return out;
      };
      return { documents: await of("documents"), entities: await of("entities") };
    });
  }

  /** Keys of the latest build's relations with an end among `keys` (each end is indexed). */
  async relationKeysAt(keys: Iterable<string>): Promise<Set<string>> {
    const out = new Set<string>();
    await this.db.read(async (tx) => {
      for (const part of chunks([...keys]))
        for (const r of await tx.all<{ key: string }>(
          `SELECT key FROM relations WHERE source IN (${placeholders(part.length)})
           UNION SELECT key FROM relations WHERE target IN (${placeholders(part.length)})`,
          [...part, ...part],
        ))
          out.add(String(r.key));
    });
    return out;
  }

  /** The curation actions the latest build recorded, in order (what a change must apply alike). */
  async latestCuration(): Promise<StoreCurationEntry[]> {
    const rows = await this.db.all<Row>(
      "SELECT * FROM curation_log WHERE build = (SELECT MAX(version) FROM builds) ORDER BY seq",
    );
    return rows.map((r) => ({
      action: json(r.action, { op: "rejectEntity", entity: "" } as StoreCurationEntry["action"]),
      applied: r.applied === true || r.applied === 1,
      ...(r.reason !== null && r.reason !== undefined ? { reason: String(r.reason) } : {}),
    }));
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
      // Name words are derived from the names: whatever is left of them is rebuilt with the names.
      await tx.run("DELETE FROM name_word_ranks");
      let written = 0;
      let after = "";
      for (;;) {
        const rows = await tx.all<Row>(
          "SELECT key, label, pagerank, type FROM entities WHERE key > ? ORDER BY key LIMIT 1000",
          [after],
        );
        if (rows.length === 0) return written;
        const keys = rows.map((r) => String(r.key));
        const aliases = new Map<string, string[]>();
        for (const a of await tx.all<Row>(
          `SELECT entity, alias FROM aliases WHERE entity IN (${placeholders(keys.length)}) ORDER BY entity, ord`,
          keys,
        ))
          push(aliases, String(a.entity), String(a.alias));
        const words: SqlValue[][] = [];
        const names = rows.flatMap((r) => {
          const own = nameRows(String(r.key), String(r.label), aliases.get(String(r.key)) ?? []);
          appendAll(words, nameWordRows(own, Number(r.pagerank), String(r.type)));
          return own;
        });
        await tx.insertMany("entity_names", NAME_COLUMNS, names);
        await tx.insertMany("name_word_ranks", NAME_WORD_COLUMNS, words);
        written += names.length;
        after = keys.at(-1)!;
      }
    });
  }

  /** The resolution index the last build that wrote one left (kg worker), or null. */
  async resolutionIndex(): Promise<string | null> {
    const [row] = await this.db.all<{ body: string }>("SELECT body FROM resolution_index WHERE id = 1");
    return row ? row.body : null;
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
      const changes = emptyWriteCounts();
      const { documents, entities } = documentsAndEntities(graph.nodes);
      const write = async () => {
        await this.writeDocuments(tx, documents, version, changes.documents, input.sentencesOf, null);
        await this.writeEntities(tx, entities, version, changes.entities, null);
        const documentDates = new Map(
          documents.map(({ node }) => [node.key, (node.attributes as { date?: string | null }).date ?? null]),
        );
        await this.writeRelations(tx, graph.edges, version, changes.relations, (key) => documentDates.get(key), null);
      };
      // Into an empty store (its first build) every index is built once after the load.
      if (version === 1) await withIndexesDeferred(tx, GRAPH_TABLES, write);
      else await write();
      await this.appendCuration(tx, version, input.curation ?? []);
      await writeResolutionIndex(tx, version, input.resolutionIndex);
      const relationCount = graph.edges.filter((e) => e.attributes.category !== "MENTIONS").length;
      const documentCount = graph.attributes.documentCount ?? documents.length;
      const counts = { documents: documentCount, entities: entities.length, relations: relationCount };
      await this.insertBuild(tx, version, graph.attributes, startedAt, counts, changes);
      return { version, changes };
    });
    return { ...result, durationMs: Math.round(performance.now() - started) };
  }

  /**
   * A change to the latest build as the next build version, in one transaction: only the given rows and the
   * removed keys are read and compared, so adding a hundred articles to a large store costs what those articles
   * touch (their documents, entities and edges), not a pass over every row. Removed nodes take their edges along.
   */
  async writeChanges(input: StoreChangeInput): Promise<StoreWriteReport> {
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const result = await this.db.write(async (tx) => {
      const version = (await maxVersion(tx)) + 1;
      const changes = emptyWriteCounts();
      const { documents, entities } = documentsAndEntities(input.nodes);
      const removedNodes = new Set(input.removedNodes);
      const given = new Set(input.edges.map((e) => e.key));
      const removedEdges = new Set(input.removedEdges.filter((key) => !given.has(key)));
      for (const keys of chunks([...removedNodes])) {
        const list = placeholders(keys.length);
        for (const r of await tx.all<{ key: string }>(
          `SELECT key FROM relations WHERE source IN (${list}) UNION SELECT key FROM relations WHERE target IN (${list})`,
          [...keys, ...keys],
        ))
          if (!given.has(String(r.key))) removedEdges.add(String(r.key));
      }
      const scope = { removed: removedNodes };
      await this.writeDocuments(tx, documents, version, changes.documents, input.sentencesOf, scope);
      await this.writeEntities(tx, entities, version, changes.entities, scope);
      const documentDates = await this.documentDates(tx, documents, input.edges);
      await this.writeRelations(tx, input.edges, version, changes.relations, (key) => documentDates.get(key), {
        removed: removedEdges,
      });
      await this.appendCuration(tx, version, input.curation ?? []);
      await writeResolutionIndex(tx, version, input.resolutionIndex);
      const count = async (sql: string) => Number((await tx.all<{ n: number }>(sql))[0]?.n ?? 0);
      const counts = {
        documents: await count("SELECT COUNT(*) AS n FROM documents"),
        entities: await count("SELECT COUNT(*) AS n FROM entities"),
        relations: await count("SELECT COUNT(*) AS n FROM relations r WHERE r.category <> 'MENTIONS'"),
      };
      await this.insertBuild(
        tx,
        version,
        { ...input.attributes, documentCount: counts.documents },
        startedAt,
        counts,
        changes,
      );
      return { version, changes };
    });
    return { ...result, durationMs: Math.round(performance.now() - started) };
  }

  /** Dates of the documents a change's edges name: the given documents', else the stored ones'. */
  private async documentDates(
    tx: Db,
    documents: { node: SerializedNode }[],
    edges: SerializedEdge[],
  ): Promise<Map<string, string | null>> {
    const dates = new Map(
      documents.map(({ node }) => [node.key, (node.attributes as { date?: string | null }).date ?? null]),
    );
    const missing = new Set<string>();
    for (const edge of edges)
      if (!edge.attributes.date) for (const doc of edge.attributes.docs ?? []) if (!dates.has(doc)) missing.add(doc);
    for (const keys of chunks([...missing]))
      for (const r of await tx.all<Row>(
        `SELECT key, date FROM documents WHERE key IN (${placeholders(keys.length)})`,
        keys,
      ))
        dates.set(String(r.key), str(r.date));
    return dates;
  }

  private async insertBuild(
    tx: Db,
    version: number,
    a: SerializedKnowledgeGraph["attributes"],
    startedAt: string,
    counts: { documents: number; entities: number; relations: number },
    changes: StoreWriteCounts,
  ): Promise<void> {
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
        counts.documents,
        Boolean(a.curationApplied),
        counts.entities,
        counts.relations,
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
    keys: readonly string[] | null,
  ): Promise<Map<string, { row: string; child: string; metrics: number[] | null }>> {
    const select = `SELECT key, row_hash, child_hash${withMetrics ? `, ${METRIC_COLUMNS.join(", ")}` : ""} FROM ${table}`;
    let rows: Row[];
    if (keys === null) rows = await tx.all<Row>(select);
    else {
      rows = [];
      for (const group of chunks(keys))
        for (const r of await tx.all<Row>(`${select} WHERE key IN (${placeholders(group.length)})`, group))
          rows.push(r);
    }
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
   * be (re)written. `beforeChange` sees the keys of the rows about to be replaced or deleted, still as they were.
   */
  private async sync(
    tx: Db,
    table: string,
    columns: readonly string[],
    planned: Planned[],
    counts: StoreTableCounts,
    scope: Scope,
    beforeChange?: (keys: string[]) => Promise<void>,
  ): Promise<{ fresh: Set<string>; changedChildren: Set<string>; changedRows: Set<string> }> {
    const withMetrics = planned.some((p) => p.metrics !== null);
    const keys = scope && [...new Set([...planned.map((p) => p.key), ...scope.removed])];
    const existing = await this.existing(tx, table, withMetrics, keys);
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
    await beforeChange?.([...gone, ...updates.map((p) => p.key)]);
    for (const keys of chunks(gone)) {
      await tx.run(`DELETE FROM ${table} WHERE key IN (${placeholders(keys.length)})`, keys);
    }
    await tx.updateMany(
      table,
      columns,
      updates.map((p) => p.row),
    );
    await this.rescore(tx, table, rescores);
    await tx.insertMany(table, columns, inserts);
    counts.inserted += inserts.length;
    counts.updated += updates.length;
    counts.rescored += rescores.length;
    counts.deleted += gone.length;
    const changedRows = new Set([...updates, ...rescores].map((p) => p.key));
    return { fresh, changedChildren, changedRows };
  }

  /** Rewrites the metric columns of many rows in a few statements. */
  private async rescore(tx: Db, table: string, rows: Planned[]): Promise<void> {
    await tx.updateMany(
      table,
      ["key", ...METRIC_COLUMNS],
      rows.map((p) => [p.key, ...p.metrics!]),
    );
  }

  private async writeDocuments(
    tx: Db,
    docs: { node: SerializedNode }[],
    version: number,
    counts: StoreTableCounts,
    sentencesOf: StoreWriteInput["sentencesOf"],
    scope: Scope,
  ): Promise<void> {
    const planned = docs.map(({ node }) => documentRow(node, version));
    const { fresh, changedChildren } = await this.sync(tx, "documents", DOCUMENT_COLUMNS, planned, counts, scope);
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
    scope: Scope,
  ): Promise<void> {
    const planned = entities.map(({ node }) => entityRow(node, version));
    const { fresh, changedChildren, changedRows } = await this.sync(
      tx,
      "entities",
      ENTITY_COLUMNS,
      planned,
      counts,
      scope,
    );
    const touched = planned.filter((p) => fresh.has(p.key) || changedChildren.has(p.key));
    for (const keys of chunks([...changedChildren])) {
      const list = placeholders(keys.length);
      await tx.run(`DELETE FROM aliases WHERE entity IN (${list})`, keys);
      await tx.run(`DELETE FROM entity_names WHERE entity IN (${list})`, keys);
      await tx.run(`DELETE FROM name_word_ranks WHERE entity IN (${list})`, keys);
    }
    // Name words keep a copy of their entity's PageRank and type: follow the rows that changed in place.
    for (const keys of chunks([...changedRows].filter((key) => !changedChildren.has(key))))
      await tx.run(
        `UPDATE name_word_ranks SET pagerank = (SELECT e.pagerank FROM entities e WHERE e.key = name_word_ranks.entity),
           type = (SELECT e.type FROM entities e WHERE e.key = name_word_ranks.entity)
         WHERE entity IN (${placeholders(keys.length)})`,
        keys,
      );
    const byKey = new Map(entities.map((e) => [e.node.key, e.node]));
    const aliases: SqlValue[][] = [];
    const names: SqlValue[][] = [];
    const words: SqlValue[][] = [];
    for (const p of touched) {
      const node = byKey.get(p.key)!;
      appendAll(aliases, aliasRows(node));
      const a = node.attributes as { label: string; aliases?: string[]; pagerank: number; type: string };
      const own = nameRows(node.key, a.label, a.aliases ?? []);
      appendAll(names, own);
      appendAll(words, nameWordRows(own, Number(a.pagerank), a.type));
    }
    const mentions = touched.filter((p) => fresh.has(p.key)).flatMap((p) => mentionRows(byKey.get(p.key)!));
    appendAll(mentions, await this.changedMentions(tx, [...changedChildren], byKey));
    await tx.insertMany("aliases", ALIAS_COLUMNS, aliases);
    await tx.insertMany("mentions", MENTION_COLUMNS, mentions);
    await tx.insertMany("entity_names", NAME_COLUMNS, names);
    await tx.insertMany("name_word_ranks", NAME_WORD_COLUMNS, words);
  }

  /**
   * Deletes the mentions of changed entities from the first one that differs and returns the rows to insert from
   * there: a central entity has a mention in most documents, and its list grows at the end when articles are added,
   * so an added article rewrites its own mentions rather than all of the entity's.
   */
  private async changedMentions(tx: Db, keys: string[], byKey: Map<string, SerializedNode>): Promise<SqlValue[][]> {
    const out: SqlValue[][] = [];
    for (const group of chunks(keys)) {
      const old = new Map<string, Row[]>();
      for (const r of await tx.all<Row>(
        `SELECT entity, doc, start_offset, end_offset, text, sentence FROM mentions
         WHERE entity IN (${placeholders(group.length)}) ORDER BY entity, ord`,
        group,
      ))
        push(old, String(r.entity), r);
      const whole: string[] = [];
      for (const key of group) {
        const rows = mentionRows(byKey.get(key)!);
        const before = old.get(key) ?? [];
        let same = 0;
        while (same < before.length && same < rows.length && sameMention(before[same]!, rows[same]!)) same++;
        if (same === 0) whole.push(key);
        else if (same < before.length) await tx.run("DELETE FROM mentions WHERE entity = ? AND ord >= ?", [key, same]);
        appendAll(out, rows.slice(same));
      }
      for (const batch of chunks(whole))
        await tx.run(`DELETE FROM mentions WHERE entity IN (${placeholders(batch.length)})`, batch);
    }
    return out;
  }

  private async writeRelations(
    tx: Db,
    edges: SerializedEdge[],
    version: number,
    counts: StoreTableCounts,
    documentDate: (key: string) => string | null | undefined,
    scope: Scope,
  ): Promise<void> {
    const planned = edges.map((edge) => relationRow(edge, version, firstDateOf(edge, documentDate)));
    // The entities whose neighbour lists these rows may change: the ends of every relation (MENTIONS aside)
    // inserted, replaced or deleted, as it was and as it is, each with the strongest such relation it has.
    const ends = new Map<string, number>();
    const touch = (entity: string, strength: number) => ends.set(entity, Math.max(strength, ends.get(entity) ?? 0));
    const endsBefore = async (keys: string[]) => {
      for (const part of chunks(keys))
        for (const r of await tx.all<Row>(
          `SELECT source, target, weight * confidence AS strength FROM relations
           WHERE key IN (${placeholders(part.length)}) AND category <> 'MENTIONS'`,
          part,
        )) {
          touch(String(r.source), Number(r.strength));
          touch(String(r.target), Number(r.strength));
        }
    };
    const { fresh, changedChildren, changedRows } = await this.sync(
      tx,
      "relations",
      RELATION_COLUMNS,
      planned,
      counts,
      scope,
      endsBefore,
    );
    for (const edge of edges)
      if ((fresh.has(edge.key) || changedRows.has(edge.key)) && edge.attributes.category !== "MENTIONS") {
        const strength = edge.attributes.weight * edge.attributes.confidence;
        touch(edge.source, strength);
        touch(edge.target, strength);
      }
    // A first build writes every relation (with the relations' indexes deferred): the whole table in one pass.
    await refreshNeighborSummary(tx, version === 1 ? "all" : ends, (ids, perEntity) =>
      new StoreReader(tx).strongestNeighbours(ids, {}, perEntity),
    );
    for (const keys of chunks([...changedChildren]))
      await tx.run(`DELETE FROM evidence WHERE relation IN (${placeholders(keys.length)})`, keys);
    const rows: SqlValue[][] = [];
    for (const edge of edges)
      if (fresh.has(edge.key) || changedChildren.has(edge.key)) appendAll(rows, evidenceRows(edge));
    await tx.insertMany("evidence", EVIDENCE_COLUMNS, rows);
  }

  private async appendCuration(tx: Db, version: number, entries: StoreCurationEntry[]): Promise<void> {
    await tx.insertMany(
      "curation_log",
      ["build", "seq", "op", "action", "applied", "reason"],
      entries.map((e, seq) => [version, seq, e.action.op, JSON.stringify(e.action), e.applied, e.reason ?? null]),
    );
  }

  /**
   * Removes one document as a change (writeChanges): only the rows that name it are read (its MENTIONS edges, the
   * entities and relations whose mentions, evidence or document list hold it), not the whole graph.
   */
  async deleteDocument(key: string): Promise<StoreWriteReport> {
    const touched = await this.db.read(async (tx) => {
      const [doc] = await tx.all<Row>("SELECT key FROM documents WHERE key = ?", [key]);
      if (!doc) return null;
      const listed = `%${JSON.stringify(key)}%`;
      const keysOf = async (sql: string, params: SqlValue[]) =>
        (await tx.all<{ k: string }>(sql, params)).map((r) => String(r.k));
      const entities = await keysOf(
        `SELECT entity AS k FROM mentions WHERE doc = ?
         UNION SELECT target AS k FROM relations WHERE source = ?
         UNION SELECT source AS k FROM relations WHERE target = ?
         UNION SELECT key AS k FROM entities WHERE CAST(docs AS TEXT) LIKE ?`,
        [key, key, key, listed],
      );
      const relations = await keysOf(
        `SELECT relation AS k FROM evidence WHERE doc = ?
         UNION SELECT key AS k FROM relations WHERE source = ? OR target = ?
         UNION SELECT key AS k FROM relations WHERE CAST(docs AS TEXT) LIKE ?`,
        [key, key, key, listed],
      );
      const [build] = await tx.all<Row>("SELECT * FROM builds ORDER BY version DESC LIMIT 1");
      const rows = await readGraphRows(tx, [key, ...entities.filter((k) => k !== key)], relations);
      return { attributes: graphAttributesFromRow(build!), ...rows };
    });
    if (!touched || !touched.nodes.some((n) => n.key === key && n.attributes.kind === "document"))
      throw new Error(`no document "${key}" in the store`);
    const after = withoutDocument(
      { attributes: touched.attributes, nodes: touched.nodes, edges: touched.edges } as SerializedKnowledgeGraph,
      key,
    );
    const kept = new Set([...after.nodes.map((n) => n.key), ...after.edges.map((e) => e.key)]);
    return this.writeChanges({
      attributes: after.attributes,
      nodes: after.nodes,
      edges: after.edges,
      removedNodes: touched.nodes.filter((n) => !kept.has(n.key)).map((n) => n.key),
      removedEdges: touched.edges.filter((e) => !kept.has(e.key)).map((e) => e.key),
    });
  }

  /** The latest build as graph.json, parsed: the streamed export's one reading of the tables, in one snapshot. */
  async readGraph(): Promise<SerializedKnowledgeGraph | null> {
    const chunks: string[] = [];
    const found = await this.db.read((tx) => writeGraphJson(tx, (chunk) => void chunks.push(chunk)));
    return found ? (JSON.parse(chunks.join("")) as SerializedKnowledgeGraph) : null;
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

/** The tables a build writes rows of a graph into. */
const GRAPH_TABLES = [
  "documents",
  "sentences",
  "entities",
  "aliases",
  "mentions",
  "entity_names",
  "name_word_ranks",
  "relations",
  "evidence",
];

async function writeResolutionIndex(tx: Db, version: number, body: string | undefined): Promise<void> {
  if (body === undefined) return;
  await tx.run("DELETE FROM resolution_index WHERE id = 1");
  await tx.run("INSERT INTO resolution_index (id, build, body) VALUES (1, ?, ?)", [version, body]);
}

async function maxVersion(db: Db): Promise<number> {
  const [row] = await db.all<{ v: number | null }>("SELECT MAX(version) AS v FROM builds");
  return Number(row?.v ?? 0);
}

/** A stored mention row against a planned one (mentionRows' order: entity, ord, doc, start, end, text, sentence). */
function sameMention(stored: Row, planned: SqlValue[]): boolean {
  return (
    String(stored.doc) === planned[2] &&
    Number(stored.start_offset) === planned[3] &&
    Number(stored.end_offset) === planned[4] &&
    String(stored.text) === planned[5] &&
    Number(stored.sentence) === planned[6]
  );
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

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
