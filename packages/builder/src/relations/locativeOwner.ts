// A flat parse hangs a list of things and their places on the first thing ("studied at A in P, B in Q and C in
// R": every place and every later thing a child of A). A place phrase follows the thing it locates, and the
// nearest thing before it is the one: A is not in Q when B stands between them, and a conjunct after P is not in
// P.
import type { Doc } from "../nlp/doc.js";

/** Dependencies of the things a flat parse lists on the first one. */
const LISTED = new Set(["conj", "list"]);

/**
 * Whether `holder` (the matched source `source` or one of its conjuncts) may own the modifier `target` of
 * `source`: true unless `target` is a nominal modifier of `source` that comes before the holder, or another thing
 * listed on `source` (`isThing`) stands between the holder and it.
 */
export function ownsLocative(
  doc: Doc,
  source: number,
  holder: number,
  target: number,
  isThing: (t: number) => boolean,
): boolean {
  if (doc.head[target] !== source || !(doc.deprel[target] ?? "").startsWith("nmod")) return true;
  if (target < holder) return false;
  return !doc
    .children(source)
    .some((c) => c !== holder && c > holder && c < target && LISTED.has(doc.deprel[c] ?? "") && isThing(c));
}
