// Readers for the training corpora: CoNLL-2003 files and the GMB CSV excerpt mapped onto CoNLL conventions.
import { readFileSync } from "node:fs";
import { NerInputError, parseConll } from "./parseConll.js";
import { loadTrainingConventions, mapGmbTags } from "./trainingConventions.js";
import { TAG_INDEX } from "./viterbi.js";

export interface LabeledDocument {
  sentences: string[][];
  tags: string[][];
  /** Non-zero for auxiliary corpora whose features also get a domain-private copy during training. */
  domain?: number;
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new NerInputError(path, undefined, `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** CoNLL file with the gold IOB tag in the last column (IOB1 input is converted to IOB2). */
export function readConllCorpus(path: string): LabeledDocument[] {
  const parsed = parseConll(readText(path), path);
  return parsed.documents
    .filter((d) => d.sentences.length > 0)
    .map((d) => ({
      sentences: d.sentences.map((s) => s.map((t) => t.token)),
      tags: d.sentences.map((s) => {
        const tags = s.map((t) => {
          const tag = t.lastColumn ?? "";
          if (!TAG_INDEX.has(tag)) throw new NerInputError(path, t.lineNo, `unknown NER tag "${tag}"`);
          return tag;
        });
        return toIob2(tags);
      }),
    }));
}

function toIob2(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith("I-")) return t;
    const prev = i > 0 ? tags[i - 1]! : "O";
    return prev === "O" || prev.slice(2) !== t.slice(2) ? `B-${t.slice(2)}` : t;
  });
}

/** Minimal CSV line splitter with RFC 4180 quotes (the GMB file quotes tokens containing commas or quotes). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else q = false;
      } else cur += c;
    } else if (c === '"') q = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const GMB_TAG = /^(O|[BI]-(geo|gpe|org|per|tim|art|eve|nat))$/;

/**
 * GMB CSV -> one document per sentence (the excerpt has no document boundaries), its tags mapped onto CoNLL
 * conventions by `mapGmbTags` (trainingConventions.ts). A row without 4 columns, an empty token or a tag outside GMB's set stops
 * reading with the file and line. `sentencesPerDocument` > 1 groups consecutive sentences into pseudo-documents (the excerpt keeps the
 * articles' sentence order but has no document boundaries), so document-level features see repeated names.
 */
export function readGmbCorpus(path: string, domain = 1, sentencesPerDocument = 1): LabeledDocument[] {
  const text = readText(path);
  const lines = text.split("\n");
  const docs: LabeledDocument[] = [];
  const conv = loadTrainingConventions();
  let words: string[] = [];
  let raw: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    docs.push({ sentences: [words], tags: [toIob2(mapGmbTags(words, raw, conv))], domain });
    words = [];
    raw = [];
  };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (line.length === 0) continue;
    const cols = splitCsv(line);
    if (cols.length !== 4) {
      throw new NerInputError(
        path,
        i + 1,
        `malformed CSV line: ${cols.length} column(s), expected 4 (Sentence #,Word,POS,Tag)`,
      );
    }
    const tag = cols[3]!;
    if (!GMB_TAG.test(tag)) throw new NerInputError(path, i + 1, `unknown NER tag "${tag}"`);
    if (cols[0]!.length > 0) flush();
    else if (words.length === 0)
      throw new NerInputError(path, i + 1, "malformed CSV line: a token before the first sentence");
    if (cols[1]!.length === 0) throw new NerInputError(path, i + 1, "malformed CSV line: empty token");
    words.push(cols[1]!);
    raw.push(tag);
  }
  flush();
  if (sentencesPerDocument <= 1) return docs;
  const grouped: LabeledDocument[] = [];
  for (let i = 0; i < docs.length; i += sentencesPerDocument) {
    const part = docs.slice(i, i + sentencesPerDocument);
    grouped.push({ sentences: part.flatMap((d) => d.sentences), tags: part.flatMap((d) => d.tags), domain });
  }
  return grouped;
}

/** Maps a corpus' own tag (after the B-/I- prefix) onto PER/ORG/LOC/MISC, or "" for O. */
export type TypeMap = (type: string) => string | undefined;

/** Broad Twitter Corpus: already PER/ORG/LOC. */
export const btcTypes: TypeMap = (t) => (t === "PER" || t === "ORG" || t === "LOC" ? t : undefined);

/** WNUT-17: person -> PER, location -> LOC, corporation and group -> ORG, product and creative-work -> MISC. */
export const wnutTypes: TypeMap = (t) =>
  ({ person: "PER", location: "LOC", corporation: "ORG", group: "ORG", product: "MISC", "creative-work": "MISC" })[t];

/** PER/ORG/LOC/MISC as they are (CoNLL-style files, UNER). */
export const conllTypes: TypeMap = (t) => (t === "PER" || t === "ORG" || t === "LOC" || t === "MISC" ? t : undefined);

function mapTag(raw: string, types: TypeMap, path: string, lineNo: number): string {
  if (raw === "O") return "O";
  const m = /^([BI])-(.+)$/.exec(raw);
  const ty = m ? types(m[2]!) : undefined;
  if (!m || ty === undefined) throw new NerInputError(path, lineNo, `unknown NER tag "${raw}"`);
  return ty === "" ? "O" : `${m[1]!}-${ty}`;
}

/**
 * Two-column `token<TAB>tag` files (Broad Twitter Corpus, WNUT-17): a blank line ends a sentence, and every sentence
 * (a tweet) is its own document. A line without exactly two tab-separated columns, an empty token or a tag the
 * corpus does not define stops reading with the file and line.
 */
export function readTwoColumnCorpus(path: string, types: TypeMap, domain?: number): LabeledDocument[] {
  const lines = readText(path).split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const docs: LabeledDocument[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    docs.push({ sentences: [words], tags: [toIob2(tags)], ...(domain !== undefined && { domain }) });
    words = [];
    tags = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (line.trim().length === 0) {
      flush();
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 2) {
      throw new NerInputError(
        path,
        i + 1,
        `malformed line: ${cols.length} tab-separated column(s), expected 2 (token, tag)`,
      );
    }
    const token = cols[0]!.trim();
    const tag = mapTag(cols[1]!.trim(), types, path, i + 1);
    if (token.length === 0) {
      // The corpora hold a few whitespace-only tokens (stripped emoji): harmless outside entities, skipped.
      if (tag === "O") continue;
      throw new NerInputError(path, i + 1, "malformed line: empty token inside an entity");
    }
    words.push(token);
    tags.push(tag);
  }
  flush();
  if (docs.length === 0) throw new NerInputError(path, undefined, "no token lines found");
  return docs;
}

/**
 * Universal NER `.iob2` files (`ID<TAB>token<TAB>tag<TAB>-<TAB>-`, `#` comment lines, `# newdoc` opening a
 * document), read for measuring.
 */
export function readUnerCorpus(path: string): LabeledDocument[] {
  const lines = readText(path).split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const docs: LabeledDocument[] = [];
  let doc: LabeledDocument | undefined;
  let words: string[] = [];
  let tags: string[] = [];
  let columns = -1;
  const flush = (): void => {
    if (words.length === 0) return;
    if (!doc) {
      doc = { sentences: [], tags: [] };
      docs.push(doc);
    }
    doc.sentences.push(words);
    doc.tags.push(toIob2(tags));
    words = [];
    tags = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (line.startsWith("#")) {
      if (/^# newdoc\b/.test(line)) {
        flush();
        doc = undefined;
      }
      continue;
    }
    if (line.trim().length === 0) {
      flush();
      continue;
    }
    const cols = line.split("\t");
    if (columns === -1) columns = cols.length;
    if (cols.length < 3 || cols.length !== columns) {
      throw new NerInputError(
        path,
        i + 1,
        `malformed line: ${cols.length} tab-separated column(s) where ${columns < 3 ? "at least 3 are" : `earlier lines have ${columns}`} expected`,
      );
    }
    words.push(cols[1]!);
    tags.push(mapTag(cols[2]!, conllTypes, path, i + 1));
  }
  flush();
  if (docs.length === 0) throw new NerInputError(path, undefined, "no token lines found");
  return docs;
}
