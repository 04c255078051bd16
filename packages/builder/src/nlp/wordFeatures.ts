// Per-token atoms shared by the tagger and the parser: hashes of the normalized form, its lowercase, affixes and
// word shape. Computed once per token; features then mix these integers.
import { hashString } from "./featureHash.js";
import { type ClusterTable, clusterOf, clusterPrefix } from "./wordClusters.js";

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

export function wordAtomsOf(words: readonly string[], clusters?: ClusterTable): WordAtoms {
  const n = words.length;
  const atoms: WordAtoms = {
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
  for (let i = 0; i < n; i++) {
    const form = normalizeForm(words[i] ?? "");
    const lower = form.toLowerCase();
    atoms.form[i] = hashString(form);
    atoms.lower[i] = hashString(lower);
    atoms.prefix1[i] = hashString(lower.slice(0, 1));
    atoms.prefix2[i] = hashString(lower.slice(0, 2));
    atoms.suffix1[i] = hashString(lower.slice(-1));
    atoms.suffix2[i] = hashString(lower.slice(-2));
    atoms.suffix3[i] = hashString(lower.slice(-3));
    atoms.suffix4[i] = hashString(lower.slice(-4));
    atoms.shape[i] = hashString(shapeOf(form));
    if (clusters) {
      const code = clusterOf(clusters, form);
      atoms.cluster[i] = code;
      atoms.cluster4[i] = clusterPrefix(code, 4);
      atoms.cluster6[i] = clusterPrefix(code, 6);
    }
  }
  return atoms;
}
