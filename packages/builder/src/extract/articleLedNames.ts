// Names led by a lowercase Arabic article ("al <Name>", "el <Name>") standing on their own: the tagger, trained on
// text that hyphenates them, misses them or drops the article. After another name the article is part of a
// person's name ("<Given> al <Family>"), which the particle join handles.
import type { NerSpan } from "./nerSpans.js";

/** The lowercase articles. */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(["al", "el"]);
const MAX_NAME_WORDS = 3;
const isName = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);

/**
 * Rewrites the sentence's spans (sorted, non-overlapping): a tagged span right after a lone article starts at the
 * article (the tagger's type kept); untagged capitalised words after one are an organisation's name (the article
 * leads group, party and media names far more than places or people named alone).
 */
export function articleLedNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const covered = (k: number) => out.findIndex((s) => s.i <= k && k < s.j);
  for (let k = 0; k < words.length - 1; k++) {
    if (!ARABIC_ARTICLES.has(words[k]!) || !isName(words[k + 1]!) || covered(k) >= 0) continue;
    // "<Given> al <Family>": after a capitalised word the article is inside a name.
    if (k > 0 && /^\p{Lu}/u.test(words[k - 1]!)) continue;
    const next = covered(k + 1);
    if (next >= 0) {
      if (out[next]!.i === k + 1) out[next]!.i = k;
      continue;
    }
    let j = k + 1;
    while (j < words.length && j - k <= MAX_NAME_WORDS && isName(words[j]!) && covered(j) < 0) j++;
    out.push({ i: k, j, label: "ORG" });
    out.sort((a, b) => a.i - b.i);
  }
  return out;
}
