// States, provinces and counties (lexicon/subdivisions.ts) as places: the tagger leaves many unnamed where they
// modify a noun ("a <State> community", "<State> Republican Sen. X", "her <State> home") and takes some for a person
// or an organization. A span that is exactly a division's name becomes a place; an untagged division's name becomes
// one when it stands alone: no capitalized word of another name right before it, and after it nothing capitalized
// but a title or a party word ("<State> Gov.", "<State> Democrat"), so "<State> State University" or "Clark <County>"
// are left to the tagger. A name right before ", <State>" is a town in it ("Halvik, <State>, police said").
import type { NerSpan } from "./nerSpans.js";
import { DETERMINERS, PREPOSITIONS } from "./lexicon/function.js";
import { PARTY_WORDS } from "./lexicon/partyWords.js";
import { subdivisionAt } from "./lexicon/subdivisions.js";
import { TITLE_HEADS } from "./lexicon/titles.js";
import { isCapitalized } from "../text/isCapitalized.js";

/** A capitalized word that may follow a division's name without being part of another name. */
function mayFollow(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || PARTY_WORDS.byFirst.has(word);
}

/** Rewrites the sentence's spans (sorted, non-overlapping) with the divisions' names typed as places. */
export function subdivisionNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const out = spans.map((s) =>
    (s.label === "PER" || s.label === "ORG") && subdivisionAt(words, s.i) === s.j - s.i
      ? { ...s, label: "LOC" }
      : { ...s },
  );
  const covered = new Array<boolean>(words.length).fill(false);
  for (const s of out) for (let q = s.i; q < s.j; q++) covered[q] = true;
  for (let k = 0; k < words.length; k++) {
    if (covered[k]) continue;
    const len = subdivisionAt(words, k);
    if (len === 0) continue;
    let free = true;
    for (let q = k; q < k + len; q++) if (covered[q]) free = false;
    const before = words[k - 1] ?? "";
    // A capitalized word before it is another name's, unless it is a sentence's first function word ("In X, ...").
    const opener = k === 1 && (DETERMINERS.has(before.toLowerCase()) || PREPOSITIONS.has(before.toLowerCase()));
    if (k > 0 && isCapitalized(before) && !covered[k - 1] && !opener) free = false;
    const after = words[k + len] ?? "";
    if (isCapitalized(after) && !covered[k + len] && !mayFollow(after)) free = false;
    if (!free) continue;
    out.push({ i: k, j: k + len, label: "LOC" });
    for (let q = k; q < k + len; q++) covered[q] = true;
    k += len - 1;
  }
  out.sort((a, b) => a.i - b.i);
  // "X, <State>" ("Halvik, <State>, police said"): a one-word name or a person's name the tagger gave to a town
  // is the town, read right to left so a chain of places ("X, Y, <State>") is typed link by link.
  for (let k = out.length - 2; k >= 0; k--) {
    const name = out[k]!;
    const place = out[k + 1]!;
    if (place.label !== "LOC" || words[name.j] !== "," || place.i !== name.j + 1) continue;
    if (name.label !== "PER" && !(name.label === "ORG" && name.j - name.i === 1)) continue;
    // "X, <State>'s governor": a possessor, not the place X is in.
    if (/^['’]s?$/.test(words[place.j] ?? "")) continue;
    if (subdivisionAt(words, place.i) === place.j - place.i || out[k + 2]?.label === "LOC") name.label = "LOC";
  }
  return out;
}
