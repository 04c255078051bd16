// neighbor_summary (migration 014): each entity's strongest distinct neighbours, in the order a breadth-first
// neighbourhood offers them (its strongest relation to each, by weight x confidence, then confidence, then key),
// MENTIONS and self-relations left out, at most NEIGHBOR_SUMMARY_SIZE per entity. A neighbourhood reads a hub's
// top neighbours from its primary key instead of ranking its thousands of relations per request. Every write of
// relations rewrites the lists of the entities at the ends of what it inserted, changed or deleted, in its own
// transaction (sqlGraphStore.ts), so the table always describes the relations beside it.
import type { Db } from "./db.js";
import { placeholders } from "./db.js";

/** Neighbours kept per entity: the API's default neighbourhood limit (200) and more are answered from the table. */
export const NEIGHBOR_SUMMARY_SIZE = 256;
/** Past this many entities to rewrite, the whole table is rewritten from the relations (one sort). */
const WHOLE_TABLE = 20_000;
const CHUNK = 500;

/**
 * The rows of the summary for the entities in `ids` (a placeholder list), or for every entity; the same
 * statement as migrations/<engine>/014_neighbor_summary.sql fills the table with.
 */
export function neighborSummarySelect(engine: "sqlite" | "postgres", ids: string | null): string {
  const key = engine === "postgres" ? 'key COLLATE "C"' : "key";
  const at = (end: string) => (ids === null ? "" : ` AND r.${end} IN (${ids})`);
  return `SELECT entity, ord, neighbor, strength FROM (
    SELECT entity, neighbor, strength,
      ROW_NUMBER() OVER (PARTITION BY entity ORDER BY strength DESC, confidence DESC, ${key}) AS ord
    FROM (
      SELECT entity, neighbor, strength, confidence, key,
        ROW_NUMBER() OVER (PARTITION BY entity, neighbor ORDER BY strength DESC, confidence DESC, ${key}) AS nth
      FROM (
        SELECT r.source AS entity, r.target AS neighbor, r.weight * r.confidence AS strength, r.confidence, r.key
        FROM relations r WHERE r.category <> 'MENTIONS' AND r.source <> r.target${at("source")}
        UNION ALL
        SELECT r.target AS entity, r.source AS neighbor, r.weight * r.confidence AS strength, r.confidence, r.key
        FROM relations r WHERE r.category <> 'MENTIONS' AND r.source <> r.target${at("target")}
      ) ends
    ) pairs WHERE nth = 1
  ) ranked WHERE ord <= ${NEIGHBOR_SUMMARY_SIZE}`;
}

/** An entity's strongest distinct neighbours as the summary lists them (StoreReader.strongestNeighbours). */
export type RankNeighbours = (
  ids: readonly string[],
  perEntity: number,
) => Promise<Map<string, { id: string; strength: number }[]>>;

/**
 * Rewrites the summary of these entities (an entity without relations is left without rows), or of all. Each
 * entity comes with the strength of the strongest relation of it that was inserted, changed or deleted: an entity
 * whose list is full and ends above that strength keeps its list (weaker relations, before or after, cannot enter
 * it nor be any listed neighbour's strongest), which spares a hub most writes. A few entities are ranked from the
 * strength indexes (a hub's top relations only, where the window statement would sort all its thousands); many,
 * or all, by the one statement over every relation.
 */
export async function refreshNeighborSummary(
  tx: Db,
  entities: ReadonlyMap<string, number> | "all",
  rank: RankNeighbours,
): Promise<void> {
  if (entities !== "all" && entities.size === 0) return;
  if (entities === "all" || entities.size > WHOLE_TABLE) {
    await tx.run("DELETE FROM neighbor_summary");
    await tx.run(
      `INSERT INTO neighbor_summary (entity, ord, neighbor, strength) ${neighborSummarySelect(tx.engine, null)}`,
    );
    return;
  }
  const all = [...entities.keys()];
  for (let i = 0; i < all.length; i += CHUNK) {
    const touched = all.slice(i, i + CHUNK);
    const list = placeholders(touched.length);
    const full = await tx.all<{ entity: string; strength: number }>(
      `SELECT entity, strength FROM neighbor_summary WHERE entity IN (${list}) AND ord = ?`,
      [...touched, NEIGHBOR_SUMMARY_SIZE],
    );
    const kept = new Set(
      full.filter((r) => entities.get(String(r.entity))! < Number(r.strength)).map((r) => String(r.entity)),
    );
    const group = touched.filter((id) => !kept.has(id));
    if (group.length === 0) continue;
    const ranked = await rank(group, NEIGHBOR_SUMMARY_SIZE);
    await tx.run(`DELETE FROM neighbor_summary WHERE entity IN (${placeholders(group.length)})`, group);
    const rows: (string | number)[][] = [];
    for (const [entity, neighbours] of ranked)
      neighbours.forEach((n, at) => rows.push([entity, at + 1, n.id, n.strength]));
    await tx.insertMany("neighbor_summary", ["entity", "ord", "neighbor", "strength"], rows);
  }
}
