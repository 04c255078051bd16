// Organization names known by their shape (data/organization-name-shapes.json): a club prefix before a capitalized
// name ("FK Varnsk") or a club suffix after one ("<Town> Rovers"), and a broadcast call sign ("WXYZ-FM", or "WXYZ - FM" as three tokens). The tagger leaves
// the prefix or the whole token out, or types the name after the prefix as a place or a person.
import { readDataFile, stringList } from "../data/readDataFile.js";
import type { NerSpan } from "./nerSpans.js";

const FILE = "organization-name-shapes.json";
const data = readDataFile<Record<string, Record<string, unknown>>>(FILE);
const list = (field: string) => new Set(stringList(data[field] ?? {}, "words", `${FILE} ${field}`));
const CLUB_PREFIXES = list("clubPrefixes");
const CLUB_SUFFIXES = list("clubSuffixes");
const CALL_SIGN_SUFFIXES = list("callSignSuffixes");
const CALL_LETTERS = /^[A-Z]{3,4}$/;
const MAX_CLUB_NAME_WORDS = 3;

const isName = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}\p{L}/u.test(w);

/** Tokens [i, j) of a call sign starting at k, or undefined. */
function callSignAt(words: readonly string[], k: number): number | undefined {
  const w = words[k] ?? "";
  const dash = w.indexOf("-");
  if (dash > 0 && CALL_LETTERS.test(w.slice(0, dash)) && CALL_SIGN_SUFFIXES.has(w.slice(dash + 1))) return k + 1;
  if (CALL_LETTERS.test(w) && words[k + 1] === "-" && CALL_SIGN_SUFFIXES.has(words[k + 2] ?? "")) return k + 3;
  return undefined;
}

/** Rewrites the sentence's spans (sorted, non-overlapping) so that names of these shapes are organizations. */
export function organizationNameShapes(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  let out = spans.map((s) => ({ ...s }));
  const claim = (i: number, j: number) => {
    // The shape's span replaces the tagger's spans inside it, keeping those that reach beyond it.
    if (out.some((s) => s.i < j && s.j > i && (s.i < i || s.j > j))) return;
    out = out.filter((s) => s.j <= i || s.i >= j);
    out.push({ i, j, label: "ORG" });
    out.sort((a, b) => a.i - b.i);
  };
  for (let k = 0; k < words.length; k++) {
    const sign = callSignAt(words, k);
    if (sign !== undefined) {
      claim(k, sign);
      k = sign - 1;
      continue;
    }
    // "<Town> Rovers": a club suffix after a capitalized name ends the club's name; the tagger's span there (a
    // person or a place) or the capitalized words before it start it.
    if (CLUB_SUFFIXES.has(words[k] ?? "") && k > 0 && isName(words[k - 1])) {
      const tagged = out.find((s) => s.j === k || s.j === k + 1);
      let i = tagged && tagged.i < k ? tagged.i : k - 1;
      if (!tagged) while (i > 1 && k - i < MAX_CLUB_NAME_WORDS && isName(words[i - 1])) i--;
      claim(i, k + 1);
      continue;
    }
    if (!CLUB_PREFIXES.has(words[k] ?? "") || !isName(words[k + 1])) continue;
    // The name after the prefix: the tagger's span there, else the capitalized words.
    const tagged = out.find((s) => s.i === k + 1);
    let j = tagged?.j ?? k + 1;
    if (!tagged) while (j < words.length && j - k <= MAX_CLUB_NAME_WORDS && isName(words[j])) j++;
    claim(k, j);
    k = j - 1;
  }
  return out;
}
