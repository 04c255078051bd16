// CoNLL-style tokenisation with character offsets: punctuation and clitics ("'s", "n't", "'re") split off, while
// abbreviations ("U.S.", "Mr."), numbers ("98,000", "1.6"), slashed and hyphenated names ("AC/DC",
// "Jean-Luc") stay whole.
import { readDataFile, stringList } from "../data/readDataFile.js";
import { isAbbreviation } from "./abbreviations.js";
import type { Token } from "./types.js";

// Order matters: initialisms, numbers (with letters written onto them: "21st", "1990s", "5pm"), words with internal
// joiners, dashes/ellipses, any other single character.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*(?:%|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-/&'’][\p{L}\p{M}\p{N}]+)*)?|[\p{L}\p{M}\p{N}]+(?:[-/&'’][\p{L}\p{M}\p{N}]+)*|-{2,}|\.{3}|\S/gu;

// Letters after a number that are a word of their own (units, magnitudes, times of day), as EWT splits them.
const NUMBER_UNITS: ReadonlySet<string> = new Set(
  stringList(readDataFile<Record<string, unknown>>("number-units.json"), "units", "number-units.json"),
);
const NUMBER_THEN_LETTERS_RE = /^(\d+(?:[.,:]\d+)*)(\p{L}[\p{L}\p{N}]*)$/u;

const CLITIC_RE = /^(.+?)(['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, "gu");
  re.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const c = word.charCodeAt(0);
    const isLetter = /\p{L}/u.test(word[0]!);
    if (!isLetter) {
      const unit = NUMBER_THEN_LETTERS_RE.exec(word);
      if (unit && NUMBER_UNITS.has(unit[2]!)) {
        const cut = start + unit[1]!.length;
        out.push({ text: unit[1]!, start, end: cut });
        out.push({ text: unit[2]!, start: cut, end });
        continue;
      }
    }
    if (isLetter && slice[end] === ".") {
      // "Mr." / "then-Sen." / single-letter initial "J." keep their period.
      const lower = word.toLowerCase();
      const lastPart = lower.slice(lower.lastIndexOf("-") + 1);
      if (isAbbreviation(lastPart) || (word.length === 1 && c >= 65 && c <= 90)) {
        out.push({ text: word + ".", start, end: end + 1 });
        re.lastIndex = end + 1;
        continue;
      }
    }
    if (isLetter && word.length > 2 && (word.includes("'") || word.includes("’"))) {
      const cm = CLITIC_RE.exec(word);
      if (cm) {
        const head = cm[1]!;
        out.push({ text: head, start, end: start + head.length });
        out.push({ text: cm[2]!, start: start + head.length, end });
        continue;
      }
    }
    out.push({ text: word, start, end });
  }
  return out;
}
