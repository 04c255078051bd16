// Whole-store aggregates for an explorer that loads only part of the graph (GraphReader.facets): entity counts per
// type, relation counts per category, and the relation date range as the date filter reads dates (first_date: a
// relation's own date, else its earliest document's), each one GROUP BY or MIN/MAX over the filtered rows.
import type { EntityType, RelationCategory, StoreFacets } from "@newskg/graph-model";
import { ENTITY_TYPES, RELATION_CATEGORIES } from "@newskg/graph-model";
import type { Db, SqlValue } from "./db.js";

type Where = { sql: string; params: SqlValue[] };
type Range = { lo: string | null; hi: string | null };

const day = (col: string) => `substr(${col}, 1, 10)`;

/** `entities` is a condition on `entities e`, `relations` one on `relations r` (MENTIONS already excluded). */
export async function readFacets(db: Db, entities: Where, relations: Where): Promise<StoreFacets> {
  const types = new Map(
    (
      await db.all<{ type: string; n: number }>(
        `SELECT e.type AS type, COUNT(*) AS n FROM entities e WHERE ${entities.sql} GROUP BY e.type`,
        entities.params,
      )
    ).map((r) => [String(r.type), Number(r.n)]),
  );
  const categories = new Map(
    (
      await db.all<{ category: string; n: number }>(
        `SELECT r.category AS category, COUNT(*) AS n FROM relations r WHERE ${relations.sql} GROUP BY r.category`,
        relations.params,
      )
    ).map((r) => [String(r.category), Number(r.n)]),
  );
  const [range] = await db.all<Range>(
    `SELECT MIN(${day("r.first_date")}) AS lo, MAX(${day("r.first_date")}) AS hi FROM relations r
     WHERE ${relations.sql} AND NULLIF(r.first_date, '') IS NOT NULL`,
    relations.params,
  );
  const lo = typeof range?.lo === "string" && range.lo !== "" ? range.lo : null;
  const hi = typeof range?.hi === "string" && range.hi !== "" ? range.hi : null;
  const entitiesByType = ENTITY_TYPES.filter((t) => types.has(t)).map((type: EntityType) => ({
    type,
    count: types.get(type)!,
  }));
  const relationsByCategory = RELATION_CATEGORIES.filter((c) => categories.has(c))
    .map((category: RelationCategory) => ({ category, count: categories.get(category)! }))
    .sort((a, b) => b.count - a.count);
  return {
    entityCount: entitiesByType.reduce((sum, t) => sum + t.count, 0),
    relationCount: relationsByCategory.reduce((sum, c) => sum + c.count, 0),
    entitiesByType,
    relationsByCategory,
    dateRange: lo !== null && hi !== null ? { from: lo, to: hi } : null,
  };
}
