// Sentence splitting over tokens: a sentence ends at . ! ? (plus closing quotes/brackets) when the next token
// opens a new sentence, and at line breaks that end a paragraph or a title line. The tokenizer keeps an
// abbreviation's period inside the token; such a period ends the sentence too only after a word that closes a name
// ("Inc.", "Co.", "Jr.") and when the document's own spelling shows the next word is capitalized as a sentence start
// (not when a capitalized word follows it: a title or name goes on, "X Corp. Chief Executive Y").
import { FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from "./abbreviations.js";
import { tokenize } from "./tokenize.js";
import type { Sentence, Token } from "./types.js";

const FINAL = new Set([".", "!", "?", "...", "…"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);

function opensSentence(tok: Token): boolean {
  const ch = tok.text[0]!;
  if (/[\p{Lu}\p{N}]/u.test(ch)) return true;
  return ch === '"' || ch === "“" || ch === "‘" || ch === "(" || ch === "«" || ch === "-";
}

/** True when the gap between two tokens holds a line break that should end the sentence. */
function breaksLine(text: string, prev: Token, next: Token): boolean {
  // Runs between every two tokens: scan the (usually one-character) gap without slicing.
  let newlines = 0;
  for (let c = prev.end; c < next.start; c++) if (text.charCodeAt(c) === 10) newlines++;
  if (newlines === 0) return false;
  if (newlines > 1) return true; // blank line: paragraph break
  // A single newline inside running text (hard-wrapped line) continues the sentence.
  const last = prev.text[prev.text.length - 1]!;
  const continues = /[\p{Ll},;:\-–]/u.test(last) && /\p{Ll}/u.test(next.text[0]!);
  return !continues;
}

/**
 * Punkt's orthographic evidence (Kiss & Strunk 2006): a capitalized word starts a sentence when the document writes
 * it in lower case elsewhere and never capitalizes it inside a sentence, or when it is a closed-class starter.
 */
function sentenceInitialWords(text: string, tokens: Token[]): (tok: Token) => boolean {
  const lower = new Set<string>();
  const capitalizedInside = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (/^\p{Ll}/u.test(t)) lower.add(t);
    else if (/^\p{Lu}\p{Ll}/u.test(t) && i > 0) {
      const prev = tokens[i - 1]!;
      const insideSentence =
        /[\p{L}\p{N},;:]$/u.test(prev.text) &&
        !isAbbreviationWithPeriod(prev) &&
        !text.slice(prev.end, tokens[i]!.start).includes("\n");
      if (insideSentence) capitalizedInside.add(t.toLowerCase());
    }
  }
  return (tok) => {
    if (!/^\p{Lu}/u.test(tok.text)) return false;
    const w = tok.text.toLowerCase();
    return SENTENCE_STARTERS.has(w) || (lower.has(w) && !capitalizedInside.has(w));
  };
}

function isAbbreviationWithPeriod(tok: Token): boolean {
  return tok.text.length > 1 && tok.text.endsWith(".");
}

/** True for "Inc."-like tokens whose period may also close the sentence. */
function mayEndSentence(tok: Token): boolean {
  if (!isAbbreviationWithPeriod(tok)) return false;
  const lower = tok.text.slice(0, -1).toLowerCase();
  return FINAL_ABBREVIATIONS.has(lower.slice(lower.lastIndexOf("-") + 1));
}

/**
 * "X Corp. Chief Executive Y", "X Inc. President Y": an open-class word capitalized after a suffix and followed by
 * another capitalized word reads as a title or name continuing the phrase, whatever the document's other
 * spellings of it show (a closed-class starter, "X Inc. The ...", still starts a sentence).
 */
function continuesName(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.text;
  const after = tokens[k + 1]?.text ?? "";
  return !SENTENCE_STARTERS.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(w) && /^\p{Lu}/u.test(after);
}

export function splitSentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  let startsSentence: ((tok: Token) => boolean) | undefined;
  const out: Sentence[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length) out.push({ start: cur[0]!.start, end: cur[cur.length - 1]!.end, tokens: cur });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (cur.length && breaksLine(text, cur[cur.length - 1]!, tok)) flush();
    cur.push(tok);
    if (mayEndSentence(tok)) {
      const next = tokens[i + 1];
      startsSentence ??= sentenceInitialWords(text, tokens);
      if (next && startsSentence(next) && !continuesName(tokens, i + 1)) flush();
      continue;
    }
    if (!FINAL.has(tok.text)) continue;
    // Absorb closing quotes/brackets attached to the final punctuation.
    while (i + 1 < tokens.length && CLOSERS.has(tokens[i + 1]!.text) && tokens[i + 1]!.start === tokens[i]!.end) {
      const next = tokens[i + 2];
      // A quote followed directly by a word is an opening quote of the next sentence.
      if (next && next.start === tokens[i + 1]!.end && /[\p{L}\p{N}]/u.test(next.text[0]!)) break;
      cur.push(tokens[++i]!);
    }
    const next = tokens[i + 1];
    if (!next || opensSentence(next)) flush();
  }
  flush();
  return out;
}
