// The voice labels follow from the structure; the greedy parser's relation classifier, which sees a word's
// dependents only through its features, sometimes sets them against it.
// - UD's `obl:agent` is the "by" phrase of a passive (EWT train: all 312 have the case marker "by"). The greedy
// parser's relation classifier sees the word "by" only through its features, so it gives the label to other
// obliques of participles ("protested against X") and misses most real agents (EWT dev recall 21%: it
// labels them plain `obl`). The label is therefore set from the structure: an oblique marked by "by" under a
// passive verb (an `aux:pass` child) or under a participle modifying a noun (`acl`) is the agent, and an
// `obl:agent` without "by" is a plain oblique. EWT train: a "by" oblique under a passive verb is the agent 164
// times of 171.
// - A subject is `nsubj:pass` exactly when its verb has a passive auxiliary (EWT train: an `nsubj` beside an
// `aux:pass` 0 times, an `nsubj:pass` without one 33 times in 1,183), so the two are set from the auxiliary.
import type { SentenceAnalysis } from "./dependencyParser.js";

const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);

export function passiveVoice(words: readonly string[], a: SentenceAnalysis): void {
  const { head, deprel, upos } = a;
  const n = words.length;
  const byMarked = new Uint8Array(n);
  const passive = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const h = head[i] ?? -1;
    if (h < 0) continue;
    // "X was beaten by Y" parsed with "was" as a plain auxiliary (or a copula, which a verb never takes): a form
    // of "be" right before a past participle is the passive auxiliary.
    if (
      (deprel[i] === "aux" || deprel[i] === "cop") &&
      upos[h] === "VERB" &&
      BE_FORMS.has((words[i] ?? "").toLowerCase()) &&
      between(head, i, h) &&
      participle(words[h] ?? "", a.lemma[h] ?? "")
    )
      deprel[i] = "aux:pass";
    if (deprel[i] === "case" && (words[i] ?? "").toLowerCase() === "by") byMarked[h] = 1;
    if (deprel[i] === "aux:pass") passive[h] = 1;
  }
  for (let i = 0; i < n; i++) {
    const h = head[i] ?? -1;
    if (deprel[i] === "nsubj" && h >= 0 && passive[h]) deprel[i] = "nsubj:pass";
    else if (deprel[i] === "nsubj:pass" && h >= 0 && !passive[h]) deprel[i] = "nsubj";
    if (deprel[i] === "obl:agent") {
      if (!byMarked[i]) deprel[i] = "obl";
      continue;
    }
    if (deprel[i] !== "obl" || h < 0 || h > i || !byMarked[i] || !NOMINAL.has(upos[i] ?? "")) continue;
    if (upos[h] !== "VERB") continue;
    if (passive[h] || (deprel[h] === "acl" && participle(words[h] ?? "", a.lemma[h] ?? ""))) deprel[i] = "obl:agent";
  }
}

const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** Whether only adverbs or negation (the auxiliary's siblings) stand between auxiliary `i` and its verb `h`. */
function between(head: Int32Array, i: number, h: number): boolean {
  if (i > h) return false;
  for (let k = i + 1; k < h; k++) if (head[k] !== h) return false;
  return true;
}

/** A past participle's look: "-ed"/"-en" or a form that differs from its lemma without being "-ing"/"-s". */
function participle(word: string, lemma: string): boolean {
  const w = word.toLowerCase();
  if (/(ing|s)$/.test(w)) return false;
  return /(ed|en)$/.test(w) || w !== lemma.toLowerCase();
}
