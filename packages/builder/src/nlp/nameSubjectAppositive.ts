// "X, a diplomat who ..., was among the guests": a greedy parser that has rooted the sentence on the name X often
// takes the noun after the comma for the subject of the main predicate and hangs that predicate on the name as a
// relative clause. An appositive noun set off right after a name that opens the sentence is the name's appositive,
// and the name is the predicate's subject: the predicate becomes the root, the name its subject, the noun the
// name's appositive.
import type { SentenceAnalysis } from "./dependencyParser.js";

const MISREAD = new Set(["acl:relcl", "acl", "parataxis", "appos", "conj", "dep"]);

/** The first token of a token's subtree. */
function phraseStart(head: Int32Array, t: number): number {
  let first = t;
  for (let i = 0; i < t; i++) {
    let h = i;
    for (let steps = 0; h >= 0 && h !== t && steps < 50; steps++) h = head[h] ?? -1;
    if (h === t) {
      first = i;
      break;
    }
  }
  return first;
}

export function nameSubjectAppositive(words: readonly string[], a: SentenceAnalysis): void {
  const { head, deprel, upos } = a;
  const n = words.length;
  const root = head.indexOf(-1);
  if (root < 0 || upos[root] !== "PROPN") return;
  // The name opens the sentence: every word before it is part of it; it runs on over the proper nouns flat on it.
  for (let i = 0; i < root; i++) if (head[i] !== root || upos[i] !== "PROPN") return;
  let end = root;
  while (end + 1 < n && head[end + 1] === root && deprel[end + 1] === "flat" && upos[end + 1] === "PROPN") end++;
  if (words[end + 1] !== ",") return;
  for (let p = end + 2; p < n; p++) {
    if (head[p] !== root || !MISREAD.has(deprel[p] ?? "")) continue;
    const subjects: number[] = [];
    for (let i = 0; i < n; i++) if (head[i] === p && deprel[i]?.startsWith("nsubj")) subjects.push(i);
    const noun = subjects[0];
    if (subjects.length !== 1 || noun === undefined || noun > p || upos[noun] !== "NOUN") continue;
    if (phraseStart(head, noun) !== end + 2) continue;
    head[p] = -1;
    deprel[p] = "root";
    head[root] = p;
    deprel[root] = deprel[noun] ?? "nsubj";
    head[noun] = root;
    deprel[noun] = "appos";
    head[end + 1] = noun;
    // What followed the predicate on the name (the closing full stop) is the predicate's.
    for (let i = p + 1; i < n; i++) if (head[i] === root) head[i] = p;
    return;
  }
}
