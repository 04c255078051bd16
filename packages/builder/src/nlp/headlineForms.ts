// Title-case headlines ("Police Arrest Two Men After Shooting") capitalize every content word, so the tagger's
// form, shape and cluster features read each one as a name; EWT has almost no such sentences to learn from. The
// tagger and parser read such a sentence with the words the treebank knows as common words lowercased, as they
// would appear in running text; names (words the dictionary knows as proper nouns, or does not know) keep their
// capital.

import { UPOS_TAGS } from "./doc.js";

const PROPN_BIT = 1 << UPOS_TAGS.indexOf("PROPN");
const LETTER = /^\p{L}/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;
/** Words this long or longer are capitalized in a title-case headline; shorter function words may not be. */
const CONTENT_LENGTH = 4;
const MIN_CAPITALIZED = 3;

/**
 * The words to tag `words` with: the same array unless it is a title-case headline (at least three capitalized
 * words after the first, and every word of four letters or more capitalized), then with common words lowercased.
 * `classOf` gives the dictionary's UPOS bit mask of a word (0: unknown).
 */
export function headlineForms(words: readonly string[], classOf: (word: string) => number): readonly string[] {
  let capitalized = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? "";
    if (!LETTER.test(w)) continue;
    if (CAPITALIZED.test(w)) capitalized++;
    else if (w.length >= CONTENT_LENGTH) return words;
  }
  if (capitalized < MIN_CAPITALIZED) return words;
  return words.map((w, i) => {
    if (i === 0 || !CAPITALIZED.test(w)) return w;
    const cls = classOf(w);
    return cls !== 0 && (cls & PROPN_BIT) === 0 ? w.toLowerCase() : w;
  });
}
