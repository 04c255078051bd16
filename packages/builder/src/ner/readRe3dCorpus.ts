// re3d (Dstl) entity annotations -> CoNLL-style training documents. re3d annotates mentions (pronouns, nominal
// phrases, determiners and titles inside spans, overlapping spans); the `re3d` rules of ner-conventions.json keep
// only the spans that are names, typed PER/ORG/LOC/MISC. Text is tokenised and split with the builder's own
// tokenizer, so training sees the tokens tagging will see.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../text/splitSentences.js";
import { NerInputError } from "./parseConll.js";
import { loadTrainingConventions, placeNamesAsLoc, readNerConventions } from "./trainingConventions.js";
import type { LabeledDocument } from "./readTrainingData.js";

interface Re3dRules {
  types: Record<string, string>;
  determiners: string[];
  particles: string[];
  pronouns: string[];
}

let rulesCache: Re3dRules | undefined;

function re3dRules(): Re3dRules {
  rulesCache ??= readNerConventions<Re3dRules>("re3d");
  return rulesCache;
}

/** JSON-lines file (one object a line) with the file and line of a broken line. */
function readJsonLines(path: string): { value: Record<string, unknown>; line: number }[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new NerInputError(path, undefined, `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const out: { value: Record<string, unknown>; line: number }[] = [];
  text.split("\n").forEach((l, i) => {
    if (l.trim().length === 0) return;
    let v: unknown;
    try {
      v = JSON.parse(l);
    } catch {
      throw new NerInputError(path, i + 1, "malformed JSON line");
    }
    if (typeof v !== "object" || v === null) throw new NerInputError(path, i + 1, "expected a JSON object");
    out.push({ value: v as Record<string, unknown>, line: i + 1 });
  });
  return out;
}

const CAPITAL = /^[\p{Lu}]/u;
const NUMBER = /^\p{N}/u;

interface Candidate {
  start: number; // token index in the document
  end: number; // exclusive
  type: string;
}

/**
 * Reads one re3d source folder (`documents.json`, `entities.json`): one training document per re3d document. An
 * entity of a type the conventions do not list is dropped (dates, quantities); an entity naming an unknown document,
 * or with offsets outside its text, stops reading with the file and line.
 */
export function readRe3dCorpus(dir: string): LabeledDocument[] {
  const rules = re3dRules();
  const conv = loadTrainingConventions();
  const determiners = new Set(rules.determiners);
  const particles = new Set(rules.particles);
  const pronouns = new Set(rules.pronouns);
  const docsPath = join(dir, "documents.json");
  const entsPath = join(dir, "entities.json");
  const texts = new Map<string, string>();
  const order: string[] = [];
  for (const { value, line } of readJsonLines(docsPath)) {
    if (typeof value._id !== "string" || typeof value.text !== "string") {
      throw new NerInputError(docsPath, line, 'a document needs string "_id" and "text"');
    }
    texts.set(value._id, value.text);
    order.push(value._id);
  }
  const entities = new Map<string, { begin: number; end: number; type: string }[]>();
  for (const { value, line } of readJsonLines(entsPath)) {
    const { documentId, begin, end, type } = value;
    if (typeof documentId !== "string" || typeof begin !== "number" || typeof end !== "number") {
      throw new NerInputError(entsPath, line, 'an entity needs "documentId", "begin" and "end"');
    }
    const text = texts.get(documentId);
    if (text === undefined) throw new NerInputError(entsPath, line, `unknown document "${documentId}"`);
    if (!(begin >= 0 && end > begin && end <= text.length)) {
      throw new NerInputError(entsPath, line, `offsets ${begin}-${end} outside the document text`);
    }
    const mapped = typeof type === "string" ? rules.types[type] : undefined;
    if (mapped === undefined) continue;
    let list = entities.get(documentId);
    if (!list) entities.set(documentId, (list = []));
    list.push({ begin, end, type: mapped });
  }
  const lowerWords = new Set<string>();
  for (const text of texts.values()) for (const m of text.matchAll(/\b\p{Ll}+\b/gu)) lowerWords.add(m[0]);
  const out: LabeledDocument[] = [];
  for (const id of order) {
    const text = texts.get(id)!;
    const sentences = splitSentences(text);
    const tokens = sentences.flatMap((s) => s.tokens);
    const words = tokens.map((t) => t.text);
    const sentenceOf = new Int32Array(tokens.length);
    let k = 0;
    sentences.forEach((s, si) => s.tokens.forEach(() => (sentenceOf[k++] = si)));
    const isName = (a: number, b: number): boolean => {
      if (b <= a || sentenceOf[a] !== sentenceOf[b - 1]) return false;
      if (!CAPITAL.test(words[a]!)) return false;
      if (b - a === 1 && pronouns.has(words[a]!.toLowerCase())) return false;
      const last = words[b - 1]!;
      if (!CAPITAL.test(last) && !(NUMBER.test(last) && b - a > 1)) return false;
      for (let i = a + 1; i < b - 1; i++) {
        const w = words[i]!;
        if (!CAPITAL.test(w) && !NUMBER.test(w) && !particles.has(w)) return false;
      }
      return true;
    };
    const cands: Candidate[] = [];
    for (const e of entities.get(id) ?? []) {
      // Tokens wholly inside the span; a span cutting a token is not aligned with this tokenizer and is dropped.
      let a = tokens.findIndex((t) => t.start >= e.begin);
      if (a < 0 || tokens[a]!.start >= e.end) continue;
      let b = a;
      while (b < tokens.length && tokens[b]!.end <= e.end) b++;
      if (b === a || (b < tokens.length && tokens[b]!.start < e.end) || (a > 0 && tokens[a - 1]!.end > e.begin)) {
        continue;
      }
      while (a < b && determiners.has(words[a]!.toLowerCase())) a++;
      // Persons: titles and nationality words before the name ("Foreign Minister X", "Iraqi President X").
      if (e.type === "PER") {
        while (a < b && (conv.titleWords.has(words[a]!.toLowerCase()) || conv.isDemonym(words[a]!, true))) a++;
      }
      while (b > a && /^\p{P}+$/u.test(words[b - 1]!)) b--;
      // A single capitalised word also written in lowercase in the source is a common noun opening a sentence or a
      // headline ("Ministers discussed ..."), not a name.
      if (b - a === 1 && lowerWords.has(words[a]!.toLowerCase())) continue;
      if (isName(a, b)) cands.push({ start: a, end: b, type: e.type });
    }
    // Longest first: "Islamic State of Iraq and the Levant" wins over the "Iraq" annotated inside it.
    cands.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || (x.type < y.type ? -1 : 1));
    const tags = words.map(() => "O");
    const taken = new Uint8Array(words.length);
    for (const c of cands) {
      let free = true;
      for (let i = c.start; i < c.end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = c.start; i < c.end; i++) {
        taken[i] = 1;
        tags[i] = `${i === c.start ? "B" : "I"}-${c.type}`;
      }
    }
    const docSentences: string[][] = [];
    const docTags: string[][] = [];
    let p = 0;
    for (const s of sentences) {
      const w = words.slice(p, p + s.tokens.length);
      let t = tags.slice(p, p + s.tokens.length);
      t = placeNamesAsLoc(w, t, conv);
      // A lone community or nationality word tagged as an organisation ("Iraqis") is MISC, as in CoNLL.
      t = t.map((tag, i) =>
        tag === "B-ORG" && t[i + 1] !== "I-ORG" && (conv.isGroupWord(w[i]!) || conv.isDemonym(w[i]!, true))
          ? "B-MISC"
          : tag,
      );
      docSentences.push(w);
      docTags.push(t);
      p += s.tokens.length;
    }
    if (docSentences.length > 0) out.push({ sentences: docSentences, tags: docTags });
  }
  return out;
}
