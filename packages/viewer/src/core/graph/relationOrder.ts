// Order of relations in the panels: specific (typed) relations first, grouped by category in the model's order,
// co-occurrence last; within a group, the best supported first.

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
  const score = (r: KgRelation) => r.attributes.confidence * (1 + Math.log2(1 + r.attributes.evidence.length));
  const order = (c: string) => (c === "CO_OCCURRENCE" ? 1e6 : (rank.get(c) ?? 1e5));
  return [...groups]
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([category, list]) => ({ category, relations: list.sort((a, b) => score(b) - score(a)) }));
}
