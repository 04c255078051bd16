// The country an article is about, for titles and bodies named without one ("Home Minister X", "police").
import type { DocModel } from "./docModel.js";
import { countryIndex } from "./lexicon/countryIndex.js";

const titleWords = (s: string) => s.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());

/** The dateline's country ("NAIROBI, Kenya --"), else -1. */
export function mainCountry(doc: DocModel): number {
  const first = doc.sentences.find((s) => !s.duplicate);
  if (first) {
    const dash = first.lower.findIndex((w, k) => k < 8 && (w === "--" || w === "—" || w === "–"));
    for (let k = 0; k < dash; k++) {
      const id = first.cover[k]!;
      const m = id >= 0 ? doc.mentions[id]! : undefined;
      if (m && m.type === "COUNTRY" && m.entity >= 0) return m.entity;
      // "TOKYO --": a capital's country.
      if (m && m.type === "LOCATION" && m.entity >= 0) {
        const iso = countryIndex().capitalOf.get(titleWords(m.text));
        const country = iso ? doc.entities.find((e) => e.iso === iso) : undefined;
        if (country) return country.index;
      }
    }
  }
  // Without a dateline, how often a country is named says too little (a US president in an article on Cuba).
  return -1;
}
