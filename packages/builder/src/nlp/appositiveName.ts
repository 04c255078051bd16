// A name set off by commas right after a verb's object ("sentenced her husband, <First> <Last>, to ...") is that
// object's appositive; the greedy parser, which decides the name's head when it has only seen "object ," before
// it, often attaches it to the verb instead (as a second object, an oblique or a vocative), and the relation layer
// then reads the name as a participant of the verb rather than as the object itself. When the name is a run of
// proper nouns with no case marker, closed by a comma or the sentence's final punctuation, and its head is the
// verb or a punctuation mark, it becomes the object's `appos`; what the parser hung on the name beyond the closing
// comma goes back to the verb.
import type { SentenceAnalysis } from "./dependencyParser.js";

const OBJECT = new Set(["obj", "iobj"]);
/** Relations a misplaced appositive name gets from the verb (a case-marked oblique is a real oblique). */
const MISREAD = new Set(["obj", "iobj", "obl", "obl:unmarked", "obl:tmod", "vocative", "dep", "parataxis", "nsubj"]);
const CLOSING = new Set([",", ".", "!", "?", ";"]);

export function appositiveName(words: readonly string[], a: SentenceAnalysis): void {
  const { head, deprel, upos } = a;
  const n = words.length;
  for (let obj = 0; obj + 2 < n; obj++) {
    if (!OBJECT.has(deprel[obj] ?? "") || upos[obj] !== "NOUN" || words[obj + 1] !== ",") continue;
    const verb = head[obj] ?? -1;
    if (verb < 0 || verb > obj || upos[verb] !== "VERB") continue;
    const from = obj + 2;
    let to = from;
    while (to < n && upos[to] === "PROPN") to++;
    if (to === from || to >= n || !CLOSING.has(words[to] ?? "")) continue;
    // The name's head: the one word of the run attached outside it.
    const heads: number[] = [];
    for (let i = from; i < to; i++) {
      const h = head[i] ?? -1;
      if (h < from || h >= to) heads.push(i);
    }
    const name = heads[0];
    if (heads.length !== 1 || name === undefined) continue;
    const h = head[name] ?? -1;
    if (h !== verb && !(h >= 0 && upos[h] === "PUNCT")) continue;
    if (!MISREAD.has(deprel[name] ?? "")) continue;
    let caseMarked = false;
    for (let i = 0; i < n; i++) if (head[i] === name && deprel[i] === "case") caseMarked = true;
    if (caseMarked || descends(head, verb, name)) continue;
    head[name] = obj;
    deprel[name] = "appos";
    // The opening comma belongs to the appositive.
    head[obj + 1] = name;
    deprel[obj + 1] = "punct";
    for (let i = to + 1; i < n; i++) {
      if (head[i] !== name) continue;
      head[i] = verb;
      if (deprel[i] === "appos") deprel[i] = "obl";
    }
    // The closing comma (not the sentence's own final mark) belongs to the appositive too.
    if (words[to] === ",") {
      head[to] = name;
      deprel[to] = "punct";
    }
  }
}

/** Whether `node` lies under `ancestor` (a parse whose head chain is broken counts as yes). */
function descends(head: Int32Array, node: number, ancestor: number): boolean {
  for (let k = node, steps = 0; k >= 0; k = head[k] ?? -1, steps++) {
    if (k === ancestor || steps > head.length) return true;
  }
  return false;
}
