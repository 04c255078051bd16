// RelationFilter / EntityFilter arguments (types generated from schema.graphql) checked and handed to the store,
// which applies them in SQL.
import type { StoreEntityFilter, StoreRelationFilter } from "@newskg/graph-model";
import type { EntityFilter, RelationFilter } from "@newskg/graph-model/schema";
import { badInput } from "../limits.js";

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkDate(name: string, value: string): string {
  if (!ISO_DATE.test(value))
    throw badInput(`"${name}" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}".`);
  return value;
}

/** The filter for the store (null when it asks for nothing); throws BAD_USER_INPUT on a malformed date. */
export function relationFilterOf(filter: RelationFilter | null | undefined): StoreRelationFilter | null {
  if (!filter) return null;
  if (filter.from) checkDate("from", filter.from);
  if (filter.to) checkDate("to", filter.to);
  const out: StoreRelationFilter = {};
  if (filter.categories && filter.categories.length > 0) out.categories = filter.categories;
  if (filter.excludeCoOccurrence) out.excludeCoOccurrence = true;
  if (typeof filter.minConfidence === "number") out.minConfidence = filter.minConfidence;
  if (filter.document) out.document = filter.document;
  if (filter.from) out.from = filter.from;
  if (filter.to) out.to = filter.to;
  if (filter.entityTypes && filter.entityTypes.length > 0) out.entityTypes = filter.entityTypes;
  if (typeof filter.community === "number") out.community = filter.community;
  return Object.keys(out).length > 0 ? out : null;
}

export function entityFilterOf(filter: EntityFilter | null | undefined): StoreEntityFilter | null {
  if (!filter) return null;
  const out: StoreEntityFilter = {};
  if (filter.types && filter.types.length > 0) out.types = filter.types;
  if (typeof filter.community === "number") out.community = filter.community;
  if (filter.document) out.document = filter.document;
  if (typeof filter.minDegree === "number") out.minDegree = filter.minDegree;
  return Object.keys(out).length > 0 ? out : null;
}

/** A stable cache key for a filter. */
export const filterKey = (filter: object | null): string => JSON.stringify(filter ?? null);
