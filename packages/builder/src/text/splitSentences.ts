// Sentence splitting over tokens: a sentence ends at . ! ? (plus closing quotes/brackets) when the next token
// opens a new sentence, and at line breaks that end a paragraph or a title line. Abbreviations never end a
// sentence because the tokenizer keeps their period inside the token.
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

export function splitSentences(text: string): Sentence[] {
  const tokens = tokenize(text);
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
