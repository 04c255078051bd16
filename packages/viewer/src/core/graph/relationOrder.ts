// Order of relations in the panels: specific (typed) relations first, grouped by category in the model's order,
// co-occurrence last; within a group, the best supported first: confidence and the number of supporting sentences,
// which is the relation's weight (what the API sends before the sentences themselves, so the order is the same in
// both modes and does not change when the sentences arrive).

import { RELATION_CATEGORIES } from "@newskg/graph-model";
import type { KgRelation } from "./parseGraph.js";

export interface RelationGroup {
  category: string;
  relations: KgRelation[];
}

const rank = new Map<string, number>(RELATION_CATEGORIES.map((c, i) => [c, i]));

export function groupRelations(relations: readonly KgRelation[]): RelationGroup[] {
  const groups = new Map<string, KgRelation[]>();
  for (const r of relations) {
    const c = r.attributes.category;
    let list = groups.get(c);
    if (!list) groups.set(c, (list = []));
    list.push(r);
  }
  const sentences = (r: KgRelation) => Math.max(r.attributes.weight || 0, r.attributes.evidence.length);
  // Scored once each, not per comparison: a hub's panel sorts thousands.
  const score = new Map<KgRelation, number>();
  for (const r of relations) score.set(r, r.attributes.confidence * (1 + Math.log2(1 + sentences(r))));
  const order = (c: string) => (c === "CO_OCCURRENCE" ? 1e6 : (rank.get(c) ?? 1e5));
  return [...groups]
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([category, list]) => ({ category, relations: list.sort((a, b) => score.get(b)! - score.get(a)!) }));
}
