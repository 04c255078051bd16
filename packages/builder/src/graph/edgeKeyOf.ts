import type { EdgeCategory } from "@newskg/graph-model";
import { SYMMETRIC_CATEGORIES } from "@newskg/graph-model";

/** Deterministic edge key: one edge per (source, category, target). */
export function edgeKeyOf(source: string, category: EdgeCategory, target: string): string {
  return `${category}:${source}->${target}`;
}

/** Symmetric relations are stored once, from the smaller key to the larger, so A-B and B-A aggregate. */
export function orientEdge(source: string, category: EdgeCategory, target: string): [string, string] {
  return SYMMETRIC_CATEGORIES.has(category) && target < source ? [target, source] : [source, target];
}
