// `pnpm bench:corpus --out DIR [--documents 100000] [--reuters 3000] [--bbc 600] [--cnn 300]`: a large corpus for
// the store at archive scale, assembled from ../shared/corpus (Reuters-21578, BBC, CNN; nothing of it is
// committed, the articles are written to DIR). The real NLP over 100,000 articles is too slow for this machine,
// so it runs once, on the base articles (`kg build`'s pipeline and cache), and the rest are varied copies:
//   - base article i is document i (copy 0, the real text and its real extraction);
//   - document j >= base is copy c = floor(j / base) of base article j % base, in which every capitalised word of
//     a person's or organisation's name (places keep theirs, as places recur in real news) is replaced by an
//     invented word of the same length and case pattern, chosen per (word, variant); the variant of a word in
//     copy c >= 1 is 1 + floor(c * u^2) for a hash-uniform u, so common variants recur (variant 1 most often)
//     and new ones keep appearing, and the entity count keeps growing with the corpus instead of saturating;
//   - a same-length replacement leaves every offset as it was, so a copy's extraction is its base extraction with
//     the same words replaced, written into DIR/.cache under the copy's own cache key (the key a build computes
//     from the copy's file), and `kg build --articles DIR/articles --out DIR/graph.json` then reads every article,
//     finds every extraction in its cache and runs the real resolution, metrics, layout and store write.
// A copy whose parsed text is not its base text with the words replaced (Markdown reading a replaced word
// differently) is left out and counted. `--queue postgres://...` also enqueues the articles (with their
// extraction, as done; `kg worker --drain` then resolves and writes them). `--start N` writes only the articles
// from index N on (extending a corpus made before: `--documents 100100 --start 100000` adds 100), and
// `--extract-from N` leaves the articles from index N without a prepared extraction, so `kg build` or the
// workers extract them for real; `--queue-only` fills the queue of a corpus already written.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
// The built modules (dist), not the sources: the extraction cache key fingerprints the extractor's own folder, so
// the corpus is cached by the code `pnpm kg build` runs (run `tsc -b` first; `pnpm install` does).
import { buildGraph } from "../packages/builder/dist/index.js";
import type { DocumentExtraction } from "../packages/builder/dist/extract/types.js";
import { docKeyOf } from "../packages/builder/dist/io/docKeyOf.js";
import { contentHashOf, parseArticle } from "../packages/builder/dist/io/parseArticle.js";
import type { ArticleRecord } from "../packages/builder/dist/io/articleRecord.js";
import { backendFingerprint } from "../packages/builder/dist/pipeline/backendFingerprint.js";
import { ExtractionCache, extractionCacheKey } from "../packages/builder/dist/pipeline/extractionCache.js";
import {
  DEFAULT_EXTRACTOR_MODULE,
  DEFAULT_NER_MODULE,
  loadExtractorBackend,
} from "../packages/builder/dist/pipeline/extractorBackend.js";
import { modelNameOf } from "../packages/builder/dist/pipeline/modelNameOf.js";
import { ArticleQueue, openStore } from "../packages/store/dist/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    out: { type: "string" },
    documents: { type: "string", default: "100000" },
    reuters: { type: "string", default: "3000" },
    bbc: { type: "string", default: "600" },
    cnn: { type: "string", default: "300" },
    shared: { type: "string", default: join(root, "../shared/corpus") },
    queue: { type: "string" },
    start: { type: "string", default: "0" },
    "extract-from": { type: "string" },
    "queue-only": { type: "boolean", default: false },
  },
});
if (!values.out) throw new Error("bench:corpus: --out DIR is required");
const out = resolve(values.out);
const corpus = resolve(values.shared);
if (!existsSync(corpus)) {
  console.log(`bench:corpus: ${corpus} not found (needs ../shared); nothing to generate`);
  process.exit(0);
}
const total = Number(values.documents);
/** Articles before this index are already in DIR (and the queue): only later ones are written. */
const start = Number(values.start);
/** Articles from this index get no prepared extraction: `kg build` or `kg worker` extracts them for real. */
const extractFrom = values["extract-from"] === undefined ? Infinity : Number(values["extract-from"]);
const articlesDir = join(out, "articles");
const cacheDir = join(out, ".cache");

interface BaseText {
  title: string;
  body: string;
  date?: string;
  publisher: string;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const unescape = (s: string) =>
  s
    .replace(/&#\d+;/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function reuters(limit: number): BaseText[] {
  const dir = join(corpus, "reuters21578");
  const texts: BaseText[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".sgm"))
    .sort()) {
    const sgml = readFileSync(join(dir, file), "latin1");
    for (const story of sgml.split("</REUTERS>")) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(story)?.[1];
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(story)?.[1];
      if (!body || !title || body.length < 400) continue;
      const d = /<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})/.exec(story);
      const month = d ? MONTHS.indexOf(d[2]!) + 1 : 0;
      texts.push({
        title: unescape(title).replace(/\s+/g, " ").trim(),
        body: unescape(body).replace(/\s*Reuter\s*$/, ""),
        ...(d && month > 0 && { date: `${d[3]}-${String(month).padStart(2, "0")}-${d[1]!.padStart(2, "0")}` }),
        publisher: "Reuters",
      });
      if (texts.length >= limit) return texts;
    }
  }
  return texts;
}

function bbc(limit: number): BaseText[] {
  const dir = join(corpus, "bbc");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".txt"))
    .sort();
  // Every n-th file, so all five topics are in.
  const step = Math.max(1, Math.floor(files.length / Math.max(1, limit)));
  const texts: BaseText[] = [];
  for (let i = 0; i < files.length && texts.length < limit; i += step) {
    const utf8 = readUtf8(join(dir, files[i]!));
    // One BBC file has a latin-1 byte.
    const text = utf8.includes("\uFFFD") ? readFileSync(join(dir, files[i]!), "latin1") : utf8;
    const [title, ...rest] = text.split("\n");
    texts.push({ title: title!.trim(), body: rest.join("\n").trim(), publisher: "BBC" });
  }
  return texts;
}
const readUtf8 = (path: string) => readFileSync(path, "utf8");

function cnn(limit: number): BaseText[] {
  const dir = join(corpus, "cnn");
  const texts: BaseText[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .slice(0, limit)) {
    const raw = readUtf8(join(dir, file));
    const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
    const title = match ? /title:\s*"(.*)"/.exec(match[1]!)?.[1] : undefined;
    if (!match || !title) continue;
    texts.push({ title, body: raw.slice(match[0].length).trim(), publisher: "CNN" });
  }
  return texts;
}

// ---- names varied, same length ----

const CONSONANTS = "bcdfghklmnprstvz";
const VOWELS = "aeiou";

function hashOf(...parts: (string | number)[]): Buffer {
  return createHash("sha256").update(parts.join("\u0000")).digest();
}

/** An invented word of the same length and case pattern as `word`, fixed by (word, variant). */
function inventedWord(word: string, variant: number): string {
  const h = hashOf(word, variant);
  let s = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (!/\p{L}/u.test(ch)) {
      s += ch;
      continue;
    }
    const byte = h[i % h.length]! ^ (i >> 5);
    const letter = i % 2 === 0 ? CONSONANTS[byte % 16]! : VOWELS[byte % 5]!;
    s += ch === ch.toLowerCase() ? letter : letter.toUpperCase();
  }
  return s;
}

const NAME_WORD = /\p{Lu}[\p{L}'-]*\p{L}|\p{Lu}{2,}/gu;
const VARIED_TYPES = new Set(["PERSON", "ORGANIZATION"]);

/** The capitalised words of the base article's person and organisation names that are not also place words. */
function nameWords(extraction: DocumentExtraction): Set<string> {
  const places = new Set<string>();
  const words = new Set<string>();
  for (const e of extraction.entities)
    for (const name of [e.label, ...e.aliases, ...e.mentions.map((m) => m.text)])
      for (const w of name.match(NAME_WORD) ?? []) (VARIED_TYPES.has(e.type) ? words : places).add(w);
  for (const w of places) words.delete(w);
  for (const w of [...words]) if (w.length < 3) words.delete(w);
  return words;
}

function variantOf(word: string, copy: number): number {
  if (copy === 0) return 0;
  const u = hashOf("variant", word, copy).readUInt32BE(0) / 2 ** 32;
  return 1 + Math.floor(copy * u * u);
}

function replacer(words: Set<string>, copy: number): (s: string) => string {
  const map = new Map<string, string>();
  for (const w of words) {
    const v = variantOf(w, copy);
    if (v > 0) map.set(w, inventedWord(w, v));
  }
  if (map.size === 0) return (s) => s;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...map.keys()]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|")})(?![\\p{L}\\p{N}])`,
    "gu",
  );
  return (s) => s.replace(pattern, (w) => map.get(w) ?? w);
}

const KEEP = new Set(["type", "category", "cameo", "iso", "localId", "source", "target", "date"]);

/** The base extraction with the words replaced and the copy's document key. */
function variedExtraction(
  base: DocumentExtraction,
  docKey: string,
  replace: (s: string) => string,
): DocumentExtraction {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") {
      if (key === "docKey" || key === "doc") return value === base.docKey ? docKey : value;
      return KEEP.has(key) ? value : replace(value);
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(base, "") as DocumentExtraction;
}

// ---- files ----

const yaml = (s: string) => JSON.stringify(s);
function fileBody(t: BaseText): string {
  const front = [`title: ${yaml(t.title)}`, `publisher: ${yaml(t.publisher)}`, ...(t.date ? [`date: ${t.date}`] : [])];
  return `---\n${front.join("\n")}\n---\n\n${t.body}\n`;
}
const fileOf = (j: number) => `${String(Math.floor(j / 1000)).padStart(3, "0")}/a${String(j).padStart(6, "0")}.md`;

function record(file: string, raw: string): ArticleRecord {
  const parsed = parseArticle(file, docKeyOf(file), raw, Buffer.byteLength(raw));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.article;
}

const made = new Set<string>();
function writeArticle(file: string, raw: string, dir = articlesDir): void {
  const path = join(dir, file);
  if (!made.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
  made.add(dirname(path));
  writeFileSync(path, raw);
}

const VERIFY_EVERY = 25;

// ---- 1. the base articles, extracted for real ----
const started = performance.now();
const bases = [...reuters(Number(values.reuters)), ...bbc(Number(values.bbc)), ...cnn(Number(values.cnn))];
const baseCount = Math.min(bases.length, total);
// In a folder of their own (same relative names, so the same cache keys), so that extending a corpus does not
// build the whole of it again.
const baseDir = join(out, "base");
for (let i = 0; i < baseCount; i++) writeArticle(fileOf(i), fileBody(bases[i]!), baseDir);
console.error(`bench:corpus: ${baseCount} base articles written; extracting them (the real pipeline, cached)`);
const seedStart = performance.now();
// Its own cache: a build prunes the cache entries it did not use, which in DIR/.cache are the copies'.
const baseCacheDir = join(out, "base-cache");
const seed = await buildGraph({
  articlesDir: baseDir,
  outFile: join(out, "seed.json"),
  cacheDir: baseCacheDir,
  curationFile: null,
  store: null,
  log: () => {},
});
const seedSeconds = (performance.now() - seedStart) / 1000;
console.log(
  `base extraction: ${seed.documents} articles, ${seed.words.toLocaleString("en")} words, ${seed.extracted} extracted ` +
    `+ ${seed.reused} cached in ${seedSeconds.toFixed(1)} s (${(seed.extracted / seedSeconds).toFixed(1)} articles/s, ` +
    `${Math.round(seed.words / seedSeconds)} words/s wall, ${seed.workers} workers); ${seed.entities} entities`,
);

// ---- 2. varied copies, with their extractions ----
const spec = { extractorModule: DEFAULT_EXTRACTOR_MODULE, nerModule: DEFAULT_NER_MODULE };
const backend = await loadExtractorBackend(spec);
const fingerprint = backendFingerprint(spec, backend);
const version = `${backend.extractor.EXTRACTOR_VERSION}+${fingerprint}`;
const modelName = await modelNameOf(backend, baseCacheDir, fingerprint);
const baseCache = new ExtractionCache(baseCacheDir);
const cache = new ExtractionCache(cacheDir);
for (const { file, reason } of seed.skipped) console.error(`bench:corpus: base ${file} skipped: ${reason}`);
const baseRecords: ArticleRecord[] = [];
const baseExtractions: (DocumentExtraction | null)[] = [];
const baseWords: Set<string>[] = [];
for (let i = 0; i < baseCount; i++) {
  const file = fileOf(i);
  const rec = record(file, readFileSync(join(baseDir, file), "utf8"));
  const extraction = baseCache.get(extractionCacheKey(rec, version, modelName), rec.docKey);
  baseRecords.push(rec);
  baseExtractions.push(extraction);
  baseWords.push(extraction ? nameWords(extraction) : new Set());
}
// A base the build skipped (unreadable, failed) has no copies; copies cycle through the others.
const usable = baseExtractions.flatMap((e, i) => (e ? [i] : []));
const queue = values.queue ? await openStore(values.queue) : null;
const queued: { file: string; body: string; article: ArticleRecord; extraction: DocumentExtraction }[] = [];
let leftOut = 0;
const seen = new Set<string>();
let written = 0;
// Until `total` articles are written (copies left out are made up by later ones).
for (let j = 0; written < total; j++) {
  if (j > 4 * total) throw new Error("bench:corpus: too many copies left out; use more base articles");
  const copy = Math.floor(j / baseCount);
  const i = copy === 0 ? j : usable[j % usable.length]!;
  if (!baseExtractions[i]) {
    leftOut++;
    continue;
  }
  const file = fileOf(j);
  const base = bases[i]!;
  const replace = replacer(baseWords[i]!, copy);
  const raw = fileBody({ ...base, title: replace(base.title), body: replace(base.body) });
  const baseRecord = baseRecords[i]!;
  const text = replace(baseRecord.text);
  // The record a build reads from the file: every VERIFY_EVERY-th copy is parsed and compared (Markdown parsing
  // is most of the generator's time); a copy whose parse differed would be extracted by the build, which says so.
  const rec: ArticleRecord =
    copy === 0
      ? baseRecord
      : j % VERIFY_EVERY === 0
        ? record(file, raw)
        : {
            ...baseRecord,
            file,
            docKey: docKeyOf(file),
            title: replace(baseRecord.title),
            text,
            contentHash: contentHashOf(text),
            bytes: Buffer.byteLength(raw),
          };
  const textHash = hashOf(rec.text).toString("base64");
  // A copy whose words all drew the same variants as an earlier one is that article again: left out.
  if (seen.has(textHash) || rec.text !== text || rec.text.length !== baseRecord.text.length) {
    leftOut++;
    continue;
  }
  seen.add(textHash);
  const index = written++;
  if (index < start) continue;
  const prepared = index < extractFrom;
  const extraction = copy === 0 ? baseExtractions[i]! : variedExtraction(baseExtractions[i]!, rec.docKey, replace);
  if (!values["queue-only"]) {
    writeArticle(file, raw);
    if (prepared) cache.set(extractionCacheKey(rec, version, modelName), extraction);
  }
  if (queue && !prepared) await ArticleQueue.of(queue).enqueue([{ file, body: raw }]);
  else if (queue) {
    queued.push({ file, body: raw, article: rec, extraction });
    if (queued.length === 1000) await enqueueDone(queued.splice(0));
  }
  if (j % 10_000 === 0) console.error(`bench:corpus: ${j} / ${total}`);
}
if (queue && queued.length > 0) await enqueueDone(queued.splice(0));
await queue?.close();
console.log(
  `corpus: ${written} articles in ${articlesDir} (${written - start} written now; ${usable.length} base, ` +
    `${leftOut} copies left out; ${Math.max(0, written - Math.max(start, extractFrom))} left to extract), ` +
    `extractions in ${cacheDir}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`build it: pnpm kg build --articles ${articlesDir} --out ${join(out, "graph.json")} --no-curation`);

/** Enqueues articles with their extraction already done, as a worker's complete() leaves them. */
async function enqueueDone(
  rows: { file: string; body: string; article: ArticleRecord; extraction: DocumentExtraction }[],
): Promise<void> {
  const q = ArticleQueue.of(queue!);
  const ids = await q.enqueue(rows.map(({ file, body }) => ({ file, body })));
  if (ids.length !== rows.length) throw new Error("bench:corpus: some articles were already queued");
  await queue!.db.write(async (tx) => {
    for (let k = 0; k < rows.length; k++)
      await tx.run(
        `UPDATE article_queue SET status = 'done', claimed_by = 'bench:corpus', article = ?, extraction = ?,
           done_at = now() WHERE id = ?`,
        [JSON.stringify(rows[k]!.article), JSON.stringify(rows[k]!.extraction), ids[k]!],
      );
  });
}
