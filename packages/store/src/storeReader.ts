// The server's reads, answered by indexed SQL on either engine: nothing of the graph is held in memory, so a
// server's memory does not grow with the store. Every list query is bounded (LIMIT) and walks an index in the
// order the API lists things in (see migrations/<engine>/004/005_server_reads.sql).
import type {
  EntityType,
  GraphReader,
  Quantity,
  RelationCategory,
  StoreDocument,
  StoreEdgeRow,
  StoreEntity,
  StoreEntityFilter,
  StoreEntityOrder,
  StoreEvidence,
  StoreFacets,
  StoreGraphCounts,
  StoreMention,
  StoreNameMatch,
  StorePath,
  StoreRelation,
  StoreRelationRow,
  StoreRelationFilter,
  StoreRelationOrder,
  StoreSearchMatch,
  StoreSubgraph,
} from "@newskg/graph-model";
import { ENTITY_TYPES, RELATION_CATEGORIES } from "@newskg/graph-model";
import type { Db, SqlValue } from "./db.js";
import { json, placeholders } from "./db.js";
import { neighborhood } from "./neighborhood.js";
import { NEIGHBOR_SUMMARY_SIZE } from "./neighborSummary.js";
import { relationFilterSql } from "./relationFilterSql.js";
import { searchEntities } from "./searchEntities.js";
import { shortestPaths } from "./shortestPaths.js";
import { readFacets } from "./storeFacets.js";

type Row = Record<string, unknown>;
/** Ids per IN (...) list: well below both engines' parameter limits. */
const CHUNK = 500;
/** relationsAmong seeks a source's relations into the set when it has this many times the set's size. */
const HUB_FACTOR = 4;
/** Word-prefix matches looked at per search (as many as a one-letter query would need to find the top names). */
const PREFIX_SCAN = 5000;
/** Distinct words of a prefix whose tops are read one by one; a prefix starting more reads its whole range. */
const PREFIX_WORDS = 40;
/** Postings read per trigram when looking for misspellings; a trigram in more names than this says little. */
const GRAM_POSTINGS = 2_000;

/**
 * A column written so that the planner does not use it as an index condition (a planner hint, dialect by
 * dialect): SQLite's documented unary `+`; PostgreSQL matches index conditions on bare columns only, so an
 * expression over the column (`|| ''` leaves a text value as it is).
 */
function unindexed(engine: "sqlite" | "postgres", column: string): string {
  return engine === "sqlite" ? `+${column}` : `(${column} || '')`;
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

const ENTITY_COLUMNS =
  "e.key, e.type, e.label, e.roles, e.description, e.iso, e.degree, e.pagerank, e.community, e.mention_count, e.x, e.y, e.size, e.curated";
const DOCUMENT_COLUMNS = "d.key, d.label, d.title, d.publisher, d.date, d.url, d.source, d.file, d.word_count, d.text";
/** first_date: the relation's own date, else its earliest document's (written by every build). */
const RELATION_ROW_COLUMNS =
  "r.key, r.source, r.target, r.category, r.label, r.labels, r.confidence, r.weight, r.date, r.quantities, " +
  "r.cameo, r.curated, r.note, r.first_date";
const RELATION_COLUMNS = `${RELATION_ROW_COLUMNS}, r.docs`;
const END_COLUMNS = "r.key, r.source, r.target, r.confidence, r.weight";

/** A neighbour of an entity and the strength (weight x confidence) of its strongest relation to it. */
export interface Neighbour {
  id: string;
  strength: number;
}

/** A relation's id, ends and strength: what a search over the graph ranks by. */
export type RelationEnds = Pick<StoreRelation, "id" | "sourceId" | "targetId" | "weight" | "confidence">;

const relationEnds = (r: Row): RelationEnds => ({
  id: String(r.key),
  sourceId: String(r.source),
  targetId: String(r.target),
  confidence: Number(r.confidence),
  weight: Math.trunc(Number(r.weight)),
});

const STRENGTH_ORDER = "(r.weight * r.confidence) DESC, r.confidence DESC, r.key";

function strongestFirst(a: RelationEnds, b: RelationEnds): number {
  return (
    b.weight * b.confidence - a.weight * a.confidence ||
    b.confidence - a.confidence ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export class StoreReader implements GraphReader {
  /** A relation's date as lists show, sort and return it: a column since migration 007. */
  private readonly firstDate = "r.first_date";
  private trigramSearch: Promise<boolean> | null = null;

  constructor(private readonly db: Db) {}

  private where(filter: StoreRelationFilter | null): { sql: string; params: SqlValue[] } {
    return relationFilterSql(this.db.engine, filter);
  }

  async version(): Promise<number> {
    const [row] = await this.db.all<{ v: number | null }>("SELECT MAX(version) AS v FROM builds");
    return Number(row?.v ?? 0);
  }

  // ---- entities ----

  private async entityRows(rows: Row[]): Promise<StoreEntity[]> {
    if (rows.length === 0) return [];
    const aliases = new Map<string, string[]>();
    for (const group of chunks(rows.map((r) => String(r.key))))
      for (const a of await this.db.all<Row>(
        `SELECT entity, alias FROM aliases WHERE entity IN (${placeholders(group.length)}) ORDER BY entity, ord`,
        group,
      )) {
        const list = aliases.get(String(a.entity));
        if (list) list.push(String(a.alias));
        else aliases.set(String(a.entity), [String(a.alias)]);
      }
    return rows.map((r) => {
      const id = String(r.key);
      const label = str(r.label) ?? id;
      return {
        id,
        label,
        type: r.type as EntityType,
        aliases: aliases.get(id) ?? [label],
        roles: json<string[]>(r.roles, []),
        description: str(r.description),
        iso: str(r.iso),
        degree: Number(r.degree),
        pagerank: Number(r.pagerank),
        community: Math.trunc(Number(r.community)),
        mentionCount: Number(r.mention_count),
        x: Number(r.x),
        y: Number(r.y),
        size: Number(r.size),
        curated: r.curated === true || r.curated === 1,
      };
    });
  }

  async entities(ids: readonly string[]): Promise<Map<string, StoreEntity>> {
    const out = new Map<string, StoreEntity>();
    for (const group of chunks([...new Set(ids)])) {
      const rows = await this.db.all<Row>(
        `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.key IN (${placeholders(group.length)})`,
        group,
      );
      for (const e of await this.entityRows(rows)) out.set(e.id, e);
    }
    return out;
  }

  private typeFilter(types: readonly EntityType[]): string {
    return types.length > 0 ? ` AND e.type IN (${placeholders(types.length)})` : "";
  }

  private names(rows: Row[]): StoreNameMatch[] {
    return rows.map((r) => ({
      entityId: String(r.entity),
      display: String(r.display),
      norm: String(r.norm),
      pagerank: Number(r.pagerank),
    }));
  }

  async namesExact(norm: string, types: readonly EntityType[], limit: number): Promise<StoreNameMatch[]> {
    const rows = await this.db.all<Row>(
      `SELECT n.entity, n.display, n.norm, e.pagerank FROM entity_names n JOIN entities e ON e.key = n.entity
       WHERE n.norm = ?${this.typeFilter(types)} ORDER BY e.pagerank DESC, n.entity LIMIT ?`,
      [norm, ...types, limit],
    );
    return this.names(rows);
  }

  private hasTrigrams(): Promise<boolean> {
    if (this.db.engine === "sqlite") return Promise.resolve(true);
    this.trigramSearch ??= this.db
      .all("SELECT 1 FROM pg_indexes WHERE indexname = 'entity_names_trgm'")
      .then((rows) => rows.length > 0);
    return this.trigramSearch;
  }

  async namesWithPrefix(norm: string, types: readonly EntityType[], limit: number): Promise<StoreNameMatch[]> {
    if (!norm) return [];
    if (!norm.includes(" ")) return this.wordPrefix(norm, types, limit);
    let candidates: string;
    let params: SqlValue[];
    if (this.db.engine === "sqlite") {
      // An FTS5 phrase whose last word is a prefix: consecutive words of a name, the first whole.
      candidates = `SELECT rowid AS id FROM entity_name_words WHERE entity_name_words MATCH ? LIMIT ${PREFIX_SCAN}`;
      params = [`"${norm}" *`];
      const rows = await this.db.all<Row>(
        `SELECT n.entity, n.display, n.norm, e.pagerank FROM (${candidates}) m JOIN entity_names n ON n.rowid = m.id
         JOIN entities e ON e.key = n.entity WHERE 1 = 1${this.typeFilter(types)}
         ORDER BY e.pagerank DESC, n.entity LIMIT ?`,
        [...params, ...types, limit],
      );
      return this.names(rows);
    }
    if (await this.hasTrigrams()) {
      // The trigram index finds names containing the text; the second test keeps those where it starts a word.
      const rows = await this.db.all<Row>(
        `SELECT n.entity, n.display, n.norm, e.pagerank FROM (
           SELECT entity, display, norm FROM entity_names WHERE norm LIKE ? AND (' ' || norm) LIKE ? LIMIT ${PREFIX_SCAN}
         ) n JOIN entities e ON e.key = n.entity WHERE 1 = 1${this.typeFilter(types)}
         ORDER BY e.pagerank DESC, n.entity LIMIT ?`,
        [`%${norm}%`, `% ${norm}%`, ...types, limit],
      );
      return this.names(rows);
    }
    // Without pg_trgm: prefixes of whole names, through the text_pattern_ops index.
    const rows = await this.db.all<Row>(
      `SELECT n.entity, n.display, n.norm, e.pagerank FROM (
         SELECT entity, display, norm FROM entity_names WHERE norm LIKE ? LIMIT ${PREFIX_SCAN}
       ) n JOIN entities e ON e.key = n.entity WHERE 1 = 1${this.typeFilter(types)}
       ORDER BY e.pagerank DESC, n.entity LIMIT ?`,
      [`${norm}%`, ...types, limit],
    );
    return this.names(rows);
  }

  /**
   * Names with a word starting with `prefix`, strongest (PageRank) first, the top `limit` exactly: name_word_ranks
   * lists each word's names in PageRank order, so the distinct words in the prefix's range are found by one seek
   * each and the top of each is read; only a prefix that starts very many distinct words (one or two letters) is
   * answered by reading its whole range, still from the index alone.
   */
  private async wordPrefix(prefix: string, types: readonly EntityType[], limit: number): Promise<StoreNameMatch[]> {
    const end = `${prefix}\u{10ffff}`;
    const typeTest = types.length > 0 ? ` AND w.type IN (${placeholders(types.length)})` : "";
    // The distinct words in the prefix's range, one index seek each, in one statement (a loose index scan).
    const words = (
      await this.db.all<{ word: string }>(
        `WITH RECURSIVE words(word, n) AS (
           SELECT * FROM (SELECT word, 1 FROM name_word_ranks WHERE word >= ? AND word < ? ORDER BY word LIMIT 1) f
           UNION ALL
           SELECT (SELECT w.word FROM name_word_ranks w WHERE w.word > words.word AND w.word < ? ORDER BY w.word LIMIT 1),
             n + 1
           FROM words WHERE words.word IS NOT NULL AND n <= ?)
         SELECT word FROM words WHERE word IS NOT NULL`,
        [prefix, end, end, PREFIX_WORDS],
      )
    ).map((r) => String(r.word));
    if (words.length === 0) return [];
    let ranked: Row[];
    if (words.length > PREFIX_WORDS)
      ranked = await this.db.all<Row>(
        `SELECT w.entity, w.ord, w.pagerank FROM name_word_ranks w WHERE w.word >= ? AND w.word < ?${typeTest}
         ORDER BY w.pagerank DESC, w.entity, w.ord LIMIT ?`,
        [prefix, end, ...types, limit],
      );
    else if (this.db.engine === "postgres")
      ranked = await this.db.all<Row>(
        `SELECT x.* FROM unnest(?::text[]) AS k(word) CROSS JOIN LATERAL (
           SELECT w.entity, w.ord, w.pagerank FROM name_word_ranks w WHERE w.word = k.word${typeTest}
           ORDER BY w.pagerank DESC, w.entity, w.ord LIMIT ?) AS x`,
        [words as unknown as string, ...types, limit],
      );
    else {
      ranked = [];
      for (const word of words)
        ranked.push(
          ...(await this.db.all<Row>(
            `SELECT w.entity, w.ord, w.pagerank FROM name_word_ranks w WHERE w.word = ?${typeTest}
             ORDER BY w.pagerank DESC, w.entity, w.ord LIMIT ?`,
            [word, ...types, limit],
          )),
        );
    }
    // One row per name (a name whose two words both start with the prefix comes twice), strongest first.
    const seen = new Set<string>();
    const top = ranked
      .sort(
        (a, b) =>
          Number(b.pagerank) - Number(a.pagerank) ||
          (String(a.entity) < String(b.entity) ? -1 : String(a.entity) > String(b.entity) ? 1 : 0) ||
          Number(a.ord) - Number(b.ord),
      )
      .filter((r) => {
        const id = `${String(r.entity)}\u0000${Number(r.ord)}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
      .slice(0, limit);
    if (top.length === 0) return [];
    const names = await this.db.all<Row>(
      `SELECT n.entity, n.ord, n.display, n.norm FROM entity_names n
       WHERE ${top.map(() => "(n.entity = ? AND n.ord = ?)").join(" OR ")}`,
      top.flatMap((r) => [String(r.entity), Number(r.ord)]),
    );
    const byName = new Map(names.map((n) => [`${String(n.entity)}\u0000${Number(n.ord)}`, n]));
    return top.flatMap((r) => {
      const n = byName.get(`${String(r.entity)}\u0000${Number(r.ord)}`);
      return n
        ? [
            {
              entityId: String(r.entity),
              display: String(n.display),
              norm: String(n.norm),
              pagerank: Number(r.pagerank),
            },
          ]
        : [];
    });
  }

  async namesLike(norm: string, types: readonly EntityType[], limit: number): Promise<StoreNameMatch[]> {
    if (norm.length < 3) return [];
    if (this.db.engine === "postgres") {
      if (!(await this.hasTrigrams())) return [];
      const rows = await this.db.all<Row>(
        `SELECT n.entity, n.display, n.norm, e.pagerank FROM entity_names n JOIN entities e ON e.key = n.entity
         WHERE (n.norm % ? OR ? <% n.norm)${this.typeFilter(types)}
         ORDER BY word_similarity(?, n.norm) DESC, e.pagerank DESC, n.entity LIMIT ?`,
        [norm, norm, ...types, norm, limit],
      );
      return this.names(rows);
    }
    // Shared trigrams per name, counted over the query's trigrams (each an FTS5 trigram lookup).
    const grams = new Set<string>();
    for (let i = 0; i + 3 <= norm.length; i++) grams.add(norm.slice(i, i + 3));
    const shared = new Map<number, number>();
    const list = [...grams];
    const common = new Set(
      (
        await this.db.all<{ term: string }>(
          `SELECT term FROM entity_name_gram_counts WHERE term IN (${placeholders(list.length)}) AND doc >= ?`,
          [...list, GRAM_POSTINGS],
        )
      ).map((r) => r.term),
    );
    for (const gram of list) {
      if (common.has(gram)) continue;
      const rows = await this.db.all<{ id: number }>(
        `SELECT rowid AS id FROM entity_name_grams WHERE entity_name_grams MATCH ? LIMIT ${GRAM_POSTINGS}`,
        [`"${gram}"`],
      );
      if (rows.length >= GRAM_POSTINGS) continue;
      for (const { id } of rows) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const minShared = Math.max(1, Math.floor(grams.size / 3));
    const best = [...shared.entries()]
      .filter(([, n]) => n >= minShared)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
    const out: StoreNameMatch[] = [];
    for (const group of chunks(best)) {
      const rows = await this.db.all<Row>(
        `SELECT n.rowid AS id, n.entity, n.display, n.norm, e.pagerank FROM entity_names n
         JOIN entities e ON e.key = n.entity WHERE n.rowid IN (${placeholders(group.length)})${this.typeFilter(types)}`,
        [...group, ...types],
      );
      const byId = new Map(rows.map((r) => [Number(r.id), r]));
      out.push(...this.names(group.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined)));
    }
    return out;
  }

  search(query: string, types: readonly EntityType[] | null, limit: number): Promise<StoreSearchMatch[]> {
    return searchEntities(this, query, types, limit);
  }

  private entityWhere(filter: StoreEntityFilter | null): { sql: string; params: SqlValue[] } {
    const parts: string[] = [];
    const params: SqlValue[] = [];
    if (filter?.types && filter.types.length > 0) {
      parts.push(`e.type IN (${placeholders(filter.types.length)})`);
      params.push(...filter.types);
    }
    if (typeof filter?.community === "number") {
      parts.push("e.community = ?");
      params.push(filter.community);
    }
    if (filter?.document) {
      parts.push("e.key IN (SELECT entity FROM mentions WHERE doc = ?)");
      params.push(filter.document);
    }
    if (typeof filter?.minDegree === "number") {
      parts.push("e.degree >= ?");
      params.push(filter.minDegree);
    }
    return { sql: parts.length > 0 ? parts.join(" AND ") : "1 = 1", params };
  }

  async entityPage(
    filter: StoreEntityFilter | null,
    order: StoreEntityOrder,
    asc: boolean,
    offset: number,
    limit: number,
  ): Promise<StoreEntity[]> {
    const column = { DEGREE: "e.degree", PAGERANK: "e.pagerank", MENTIONS: "e.mention_count", NAME: "e.sort_name" }[
      order
    ];
    // Numbers: DESC is largest first, ties by id. NAME: ASC is A to Z (case and accents folded), DESC Z to A,
    // in byte order on both engines (PostgreSQL's "C" collation, as its index entities_sort_name is built).
    const c = this.db.engine === "postgres" ? ' COLLATE "C"' : "";
    const orderBy =
      order === "NAME"
        ? asc
          ? `${column}${c} ASC, e.key${c} ASC`
          : `${column}${c} DESC, e.key${c} DESC`
        : asc
          ? `${column} ASC, e.key DESC`
          : `${column} DESC, e.key ASC`;
    const { sql, params } = this.entityWhere(filter);
    const rows = await this.db.all<Row>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE ${sql} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return this.entityRows(rows);
  }

  async entityCount(filter: StoreEntityFilter | null): Promise<number> {
    const { sql, params } = this.entityWhere(filter);
    const [row] = await this.db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM entities e WHERE ${sql}`, params);
    return Number(row?.n ?? 0);
  }

  async topEntities(limit: number): Promise<StoreEntity[]> {
    return this.entityPage(null, "PAGERANK", false, 0, limit);
  }

  async communities(limit: number): Promise<{ id: number; size: number }[]> {
    const rows = await this.db.all<Row>(
      "SELECT community, COUNT(*) AS n FROM entities GROUP BY community ORDER BY n DESC, community LIMIT ?",
      [limit],
    );
    return rows.map((r) => ({ id: Math.trunc(Number(r.community)), size: Number(r.n) }));
  }

  async communityMembers(community: number, limit: number): Promise<StoreEntity[]> {
    const rows = await this.db.all<Row>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.community = ? ORDER BY e.pagerank DESC, e.key LIMIT ?`,
      [community, limit],
    );
    return this.entityRows(rows);
  }

  // ---- relations ----

  private relation(r: Row): StoreRelation {
    return { ...this.relationRow(r), docIds: json<string[]>(r.docs, []) };
  }

  private relationRow(r: Row): StoreRelationRow {
    const label = str(r.label) ?? String(r.category).toLowerCase();
    const labels = json<string[]>(r.labels, []);
    return {
      id: String(r.key),
      sourceId: String(r.source),
      targetId: String(r.target),
      category: r.category as RelationCategory,
      label,
      labels: labels.length > 0 ? labels : [label],
      confidence: Number(r.confidence),
      weight: Math.trunc(Number(r.weight)),
      date: str(r.date),
      quantities: json<Quantity[] | null>(r.quantities, null) ?? [],
      cameo: str(r.cameo),
      curated: r.curated === true || r.curated === 1,
      note: str(r.note),
      firstDate: str(r.first_date),
    };
  }

  async relations(ids: readonly string[]): Promise<Map<string, StoreRelation>> {
    const out = new Map<string, StoreRelation>();
    for (const group of chunks([...new Set(ids)])) {
      const rows = await this.db.all<Row>(
        `SELECT ${RELATION_COLUMNS} FROM relations r
         WHERE r.key IN (${placeholders(group.length)}) AND r.category <> 'MENTIONS'`,
        group,
      );
      for (const r of rows) out.set(String(r.key), this.relation(r));
    }
    return out;
  }

  async relationPage(
    filter: StoreRelationFilter | null,
    order: StoreRelationOrder,
    asc: boolean,
    offset: number,
    limit: number,
  ): Promise<StoreRelation[]> {
    const column = { CONFIDENCE: "r.confidence", WEIGHT: "r.weight", DATE: `COALESCE(${this.firstDate}, '')` }[order];
    const orderBy = asc ? `${column} ASC, r.key DESC` : `${column} DESC, r.key ASC`;
    const { sql, params } = this.where(filter);
    const rows = await this.db.all<Row>(
      `SELECT ${RELATION_COLUMNS} FROM relations r WHERE ${sql} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return rows.map((r) => this.relation(r));
  }

  async relationCount(filter: StoreRelationFilter | null): Promise<number> {
    const { sql, params } = this.where(filter);
    const [row] = await this.db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM relations r WHERE ${sql}`, params);
    return Number(row?.n ?? 0);
  }

  async relationsOf(
    ids: readonly string[],
    filter: StoreRelationFilter | null,
    perEntity: number,
  ): Promise<Map<string, StoreRelation[]>> {
    return this.strongest(ids, filter, perEntity, RELATION_COLUMNS, (r) => this.relation(r));
  }

  /**
   * relationsOf with only the ends and the strength: what a breadth-first search ranks candidates by. It skips
   * reading and parsing the rows' JSON (`docs` alone lists thousands of documents on a relation between two
   * countries), which was most of a depth-2 neighbourhood's time around central entities.
   */
  async strongestEnds(
    ids: readonly string[],
    filter: StoreRelationFilter | null,
    perEntity: number,
  ): Promise<Map<string, RelationEnds[]>> {
    return this.strongest(ids, filter, perEntity, END_COLUMNS, relationEnds);
  }

  /**
   * Each entity's `perEntity` strongest distinct neighbours with the strength of its strongest relation to each,
   * strongest first (as neighbor_summary orders them). Unfiltered and within the summary's size, read from
   * neighbor_summary by its key, a hub's list as cheap as anyone's; else ranked from the relations.
   */
  async strongestNeighbours(
    ids: readonly string[],
    filter: StoreRelationFilter | null,
    perEntity: number,
  ): Promise<Map<string, Neighbour[]>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, Neighbour[]>(unique.map((id) => [id, []]));
    if (filter === null && perEntity <= NEIGHBOR_SUMMARY_SIZE) {
      for (const group of chunks(unique))
        for (const r of await this.db.all<Row>(
          `SELECT entity, neighbor, strength FROM neighbor_summary
           WHERE entity IN (${placeholders(group.length)}) AND ord <= ? ORDER BY entity, ord`,
          [...group, perEntity],
        ))
          out.get(String(r.entity))!.push({ id: String(r.neighbor), strength: Number(r.strength) });
      return out;
    }
    // A neighbour's first relation is its strongest. Several relations to one neighbour take several of the
    // perEntity read: an entity whose read was full but gave fewer neighbours is read again with twice as many.
    let pending = unique;
    for (let read = perEntity; pending.length > 0; read *= 2) {
      const again: string[] = [];
      for (const [id, relations] of await this.strongestEnds(pending, filter, read)) {
        const list: Neighbour[] = [];
        const seen = new Set<string>();
        for (const r of relations) {
          const other = r.sourceId === id ? r.targetId : r.sourceId;
          if (seen.has(other)) continue;
          seen.add(other);
          list.push({ id: other, strength: r.weight * r.confidence });
        }
        if (relations.length >= read && list.length < perEntity) again.push(id);
        else out.set(id, list.slice(0, perEntity));
      }
      pending = again;
    }
    return out;
  }

  private async strongest<T extends RelationEnds>(
    ids: readonly string[],
    filter: StoreRelationFilter | null,
    perEntity: number,
    columns: string,
    map: (r: Row) => T,
  ): Promise<Map<string, T[]>> {
    const out = new Map<string, T[]>();
    const { sql, params } = this.where(filter);
    const unique = [...new Set(ids)];
    if (this.db.engine === "postgres") {
      // One statement per end for the whole batch: an index range read per id (LATERAL), strongest first.
      const byId = new Map<string, T[]>(unique.map((id) => [id, []]));
      for (const group of chunks(unique))
        for (const [end, other] of [
          ["source", "target"],
          ["target", "source"],
        ] as const) {
          const rows = await this.db.all<Row>(
            `SELECT k.id AS at, x.* FROM unnest(?::text[]) AS k(id) CROSS JOIN LATERAL (
               SELECT ${columns} FROM relations r WHERE r.${end} = k.id AND r.${other} <> k.id AND ${sql}
               ORDER BY ${STRENGTH_ORDER} LIMIT ?) AS x`,
            [group as unknown as string, ...params, perEntity],
          );
          for (const r of rows) byId.get(String(r.at))!.push(map(r));
        }
      for (const [id, list] of byId) out.set(id, list.sort(strongestFirst).slice(0, perEntity));
      return out;
    }
    for (const id of unique) {
      const list: T[] = [];
      for (const [end, other] of [
        ["source", "target"],
        ["target", "source"],
      ] as const) {
        const rows = await this.db.all<Row>(
          `SELECT ${columns} FROM relations r WHERE r.${end} = ? AND r.${other} <> ? AND ${sql}
           ORDER BY ${STRENGTH_ORDER} LIMIT ?`,
          [id, id, ...params, perEntity],
        );
        for (const r of rows) list.push(map(r));
      }
      out.set(id, list.sort(strongestFirst).slice(0, perEntity));
    }
    return out;
  }

  async relationsAmong(
    ids: readonly string[],
    filter: StoreRelationFilter | null,
    max: number,
  ): Promise<StoreRelationRow[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || max <= 0) return [];
    const { sql, params } = this.where(filter);
    const all = placeholders(unique.length);
    // Sources in chunks, targets in the whole set: each chunk is an index range read per source, the target
    // tested on the rows read. With both lists as index conditions, either engine seeks the (source, target)
    // index once per source x target pair: for a hub's 2,000 neighbours that was millions of seeks (seconds).
    // SQLite reads the range from (source, target, category), so the target is tested on the index entry and only
    // the relations among the set are looked up in the table (the planner picks the strength index for the ORDER
    // BY, which looks up every relation of every source: twice the time). The rows come without `docs` (most of a
    // relation's bytes; the API shows none), so the ranking read is the only one. One more than `max` comes back,
    // so that a caller sees the cut.
    // A hub among the sources (a country, a wire service: tens of thousands of relations) would make its range
    // read most of the call; its relations into the set are found by one seek per member of the set instead.
    const target = unindexed(this.db.engine, "r.target");
    const byWalk = this.db.engine === "sqlite" ? " INDEXED BY relations_source_walk" : "";
    const found: StoreRelationRow[] = [];
    const hubs = await this.sourcesWithMore(unique, HUB_FACTOR * unique.length, sql, params);
    for (const group of chunks([...hubs])) {
      const rows = await this.db.all<Row>(
        // No ORDER BY: it would have the planner walk the hubs' strength index (every row) instead of seeking
        // (source, target) per hub and member; at most one row per pair and category comes back, ranked below.
        // One statement for all the hubs: a depth-2 neighbourhood of a top entity holds about 14 (2.1 -> 1.1 ms).
        `SELECT ${RELATION_ROW_COLUMNS} FROM relations r
         WHERE r.source IN (${placeholders(group.length)}) AND r.target IN (${all}) AND ${sql}`,
        [...group, ...unique, ...params],
      );
      for (const r of rows) found.push(this.relationRow(r));
    }
    for (const group of chunks(unique.filter((id) => !hubs.has(id)))) {
      const rows = await this.db.all<Row>(
        `SELECT ${RELATION_ROW_COLUMNS} FROM relations r${byWalk}
         WHERE r.source IN (${placeholders(group.length)}) AND ${target} IN (${all}) AND ${sql}
         ORDER BY ${STRENGTH_ORDER} LIMIT ?`,
        [...group, ...unique, ...params, max + 1],
      );
      for (const r of rows) found.push(this.relationRow(r));
    }
    return found.sort(strongestFirst).slice(0, max + 1);
  }

  /** The ids that are the source of more than `more` relations passing the filter (an index skip of `more` each). */
  private async sourcesWithMore(
    ids: readonly string[],
    more: number,
    sql: string,
    params: readonly SqlValue[],
  ): Promise<Set<string>> {
    const out = new Set<string>();
    for (const group of chunks(ids)) {
      const rows = await this.db.all<Row>(
        `WITH ids(id) AS (VALUES ${group.map(() => "(?)").join(", ")})
         SELECT id FROM ids WHERE EXISTS (
           SELECT 1 FROM relations r WHERE r.source = ids.id AND ${sql} LIMIT 1 OFFSET ?)`,
        [...group, ...params, more],
      );
      for (const r of rows) out.add(String(r.id));
    }
    return out;
  }

  async relationsBetween(
    id: string,
    others: readonly string[],
    filter: StoreRelationFilter | null,
  ): Promise<StoreRelation[]> {
    const { sql, params } = this.where(filter);
    const out: StoreRelation[] = [];
    for (const group of chunks([...new Set(others)])) {
      const list = placeholders(group.length);
      const rows = await this.db.all<Row>(
        `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.source = ? AND r.target IN (${list}) AND ${sql}
         UNION ALL
         SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.target = ? AND r.source IN (${list}) AND ${sql}`,
        [id, ...group, ...params, id, ...group, ...params],
      );
      for (const r of rows) out.push(this.relation(r));
    }
    return out.sort(strongestFirst);
  }

  async neighbours(ids: readonly string[], filter: StoreRelationFilter | null): Promise<[string, string][]> {
    const { sql, params } = this.where(filter);
    const out: [string, string][] = [];
    for (const group of chunks([...new Set(ids)])) {
      const list = placeholders(group.length);
      const rows = await this.db.all<Row>(
        `SELECT r.source AS at, r.target AS other FROM relations r WHERE r.source IN (${list}) AND ${sql}
         UNION ALL
         SELECT r.target AS at, r.source AS other FROM relations r WHERE r.target IN (${list}) AND ${sql}`,
        [...group, ...params, ...group, ...params],
      );
      for (const r of rows) out.push([String(r.at), String(r.other)]);
    }
    return out;
  }

  /** Each entity's degree (distinct neighbours, as the build computed it): what expanding it in a search costs. */
  async degrees(ids: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const group of chunks([...new Set(ids)]))
      for (const r of await this.db.all<Row>(
        `SELECT key, degree FROM entities WHERE key IN (${placeholders(group.length)})`,
        group,
      ))
        out.set(String(r.key), Number(r.degree));
    return out;
  }

  /**
   * The pairs [a, b], a in `ids` and b in `others`, with a relation between them passing the filter: one seek of
   * the (source, target) indexes per pair, reading neither side's other relations.
   */
  async linksBetween(
    ids: readonly string[],
    others: readonly string[],
    filter: StoreRelationFilter | null,
  ): Promise<[string, string][]> {
    const { sql, params } = this.where(filter);
    const out = new Map<string, [string, string]>();
    const all = [...new Set(others)];
    for (const group of chunks([...new Set(ids)]))
      for (const part of chunks(all)) {
        const a = placeholders(group.length);
        const b = placeholders(part.length);
        const rows = await this.db.all<Row>(
          `SELECT r.source AS at, r.target AS other FROM relations r WHERE r.source IN (${a}) AND r.target IN (${b}) AND ${sql}
           UNION ALL
           SELECT r.target AS at, r.source AS other FROM relations r WHERE r.target IN (${a}) AND r.source IN (${b}) AND ${sql}`,
          [...group, ...part, ...params, ...group, ...part, ...params],
        );
        for (const r of rows) out.set(`${String(r.at)}\u0000${String(r.other)}`, [String(r.at), String(r.other)]);
      }
    return [...out.values()];
  }

  neighbourhood(
    focusId: string,
    depth: number,
    limit: number,
    maxEdges: number,
    filter: StoreRelationFilter | null,
    tick?: () => void,
  ): Promise<StoreSubgraph> {
    return neighborhood(this, focusId, depth, limit, maxEdges, filter, tick);
  }

  shortestPaths(
    from: string,
    to: string,
    filter: StoreRelationFilter | null,
    maxPaths: number,
    tick?: () => void,
  ): Promise<StorePath[]> {
    return shortestPaths(this, from, to, filter, maxPaths, tick);
  }

  async relationsAfter(
    filter: StoreRelationFilter | null,
    afterKey: string | null,
    limit: number,
  ): Promise<StoreRelation[]> {
    const { sql, params } = this.where(filter);
    const rows = await this.db.all<Row>(
      `SELECT ${RELATION_COLUMNS} FROM relations r WHERE ${sql}${afterKey !== null ? " AND r.key > ?" : ""}
       ORDER BY r.key LIMIT ?`,
      [...params, ...(afterKey !== null ? [afterKey] : []), limit],
    );
    return rows.map((r) => this.relation(r));
  }

  async edgeRowsAfter(
    filter: StoreRelationFilter | null,
    afterKey: string | null,
    limit: number,
  ): Promise<StoreEdgeRow[]> {
    const { sql, params } = this.where(filter);
    // The relation's columns all come from relations_edge_rows (migration 013); the ends by key.
    const rows = await this.db.all<Row>(
      `SELECT r.key, r.source, r.target, r.category, r.label, r.weight, r.confidence, r.first_date,
         s.label AS source_label, s.type AS source_type, t.label AS target_label, t.type AS target_type
       FROM relations r JOIN entities s ON s.key = r.source JOIN entities t ON t.key = r.target
       WHERE ${sql}${afterKey !== null ? " AND r.key > ?" : ""} ORDER BY r.key LIMIT ?`,
      [...params, ...(afterKey !== null ? [afterKey] : []), limit],
    );
    return rows.map((r) => ({
      id: String(r.key),
      sourceId: String(r.source),
      targetId: String(r.target),
      category: r.category as RelationCategory,
      label: str(r.label) ?? String(r.category).toLowerCase(),
      weight: Math.trunc(Number(r.weight)),
      confidence: Number(r.confidence),
      firstDate: str(r.first_date),
      sourceLabel: str(r.source_label) ?? String(r.source),
      sourceType: r.source_type as EntityType,
      targetLabel: str(r.target_label) ?? String(r.target),
      targetType: r.target_type as EntityType,
    }));
  }

  async evidence(relationIds: readonly string[]): Promise<Map<string, StoreEvidence[]>> {
    const out = new Map<string, StoreEvidence[]>();
    for (const group of chunks([...new Set(relationIds)])) {
      const rows = await this.db.all<Row>(
        `SELECT relation, doc, start_offset, end_offset, text, trigger_start, trigger_end FROM evidence
         WHERE relation IN (${placeholders(group.length)}) ORDER BY relation, ord`,
        group,
      );
      for (const r of rows) {
        const ev: StoreEvidence = {
          docId: String(r.doc),
          start: Number(r.start_offset),
          end: Number(r.end_offset),
          text: String(r.text),
          trigger:
            r.trigger_start === null || r.trigger_start === undefined
              ? null
              : { start: Number(r.trigger_start), end: Number(r.trigger_end) },
        };
        const list = out.get(String(r.relation));
        if (list) list.push(ev);
        else out.set(String(r.relation), [ev]);
      }
    }
    return out;
  }

  // ---- documents and mentions ----

  private document(r: Row): StoreDocument {
    const id = String(r.key);
    return {
      id,
      title: str(r.title) ?? str(r.label) ?? id,
      publisher: str(r.publisher),
      date: str(r.date),
      url: str(r.url),
      source: str(r.source),
      file: str(r.file) ?? "",
      wordCount: Number(r.word_count ?? 0),
      text: typeof r.text === "string" ? r.text : "",
    };
  }

  async documents(ids: readonly string[]): Promise<Map<string, StoreDocument>> {
    const out = new Map<string, StoreDocument>();
    for (const group of chunks([...new Set(ids)])) {
      const rows = await this.db.all<Row>(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.key IN (${placeholders(group.length)})`,
        group,
      );
      for (const r of rows) out.set(String(r.key), this.document(r));
    }
    return out;
  }

  async documentPage(offset: number, limit: number): Promise<StoreDocument[]> {
    const rows = await this.db.all<Row>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY COALESCE(d.date, '') DESC, d.title, d.key LIMIT ? OFFSET ?`,
      [limit, offset],
    );
    return rows.map((r) => this.document(r));
  }

  async documentCount(): Promise<number> {
    const [row] = await this.db.all<{ n: number }>("SELECT COUNT(*) AS n FROM documents");
    return Number(row?.n ?? 0);
  }

  async documentsWithFile(file: string): Promise<string[]> {
    const rows = await this.db.all<{ key: string }>(
      "SELECT key FROM documents WHERE file = ? OR substr(file, length(file) - ?) = ? ORDER BY key",
      [file, file.length, `/${file}`],
    );
    return rows.map((r) => String(r.key));
  }

  async documentsOf(entityId: string, limit: number): Promise<StoreDocument[]> {
    const docs =
      this.db.engine === "sqlite"
        ? "json_each((SELECT docs FROM entities WHERE key = ?)) j"
        : "jsonb_array_elements_text((SELECT docs FROM entities WHERE key = ?)) WITH ORDINALITY AS j(value, key)";
    const rows = await this.db.all<Row>(
      `SELECT ${DOCUMENT_COLUMNS} FROM ${docs} JOIN documents d ON d.key = j.value
       ORDER BY COALESCE(d.date, '') DESC, j.key LIMIT ?`,
      [entityId, limit],
    );
    return rows.map((r) => this.document(r));
  }

  private mention(r: Row): StoreMention {
    return {
      entityId: String(r.entity),
      docId: String(r.doc),
      start: Number(r.start_offset),
      end: Number(r.end_offset),
      text: String(r.text),
      sentence: Number(r.sentence),
    };
  }

  async mentionsOf(entityId: string, documentId: string | null, limit: number): Promise<StoreMention[]> {
    const rows = await this.db.all<Row>(
      `SELECT entity, doc, start_offset, end_offset, text, sentence FROM mentions
       WHERE entity = ?${documentId !== null ? " AND doc = ?" : ""} ORDER BY ord LIMIT ?`,
      [entityId, ...(documentId !== null ? [documentId] : []), limit],
    );
    return rows.map((r) => this.mention(r));
  }

  async mentionsIn(documentId: string, range: { start: number; end: number } | null): Promise<StoreMention[]> {
    const rows = await this.db.all<Row>(
      `SELECT entity, doc, start_offset, end_offset, text, sentence FROM mentions WHERE doc = ?` +
        (range ? " AND start_offset >= ? AND start_offset < ? AND end_offset <= ?" : "") +
        " ORDER BY start_offset, end_offset, entity",
      [documentId, ...(range ? [range.start, range.end, range.end] : [])],
    );
    return rows.map((r) => this.mention(r));
  }

  async entitiesIn(documentId: string): Promise<string[]> {
    const rows = await this.db.all<{ entity: string }>(
      "SELECT entity FROM mentions WHERE doc = ? GROUP BY entity ORDER BY MIN(start_offset), entity",
      [documentId],
    );
    return rows.map((r) => String(r.entity));
  }

  async counts(): Promise<StoreGraphCounts> {
    const [entities] = await this.db.all<{ n: number }>("SELECT COUNT(*) AS n FROM entities");
    const [documents] = await this.db.all<{ n: number }>("SELECT COUNT(*) AS n FROM documents");
    const [build] = await this.db.all<{ built_at: string | null }>(
      "SELECT built_at FROM builds ORDER BY version DESC LIMIT 1",
    );
    const types = new Map(
      (await this.db.all<Row>("SELECT type, COUNT(*) AS n FROM entities GROUP BY type")).map((r) => [
        String(r.type),
        Number(r.n),
      ]),
    );
    const categories = new Map(
      (
        await this.db.all<Row>(
          "SELECT r.category, COUNT(*) AS n FROM relations r WHERE r.category <> 'MENTIONS' GROUP BY r.category",
        )
      ).map((r) => [String(r.category), Number(r.n)]),
    );
    const relationsByCategory = RELATION_CATEGORIES.filter((c) => categories.has(c))
      .map((category) => ({ category, count: categories.get(category)! }))
      .sort((a, b) => b.count - a.count);
    return {
      entityCount: Number(entities?.n ?? 0),
      relationCount: relationsByCategory.reduce((sum, c) => sum + c.count, 0),
      documentCount: Number(documents?.n ?? 0),
      entitiesByType: ENTITY_TYPES.filter((t) => types.has(t)).map((type) => ({ type, count: types.get(type)! })),
      relationsByCategory,
      builtAt: str(build?.built_at),
    };
  }

  async facets(entities: StoreEntityFilter | null, relations: StoreRelationFilter | null): Promise<StoreFacets> {
    return readFacets(this.db, this.entityWhere(entities), this.where(relations));
  }
}
