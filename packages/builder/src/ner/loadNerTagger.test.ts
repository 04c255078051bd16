import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  NerModelError,
  evaluateEntities,
  loadNerModelSnapshot,
  loadNerTagger,
  nerTaggerFromSnapshot,
} from "./index.js";
import { readConllCorpus } from "./readTrainingData.js";
import type { FeatureExtractor } from "./featureExtractor.js";
import type { LinearTagger } from "./linearTagger.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../../..");
const articlesDir = join(repoRoot, "graph-data/articles");
const devPath = resolve(repoRoot, "../shared/data/ner/conll2003-dev.conll");
/** Floor for the open model on CoNLL-2003 dev (measured 0.8139 for ner-open.bin.gz v3; see ner-open.MODEL_CARD.md). */
const OPEN_DEV_F1 = 0.8;

/** A small CoNLL-style tokenizer: punctuation and possessive 's split off, hyphenated words and numbers kept. */
function tokenize(text: string): string[][] {
  return text
    .replace(/[’]/g, "'")
    .replace(/[“”]/g, '"')
    .split(/\n+|(?<=[.!?]"?)\s+(?=["A-Z])/)
    .map((s) => s.match(/--|'s\b|[\p{L}\p{N}]+(?:[-/.,][\p{L}\p{N}]+)*|\S/gu) ?? [])
    .filter((s) => s.length > 0);
}

function entities(sentences: string[][], tags: string[][]): { type: string; text: string }[] {
  const out: { type: string; text: string }[] = [];
  sentences.forEach((s, i) => {
    let cur: string[] = [];
    let type = "";
    const close = (): void => {
      if (cur.length) out.push({ type, text: cur.join(" ") });
      cur = [];
    };
    s.forEach((w, j) => {
      const t = tags[i]![j]!;
      if (t.startsWith("I-") && cur.length && t.slice(2) === type) cur.push(w);
      else {
        close();
        if (t !== "O") {
          cur = [w];
          type = t.slice(2);
        }
      }
    });
    close();
  });
  return out;
}

describe("loadNerTagger (shipped model)", () => {
  it("loads once per path and tags documents sentence by sentence", () => {
    const tagger = loadNerTagger();
    expect(loadNerTagger()).toBe(tagger);
    expect(tagger.modelName).toMatch(/^newskg-ner-/);
    expect(tagger.tagDocument([])).toEqual([]);
    const doc = [
      ["Defence", "Minister", "Ruslan", "Tagiyev", "arrived", "in", "Baku", "on", "Monday", "."],
      ["Tagiyev", "'s", "visit", "was", "announced", "by", "the", "European", "Union", "."],
    ];
    const tags = tagger.tagDocument(doc);
    expect(tags.map((s) => s.length)).toEqual([10, 10]);
    expect(tags[0]!.slice(2, 4)).toEqual(["B-PER", "I-PER"]);
    expect(tags[0]![6]).toBe("B-LOC");
    expect(tags[1]![0]).toBe("B-PER");
    expect(tags[1]!.slice(7, 9)).toEqual(["B-ORG", "I-ORG"]);
  });

  it("copes with empty sentences and unusual tokens", () => {
    const tags = loadNerTagger().tagDocument([[], ["", "\u00e9t\u00e9", "\u4e2d\u56fd", "--", "1,000.5"], []]);
    expect(tags.map((s) => s.length)).toEqual([0, 5, 0]);
    for (const t of tags[1]!) expect(t).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
  });

  it("keeps a document's names consistent, short forms included", () => {
    const doc = [
      ["Opposition", "leader", "Gulnara", "Zhumabekova", "addressed", "the", "crowd", "."],
      ["Police", "later", "questioned", "Zhumabekova", "."],
      ["Zhumabekova", "denied", "wrongdoing", "."],
    ];
    const tags = loadNerTagger().tagDocument(doc);
    expect(tags[0]!.slice(2, 4)).toEqual(["B-PER", "I-PER"]);
    expect(tags[1]![3]).toBe("B-PER");
    expect(tags[2]![0]).toBe("B-PER");
  });

  it("tags alike when its per-word caches start again between documents", () => {
    const docs = [
      [["Shares", "of", "Bexley", "Mining", "Corp", "fell", "in", "Toronto", "on", "Friday", "."]],
      [["Chief", "executive", "Dana", "Whitfield", "said", "the", "company", "would", "appeal", "."]],
      [["Whitfield", "met", "Bexley", "officials", "in", "Toronto", "."]],
    ];
    const fresh = (): LinearTagger => nerTaggerFromSnapshot(loadNerModelSnapshot()) as LinearTagger;
    const expected = docs.map((d) => fresh().tagDocument(d));
    const small = fresh();
    const extractor = (small as unknown as { extractor: FeatureExtractor }).extractor;
    extractor.wordCacheMax = 12;
    expect(docs.map((d) => small.tagDocument(d))).toEqual(expected);
    expect(docs.map((d) => small.tagDocument(d))).toEqual(expected);
    expect(extractor.wordGeneration).toBeGreaterThan(2);
  });

  it("hands its model to another thread as a snapshot whose weight table is shared, not copied", () => {
    const snapshot = loadNerModelSnapshot();
    expect(snapshot.table.buffer).toBeInstanceOf(SharedArrayBuffer);
    // structuredClone is what postMessage and workerData do to it.
    const copy = structuredClone(snapshot);
    const view = new Uint32Array(copy.table.buffer);
    const original = new Uint32Array(snapshot.table.buffer);
    const k = original.findIndex((x) => x !== 0);
    const before = original[k]!;
    const flipped = (before ^ 1) >>> 0;
    view[k] = flipped; // shared memory: the write shows through the original
    expect(original[k]).toBe(flipped);
    view[k] = before;
    const doc = [
      ["Shares", "of", "Bexley", "Mining", "Corp", "fell", "in", "Toronto", "on", "Friday", "."],
      ["Chief", "executive", "Dana", "Whitfield", "said", "the", "company", "would", "appeal", "."],
    ];
    expect(nerTaggerFromSnapshot(copy).tagDocument(doc)).toEqual(loadNerTagger().tagDocument(doc));
  });

  it("reports a missing or corrupt model file by name", () => {
    const dir = mkdtempSync(join(tmpdir(), "newskg-ner-model-"));
    try {
      const missing = join(dir, "missing.bin.gz");
      expect(() => loadNerTagger(missing)).toThrow(NerModelError);
      expect(() => loadNerTagger(missing)).toThrow(missing);
      const corrupt = join(dir, "corrupt.bin.gz");
      writeFileSync(corrupt, "garbage");
      expect(() => loadNerTagger(corrupt)).toThrow(/corrupt\.bin\.gz: corrupt NER model/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The research model finds every demo person; the open model (no Reuters text) misses one two-token name, typed as an
// organisation (see ner-open.MODEL_CARD.md): it is held to that, not tuned on the demo.
describe.each([
  ["research", 0],
  ["open", 1],
] as const)("demo articles (%s model)", (model, allowedMisses) => {
  // Every person in the demo corpus, found from context and word shape (none of them is listed anywhere).
  const persons = [
    "Qarakoz Qasym",
    "Aisultan Qudaibergen",
    "Vladimir Putin",
    "Ernar Tasqyn",
    "Maulen Ashimbaev",
    "Kassym-Jomart Tokayev",
    "Vakhtang Gomelauri",
    "Tokayev",
    "Qasym",
    "Putin",
  ];
  const found: { type: string; text: string }[] = [];
  const allTokens: { token: string; tag: string }[] = [];
  for (const f of readdirSync(articlesDir).filter((x) => x.endsWith(".md"))) {
    const body = readFileSync(join(articlesDir, f), "utf8").replace(/^---\n[\s\S]*?\n---\n?/, "");
    const sentences = tokenize(body);
    const tags = loadNerTagger(model).tagDocument(sentences);
    found.push(...entities(sentences, tags));
    sentences.forEach((s, i) => s.forEach((token, j) => allTokens.push({ token, tag: tags[i]![j]! })));
  }

  it("finds the persons", () => {
    const missed = persons.filter((name) => !found.some((e) => e.type === "PER" && e.text === name));
    expect(missed.length).toBeLessThanOrEqual(allowedMisses);
  });

  it("types the mentions of those persons' name tokens as PER", () => {
    const nameTokens = new Set(persons.flatMap((p) => p.split(" ")));
    const wrong = allTokens.filter((t) => nameTokens.has(t.token) && !t.tag.endsWith("-PER"));
    // A missed two-token name is two wrong tokens per mention; the open model's miss occurs once.
    expect(wrong.length).toBeLessThanOrEqual(2 * allowedMisses);
  });

  it("finds the places", () => {
    for (const place of ["Almaty", "Kazakhstan", "Ukraine", "Georgia", "Tbilisi", "Astana"]) {
      expect(found).toContainEqual({ type: "LOC", text: place });
    }
  });
});

describe.skipIf(!existsSync(devPath))("CoNLL-2003 dev set (skipped: ../shared/data/ner is absent)", () => {
  // The research model is trained on CoNLL-2003 train; the open model has never seen Reuters text (see its card).
  it.each([
    ["research", 0.9, 0.8],
    ["open", OPEN_DEV_F1, 0.6],
  ] as const)("%s model reaches entity F1 >= %s over PER, ORG and LOC", (model, overall, perType) => {
    const docs = readConllCorpus(devPath);
    const tagger = loadNerTagger(model);
    const predicted = docs.flatMap((d) => tagger.tagDocument(d.sentences));
    const scores = evaluateEntities(
      docs.flatMap((d) => d.tags),
      predicted,
    );
    expect(scores.overall.f1).toBeGreaterThanOrEqual(overall);
    for (const t of ["PER", "ORG", "LOC"]) expect(scores.byType[t]!.f1).toBeGreaterThan(perType);
  });
});
