// A modifier clause inside the subject ("X, who was shot by Y, died ...", "a group calling itself Z claimed
// ...", "a man wearing a mask robbed ...", "a clinic run by volunteers opened ...") is built first by the greedy parser, which then hangs the main verb on
// it (as its conjunct, adverbial clause or complement) and leaves the subject noun, or the bare participle, as the
// sentence's root. A noun with a clause of its own, or an "-ing" form (or a participle with a "by" phrase) with a
// subject but no auxiliary, is not a predicate; the first finite-looking verb after that clause, attached to it without a conjunction or marker of its
// own, is. It becomes the root, the noun its subject, and the clause a modifier of the noun again.
import type { SentenceAnalysis } from "./dependencyParser.js";

const OWN_PREDICATE = new Set(["nsubj", "nsubj:pass", "cop", "aux", "aux:pass", "csubj", "expl"]);
const MODIFIER = new Set(["acl", "acl:relcl"]);
/** How the swallowed main verb hangs on the modifier clause. */
const SWALLOWED = new Set(["conj", "advcl", "ccomp", "xcomp", "parataxis", "dep"]);
/** Markers that make a verb a dependent clause or a conjunct in its own right. */
const OWN_MARKER = new Set(["cc", "mark"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);

export function promoteMainVerb(words: readonly string[], a: SentenceAnalysis): void {
  const { head, deprel, upos } = a;
  const n = words.length;
  const root = head.indexOf(-1);
  if (root < 0) return;
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const h = head[i] ?? -1;
    if (h >= 0) children[h]?.push(i);
  }
  const kids = (h: number): number[] => children[h] ?? [];
  let subject: number;
  let clause: number;
  if (NOMINAL.has(upos[root] ?? "")) {
    if (kids(root).some((c) => OWN_PREDICATE.has(deprel[c] ?? ""))) return;
    const m = kids(root).find((c) => c > root && MODIFIER.has(deprel[c] ?? "") && upos[c] === "VERB");
    if (m === undefined) return;
    subject = root;
    clause = m;
  } else if (upos[root] === "VERB" && (/ing$/i.test(words[root] ?? "") || reducedPassive(words, a, kids(root)))) {
    if (kids(root).some((c) => OWN_PREDICATE.has(deprel[c] ?? "") && deprel[c] !== "nsubj")) return;
    if (kids(root).some((c) => deprel[c] === "mark")) return;
    const s = kids(root).find((c) => c < root && deprel[c] === "nsubj" && NOMINAL.has(upos[c] ?? ""));
    if (s === undefined) return;
    subject = s;
    clause = root;
  } else {
    // "X, who had led the group, resigned": the relative clause built as the sentence with X on it (as its
    // subject, or a vocative as in EWT's e-mails) and the main verb hung on it.
    const antecedent = upos[root] === "VERB" ? relativeAntecedent(words, a, root, kids(root)) : undefined;
    if (antecedent === undefined) {
      relativeBeforeRoot(words, a, root, kids);
      return;
    }
    subject = antecedent;
    clause = root;
  }
  const relative = deprel[clause] === "acl:relcl" || relativePronoun(words, a, clause, kids(clause)) !== undefined;
  // The main verb: the first verb after the clause that hangs inside it (or on the root) with no marker of its own.
  let verb = -1;
  for (let v = clause + 1; v < n && verb < 0; v++) {
    if (upos[v] !== "VERB" || !SWALLOWED.has(deprel[v] ?? "") || /ing$/i.test(words[v] ?? "")) continue;
    if (!within(head, v, clause) && head[v] !== root) continue;
    if (kids(v).some((c) => OWN_MARKER.has(deprel[c] ?? ""))) continue;
    if ((words[v - 1] ?? "").toLowerCase() === "to") continue;
    // A relative clause set off by commas is closed by one before the main verb.
    if (relative && !words.slice(clause + 1, v).includes(",")) continue;
    // Its subject, if it has one, must be a word the parser took from inside the clause.
    if (kids(v).some((c) => deprel[c]?.startsWith("nsubj") && (c < clause || c > v))) continue;
    verb = v;
  }
  if (verb < 0) return;
  const clauseHasObject = kids(clause).some((c) => deprel[c] === "obj");
  for (const c of kids(verb)) {
    if (!deprel[c]?.startsWith("nsubj")) continue;
    head[c] = clause;
    deprel[c] = clauseHasObject ? "xcomp" : "obj";
  }
  const passive = kids(verb).some((c) => deprel[c] === "aux:pass");
  const oldRoot = root;
  head[verb] = -1;
  deprel[verb] = "root";
  head[subject] = verb;
  deprel[subject] = passive ? "nsubj:pass" : "nsubj";
  if (clause === oldRoot) {
    head[clause] = subject;
    deprel[clause] = relative ? "acl:relcl" : "acl";
  }
  // What hung on the old root or on the clause beyond the main verb (the final mark) now hangs on the verb.
  for (const h of [oldRoot, clause]) for (const c of kids(h)) if (c > verb && head[c] === h) head[c] = verb;
}

/** Relative pronouns that open a subject relative set off by commas. */
const RELATIVE_SUBJECTS = new Set(["who", "which"]);
/** How the parser hangs the antecedent of a relative it took for the sentence on that clause. */
const ANTECEDENT = new Set(["nsubj", "nsubj:pass", "vocative", "dislocated", "obl", "obj", "dep", "appos"]);

/** The clause's relative pronoun subject right after a comma ("X, who ..."), if it has one. */
function relativePronoun(
  words: readonly string[],
  a: SentenceAnalysis,
  clause: number,
  clauseKids: number[],
): number | undefined {
  return clauseKids.find(
    (c) =>
      c < clause &&
      a.deprel[c]?.startsWith("nsubj") &&
      RELATIVE_SUBJECTS.has((words[c] ?? "").toLowerCase()) &&
      words[c - 1] === ",",
  );
}

/**
 * The antecedent of a verb that is a relative clause ("X, who ... , VERB ..."): the nominal on that verb whose
 * phrase ends at the comma before the relative pronoun.
 */
function relativeAntecedent(
  words: readonly string[],
  a: SentenceAnalysis,
  clause: number,
  clauseKids: number[],
): number | undefined {
  const pronoun = relativePronoun(words, a, clause, clauseKids);
  if (pronoun === undefined) return undefined;
  const last = pronoun - 2;
  return clauseKids.find(
    (c) =>
      c <= last &&
      NOMINAL.has(a.upos[c] ?? "") &&
      ANTECEDENT.has(a.deprel[c] ?? "") &&
      (c === last || within(a.head, last, c)),
  );
}

/**
 * "X, who founded Y, met Z" built with the relative as a clause on the main verb (a complement or an adverbial) and
 * X on that clause: when the main verb has no subject, X is its subject and the clause a relative on X.
 */
function relativeBeforeRoot(
  words: readonly string[],
  a: SentenceAnalysis,
  root: number,
  kids: (h: number) => number[],
): void {
  if (a.upos[root] !== "VERB" || kids(root).some((c) => OWN_SUBJECT.has(a.deprel[c] ?? ""))) return;
  const clause = kids(root).find((c) => c < root && SWALLOWED.has(a.deprel[c] ?? "") && a.upos[c] === "VERB");
  if (clause === undefined || words.slice(clause + 1, root).indexOf(",") < 0) return;
  const antecedent = relativeAntecedent(words, a, clause, kids(clause));
  if (antecedent === undefined) return;
  a.head[antecedent] = root;
  a.deprel[antecedent] = kids(root).some((c) => a.deprel[c] === "aux:pass") ? "nsubj:pass" : "nsubj";
  a.head[clause] = antecedent;
  a.deprel[clause] = "acl:relcl";
}

const OWN_SUBJECT = new Set(["nsubj", "nsubj:pass", "csubj", "expl"]);

/** A participle with a "by" phrase and no auxiliary ("a clinic run by volunteers"): a reduced passive. */
function reducedPassive(words: readonly string[], a: SentenceAnalysis, rootKids: number[]): boolean {
  return rootKids.some(
    (c) =>
      a.deprel[c] === "obl" &&
      a.head.some((h, k) => h === c && a.deprel[k] === "case" && (words[k] ?? "").toLowerCase() === "by"),
  );
}

/** Whether `node` lies strictly under `ancestor`. */
function within(head: Int32Array, node: number, ancestor: number): boolean {
  for (let k = head[node] ?? -1, steps = 0; k >= 0 && steps <= head.length; k = head[k] ?? -1, steps++)
    if (k === ancestor) return true;
  return false;
}
