// A sentence may open with a participle clause set off by a comma ("Born in Y, X moved ...", "Raised in Y and
// trained in Z, she joined ...", "Asked about it, the minister said ..."). The greedy parser, reading left to
// right, makes the participle the root and hangs the real main verb on it (as a relative, complement or
// conjunct), so the main clause's subject never meets its verb. In UD the opening participle is an adverbial
// clause (advcl) of the main verb. When the root is such a participle with no subject, auxiliary or marker of its
// own, and after its comma comes a subject and a verb the parse hung inside the participle's clause, that verb
// becomes the root, the participle its advcl, and the first nominal after the comma its subject.
import type { SentenceAnalysis } from "./dependencyParser.js";

const OWN_CLAUSE = new Set(["nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark", "csubj", "expl"]);
/** How the parse hangs the swallowed main verb inside the participle clause. */
const SWALLOWED = new Set(["acl:relcl", "acl", "ccomp", "conj", "parataxis", "advcl", "dep", "xcomp"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
/** Participle forms: regular past participles and the common irregular endings ("born", "known", "hit", "led"). */
const PARTICIPLE = /(ed|en|wn|rn|ne|un|ht|lt|pt|nt|ld|ng|ck|id|ad|de)$/i;

function within(head: Int32Array, node: number, ancestor: number): boolean {
  for (let k = node, steps = 0; k >= 0 && steps < 64; k = head[k] ?? -1, steps++) if (k === ancestor) return true;
  return false;
}

/**
 * The other way the parse goes wrong: the opening participle hung as the clausal subject (csubj) of the main
 * predicate ("Born in Y, X was a lawyer" with "was a lawyer" the root). A participle set off by a comma is no
 * subject: it becomes the predicate's advcl, and when the predicate has no subject of its own the first nominal
 * after the comma (which the parse hung inside the participle's clause) becomes it.
 */
function participleAsSubject(words: readonly string[], a: SentenceAnalysis): void {
  const { head, deprel, upos } = a;
  const n = words.length;
  const p = upos[0] === "ADV" && words[1] ? 1 : 0;
  if (deprel[p] !== "csubj" || upos[p] !== "VERB") return;
  const form = words[p] ?? "";
  if (/ing$/i.test(form) || !PARTICIPLE.test(form) || !/^\p{Lu}/u.test(words[0] ?? "")) return;
  const predicate = head[p] ?? -1;
  if (predicate <= p) return;
  const kids = (h: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (head[i] === h) out.push(i);
    return out;
  };
  if (kids(p).some((c) => OWN_CLAUSE.has(deprel[c] ?? ""))) return;
  // The participle's clause ends at the last comma before the predicate ("Born in Y, Z, X was ...").
  let comma = -1;
  for (let k = p + 1; k < predicate; k++) if (words[k] === ",") comma = k;
  if (comma < 0) return;
  const subjects = kids(predicate).filter((c) => deprel[c]?.startsWith("nsubj"));
  if (subjects.some((c) => c > comma)) {
    deprel[p] = "advcl";
    return;
  }
  if (subjects.length) return;
  // The first nominal after the comma. A name's words run on (the parse may have split them between the
  // participle's clause and its place); a compound runs to its head noun.
  let subject = comma + 1;
  while (subject < predicate && !NOMINAL.has(upos[subject] ?? "")) {
    if (upos[subject] === "VERB" || upos[subject] === "AUX" || upos[subject] === "PUNCT") return;
    subject++;
  }
  let last = subject;
  if (upos[subject] === "PROPN") while (last + 1 < predicate && upos[last + 1] === "PROPN") last++;
  else
    while (
      subject + 1 < predicate &&
      (upos[subject + 1] === "PROPN" || upos[subject + 1] === "NOUN") &&
      head[subject] === subject + 1
    )
      last = ++subject;
  if (subject >= predicate || !within(head, subject, p)) return;
  // Only a subject right before the predicate's verb or copula.
  for (let k = last + 1; k < predicate; k++)
    if (upos[k] !== "AUX" && upos[k] !== "DET" && upos[k] !== "ADJ" && upos[k] !== "ADV") return;
  deprel[p] = "advcl";
  head[subject] = predicate;
  deprel[subject] = "nsubj";
  for (let k = subject + 1; k <= last; k++) {
    const h = head[k] ?? -1;
    if (h >= subject && h <= last) continue;
    head[k] = subject;
    deprel[k] = "flat";
  }
  head[comma] = p;
}

export function frontedParticiple(words: readonly string[], a: SentenceAnalysis): void {
  participleAsSubject(words, a);
  const { head, deprel, upos } = a;
  const n = words.length;
  const root = head.indexOf(-1);
  // The participle opens the sentence (a leading adverb such as "Also" or "Later" may stand before it).
  if (root < 0 || root > 1 || upos[root] !== "VERB") return;
  if (root === 1 && upos[0] !== "ADV") return;
  const form = words[root] ?? "";
  if (/ing$/i.test(form) || !PARTICIPLE.test(form) || !/^\p{Lu}/u.test(words[0] ?? "")) return;
  const kids = (h: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (head[i] === h) out.push(i);
    return out;
  };
  if (kids(root).some((c) => OWN_CLAUSE.has(deprel[c] ?? ""))) return;
  function mainClauseAfter(comma: number): boolean {
    // The subject: the first nominal after the comma (with its determiners and modifiers before it).
    let subject = comma + 1;
    while (subject < n && !NOMINAL.has(upos[subject] ?? "")) {
      if (upos[subject] === "VERB" || upos[subject] === "AUX" || upos[subject] === "PUNCT") return false;
      subject++;
    }
    if (subject >= n) return false;
    // Its last word when it is a name or compound ("the Acme chief executive", "Anna Kovel").
    while (
      subject + 1 < n &&
      (upos[subject + 1] === "PROPN" || upos[subject + 1] === "NOUN") &&
      head[subject] === subject + 1
    )
      subject++;
    let verb = -1;
    for (let v = subject + 1; v < n && verb < 0; v++) {
      const u = upos[v];
      if (u === "PUNCT" || u === "ADP" || u === "SCONJ" || u === "CCONJ") break;
      if (u !== "VERB" && u !== "AUX") continue;
      verb = v;
    }
    if (verb < 0 || !within(head, verb, root) || (!SWALLOWED.has(deprel[verb] ?? "") && head[verb] !== root))
      return false;
    if (kids(verb).some((c) => deprel[c] === "mark" || deprel[c] === "cc")) return false;
    // An auxiliary found first: the verb it serves is the predicate.
    if (upos[verb] === "AUX" && deprel[verb] !== "cop") {
      const served = head[verb] ?? -1;
      if (served <= verb || upos[served] !== "VERB") return false;
      if (kids(served).some((c) => deprel[c] === "mark" || deprel[c] === "cc")) return false;
      verb = served;
    } else if (upos[verb] === "AUX") return false;
    if (kids(verb).some((c) => deprel[c]?.startsWith("nsubj") && c !== subject)) return false;
    const passive = kids(verb).some((c) => deprel[c] === "aux:pass");
    head[verb] = -1;
    deprel[verb] = "root";
    head[root] = verb;
    deprel[root] = "advcl";
    head[subject] = verb;
    deprel[subject] = passive ? "nsubj:pass" : "nsubj";
    if (head[comma] !== verb) head[comma] = root;
    // What hung on the old participle beyond the main verb (the final full stop) now hangs on the verb.
    for (const c of kids(root)) if (c > verb) head[c] = verb;
    // Auxiliaries between the subject and the verb hang on the verb.
    for (let k = subject + 1; k < verb; k++)
      if (upos[k] === "AUX" && head[k] !== verb && within(head, k, root)) head[k] = verb;
    return true;
  }
  // The clause may hold commas of its own ("Born in Porvik, Norway, X moved ..."): each comma is tried in turn.
  for (let comma = root + 1; comma + 2 < n; comma++) if (words[comma] === "," && mainClauseAfter(comma)) return;
}
