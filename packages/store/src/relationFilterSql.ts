// The API's RelationFilter as a SQL condition on `relations r` (MENTIONS always excluded, so the partial indexes
// apply). Dates: a relation's date is first_date (its own, else its earliest document's); a partial date covers a
// range ("2022-09" is 2022-09-01 to 2022-09-31; string comparison suffices), kept when it overlaps [from, to].
import type { StoreRelationFilter } from "@newskg/graph-model";
import type { SqlValue } from "./db.js";
import { placeholders } from "./db.js";

export const dateRangeStart = (date: string): string => {
  const d = date.slice(0, 10);
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
};
export const dateRangeEnd = (date: string): string => {
  const d = date.slice(0, 10);
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
};

const startSql = (col: string) =>
  `(CASE length(substr(${col}, 1, 10)) WHEN 4 THEN substr(${col}, 1, 4) || '-01-01' WHEN 7 THEN substr(${col}, 1, 7) || '-01' ELSE substr(${col}, 1, 10) END)`;
const endSql = (col: string) =>
  `(CASE length(substr(${col}, 1, 10)) WHEN 4 THEN substr(${col}, 1, 4) || '-12-31' WHEN 7 THEN substr(${col}, 1, 7) || '-31' ELSE substr(${col}, 1, 10) END)`;

export function relationFilterSql(
  _engine: "sqlite" | "postgres",
  filter: StoreRelationFilter | null | undefined,
): { sql: string; params: SqlValue[] } {
  const parts = ["r.category <> 'MENTIONS'"];
  const params: SqlValue[] = [];
  if (!filter) return { sql: parts[0]!, params };
  if (filter.categories && filter.categories.length > 0) {
    parts.push(`r.category IN (${placeholders(filter.categories.length)})`);
    params.push(...filter.categories);
  }
  if (filter.excludeCoOccurrence) parts.push("r.category <> 'CO_OCCURRENCE'");
  if (typeof filter.minConfidence === "number") {
    parts.push("r.confidence >= ?");
    params.push(filter.minConfidence);
  }
  if (filter.document) {
    parts.push("r.key IN (SELECT relation FROM evidence WHERE doc = ?)");
    params.push(filter.document);
  }
  if (filter.from || filter.to) {
    const from = filter.from ? dateRangeStart(filter.from) : "0000-00-00";
    const to = filter.to ? dateRangeEnd(filter.to) : "9999-99-99";
    parts.push(
      `(NULLIF(r.first_date, '') IS NOT NULL AND ${endSql("r.first_date")} >= ? AND ${startSql("r.first_date")} <= ?)`,
    );
    params.push(from, to);
  }
  if (filter.entityTypes && filter.entityTypes.length > 0) {
    const list = placeholders(filter.entityTypes.length);
    parts.push(
      `((SELECT type FROM entities WHERE key = r.source) IN (${list}) OR (SELECT type FROM entities WHERE key = r.target) IN (${list}))`,
    );
    params.push(...filter.entityTypes, ...filter.entityTypes);
  }
  // Both ends, as the API documents it and the explorer shows a community: the relations inside it.
  if (typeof filter.community === "number") {
    parts.push(
      "(SELECT community FROM entities WHERE key = r.source) = ? AND (SELECT community FROM entities WHERE key = r.target) = ?",
    );
    params.push(filter.community, filter.community);
  }
  return { sql: parts.join(" AND "), params };
}
