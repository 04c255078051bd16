import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clusterOf, clusterPrefix, clusterTableOf, readClusterEntries } from "./wordClusters.js";
import { wordAtomsOf } from "./wordFeatures.js";

const dir = mkdtempSync(join(tmpdir(), "newskg-clusters-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("word clusters for the tagger and parser", () => {
  const table = clusterTableOf([
    ["pledged", "100010100101"],
    ["threatened", "100010100101"],
    ["promised", "10001010011"],
    ["0000", "0111"],
  ]);

  it("keys words the way the cluster file does: lowercase, digits as 0", () => {
    expect(clusterOf(table, "Threatened")).toBe(clusterOf(table, "pledged"));
    expect(clusterOf(table, "1999")).toBe(parseInt("10111", 2));
    expect(clusterOf(table, "unclustered")).toBe(0);
  });

  it("gives words that share a bit-path prefix the same coarse code and distinct fine ones", () => {
    const threatened = clusterOf(table, "threatened");
    const promised = clusterOf(table, "promised");
    expect(clusterPrefix(threatened, 6)).toBe(clusterPrefix(promised, 6));
    expect(threatened).not.toBe(promised);
    // A leading 1 keeps prefixes of different lengths apart ("0" and "00" are different codes).
    expect(clusterPrefix(parseInt("10", 2), 4)).not.toBe(clusterPrefix(parseInt("100", 2), 4));
    expect(clusterPrefix(0, 4)).toBe(0);
  });

  it("fills the cluster atoms only when a table is given", () => {
    const words = ["Rebels", "threatened", "reprisals"];
    const withTable = wordAtomsOf(words, table);
    expect(withTable.cluster[1]).toBe(clusterOf(table, "threatened"));
    expect(withTable.cluster6[1]).toBe(clusterPrefix(clusterOf(table, "threatened"), 6));
    expect(withTable.cluster[0]).toBe(0);
    expect([...wordAtomsOf(words).cluster]).toEqual([0, 0, 0]);
  });

  it("reads a cluster file and names the file and line of a malformed entry", () => {
    const good = join(dir, "good.tsv");
    writeFileSync(good, "# comment\nthreatened\t1000101\npledged\t1000101\n");
    expect(readClusterEntries(good)).toEqual([
      ["threatened", "1000101"],
      ["pledged", "1000101"],
    ]);
    const bad = join(dir, "bad.tsv");
    writeFileSync(bad, "threatened\t1000101\npledged 1000101\n");
    expect(() => readClusterEntries(bad)).toThrow(`${bad}:2: expected word<TAB>bit path`);
  });
});
