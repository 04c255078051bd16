// Containment is transitive: a place or organization inside another place, or a person from it, is inside (from)
// every place that one lies in. "X, a village in Y, Z" states X in Y and Y in Z; X in Z follows. Closed within one sentence, over the
// static relations read from it, so each derived edge keeps a sentence that states both of its steps.
import type { ReadRelation } from "./types.js";
import type { EntityType } from "@newskg/graph-model";

/** Each derived edge is this much less certain than the weaker of its two steps. */
const STEP_DISCOUNT = 0.9;
/** Chains are short ("town, district, region, country"): a bound keeps a bad parse from fanning out. */
const MAX_ROUNDS = 3;

const CARRIED = new Set(["LOCATION", "ORIGIN"]);

export function closeLocations(
  relations: readonly ReadRelation[],
  typeOf: (entity: number) => EntityType,
): ReadRelation[] {
  const out: ReadRelation[] = [];
  const bySent = new Map<number, ReadRelation[]>();
  for (const r of relations) {
    if (!CARRIED.has(r.category)) continue;
    let list = bySent.get(r.sent);
    if (!list) bySent.set(r.sent, (list = []));
    list.push(r);
  }
  for (const list of bySent.values()) {
    const key = (r: { source: number; target: number; category: string }): string =>
      `${r.source}|${r.target}|${r.category}`;
    const have = new Set(list.map(key));
    const located = (e: number): ReadRelation[] =>
      list.filter((r) => r.category === "LOCATION" && r.source === e && typeOf(e) !== "ORGANIZATION");
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const added: ReadRelation[] = [];
      for (const r of list) {
        // An organization in a town is in the town's region and country ("X, based in A, B"), but nothing
        // lies inside an organization and its other readings (ORIGIN is a person's) carry nothing.
        if (typeOf(r.source) === "ORGANIZATION" && r.category !== "LOCATION") continue;
        // A country lies in no place a sentence names beside it: a LOCATION edge from one is a misread list.
        if (r.category === "LOCATION" && typeOf(r.source) === "COUNTRY") continue;
        for (const up of located(r.target)) {
          if (up.target === r.source) continue;
          // A place is never inside what lies inside it.
          if (have.has(`${up.target}|${r.source}|LOCATION`)) continue;
          const d: ReadRelation = {
            ...r,
            target: up.target,
            confidence: Math.round(Math.min(r.confidence, up.confidence) * STEP_DISCOUNT * 1000) / 1000,
            argTokens: [r.argTokens[0] ?? [0, 0], up.argTokens[1] ?? [0, 0]],
            via: `${r.via}+contained`,
          };
          if (have.has(key(d))) continue;
          have.add(key(d));
          added.push(d);
        }
      }
      if (!added.length) break;
      list.push(...added);
      out.push(...added);
    }
  }
  return out;
}
