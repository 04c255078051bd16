// Brown-style word clusters for the tagger and parser (Koo, Carreras & Collins 2008): words that occur in similar
// contexts share bit-path prefixes, so a rare or unseen word borrows the weights of its frequent neighbours. The
// clusters come from unlabeled text (packages/builder/data/ner-clusters.tsv, scripts/buildWordClusters.ts); the
// trained model carries its copy, so the file can change without silently changing a shipped model.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { clusterKey } from "../ner/clusterWords.js";

export const parserClustersPath = fileURLToPath(new URL("../../data/ner-clusters.tsv", import.meta.url));

/** Cluster key of a word -> bit path behind a leading 1 (so every prefix is a distinct number). */
export type ClusterTable = ReadonlyMap<string, number>;

/** word<TAB>bit path entries of a cluster file, in file order (what the model header stores). */
export function readClusterEntries(path: string = parserClustersPath): [string, string][] {
  const out: [string, string][] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.length === 0 || line.startsWith("#")) return;
      const tab = line.indexOf("\t");
      const bits = line.slice(tab + 1);
      if (tab <= 0 || !/^[01]{0,30}$/.test(bits)) throw new Error(`${path}:${i + 1}: expected word<TAB>bit path`);
      out.push([line.slice(0, tab), bits]);
    });
  return out;
}

export function clusterTableOf(entries: readonly [string, string][]): ClusterTable {
  return new Map(entries.map(([w, bits]) => [w, parseInt(`1${bits}`, 2)]));
}

/** The cluster code of a (normalized) word form, 0 when the word has no cluster. */
export function clusterOf(table: ClusterTable, form: string): number {
  return table.get(clusterKey(form)) ?? 0;
}

/** The first `len` bits of a cluster code; the whole code if it is shorter (0 stays 0). */
export function clusterPrefix(code: number, len: number): number {
  if (code === 0) return 0;
  const bits = 31 - Math.clz32(code);
  return bits > len ? code >>> (bits - len) : code;
}
