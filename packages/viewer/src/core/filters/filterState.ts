// What the analyst chose to see. Pure predicates so the explorer, the URL and tests share one definition.

import type { EntityType, RelationCategory } from "@newskg/graph-model";
import { ENTITY_TYPES, RELATION_CATEGORIES } from "@newskg/graph-model";

export interface FilterState {
  types: ReadonlySet<EntityType>;
  categories: ReadonlySet<RelationCategory>;
  minConfidence: number;
  community: number | null;
  /** ISO dates (full or partial), inclusive. */
  from: string | null;
  to: string | null;
  hideCoOccurrence: boolean;
  /** Hide entities left without a visible relation. */
  hideIsolated: boolean;
  /** Show only the focused entity and its visible neighbours (no effect without a focus). */
  neighboursOnly: boolean;
}

export function defaultFilters(): FilterState {
  return {
    types: new Set(ENTITY_TYPES),
    categories: new Set(RELATION_CATEGORIES),
    minConfidence: 0,
    community: null,
    from: null,
    to: null,
    hideCoOccurrence: false,
    hideIsolated: false,
    neighboursOnly: false,
  };
}

export function nodePasses(node: { entityType: EntityType; community: number }, f: FilterState): boolean {
  return f.types.has(node.entityType) && (f.community === null || node.community === f.community);
}

/** Compares ISO dates of different precision on their common prefix ("2022-09" is within "2022-09-23".."2022-09-30"). */
function cmpDate(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function edgePasses(
  edge: { category: RelationCategory; confidence: number; date?: string | undefined },
  f: FilterState,
): boolean {
  if (!f.categories.has(edge.category)) return false;
  if (f.hideCoOccurrence && edge.category === "CO_OCCURRENCE") return false;
  if (edge.confidence < f.minConfidence) return false;
  if (f.from || f.to) {
    if (!edge.date) return false;
    if (f.from && cmpDate(edge.date, f.from) < 0) return false;
    if (f.to && cmpDate(edge.date, f.to) > 0) return false;
  }
  return true;
}
