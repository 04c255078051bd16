// Punctuation heads nothing in Universal Dependencies, yet a greedy parser now and then hangs a phrase after a comma
// on the comma itself ("X was a lawyer, a judge in Y": "judge" an appositive of ","). Such a dependent takes the
// punctuation mark's own head, where the parser meant it: the mark only stood between the two.
import type { SentenceAnalysis } from "./dependencyParser.js";

export function punctuationHeads(a: SentenceAnalysis): void {
  const { head, upos } = a;
  for (let i = 0; i < head.length; i++) {
    const h = head[i] ?? -1;
    if (h < 0 || upos[h] !== "PUNCT" || upos[i] === "PUNCT") continue;
    const up = head[h] ?? -1;
    // A mark that is the root, or hangs on this very word, has no other head to give.
    if (up < 0 || up === i) continue;
    head[i] = up;
  }
}
