// Per-token atoms shared by the tagger and the parser: hashes of the normalized form, its lowercase, affixes and
// word shape. Computed once per token; features then mix these integers.
import { hashString } from "./featureHash.js";
import { type ClusterTable, clusterOf, clusterPrefix } from "./wordClusters.js";
import type { WordMemo } from "./wordMemo.js";

export interface WordAtoms {
  form: Int32Array;
  lower: Int32Array;
  prefix1: Int32Array;
  prefix2: Int32Array;
  suffix1: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
  shape: Int32Array;
  /** Word-cluster codes: 4- and 6-bit prefixes and the whole path (0: no cluster; all 0 without a table). */
  cluster4: Int32Array;
  cluster6: Int32Array;
  cluster: Int32Array;
}

/**
 * News text and the treebank spell quotes and apostrophes differently ("’s", “ ”, ``): one spelling for the model.
 */
export function normalizeForm(word: string): string {
  if (word.length === 1) {
    const c = word.charCodeAt(0);
    if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return '"';
    if (c === 0x2018 || c === 0x2019) return "'";
    if (c === 0x2013 || c === 0x2014) return "--";
    return word;
  }
  if (word === "``" || word === "''") return '"';
  return word.includes("’") ? word.replace(/’/g, "'") : word;
}

/** Word shape with runs collapsed: "U.S." -> "X.X.", "Al-Shabaab" -> "Xx-Xx", "2.5" -> "d.d". */
export function shapeOf(word: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const c = word.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = "X";
    else if (c >= 97 && c <= 122) k = "x";
    else if (c >= 48 && c <= 57) k = "d";
    else if (c < 128) k = word[i] ?? "";
    else {
      const ch = word[i] ?? "";
      k = ch.toLowerCase() !== ch ? "X" : ch.toUpperCase() !== ch ? "x" : ch;
    }
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Number of atoms per word, in the order of the WordAtoms fields. */
const ATOMS = 12;

/** Writes the atoms of one word into out[at .. at + ATOMS). */
function atomsOfWord(word: string, clusters: ClusterTable | undefined, out: Int32Array, at: number): void {
  const form = normalizeForm(word);
  const lower = form.toLowerCase();
  out[at] = hashString(form);
  out[at + 1] = hashString(lower);
  out[at + 2] = hashString(lower.slice(0, 1));
  out[at + 3] = hashString(lower.slice(0, 2));
  out[at + 4] = hashString(lower.slice(-1));
  out[at + 5] = hashString(lower.slice(-2));
  out[at + 6] = hashString(lower.slice(-3));
  out[at + 7] = hashString(lower.slice(-4));
  out[at + 8] = hashString(shapeOf(form));
  const code = clusters ? clusterOf(clusters, form) : 0;
  out[at + 9] = clusters ? clusterPrefix(code, 4) : 0;
  out[at + 10] = clusters ? clusterPrefix(code, 6) : 0;
  out[at + 11] = code;
}

function emptyAtoms(n: number): WordAtoms {
  return {
    form: new Int32Array(n),
    lower: new Int32Array(n),
    prefix1: new Int32Array(n),
    prefix2: new Int32Array(n),
    suffix1: new Int32Array(n),
    suffix2: new Int32Array(n),
    suffix3: new Int32Array(n),
    suffix4: new Int32Array(n),
    shape: new Int32Array(n),
    cluster4: new Int32Array(n),
    cluster6: new Int32Array(n),
    cluster: new Int32Array(n),
  };
}

function setAtoms(a: WordAtoms, i: number, v: Int32Array, at: number): void {
  a.form[i] = v[at] ?? 0;
  a.lower[i] = v[at + 1] ?? 0;
  a.prefix1[i] = v[at + 2] ?? 0;
  a.prefix2[i] = v[at + 3] ?? 0;
  a.suffix1[i] = v[at + 4] ?? 0;
  a.suffix2[i] = v[at + 5] ?? 0;
  a.suffix3[i] = v[at + 6] ?? 0;
  a.suffix4[i] = v[at + 7] ?? 0;
  a.shape[i] = v[at + 8] ?? 0;
  a.cluster4[i] = v[at + 9] ?? 0;
  a.cluster6[i] = v[at + 10] ?? 0;
  a.cluster[i] = v[at + 11] ?? 0;
}

/** The atoms of each word; `memo` (which must only ever see this cluster table) keeps those of words already seen. */
export function wordAtomsOf(words: readonly string[], clusters?: ClusterTable, memo?: WordMemo<Int32Array>): WordAtoms {
  const atoms = emptyAtoms(words.length);
  const v = new Int32Array(ATOMS);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    let row = memo?.get(word);
    if (!row) {
      atomsOfWord(word, clusters, v, 0);
      row = memo ? memo.set(word, v.slice()) : v;
    }
    setAtoms(atoms, i, row, 0);
  }
  return atoms;
}
