// Whole-store aggregates for an explorer that loads only part of the graph (GraphReader.facets): entity counts per
// type, relation counts per category, and the relation date range as the date filter reads dates (a relation's own
// date, else its documents' dates), each one GROUP BY or MIN/MAX over the filtered rows.
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
  const docs =
    db.engine === "sqlite"
      ? "relations r, json_each(r.docs) j JOIN documents fd ON fd.key = j.value"
      : "relations r CROSS JOIN LATERAL jsonb_array_elements_text(r.docs) AS j(value) JOIN documents fd ON fd.key = j.value";
  const [own] = await db.all<Range>(
    `SELECT MIN(${day("r.date")}) AS lo, MAX(${day("r.date")}) AS hi FROM relations r
     WHERE ${relations.sql} AND NULLIF(r.date, '') IS NOT NULL`,
    relations.params,
  );
  const [byDocs] = await db.all<Range>(
    `SELECT MIN(${day("fd.date")}) AS lo, MAX(${day("fd.date")}) AS hi FROM ${docs}
     WHERE ${relations.sql} AND NULLIF(r.date, '') IS NULL AND NULLIF(fd.date, '') IS NOT NULL`,
    relations.params,
  );
  const los = [own?.lo, byDocs?.lo].filter((d): d is string => typeof d === "string" && d !== "").sort();
  const his = [own?.hi, byDocs?.hi].filter((d): d is string => typeof d === "string" && d !== "").sort();
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
    dateRange: los.length > 0 ? { from: los[0]!, to: his[his.length - 1]! } : null,
  };
}
