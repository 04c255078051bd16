// A finite past-tense verb right after its subject ("Officials detained X", "The envoy met Y") and a reduced
// relative ("officials arrested by X") share a form; the parser, which sees UPOS only (VERB, not VBD vs VBN),
// sometimes takes the first for the second and leaves the sentence with a noun as its root and no predicate.
// A sentence must have a predicate, so when the root is a noun without a subject, copula or auxiliary of its own
// and its reduced relative follows it directly, with a direct object or after a name, that verb is the predicate.
// So is a "relative" with an auxiliary of its own but no subject or relativizer ("The X was founded by Y" read with
// "was founded" as a relative of "X"): English subject relatives never drop the relativizer, and reduced relatives
// have no auxiliary, so such a clause can only be the sentence's predicate.
import type { SentenceAnalysis } from "./dependencyParser.js";

const OWN_PREDICATE = new Set(["nsubj", "nsubj:pass", "cop", "aux", "aux:pass", "csubj"]);

/**
 * `wide` also takes a relative on the root's "of" phrase, a past "-ed" form with an oblique in a full-stop sentence,
 * and an appositive's commas in between (off by default: it moved the retrained pair classifier, see the model card).
 */
export function promoteRootRelative(words: readonly string[], a: SentenceAnalysis, wide = false): void {
  const { head, deprel, upos } = a;
  const n = words.length;
  const root = head.indexOf(-1);
  if (root < 0 || (upos[root] !== "NOUN" && upos[root] !== "PROPN")) return;
  const children = (h: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (head[i] === h) out.push(i);
    return out;
  };
  const rootChildren = children(root);
  if (rootChildren.some((c) => OWN_PREDICATE.has(deprel[c] ?? ""))) return;
  // The relative hangs on the root or on its "of" phrase ("Dozens of soldiers crossed ...").
  const onPhrase = (h: number): boolean => h === root || (wide && deprel[h] === "nmod" && head[h] === root);
  let verb = -1;
  for (let i = root + 1; i < n && verb < 0; i++)
    if ((deprel[i] === "acl" || deprel[i] === "acl:relcl") && upos[i] === "VERB" && onPhrase(head[i] ?? -1)) verb = i;
  if (verb < 0) return;
  const verbChildren = children(verb);
  const auxiliary = verbChildren.find((c) => c < verb && (deprel[c] === "aux" || deprel[c] === "aux:pass"));
  if (auxiliary === undefined && (deprel[verb] !== "acl" || /ing$/i.test(words[verb] ?? ""))) return;
  // Directly after the subject's phrase: nothing in between but the root's own dependents, and no punctuation
  // but the commas around an appositive ("The firm's chief, <Name>, resigned ...").
  const appositive = wide && rootChildren.some((c) => c > root && c < verb && deprel[c] === "appos");
  // The auxiliary and what follows it belong to the verb's own clause ("X was formally founded").
  const clauseStart = auxiliary ?? verb;
  for (let i = root + 1; i < clauseStart; i++)
    if (!(wide ? under(head, i, root) : head[i] === root) || (upos[i] === "PUNCT" && !(appositive && words[i] === ",")))
      return;
  if (verbChildren.some((c) => deprel[c] === "nsubj" || deprel[c] === "nsubj:pass" || deprel[c] === "mark")) return;
  const hasObject = verbChildren.some((c) => deprel[c] === "obj");
  // A past form with an oblique, in a full-stop sentence ("Thousands protested against ...") is a predicate too.
  const oblique =
    wide && verbChildren.some((c) => deprel[c] === "obl") && /ed$/i.test(words[verb] ?? "") && words[n - 1] === ".";
  if (auxiliary === undefined && !hasObject && !oblique && upos[root] !== "PROPN") return;
  head[verb] = -1;
  deprel[verb] = "root";
  head[root] = verb;
  deprel[root] = verbChildren.some((c) => deprel[c] === "aux:pass") ? "nsubj:pass" : "nsubj";
  for (const c of rootChildren) if (c > verb) head[c] = verb;
}

/** Whether `node` lies under `ancestor` (at most a few levels: a noun phrase's dependents). */
function under(head: Int32Array, node: number, ancestor: number): boolean {
  for (let k = head[node] ?? -1, steps = 0; k >= 0 && steps < 4; k = head[k] ?? -1, steps++)
    if (k === ancestor) return true;
  return false;
}
