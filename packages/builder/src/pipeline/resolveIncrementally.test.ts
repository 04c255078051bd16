// Incremental resolution equals resolving everything: on corpora drawn from a small pool of names that exercise
// every rule (full names, surnames, short forms and acronyms, national bodies with and without a country,
// countries, a person's name that is a place's, events by class and place, keys that collide), after articles are
// added, changed and removed, and fewer entities are resolved again than there are.
import { describe, expect, it } from "vitest";
import { randomResolutionArticle as article } from "../testing/randomResolutionArticle.js";
import * as extractor from "../extract/index.js";
import type { DocumentExtraction } from "../extract/types.js";
import { seededRandom } from "../graph/seededRandom.js";
import type { ResolutionIndex } from "./resolutionIndex.js";
import { resolveIncrementally } from "./resolveIncrementally.js";

const hashesOf = (docs: DocumentExtraction[]) => new Map(docs.map((d) => [d.docKey, JSON.stringify(d)]));

describe("resolveIncrementally", () => {
  it("equals resolving every article after articles are added, changed and removed", () => {
    let resolvedAgain = 0;
    let total = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const random = seededRandom(seed);
      let docs = Array.from({ length: 12 }, (_, i) => article(`doc:${String(i).padStart(3, "0")}`, random));
      let index: ResolutionIndex | null = resolveIncrementally(extractor, docs, hashesOf(docs), null).index;
      for (let step = 0; step < 6; step++) {
        const roll = random();
        const at = Math.floor(random() * docs.length);
        // Added at the end of the order or in the middle ("doc:005a"), changed, removed.
        if (roll < 0.5)
          docs.push(article(`doc:${String(roll < 0.25 ? 100 + step : at).padStart(3, "0")}a${step}`, random));
        else if (roll < 0.75) docs[at] = article(docs[at]!.docKey, random);
        else docs = docs.filter((_, i) => i !== at);
        const step_ = resolveIncrementally(extractor, docs, hashesOf(docs), index);
        const full = extractor.resolveAcrossDocuments(docs);
        expect(step_.resolution.entities).toEqual(full.entities);
        expect(new Map([...step_.resolution.keyOf].sort())).toEqual(new Map([...full.keyOf].sort()));
        expect(step_.changedDocs).toBeGreaterThan(0);
        resolvedAgain += step_.resolvedItems;
        total += step_.totalItems;
        index = step_.index;
      }
    }
    // Names recur a lot in this pool, yet a change does not reach every entity.
    expect(resolvedAgain).toBeLessThan(total * 0.9);
  });

  it("resolves again only what a new article's names reach", () => {
    const random = seededRandom(7);
    const docs = Array.from({ length: 30 }, (_, i) => article(`doc:${String(i).padStart(3, "0")}`, random));
    const first = resolveIncrementally(extractor, docs, hashesOf(docs), null);
    expect(first.changedDocs).toBeNull();
    const lone: DocumentExtraction = {
      docKey: "doc:new",
      sentenceCount: 1,
      wordCount: 5,
      entities: [
        {
          localId: "e0",
          type: "PERSON",
          label: "Ines Varga",
          aliases: ["Ines Varga"],
          roles: [],
          mentions: [{ doc: "doc:new", start: 0, end: 10, text: "Ines Varga", sentence: 0 }],
        },
      ],
      relations: [],
      warnings: [],
    };
    const more = [...docs, lone];
    const next = resolveIncrementally(extractor, more, hashesOf(more), first.index);
    expect(next.resolvedItems).toBe(1);
    expect(next.changedDocs).toBe(1);
    expect(next.resolution.entities).toEqual(extractor.resolveAcrossDocuments(more).entities);
  });

  it("resolves everything for an extractor without resolution tokens", () => {
    const random = seededRandom(3);
    const docs = Array.from({ length: 5 }, (_, i) => article(`doc:${i}`, random));
    const plain = { resolveAcrossDocuments: extractor.resolveAcrossDocuments };
    const first = resolveIncrementally(plain, docs, hashesOf(docs), null);
    expect(first.index.docs.size).toBe(0);
    expect(first.resolvedItems).toBe(first.totalItems);
  });
});
