import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clusterKey, clusterWords } from "./clusterWords.js";
import { lowerWordHash } from "./featureExtractor.js";
import { loadWordClusters } from "./loadWordClusters.js";

// Made-up text: two word classes that occur in different contexts.
function corpus(): string[][] {
  const towns = ["Korvel", "Brask", "Dunmere", "Ostrava", "Velmora", "Tarrin"];
  const verbs = ["walked", "drove", "flew", "sailed", "rode", "travelled"];
  const out: string[][] = [];
  for (let i = 0; i < 60; i++) {
    out.push(["They", verbs[i % 6]!, "to", towns[(i * 5) % 6]!, "yesterday", "."]);
    out.push(["We", verbs[(i + 2) % 6]!, "from", towns[(i * 7) % 6]!, "today", "."]);
  }
  return out;
}

const shared = (a: string, b: string): number => {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k;
};

describe("word clusters", () => {
  const options = { minCount: 3, contexts: 50, depth: 6, minSplit: 2, iterations: 8 };

  it("puts words used alike under a longer common path than words used differently", () => {
    const c = clusterWords(corpus(), options);
    const town = c.get("korvel")!;
    expect(shared(town, c.get("brask")!)).toBeGreaterThan(shared(town, c.get("walked")!));
    expect(shared(c.get("walked")!, c.get("drove")!)).toBeGreaterThan(shared(c.get("walked")!, c.get("brask")!));
  });

  it("is deterministic and keys words lowercased with digits as 0", () => {
    expect([...clusterWords(corpus(), options)]).toEqual([...clusterWords(corpus(), options)]);
    expect(clusterKey("Route66")).toBe("route00");
  });
});

describe("cluster file", () => {
  it("reads word<TAB>path lines into path codes and names the line of a broken one", () => {
    const dir = mkdtempSync(join(tmpdir(), "newskg-clusters-"));
    try {
      const file = join(dir, "c.tsv");
      writeFileSync(file, "# comment\nkorvel\t0110\nwalked\t1\n");
      const map = loadWordClusters(file);
      expect(map.get(lowerWordHash("korvel"))).toBe(0b10110);
      expect(map.get(lowerWordHash("walked"))).toBe(0b11);
      writeFileSync(file, "korvel\t0110\nwalked 01\n");
      expect(() => loadWordClusters(file)).toThrow(`${file}:2: expected word<TAB>bit path`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
