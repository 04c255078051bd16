// `pnpm bench:overhead [DIR] [--passes N]`: the extractor's cost outside the parser and the NER model. Parses and
// tags a folder of articles once (default: a 300-article slice of ../shared/corpus/bbc), then extracts them again
// N times replaying those annotations, so what is timed is Doc construction, mentions, relation reading,
// references, CAMEO lookups and entity building. Prints CPU time per pass and words per CPU-second.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../packages/builder/src/extract/index.js";
import type { DependencyParser } from "../packages/builder/src/extract/parsedRelations.js";
import { loadNerTagger } from "../packages/builder/src/ner/index.js";
import type { NerTagger } from "../packages/builder/src/ner/types.js";
import { loadNlpPipeline } from "../packages/builder/src/nlp/index.js";
import type { Doc } from "../packages/builder/src/nlp/doc.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const passesAt = args.indexOf("--passes");
const passes = passesAt >= 0 ? Number(args[passesAt + 1]) : 5;
const dir = resolve(
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--passes") ?? join(root, "../shared/corpus/bbc"),
);
if (!existsSync(dir)) {
  console.log(`bench:overhead: ${dir} not found (needs ../shared); nothing to measure`);
  process.exit(0);
}
const files: string[] = [];
const walk = (d: string): void => {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md)$/.test(f) && !/README/i.test(f)) files.push(p);
  }
};
walk(dir);
// A fixed slice across the categories when given the whole corpus: every 7th file.
const picked = files.length > 600 ? files.filter((_, i) => i % 7 === 0) : files;
const texts = picked.map((f) => readFileSync(f, "utf8"));

/** Records each document's annotation on the first call and replays it afterwards. */
function replaying<T>(compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) memo.set(key, (v = compute(key)));
    return v;
  };
}
const realParser = await loadNlpPipeline();
const realTagger = loadNerTagger();
interface Parse {
  lemma: string[];
  upos: Doc["upos"];
  head: Int32Array;
  deprel: string[];
}
let pendingDoc: Doc | undefined;
const parseOf = replaying<Parse>(() => {
  const doc = pendingDoc!;
  realParser.annotate(doc);
  return { lemma: [...doc.lemma], upos: [...doc.upos], head: Int32Array.from(doc.head), deprel: [...doc.deprel] };
});
const parser: DependencyParser = {
  annotate(doc) {
    pendingDoc = doc;
    const p = parseOf(`${doc.words.join("\u0001")}\u0002${Array.from(doc.sentStart).join(",")}`);
    for (let i = 0; i < doc.length; i++) {
      doc.lemma[i] = p.lemma[i]!;
      doc.upos[i] = p.upos[i]!;
      doc.head[i] = p.head[i]!;
      doc.deprel[i] = p.deprel[i]!;
    }
    doc.invalidate();
  },
};
let pendingSentences: readonly (readonly string[])[] = [];
const tagsOf = replaying((): ReturnType<NerTagger["tagDocument"]> => realTagger.tagDocument(pendingSentences));
const tagger: NerTagger = {
  modelName: realTagger.modelName,
  tagDocument(sentences) {
    pendingSentences = sentences;
    return tagsOf(sentences.map((s) => s.join("\u0001")).join("\u0002")).map((s) => [...s]);
  },
};

const extractAll = (): { words: number; relations: number } => {
  let words = 0;
  let relations = 0;
  texts.forEach((text, i) => {
    const x = extractDocument({ docKey: `doc:${i}`, file: picked[i]!, title: "", text }, tagger, parser);
    words += x.wordCount;
    relations += x.relations.length;
  });
  return { words, relations };
};
const first = extractAll();
const cpuMs: number[] = [];
for (let k = 0; k < passes; k++) {
  const c0 = process.cpuUsage();
  const r = extractAll();
  const c = process.cpuUsage(c0);
  if (r.relations !== first.relations) throw new Error("replayed pass read different relations");
  cpuMs.push((c.user + c.system) / 1000);
}
const sorted = [...cpuMs].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
console.log(
  `${texts.length} articles, ${first.words} words, ${first.relations} relations; extractor without parser and NER: ` +
    `median ${median.toFixed(0)} ms CPU per pass (${cpuMs.map((m) => m.toFixed(0)).join(", ")}) = ` +
    `${Math.round(first.words / (median / 1000)).toLocaleString("en-US")} words per CPU-second`,
);
