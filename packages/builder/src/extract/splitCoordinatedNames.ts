// One tagged span that coordinates two organisation names ("Porvik University and Varnsk Law School", "the Tollen
// Institute and Marrow Foundation"): the tagger ran two names into one. Each side ending in an organisation word
// (any head word of data/ner-org-heads.json, "School" and "Hospital" too, or a name ending or descriptor of the
// organisation lexicon) makes them two names.
import { loadOrgHeads } from "../ner/loadOrgHeads.js";
import { ORG_DESCRIPTORS, ORG_NAME_ENDINGS } from "./lexicon/organizations.js";
import type { NerSpan } from "./nerSpans.js";
import { isCapitalized } from "../text/isCapitalized.js";

/** Whether a lowercased word ends organisation names. */
export function endsOrganization(w: string): boolean {
  return ORG_NAME_ENDINGS.has(w) || ORG_DESCRIPTORS.has(w) || loadOrgHeads().kindOf.has(w);
}

/**
 * Splits each span at an "and" (or "&") whose word before and the span's last word, both capitalised, end
 * organisation names, when a capitalised word follows it. Not when a body head before "of" governs the whole
 * coordination ("Department of Trade and Industry"), and an "&" only between names of two words or more: inside
 * one name it joins its parts ("Porvik Bank & Trust").
 */
export function splitCoordinatedNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const lower = words.map((w) => w.toLowerCase());
  const endsOrg = (q: number) => isCapitalized(words[q]!) && endsOrganization(lower[q]!);
  const out: NerSpan[] = [];
  for (const sp of spans) {
    let i = sp.i;
    // "X Bank and Y" tagged as one organisation: a name of two words or more ending in an organisation word, "and",
    // and a name that does not open with one are two organisations, whatever the second one ends in.
    if (sp.label === "ORG" && !endsOrg(sp.j - 1))
      for (let q = sp.i + 2; q < sp.j - 1; q++) {
        if (lower[q] !== "and" || !endsOrg(q - 1) || !isCapitalized(words[q + 1]!) || endsOrganization(lower[q + 1]!))
          continue;
        if (lower.slice(i, sp.j).includes("of")) break;
        out.push({ i, j: q, label: sp.label });
        i = q + 1;
        break;
      }
    if (endsOrg(sp.j - 1))
      for (let q = sp.i + 1; q < sp.j - 1; q++) {
        const amp = lower[q] === "&";
        if (lower[q] !== "and" && !amp) continue;
        if (!endsOrg(q - 1) || !isCapitalized(words[q + 1]!)) continue;
        if (amp && (q - i < 2 || sp.j - q - 1 < 2)) continue;
        if (lower.slice(i, q).includes("of")) continue;
        out.push({ i, j: q, label: sp.label });
        i = q + 1;
      }
    out.push({ i, j: sp.j, label: sp.label });
  }
  return out;
}
