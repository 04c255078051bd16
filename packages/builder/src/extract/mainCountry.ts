// The country an article is about, for titles and bodies named without one ("Home Minister X", "police").
import type { DocModel } from "./docModel.js";

/** The dateline's country ("ALMATY, Kazakhstan --"), else the clearly most named one, else -1. */
export function mainCountry(doc: DocModel): number {
  const first = doc.sentences.find((s) => !s.duplicate);
  if (first) {
    const dash = first.lower.findIndex((w, k) => k < 8 && (w === "--" || w === "—" || w === "–"));
    for (let k = 0; k < dash; k++) {
      const id = first.cover[k]!;
      const m = id >= 0 ? doc.mentions[id]! : undefined;
      if (m && m.type === "COUNTRY" && m.entity >= 0) return m.entity;
    }
  }
  const counts = new Map<number, number>();
  let places = 0;
  for (const m of doc.mentions) {
    if (m.entity < 0 || (m.type !== "COUNTRY" && m.type !== "LOCATION")) continue;
    places++;
    if (m.type === "COUNTRY") counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
  // Clearly dominant: named often, twice as often as any other country, and most place names point to it.
  if (top && top[1] >= 3 && (!next || top[1] >= 2 * next[1]) && top[1] >= 0.5 * places) return top[0];
  return -1;
}
