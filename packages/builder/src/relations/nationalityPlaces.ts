// One description that gives a nationality and a home place puts the place in that country: "X (born in A) is a
// Ruritanian painter", "a Ruritanian singer from A, B", "X is a Ruritanian club from A" state that X is Ruritanian
// (or a Ruritanian body) and from A, so A lies in Ruritania. Read within one sentence, over its static relations,
// only for where a person was born or is from (not where one lived, worked or died: people move) and where an
// organization is from (not where it is based: "a Ruritanian firm based in A" may be a branch abroad), and only for places the sentence puts in no country already ("a Ruritanian firm based in A,
// Freedonia" says A is in Freedonia).
import type { EntityType } from "@newskg/graph-model";
import type { EntitySpan, ReadRelation } from "./types.js";

/** Each derived place is this much less certain than the weaker of the two readings it joins. */
const DISCOUNT = 0.8;
/** Labels of an ORIGIN or LOCATION that say where a person was born or a person or body comes from. */
const HOME_LABEL = /\b(born|birth|from|native)\b/i;

const PLACE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(["LOCATION"]);

export function nationalityPlaces(
  relations: readonly ReadRelation[],
  spans: readonly EntitySpan[],
  typeOf: (entity: number) => EntityType,
): ReadRelation[] {
  const out: ReadRelation[] = [];
  const adjectiveAt = (r: ReadRelation): boolean => {
    const at = r.argTokens[1]?.[0] ?? -1;
    return spans.some((s) => s.adjective && s.entity === r.target && s.start <= at && at < s.end);
  };
  const bySent = new Map<number, ReadRelation[]>();
  for (const r of relations) {
    if (r.category !== "ORIGIN" && r.category !== "LOCATION") continue;
    let list = bySent.get(r.sent);
    if (!list) bySent.set(r.sent, (list = []));
    list.push(r);
  }
  for (const list of bySent.values()) {
    // Places the sentence already puts in a country.
    const placed = new Set(
      list.filter((r) => r.category === "LOCATION" && typeOf(r.target) === "COUNTRY").map((r) => r.source),
    );
    const have = new Set(list.map((r) => `${r.source}|${r.target}|${r.category}`));
    for (const nat of list) {
      if (typeOf(nat.target) !== "COUNTRY" || !adjectiveAt(nat)) continue;
      const holder = nat.source;
      const holderType = typeOf(holder);
      const wanted = holderType === "PERSON" ? "ORIGIN" : holderType === "ORGANIZATION" ? "LOCATION" : undefined;
      if (!wanted || nat.category !== wanted) continue;
      // Only one nationality in the sentence for the holder ("a Ruritanian-Freedonian writer" says no country).
      if (list.some((r) => r.source === holder && r.target !== nat.target && typeOf(r.target) === "COUNTRY")) continue;
      for (const home of list) {
        if (home.source !== holder || home.category !== wanted || home.target === nat.target) continue;
        if (!PLACE_TYPES.has(typeOf(home.target)) || placed.has(home.target)) continue;
        if (!HOME_LABEL.test(home.label)) continue;
        const key = `${home.target}|${nat.target}|LOCATION`;
        if (have.has(key)) continue;
        have.add(key);
        out.push({
          source: home.target,
          target: nat.target,
          category: "LOCATION",
          label: "located in",
          confidence: Math.round(Math.min(home.confidence, nat.confidence) * DISCOUNT * 1000) / 1000,
          sent: home.sent,
          trigger: home.trigger,
          argTokens: [home.argTokens[1] ?? [0, 0], nat.argTokens[1] ?? [0, 0]],
          via: "nationality-place",
        });
      }
    }
  }
  return out;
}
