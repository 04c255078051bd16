// Punctuation heads nothing in Universal Dependencies, yet a greedy parser now and then hangs a phrase after a comma
// on the comma itself ("X was a lawyer, a judge in Y": "judge" an appositive of ","). Such a dependent takes the
// comma's own head, where the parser meant it: the comma only stood between the two. Only commas: what the parser
// hangs on a bracket or a dash, the repairs and patterns read as it stands.
import type { SentenceAnalysis } from "./dependencyParser.js";

export function punctuationHeads(words: readonly string[], a: SentenceAnalysis): void {
  const { head, upos } = a;
  for (let i = 0; i < head.length; i++) {
    const h = head[i] ?? -1;
    if (h < 0 || words[h] !== "," || upos[i] === "PUNCT") continue;
    const up = head[h] ?? -1;
    // A mark that is the root, or hangs on this very word, has no other head to give.
    if (up < 0 || up === i) continue;
    head[i] = up;
  }
}
