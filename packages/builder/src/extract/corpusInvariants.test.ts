import { existsSync } from "node:fs";
// Invariants of the extraction on real news text (BBC corpus in ../shared, when present): offsets index the text,
// relations join existing entities, triggers lie inside their evidence sentence.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadNerTagger } from "../ner/index.js";
import { loadDependencyParser } from "../nlp/loadDependencyParser.js";
import { extractDocument } from "./extractDocument.js";
import { resolveAcrossDocuments } from "./resolveAcrossDocuments.js";

// ../shared next to the repository; a user's clone has none, so the test skips (and says why) without it.
const corpus = join(import.meta.dirname, "../../../../../shared/corpus/bbc");

describe.skipIf(!existsSync(corpus))("extraction on the BBC corpus (skipped: ../shared/corpus/bbc is absent)", () => {
  it("keeps offsets, ends and triggers consistent", () => {
    const tagger = loadNerTagger();
    const parser = loadDependencyParser();
    const files = ["politics", "business", "tech"].flatMap((d) =>
      readdirSync(join(corpus, d))
        .sort()
        .slice(0, 15)
        .map((f) => join(corpus, d, f)),
    );
    expect(files).toHaveLength(45);
    const extractions = files.map((f, i) => {
      const text = readFileSync(f, "utf8");
      const x = extractDocument({ docKey: `doc:${i}`, file: f, title: "", text }, tagger, parser);
      const ids = new Set(x.entities.map((e) => e.localId));
      for (const e of x.entities) {
        expect(e.aliases).toContain(e.label);
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      for (const r of x.relations) {
        expect(ids.has(r.source) && ids.has(r.target) && r.source !== r.target).toBe(true);
        expect(r.confidence).toBeGreaterThan(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        for (const ev of r.evidence) {
          expect(text.slice(ev.start, ev.end)).toBe(ev.text);
          if (ev.trigger) expect(ev.trigger.start >= ev.start && ev.trigger.end <= ev.end).toBe(true);
        }
      }
      return x;
    });
    const { entities, keyOf } = resolveAcrossDocuments(extractions);
    expect(new Set(entities.map((e) => e.key)).size).toBe(entities.length);
    for (const x of extractions) for (const e of x.entities) expect(keyOf.has(`${x.docKey}#${e.localId}`)).toBe(true);
  });
});
