// "Brill & Kade", "Orvel & Sons", "Kell & Co.": an ampersand between capitalized words joins the parts of one
// organization's name (firms, partnerships, brands); people's names are never written with one. The tagger tags
// such names by pieces ("Kade" a person, "Kell" an organization and "& Co." nothing); the whole run becomes one
// organization span. Courtesy titles before it ("Mr & Mrs X") are a couple, not a firm.
import type { NerSpan } from "./nerSpans.js";
import { isCapitalized } from "../text/isCapitalized.js";

const COURTESY = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "lady", "lord"]);
/** Capitalized words taken on each side of the ampersand at most. */
const MAX_SIDE = 3;

/** Rewrites the sentence's spans (sorted, non-overlapping) with each "X & Y" run as one organization. */
export function ampersandNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  let out = spans.map((s) => ({ ...s }));
  for (let q = 1; q < words.length - 1; q++) {
    if (words[q] !== "&" || !isCapitalized(words[q - 1]!) || !isCapitalized(words[q + 1]!)) continue;
    let i = q - 1;
    // The sentence's first word is capitalized whatever it is: it opens the name only when tagged with it.
    while (i > 1 && q - i < MAX_SIDE && isCapitalized(words[i - 1]!)) i--;
    let j = q + 2;
    // An abbreviation's full stop ends the name ("in Kell & Co. Shares fell": the sentence may run on past it).
    while (j < words.length && j - q - 1 < MAX_SIDE && isCapitalized(words[j]!) && !words[j - 1]!.endsWith(".")) j++;
    // A tagged span reaching past the run's ends extends it ("New Porvik Bank & Trust").
    for (const s of out)
      if (s.i < j && s.j > i) {
        i = Math.min(i, s.i);
        j = Math.max(j, s.j);
      }
    if (COURTESY.has(words[i]!.toLowerCase()) || COURTESY.has(words[q + 1]!.toLowerCase())) continue;
    out = out.filter((s) => s.j <= i || s.i >= j);
    out.push({ i, j, label: "ORG" });
    out.sort((a, b) => a.i - b.i);
    q = j - 1;
  }
  return out;
}
