// Times extractDocument over a directory tree of .txt/.md articles (default ../shared/corpus/bbc), with the NER
// model and with a tagger that tags nothing (the extractor's own cost).
//   npx tsx packages/builder/scripts/benchExtract.ts DIR
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument, resolveAcrossDocuments } from "../src/extract/index.js";
import type { NerTagger } from "../src/ner/types.js";
import { existsSync as parserModelExists } from "node:fs";
import { loadDependencyParser } from "../src/nlp/loadDependencyParser.js";
import { defaultParserModelPath } from "../src/nlp/parserPaths.js";

// The shipped parser when its model is installed (relations are read from its parses).
const parser = parserModelExists(defaultParserModelPath) ? loadDependencyParser() : undefined;

const dir = process.argv[2] ?? fileURLToPath(new URL("../../../../shared/corpus/bbc", import.meta.url));
const files: string[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md)$/.test(f) && !/README/i.test(f)) files.push(p);
  }
};
walk(dir);
const texts = files.map((f) =>
  readFileSync(f, "latin1").includes("\uFFFD") ? readFileSync(f, "latin1") : readFileSync(f, "utf8"),
);
const none: NerTagger = { modelName: "none", tagDocument: (s) => s.map((t) => t.map(() => "O")) };
const nerIndex = process.env["NER_INDEX"] ?? join(import.meta.dirname, "../src/ner/index.ts");
const { loadNerTagger } = (await import(nerIndex)) as { loadNerTagger: () => NerTagger };
for (const [name, tagger] of [
  ["no NER", none],
  ["NER", loadNerTagger()],
] as const) {
  const t0 = performance.now();
  let words = 0;
  const xs = texts.map((text, i) => {
    const x = extractDocument({ docKey: `doc:${i}`, file: files[i]!, title: "", text }, tagger, parser);
    words += x.wordCount;
    return x;
  });
  const t1 = performance.now();
  const r = resolveAcrossDocuments(xs);
  const t2 = performance.now();
  const rels = xs.reduce((n, x) => n + x.relations.filter((r) => r.category !== "CO_OCCURRENCE").length, 0);
  console.log(
    `${name}: ${files.length} docs, ${words} words, extract ${(t1 - t0).toFixed(0)} ms (${Math.round(words / ((t1 - t0) / 1000))} words/s), resolve ${(t2 - t1).toFixed(0)} ms, ${r.entities.length} entities, ${rels} typed relations`,
  );
}
