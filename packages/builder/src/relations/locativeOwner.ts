// A flat parse hangs a list of things and their places on the first thing ("studied at A in P, B in Q and C in
// R": every place and every later thing a child of A). A place phrase follows the thing it locates: a conjunct
// after P is not in P, and A, which has its own place P, is not in Q when B stands between them. A first thing
// with no place of its own before the next shares the place after the coordination ("both A and B in X").
import type { Doc } from "../nlp/doc.js";

/** Dependencies of the things a flat parse lists on the first one. */
const LISTED = new Set(["conj", "list"]);

/**
 * Whether `holder` (the matched source `source` or one of its conjuncts) may own the prepositional modifier
 * `target` of `source` (`isThing`: whether a token is a named thing).
 */
export function ownsLocative(
  doc: Doc,
  source: number,
  holder: number,
  target: number,
  isThing: (t: number) => boolean,
): boolean {
  if (doc.head[target] !== source || doc.deprel[target] !== "nmod" || target < source) return true;
  if (target < holder) return false;
  const children = doc.children(source);
  const between = children.filter(
    (c) => c !== holder && c > holder && c < target && LISTED.has(doc.deprel[c] ?? "") && isThing(c),
  );
  if (!between.length) return true;
  if (holder !== source) return false;
  // The first thing keeps a shared place unless it has one of its own before the next listed thing.
  const next = Math.min(...between);
  return !children.some((c) => c > source && c < next && doc.deprel[c] === "nmod" && isThing(c));
}
