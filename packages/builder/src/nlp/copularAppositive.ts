// A copula makes a clause: "His father, <Name>, was an army general, ..." has the predicate "general", whose
// subject is "father". The greedy parser, which has attached "<Name>" as an appositive of "father", often reads
// the predicate nominal as a second appositive (or a conjunct) with its own copula and leaves "father" as the root
// of a sentence without a predicate. An appositive never has a copula, so a nominal so attached to a root that
// has no subject, copula or auxiliary of its own becomes the root, and that root its subject. So does a predicate
// title read as a bare modifier of the name before it ("X was President of Y": `nmod` with no preposition of its
// own), which a copula never takes either.
import type { SentenceAnalysis } from "./dependencyParser.js";

const OWN_PREDICATE = new Set(["nsubj", "nsubj:pass", "cop", "aux", "aux:pass", "csubj", "expl"]);
const MISREAD = new Set(["appos", "conj", "parataxis", "list", "dep"]);
const PREDICATE_TAGS = new Set(["NOUN", "PROPN", "PRON", "ADJ", "NUM"]);

export function copularAppositive(words: readonly string[], a: SentenceAnalysis): void {
  const { head, deprel, upos } = a;
  const n = words.length;
  const root = head.indexOf(-1);
  if (root < 0 || !["NOUN", "PROPN", "PRON"].includes(upos[root] ?? "")) return;
  const rootChildren: number[] = [];
  for (let i = 0; i < n; i++) if (head[i] === root) rootChildren.push(i);
  if (rootChildren.some((c) => OWN_PREDICATE.has(deprel[c] ?? ""))) return;
  for (const p of rootChildren) {
    if (p < root || !PREDICATE_TAGS.has(upos[p] ?? "")) continue;
    const dep = deprel[p] ?? "";
    if (!MISREAD.has(dep) && !(dep === "nmod" && !head.some((h, i) => h === p && deprel[i] === "case"))) continue;
    let cop = -1;
    let subject = false;
    for (let i = 0; i < n; i++) {
      if (head[i] !== p) continue;
      if (deprel[i] === "cop" && i > root && i < p) cop = i;
      if (deprel[i]?.startsWith("nsubj") || deprel[i] === "cc") subject = true;
    }
    if (cop < 0 || subject) continue;
    head[p] = -1;
    deprel[p] = "root";
    head[root] = p;
    deprel[root] = "nsubj";
    for (const c of rootChildren) if (c > cop && c !== p) head[c] = p;
    return;
  }
}
