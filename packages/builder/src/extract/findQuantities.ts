// Numeric quantities in a sentence ("around 98,000", "1.6 million", "5,000 to 6,000 ... every day",
// "10,000 per day"), as token ranges so they can be attached to the mention they count.
import type { Quantity } from "@newskg/graph-model";
import type { DocSentence } from "./docModel.js";

export interface FoundQuantity extends Quantity {
  i: number;
  j: number;
}

const HEDGES = new Set([
  "about",
  "around",
  "nearly",
  "almost",
  "over",
  "some",
  "approximately",
  "roughly",
  "least",
  "than",
  "to",
  "just",
]);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, hundred: 100 };
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const RATE = /^(per|a|every|each)$/;
const PERIOD = /^(day|week|month|year|hour)s?$/;
/** After "a week": a point in time ("a week ago", "a day earlier"), not a rate. */
const NOT_RATE_AFTER = /^(ago|earlier|later|before|after|prior|since|from|back|on|or)$/;
/** Before "a week": a duration or a time ("in a week", "for a day", "within a month"), not a rate. */
const NOT_RATE_BEFORE = /^(in|within|for|over|after|under|than|about|nearly|almost|past|last|next|this|that|half)$/;

/** Whether words[q] words[q + 1] state a rate ("10,000 a day", "every week"), given the words around them. */
export function isRateAt(words: readonly string[], q: number): boolean {
  return (
    RATE.test(words[q] ?? "") &&
    PERIOD.test(words[q + 1] ?? "") &&
    !NOT_RATE_AFTER.test(words[q + 2] ?? "") &&
    !NOT_RATE_BEFORE.test(words[q - 1] ?? "")
  );
}

/** The first rate stated in a text ("per day" for "... every day"), or undefined ("a week ago" is not one). */
export function rateIn(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let q = 0; q < words.length - 1; q++)
    if (isRateAt(words, q) && words[q + 1] !== "year" && words[q + 1] !== "hour")
      return `per ${words[q + 1]!.replace(/s$/, "")}`;
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
    .split(" ")
    .map((w, n) => [w, n + 1]),
);
const DURATION = /^(years?|months?|weeks?|days?)$/;

export function findQuantities(s: DocSentence, text: string): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const word = NUMBER_WORDS[s.lower[k]!];
    // Number words count only before a unit of time ("seven years in prison").
    if (word !== undefined && DURATION.test(s.lower[k + 1] ?? "")) {
      out.push({
        i: k,
        j: k + 2,
        value: word,
        unit: s.lower[k + 1]!,
        text: text.slice(toks[k]!.start, toks[k + 1]!.end),
      });
      k++;
      continue;
    }
    const t = toks[k]!.text;
    if (!/^\d[\d,]*(\.\d+)?$/.test(t)) continue;
    // Years and days of months are dates, not quantities.
    if (/^(1[89]|20)\d\d$/.test(t)) continue;
    if (k > 0 && MONTH_WORD.test(toks[k - 1]!.text)) continue;
    if (MONTH_WORD.test(toks[k + 1]?.text ?? "") && +t <= 31) continue;
    let i = k;
    while (i > 0 && HEDGES.has(s.lower[i - 1]!) && k - i < 2) i--;
    if (s.lower[i] === "to" || s.lower[i] === "than") i++;
    let j = k + 1;
    let value = +t.replace(/,/g, "");
    if (SCALE[s.lower[j] ?? ""]) value *= SCALE[s.lower[j++]!]!;
    // Ranges "5,000 to 6,000": keep the upper bound's tokens in the text, the lower bound as value.
    if (s.lower[j] === "to" && /^\d/.test(toks[j + 1]?.text ?? "")) j += 2;
    let unit: string | undefined;
    if (DURATION.test(s.lower[j] ?? "")) unit = s.lower[j++]!;
    for (let q = j; q < Math.min(toks.length - 1, j + 4) && !unit; q++) {
      if (isRateAt(s.lower, q)) {
        unit = `per ${s.lower[q + 1]!.replace(/s$/, "")}`;
        if (q === j) j = q + 2;
        break;
      }
    }
    const q: FoundQuantity = { i, j, value, text: text.slice(toks[i]!.start, toks[j - 1]!.end) };
    if (unit) q.unit = unit;
    out.push(q);
    k = j - 1;
  }
  return out;
}
