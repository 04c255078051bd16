// A news lead opening with a name and its titles ("<Demonym> President X signed ...", "President X opened talks
// with Y") is sometimes built by the greedy parser around a modifier: the demonym, the name or the noun after the
// verb made the root and the past verb an `acl` of the name or an `amod` of that noun, so the sentence has no
// predicate and the subject never meets its verb. When every word before the verb is an adjective, noun or proper noun (no
// punctuation, no verb), the last a name, and the verb is a past form with no subject, auxiliary or marker of its
// own, that verb is the predicate: it becomes the root, the name its subject, the old root a modifier of the name,
// and the noun it modified its object.
import type { SentenceAnalysis } from "./dependencyParser.js";

const LEAD = new Set(["ADJ", "NOUN", "PROPN", "DET"]);
const HUNG = new Set(["acl", "acl:relcl", "amod", "conj", "advcl", "parataxis", "dep"]);
const OWN = new Set(["nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop", "expl"]);

export function nameLedPredicate(words: readonly string[], a: SentenceAnalysis): void {
  const { head, deprel, upos, lemma } = a;
  const n = words.length;
  const root = head.indexOf(-1);
  if (root < 0 || upos[root] === "VERB" || upos[root] === "AUX") return;
  let verb = 0;
  while (verb < n && LEAD.has(upos[verb] ?? "")) verb++;
  if (verb === 0 || verb >= n || upos[verb] !== "VERB" || upos[verb - 1] !== "PROPN") return;
  // The root is before the verb, or is the noun the verb modifies ("President X opened talks" rooted on "talks").
  const modified = deprel[verb] === "amod" ? (head[verb] ?? -1) : -1;
  if (root >= verb && root !== modified) return;
  const word = (words[verb] ?? "").toLowerCase();
  if (!HUNG.has(deprel[verb] ?? "") || !/[a-z]ed$/.test(word) || word === (lemma[verb] ?? "").toLowerCase()) return;
  const children = (h: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (head[i] === h) out.push(i);
    return out;
  };
  if (children(verb).some((c) => OWN.has(deprel[c] ?? ""))) return;
  if (children(root).some((c) => deprel[c] === "cop" || deprel[c]?.startsWith("aux"))) return;
  // The name: the head of the run of proper nouns ending before the verb.
  let name = verb - 1;
  while (deprel[name] === "flat" && (head[name] ?? -1) >= 0 && head[name]! < name && upos[head[name]!] === "PROPN")
    name = head[name]!;
  const rootChildren = children(root);
  head[verb] = -1;
  deprel[verb] = "root";
  if (root === modified) {
    // What the noun held before the verb is the name's ("<Demonym>" on it, the name itself as a compound).
    for (const c of rootChildren)
      if (c < verb && c !== name) {
        head[c] = name;
        if (upos[c] === "ADJ") deprel[c] = "amod";
      } else if (c > verb && upos[c] === "PUNCT") head[c] = verb;
  } else if (root !== name) {
    head[root] = name;
    deprel[root] = upos[root] === "ADJ" ? "amod" : "nmod:desc";
  }
  head[name] = verb;
  deprel[name] = "nsubj";
  if (modified > verb) {
    head[modified] = verb;
    deprel[modified] = "obj";
  }
  if (root !== modified) for (const c of rootChildren) if (c > verb && c !== modified && c !== name) head[c] = verb;
}
