// Reads the word-cluster file (packages/builder/data/ner-clusters.tsv, made by scripts/buildWordClusters.ts) into
// the map the feature extractor uses: lowercase-word hash -> cluster path code (the bit path behind a leading 1, so
// every prefix is a distinct number). Training reads the file; the trained model carries the map.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lowerWordHash } from "./featureExtractor.js";

export const clustersPath = fileURLToPath(new URL("../../data/ner-clusters.tsv", import.meta.url));

export function loadWordClusters(path: string = clustersPath): Map<number, number> {
  const out = new Map<number, number>();
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.length === 0 || line.startsWith("#")) return;
      const tab = line.indexOf("\t");
      const path01 = line.slice(tab + 1);
      if (tab <= 0 || !/^[01]{0,30}$/.test(path01)) throw new Error(`${path}:${i + 1}: expected word<TAB>bit path`);
      out.set(lowerWordHash(line.slice(0, tab)), parseInt(`1${path01}`, 2));
    });
  return out;
}
