// The demo articles extracted with the shipped NER and parser models, scored against the project's reference
// (../shared/eval/demo.gold.json) with the scorer's rules: the targets the issue sets, reached through general
// mechanisms (no names from the articles here).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedPath } from "../paths.js";
import { scoreGraph, toGraph, type GoldFile } from "./scoreGraph.js";
import { loadNerTagger } from "../../packages/builder/src/ner/index.js";
import { loadDependencyParser } from "../../packages/builder/src/nlp/loadDependencyParser.js";
import { extractDocument } from "../../packages/builder/src/extract/extractDocument.js";
import { resolveAcrossDocuments } from "../../packages/builder/src/extract/resolveAcrossDocuments.js";
import type { ArticleInput } from "../../packages/builder/src/extract/types.js";

const dir = join(import.meta.dirname, "../../graph-data/articles");
const goldPath = sharedPath("eval/demo.gold.json");

function readArticle(file: string): ArticleInput {
  const raw = readFileSync(join(dir, file), "utf8");
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw)!;
  const date = /^date:\s*"?([\d-]+)"?/m.exec(m[1]!)?.[1];
  const a: ArticleInput = {
    docKey: `doc:${file.replace(/\.md$/, "")}`,
    file,
    title: file,
    text: raw.slice(m[0].length),
  };
  if (date) a.date = date;
  return a;
}

// The research NER model finds every demo name (the open default misses a slashed acronym); this tests the
// extractor given the names.
describe.skipIf(!goldPath)("demo articles (skipped without ../shared)", () => {
  it("meets the entity and relation targets", () => {
    const tagger = loadNerTagger("research");
    const parser = loadDependencyParser();
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .sort();
    const extractions = files.map((f) => extractDocument(readArticle(f), tagger, parser));
    const score = scoreGraph(
      toGraph(extractions, resolveAcrossDocuments(extractions)),
      JSON.parse(readFileSync(goldPath ?? "", "utf8")) as GoldFile,
    );
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.entities.duplicates).toBe(0);
    expect(score.relations.recall).toBeGreaterThanOrEqual(0.85);
    expect(score.relations.typedRecall).toBeGreaterThanOrEqual(0.75);
    expect(score.relations.precision).toBeGreaterThanOrEqual(0.7);
  });

  it("reads repeated leads once and keeps evidence offsets", () => {
    const tagger = loadNerTagger("research");
    const parser = loadDependencyParser();
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
      const a = readArticle(f);
      const x = extractDocument(a, tagger, parser);
      for (const r of x.relations)
        for (const ev of r.evidence) {
          expect(a.text.slice(ev.start, ev.end)).toBe(ev.text);
          if (ev.trigger) expect(ev.trigger.start >= ev.start && ev.trigger.end <= ev.end).toBe(true);
        }
    }
  });
});
