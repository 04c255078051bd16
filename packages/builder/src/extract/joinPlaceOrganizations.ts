// Organisations named by a place plus the words for a body ("X Crisis Center", "East Y Coroner's Office",
// "Z Constabulary"): the tagger often splits them into a place and an organisation, types the place alone and drops
// the rest, or types the whole as a place. The name's last word, an organisation head of data/ner-org-heads.json,
// decides it is one organisation.
import { loadOrgHeads } from "../ner/loadOrgHeads.js";
import type { NerSpan } from "./nerSpans.js";
import { isCapitalized } from "../text/isCapitalized.js";

const POSSESSIVE = new Set(["'s", "’s"]);

/** Kinds whose heads name a body, not a kind of building or event a place may be named with. */
const BODY_KINDS = new Set(["company", "law firm", "political", "agency", "armed group", "media", "institution"]);
/** Heads that also end place names ("West Bank", "Soviet Union", "Western Front", "Eastern Division"). */
const PLACE_TOO = new Set(["bank", "union", "front", "exchange", "division", "command", "mission", "guard", "post"]);
const MAX_TAIL = 4;

let heads: ReadonlySet<string> | undefined;
function bodyHeads(): ReadonlySet<string> {
  if (heads) return heads;
  const h = loadOrgHeads();
  heads = new Set(
    [...h.kindOf].filter(([w, k]) => BODY_KINDS.has(h.kinds[k - 1]!) && !PLACE_TOO.has(w)).map(([w]) => w),
  );
  return heads;
}

/**
 * Rewrites the sentence's spans (sorted, non-overlapping): a place directly followed by an organisation becomes one
 * organisation; a place followed by untagged capitalised words (and "'s") ending in a body head takes them in as one
 * organisation; a multi-word place or person name ending in a body head is an organisation (splitCoordinatedNames then splits
 * two such names joined by "and").
 */
export function joinPlaceOrganizations(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const body = bodyHeads();
  const lower = words.map((w) => w.toLowerCase());
  const out = spans.map((s) => ({ ...s }));
  // "Porvik County Sheriff" tagged a person + "'s Office": an office named by its holder's title is the body; a
  // place before it then joins it below. A person's own office is not capitalised.
  for (const a of out)
    if (
      a.label === "PER" &&
      POSSESSIVE.has(words[a.j] ?? "") &&
      isCapitalized(words[a.j + 1] ?? "") &&
      body.has(lower[a.j + 1]!) &&
      !spans.some((b) => b.i === a.j + 1)
    ) {
      a.j += 2;
      a.label = "ORG";
    }
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1];
    if (a.label === "LOC" && b && b.label === "ORG" && b.i === a.j && isCapitalized(words[b.i]!)) {
      a.j = b.j;
      a.label = "ORG";
      out.splice(k + 1, 1);
      continue;
    }
    if (a.label === "LOC" || a.label === "PER") {
      // The untagged tail up to the next span.
      const limit = Math.min(b ? b.i : words.length, a.j + MAX_TAIL);
      let end = -1;
      for (let e = a.j; e < limit; e++) {
        const w = words[e]!;
        if (!(isCapitalized(w) || (w === "'s" && e > a.j))) break;
        if (isCapitalized(w) && body.has(lower[e]!)) end = e + 1;
      }
      if (end > 0) {
        a.j = end;
        a.label = "ORG";
        continue;
      }
    }
    if (
      (a.label === "LOC" || a.label === "PER") &&
      a.j - a.i >= 2 &&
      body.has(lower[a.j - 1]!) &&
      isCapitalized(words[a.j - 1]!)
    )
      a.label = "ORG";
  }
  return out;
}
