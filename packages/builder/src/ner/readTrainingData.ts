// Readers for the training corpora: CoNLL-2003 files and the GMB CSV excerpt mapped onto CoNLL conventions.
import { readFileSync } from "node:fs";
import { NerInputError, parseConll } from "./parseConll.js";
import { loadGazetteer } from "./loadGazetteer.js";
import type { Gazetteer } from "./loadGazetteer.js";
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

// Leading words GMB puts inside person spans ("President Mahmoud Abbas") but CoNLL leaves outside.
const TITLE_WORDS = new Set(
  (
    "president vice prime minister mr. mrs. ms. dr. mr mrs ms dr prophet pope king queen prince princess senator " +
    "sen. rep. representative general gen. lt. colonel col. major maj. captain capt. sergeant sgt. admiral adm. " +
    "secretary chancellor governor gov. judge justice ambassador envoy chairman chief commander minister-president " +
    "foreign defense defence interior finance deputy acting former premier sheikh sheik ayatollah cardinal bishop " +
    "archbishop reverend rev. father sir lord lady emperor crown leader spokesman spokeswoman mayor speaker " +
    "lieutenant congressman congresswoman first mullah imam rabbi saint st. president-elect"
  ).split(" "),
);

/**
 * GMB CSV -> one document per sentence (the excerpt has no document boundaries). Types: per -> PER (leading titles
 * stripped to match CoNLL), org -> ORG, geo -> LOC, gpe -> LOC except demonyms/adjectives ("Iraqi") -> MISC as in
 * CoNLL, art/eve/nat -> MISC, tim -> O.
 */
export function readGmbCorpus(path: string): LabeledDocument[] {
  const text = readText(path);
  const lines = text.split("\n");
  const docs: LabeledDocument[] = [];
  const gaz = loadGazetteer();
  let words: string[] = [];
  let raw: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    docs.push({ sentences: [words], tags: [mapGmbTags(words, raw, gaz)], domain: 1 });
    words = [];
    raw = [];
  };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (line.length === 0) continue;
    const cols = splitCsv(line);
    if (cols.length < 4) throw new NerInputError(path, i + 1, "malformed CSV line (expected 4 columns)");
    if (cols[0]!.length > 0) flush();
    words.push(cols[1]!);
    raw.push(cols[cols.length - 1]!);
  }
  flush();
  return docs;
}

function mapGmbTags(words: string[], raw: string[], gaz: Gazetteer): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (t === "O") {
      out.push("O");
      continue;
    }
    const bio = t.slice(0, 1);
    const ty = t.slice(2);
    let mapped: string;
    if (ty === "per") mapped = "PER";
    else if (ty === "org") mapped = "ORG";
    else if (ty === "geo") mapped = "LOC";
    else if (ty === "gpe") {
      const lo = words[i]!.toLowerCase();
      const isPlace = gaz.places.get(lo)?.some((p) => p.length === 1) ?? false;
      mapped = !isPlace && (gaz.demonyms.has(lo) || /(ian|ish|ese|ean|i|an)$/.test(lo)) ? "MISC" : "LOC";
    } else if (ty === "art" || ty === "eve" || ty === "nat") mapped = "MISC";
    else mapped = "";
    out.push(mapped ? `${bio}-${mapped}` : "O");
  }
  // Strip leading title words from person spans.
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== "B-PER") continue;
    let j = i;
    while (j < out.length && (j === i || out[j] === "I-PER") && TITLE_WORDS.has(words[j]!.toLowerCase())) j++;
    if (j === i) continue;
    for (let k = i; k < j; k++) out[k] = "O";
    if (j < out.length && out[j] === "I-PER") out[j] = "B-PER";
  }
  return toIob2(out);
}
