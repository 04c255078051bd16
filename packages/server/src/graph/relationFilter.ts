// RelationFilter / EntityFilter as predicates. Built once per field call, applied to many records.
import type { EntityType, RelationCategory } from "@newskg/graph-model";
import type { EntityRecord, RelationRecord } from "../model.js";
import { badInput } from "../limits.js";
import type { GraphIndex } from "./buildGraphIndex.js";

export interface RelationFilterInput {
  categories?: RelationCategory[] | null;
  excludeCoOccurrence?: boolean | null;
  minConfidence?: number | null;
  document?: string | null;
  from?: string | null;
  to?: string | null;
  entityTypes?: EntityType[] | null;
  community?: number | null;
}

export interface EntityFilterInput {
  types?: EntityType[] | null;
  community?: number | null;
  document?: string | null;
  minDegree?: number | null;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkDate(name: string, value: string): string {
  if (!ISO_DATE.test(value))
    throw badInput(`"${name}" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}".`);
  return value;
}

// A partial date covers a range: "2022-09" runs from 2022-09-01 to 2022-09-31 (string comparison suffices).
const rangeStart = (date: string) => {
  const d = date.slice(0, 10);
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
};
const endOf = (date: string) => {
  const d = date.slice(0, 10);
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
};

export function relationPredicate(
  index: GraphIndex,
  filter: RelationFilterInput | null | undefined,
): ((relation: RelationRecord) => boolean) | null {
  if (!filter) return null;
  const tests: ((r: RelationRecord) => boolean)[] = [];
  if (filter.categories && filter.categories.length > 0) {
    const set = new Set<string>(filter.categories);
    tests.push((r) => set.has(r.category));
  }
  if (filter.excludeCoOccurrence) tests.push((r) => r.category !== "CO_OCCURRENCE");
  if (typeof filter.minConfidence === "number") {
    const min = filter.minConfidence;
    tests.push((r) => r.confidence >= min);
  }
  if (filter.document) {
    const doc = filter.document;
    tests.push((r) => r.docIds.includes(doc));
  }
  if (filter.from || filter.to) {
    const from = filter.from ? rangeStart(checkDate("from", filter.from)) : "0000-00-00";
    const to = filter.to ? endOf(checkDate("to", filter.to)) : "9999-99-99";
    tests.push((r) => r.dates.some((d) => endOf(d) >= from && rangeStart(d) <= to));
  }
  if (filter.entityTypes && filter.entityTypes.length > 0) {
    const set = new Set<string>(filter.entityTypes);
    tests.push(
      (r) => set.has(index.entityById.get(r.sourceId)!.type) || set.has(index.entityById.get(r.targetId)!.type),
    );
  }
  if (typeof filter.community === "number") {
    const community = filter.community;
    tests.push(
      (r) =>
        index.entityById.get(r.sourceId)!.community === community ||
        index.entityById.get(r.targetId)!.community === community,
    );
  }
  if (tests.length === 0) return null;
  return (r) => tests.every((test) => test(r));
}

export function entityPredicate(filter: EntityFilterInput | null | undefined): ((e: EntityRecord) => boolean) | null {
  if (!filter) return null;
  const tests: ((e: EntityRecord) => boolean)[] = [];
  if (filter.types && filter.types.length > 0) {
    const set = new Set<string>(filter.types);
    tests.push((e) => set.has(e.type));
  }
  if (typeof filter.community === "number") {
    const community = filter.community;
    tests.push((e) => e.community === community);
  }
  if (filter.document) {
    const doc = filter.document;
    tests.push((e) => e.docIds.includes(doc));
  }
  if (typeof filter.minDegree === "number") {
    const min = filter.minDegree;
    tests.push((e) => e.degree >= min);
  }
  if (tests.length === 0) return null;
  return (e) => tests.every((test) => test(e));
}
