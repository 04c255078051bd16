// CoNLL-U reading and writing that keeps a file's own lines: comments, multiword ranges ("3-4") and empty nodes
// ("5.1") pass through untouched, so predicted columns can be written back into exactly the input's shape.
import type { Upos } from "./doc.js";
import { UPOS_TAGS } from "./doc.js";

export interface ConlluSentence {
  /** Every line of the sentence block (no trailing blank line). */
  lines: string[];
  /** 1-based line number of the block's first line in its file. */
  firstLine: number;
  /** Index into `lines` of each word line (integer ID), in order. */
  wordLines: number[];
  words: string[];
  lemma: string[];
  upos: string[];
  /** Language-specific tags (column 5: the Penn Treebank tags in EWT), "_" where the file has none. */
  xpos: string[];
  /** Gold head per word as a 0-based word index, -1 for root; undefined when the file has no heads ("_"). */
  head: number[] | undefined;
  deprel: string[];
}

export interface ConlluError {
  file: string;
  line: number;
  reason: string;
}

export interface ConlluReadResult {
  sentences: ConlluSentence[];
  errors: ConlluError[];
}

const UPOS_SET = new Set<string>(UPOS_TAGS);

/** Parses CoNLL-U text; a malformed sentence is reported (file, line, reason) and left out of `sentences`. */
export function readConllu(text: string, file = "<input>"): ConlluReadResult {
  const sentences: ConlluSentence[] = [];
  const errors: ConlluError[] = [];
  const all = text.split(/\r?\n/);
  // A file ends with a newline after the last blank line: split leaves one "" at the end.
  const endsProperly = text.length === 0 || /\n\s*\n$/.test(text) || text.trim() === "";
  let block: string[] = [];
  let blockStart = 1;
  const finish = (terminated: boolean): void => {
    if (!block.length) return;
    if (!terminated) {
      errors.push({
        file,
        line: blockStart + block.length - 1,
        reason: "missing blank line after the last sentence (the file is truncated or not CoNLL-U)",
      });
    } else {
      const parsed = parseBlock(block, blockStart, file);
      if ("reason" in parsed) errors.push(parsed);
      else sentences.push(parsed);
    }
    block = [];
  };
  for (let k = 0; k < all.length; k++) {
    const line = all[k] ?? "";
    if (line.trim() === "") {
      finish(true);
      blockStart = k + 2;
    } else {
      if (!block.length) blockStart = k + 1;
      block.push(line);
    }
  }
  finish(endsProperly);
  return { sentences, errors };
}

function parseBlock(lines: string[], firstLine: number, file: string): ConlluSentence | ConlluError {
  const wordLines: number[] = [];
  const words: string[] = [];
  const lemma: string[] = [];
  const upos: string[] = [];
  const xpos: string[] = [];
  const rawHeads: string[] = [];
  const deprel: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? "";
    const at = firstLine + k;
    if (line.startsWith("#")) continue;
    const cols = line.split("\t");
    if (cols.length !== 10)
      return { file, line: at, reason: `expected 10 tab-separated columns, found ${cols.length}` };
    const id = cols[0] ?? "";
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) continue;
    if (!/^\d+$/.test(id)) return { file, line: at, reason: `ID "${id}" is not an integer, a range or an empty node` };
    if (Number(id) !== words.length + 1)
      return { file, line: at, reason: `ID ${id} out of sequence (expected ${words.length + 1})` };
    const form = cols[1] ?? "";
    if (form === "") return { file, line: at, reason: "empty FORM" };
    const head = cols[6] ?? "_";
    if (head !== "_" && !/^\d+$/.test(head)) return { file, line: at, reason: `HEAD "${head}" is not an integer` };
    const tag = cols[3] ?? "_";
    if (tag !== "_" && !UPOS_SET.has(tag)) return { file, line: at, reason: `unknown UPOS "${tag}"` };
    wordLines.push(k);
    words.push(form);
    lemma.push(cols[2] ?? "_");
    upos.push(tag);
    xpos.push(cols[4] || "_");
    rawHeads.push(head);
    deprel.push(cols[7] ?? "_");
  }
  if (!words.length) return { file, line: firstLine, reason: "sentence without word lines" };
  let head: number[] | undefined;
  const annotated = rawHeads.filter((h) => h !== "_").length;
  if (annotated === rawHeads.length) {
    head = rawHeads.map((h) => Number(h) - 1);
    for (let i = 0; i < head.length; i++) {
      const h = head[i] ?? -1;
      if (h >= head.length)
        return {
          file,
          line: firstLine + (wordLines[i] ?? 0),
          reason: `HEAD ${h + 1} beyond the sentence's ${head.length} words`,
        };
    }
    const cycleAt = findCycle(head);
    if (cycleAt >= 0)
      return {
        file,
        line: firstLine + (wordLines[cycleAt] ?? 0),
        reason: `HEAD column makes a cycle through word ${cycleAt + 1}`,
      };
  } else if (annotated > 0) {
    const i = rawHeads.findIndex((h) => h === "_");
    return { file, line: firstLine + (wordLines[i] ?? 0), reason: "HEAD missing on some words but not all" };
  }
  return { lines, firstLine, wordLines, words, lemma, upos, xpos, head, deprel };
}

/** The first word on a cycle of heads, or -1 when every word reaches the root. */
function findCycle(head: number[]): number {
  const state = new Uint8Array(head.length); // 0 unvisited, 1 on the current path, 2 reaches root
  for (let i = 0; i < head.length; i++) {
    const path: number[] = [];
    let k = i;
    while (k >= 0 && state[k] === 0) {
      state[k] = 1;
      path.push(k);
      k = head[k] ?? -1;
    }
    if (k >= 0 && state[k] === 1) return k;
    for (const p of path) state[p] = 2;
  }
  return -1;
}

export interface PredictedColumns {
  lemma: readonly string[];
  upos: readonly Upos[];
  /** 0-based word index of the head, -1 for root. */
  head: ArrayLike<number>;
  deprel: readonly string[];
}

/** The sentence's lines with LEMMA, UPOS, HEAD and DEPREL (columns 3, 4, 7, 8) replaced on word lines. */
export function writeConlluSentence(sentence: ConlluSentence, predicted: PredictedColumns): string {
  const out = [...sentence.lines];
  sentence.wordLines.forEach((k, i) => {
    const cols = (out[k] ?? "").split("\t");
    cols[2] = predicted.lemma[i] || "_";
    cols[3] = predicted.upos[i] ?? "X";
    cols[6] = String((predicted.head[i] ?? -1) + 1);
    cols[7] = predicted.deprel[i] || "dep";
    out[k] = cols.join("\t");
  });
  return out.join("\n") + "\n\n";
}
