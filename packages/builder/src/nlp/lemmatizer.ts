// Lemmas from the training vocabulary (form + UPOS -> most frequent lemma), and for unseen words a learned
// edit script (strip k letters, append a string) chosen by the longest suffix seen with that UPOS. Irregular verb
// forms the treebank never shows ("fled", "slew") come from a maintained list (english-verbs-irregular, Apache-2.0).
import { createRequire } from "node:module";
import { normalizeForm } from "./wordFeatures.js";
import { WordMemo } from "./wordMemo.js";

const MAX_SUFFIX = 6;
/** A suffix must predict its script this often before it is trusted for unseen words. */
const MIN_SUFFIX_COUNT = 2;

export interface LemmatizerData {
  /** "upos\tlowercase form" -> lemma. */
  vocabulary: [string, string][];
  /** "upos\tsuffix" -> edit script "k|append". */
  suffixScripts: [string, string][];
  /** Irregular past and participle forms -> base form, for verbs unseen in training. */
  irregular: [string, string][];
}

export class Lemmatizer {
  private readonly vocabulary: Map<string, string>;
  private readonly suffixScripts: Map<string, string>;
  private readonly irregular: Map<string, string>;
  /** Every verb lemma the training data or the irregular list knows: what a repaired verb lemma must be. */
  private readonly verbLemmas = new Set<string>();

  constructor(data: LemmatizerData) {
    this.vocabulary = new Map(data.vocabulary);
    this.suffixScripts = new Map(data.suffixScripts);
    this.irregular = new Map(data.irregular);
    for (const [key, lemma] of data.vocabulary) if (key.startsWith("VERB\t")) this.verbLemmas.add(lemma.toLowerCase());
    for (const [, base] of data.irregular) this.verbLemmas.add(base);
  }

  /** Whether the training data or the irregular list knows `lemma` as a verb. */
  isVerbLemma(lemma: string): boolean {
    return this.verbLemmas.has(lemma.toLowerCase());
  }

  /** Lemmas already found, per UPOS tag (`lemmatize` is a pure function of the word and the tag). */
  private readonly memo = new Map<string, WordMemo<string>>();

  lemmatize(word: string, upos: string): string {
    let memo = this.memo.get(upos);
    if (!memo) this.memo.set(upos, (memo = new WordMemo<string>()));
    return memo.get(word) ?? memo.set(word, this.lemmaOf(word, upos));
  }

  private lemmaOf(word: string, upos: string): string {
    const form = normalizeForm(word);
    const lower = form.toLowerCase();
    const known = this.vocabulary.get(`${upos}\t${lower}`);
    if (known !== undefined) return upos === "PROPN" && known.toLowerCase() === lower ? form : known;
    if (upos === "PROPN") return form;
    if (upos === "PUNCT" || upos === "SYM" || upos === "NUM" || upos === "X") return word;
    if (upos === "VERB" || upos === "AUX") {
      const base = this.irregular.get(lower);
      if (base !== undefined) return base;
    }
    const scripted = this.scripted(lower, upos);
    if (upos !== "VERB" || this.verbLemmas.has(scripted)) return scripted;
    // A suffix script can strip an unseen verb wrongly ("raided" -> "raide", as "decided" -> "decide"): when its
    // output is no verb the training data knows but a regular stem of the form is, the stem is the lemma.
    const stem = regularVerbStems(lower).find((known) => this.verbLemmas.has(known)) ?? silentEBase(lower);
    if (stem !== undefined) return stem;
    // Irregular forms come from the training vocabulary or the irregular list, so an unseen verb without a regular
    // ending is a base form: a script learned from an irregular past must not rewrite it ("renew" is no "knew").
    return hasRegularInflection(lower) ? scripted : lower;
  }

  private scripted(lower: string, upos: string): string {
    for (let k = Math.min(MAX_SUFFIX, lower.length - 1); k >= 1; k--) {
      const script = this.suffixScripts.get(`${upos}\t${lower.slice(-k)}`);
      if (script !== undefined) return applyScript(lower, script);
    }
    return lower;
  }
}

/** Base forms a regularly inflected verb form may have ("raided" -> raid, "quizzed" -> quiz, "carried" -> carry). */
export function regularVerbStems(lower: string): string[] {
  const out: string[] = [];
  const stem = (suffix: string): string | undefined =>
    lower.endsWith(suffix) ? lower.slice(0, -suffix.length) : undefined;
  for (const base of [stem("ed"), stem("ing")]) {
    if (!base || base.length < 2) continue;
    out.push(base, `${base}e`);
    if (base.length > 2 && base[base.length - 1] === base[base.length - 2]) out.push(base.slice(0, -1));
  }
  const ied = stem("ied") ?? stem("ies");
  if (ied) out.push(`${ied}y`);
  const es = stem("es");
  if (es) out.push(es);
  const s = stem("s");
  if (s) out.push(s);
  return out;
}

/** Whether a verb form ends as a regular past, participle, gerund or third-person form does. */
export function hasRegularInflection(lower: string): boolean {
  return /(?:ed|ing|s)$/.test(lower);
}

/**
 * The base of an unseen one-syllable "-ed"/"-ing" verb whose stem ends in one vowel and one consonant: English
 * spelling drops a silent "e" there ("graded" -> grade, "shading" -> shade), while a doubled consonant or two
 * vowels keep the stem as it is ("stopped", "raided"), so those are left to the suffix scripts.
 */
export function silentEBase(lower: string): string | undefined {
  const base = lower.endsWith("ed") ? lower.slice(0, -2) : lower.endsWith("ing") ? lower.slice(0, -3) : undefined;
  return base !== undefined && /^[^aeiouy]*[aeiou][^aeiouwxy]$/.test(base) ? `${base}e` : undefined;
}

export function scriptOf(lower: string, lemma: string): string {
  let p = 0;
  while (p < lower.length && p < lemma.length && lower[p] === lemma[p]) p++;
  return `${lower.length - p}|${lemma.slice(p)}`;
}

export function applyScript(lower: string, script: string): string {
  const bar = script.indexOf("|");
  const cut = Number(script.slice(0, bar));
  return lower.slice(0, lower.length - cut) + script.slice(bar + 1);
}

function byKey<T>(entries: [string, T][]): [string, T][] {
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function trainLemmatizer(sentences: { words: string[]; upos: string[]; lemma: string[] }[]): LemmatizerData {
  const vocabCounts = new Map<string, Map<string, number>>();
  const suffixCounts = new Map<string, Map<string, number>>();
  const count = (table: Map<string, Map<string, number>>, key: string, value: string): void => {
    let m = table.get(key);
    if (!m) table.set(key, (m = new Map()));
    m.set(value, (m.get(value) ?? 0) + 1);
  };
  for (const s of sentences)
    s.words.forEach((w, i) => {
      const upos = s.upos[i] ?? "X";
      const lemma = s.lemma[i] ?? "_";
      // EWT's e-mail signatures lemmatize a first name as the whole address ("Ann" -> "AnnX@CORP"): a lemma that
      // adds an address to a word that has none is an annotation artefact, not a lemma to learn.
      if (lemma === "_" || (lemma.includes("@") && !w.includes("@"))) return;
      const lower = normalizeForm(w).toLowerCase();
      count(vocabCounts, `${upos}\t${lower}`, lemma);
      if (upos === "PROPN" || upos === "PUNCT" || upos === "NUM" || upos === "SYM" || upos === "X") return;
      const script = scriptOf(lower, lemma.toLowerCase());
      for (let k = 1; k <= Math.min(MAX_SUFFIX, lower.length - 1); k++)
        count(suffixCounts, `${upos}\t${lower.slice(-k)}`, script);
    });
  const best = (m: Map<string, number>): [string, number] => {
    let top: [string, number] = ["", -1];
    for (const [v, n] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > top[1]) top = [v, n];
    return top;
  };
  const vocabulary: [string, string][] = [];
  for (const [k, m] of vocabCounts) vocabulary.push([k, best(m)[0]]);
  const suffixScripts: [string, string][] = [];
  for (const [k, m] of suffixCounts) {
    const [script, n] = best(m);
    let total = 0;
    for (const v of m.values()) total += v;
    // Only suffixes that mostly agree: an unreliable long suffix defers to a shorter, reliable one.
    if (n >= MIN_SUFFIX_COUNT && n / total >= 0.75) suffixScripts.push([k, script]);
  }
  return { vocabulary: byKey(vocabulary), suffixScripts: byKey(suffixScripts), irregular: irregularVerbForms() };
}

/** The irregular-verb table of english-verbs-irregular: base -> its [past, participle] form pairs. */
function irregularVerbTable(): Record<string, [string, string][]> {
  const require = createRequire(import.meta.url);
  return require("english-verbs-irregular/dist/verbs.json") as Record<string, [string, string][]>;
}

/** Past and participle forms of English irregular verbs -> base; a form of several verbs keeps the first base. */
export function irregularVerbForms(): [string, string][] {
  const verbs = irregularVerbTable();
  const out = new Map<string, string>();
  for (const base of Object.keys(verbs).sort())
    for (const forms of verbs[base] ?? [])
      for (const form of forms) if (form && form !== base && !out.has(form)) out.set(form, base);
  return byKey([...out]);
}

/**
 * Every past or participle form of an irregular verb, including those spelt like the base ("hit", "cut", "set"):
 * words that may be a finite verb after a singular subject without an ending.
 */
export function irregularPastForms(): Set<string> {
  const out = new Set<string>();
  for (const forms of Object.values(irregularVerbTable()))
    for (const pair of forms) for (const f of pair) if (f) out.add(f);
  return out;
}
