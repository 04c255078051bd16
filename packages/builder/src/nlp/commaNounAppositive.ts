// "Clashes erupted in X, the capital of Y.": a definite or indefinite noun phrase set off by a comma right after a
// name or noun is that nominal's appositive, but the greedy parser, which attaches the noun when it has seen only
// "X ," before it, often hangs it on the verb instead (as an object, even of an intransitive verb, or as a bare
// oblique or a dependent; not as a subject: ", the ambassador told reporters" after a clause is one). English
// objects do not follow a comma after another argument, so when the phrase opens with an article, has no
// preposition of its own, is closed by a comma or the sentence's end, and both it and the nominal before the comma
// hang on the same verb, it becomes the nominal's `appos`.
import type { SentenceAnalysis } from "./dependencyParser.js";

const ARTICLES = new Set(["the", "a", "an"]);
/** Relations a misplaced appositive gets from the verb. */
const MISREAD = new Set(["obj", "iobj", "obl:unmarked", "obl:tmod", "dep"]);
/** Relations of the nominal before the comma that an appositive may describe. */
const DESCRIBED = new Set(["obl", "obj", "iobj", "nsubj", "nsubj:pass"]);
const CLOSING = new Set([",", ".", "!", "?", ";"]);
const NOMINAL = new Set(["NOUN", "PROPN"]);

export function commaNounAppositive(words: readonly string[], a: SentenceAnalysis): void {
  const { head, deprel, upos } = a;
  const n = words.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const h = head[i] ?? -1;
    if (h >= 0) children[h]!.push(i);
  }
  for (let comma = 1; comma + 2 < n; comma++) {
    if (words[comma] !== "," || !ARTICLES.has((words[comma + 1] ?? "").toLowerCase())) continue;
    // A name's head may be its first word ("<First> <Last>" with the last flat on it).
    let nominal = comma - 1;
    if (deprel[nominal] === "flat" && (head[nominal] ?? -1) >= 0) nominal = head[nominal]!;
    const noun = head[comma + 1] ?? -1;
    if (!NOMINAL.has(upos[nominal] ?? "") || !DESCRIBED.has(deprel[nominal] ?? "")) continue;
    if (noun <= comma + 1 || upos[noun] !== "NOUN" || !MISREAD.has(deprel[noun] ?? "")) continue;
    const verb = head[nominal] ?? -1;
    if (verb < 0 || head[noun] !== verb) continue;
    const kids = children[noun]!;
    if (kids.some((c) => deprel[c] === "case" && c < noun)) continue;
    // The phrase ends where its last dependent does, at a closing comma or the sentence's end.
    let end = noun;
    const stack = [noun];
    while (stack.length)
      for (const c of children[stack.pop()!]!) {
        end = Math.max(end, c);
        stack.push(c);
      }
    if (!CLOSING.has(words[end + 1] ?? "") && end + 1 < n) continue;
    head[noun] = nominal;
    deprel[noun] = "appos";
  }
}
