// Headlines are written in title case or capitals ("Police Arrest Two Men After Shooting"), which EWT, web text,
// almost never is: every capital reads as a name and the tagger finds no verb. A headline-cased sentence the
// tagger leaves without a finite verb is therefore tagged and parsed again from case-normalised forms: every word
// but those the training data knows as proper nouns is lowercased (the tagger then reads a name it does not know
// from its context and suffixes, as in running text), and short all-capital words (initialisms) stay. The caller
// keeps the original tokens; only the features read the new forms.

/** Whether the sentence is written in headline case: all capitals, or every word of 4+ letters capitalized. */
export function isHeadlineCased(words: readonly string[]): boolean {
  const lettered = words.filter((w) => /[A-Za-z]/.test(w));
  if (lettered.length < 3) return false;
  if (lettered.every((w) => !/[a-z]/.test(w))) return lettered.filter((w) => w.length > 1).length >= 3;
  const capitalized = (w: string): boolean => /^[A-Z]/.test(w);
  if (!lettered.every((w) => w.length < 4 || capitalized(w))) return false;
  return lettered.slice(1).filter(capitalized).length >= 3;
}

/**
 * Case-normalised forms of a headline's words. `properNoun(lower)` tells whether the training data knows the
 * lowercase form as a proper noun.
 */
export function headlineForms(words: readonly string[], properNoun: (lower: string) => boolean): string[] {
  return words.map((w) => {
    if (!/[A-Za-z]/.test(w)) return w;
    const lower = w.toLowerCase();
    const capitals = !/[a-z]/.test(w);
    if (properNoun(lower)) return capitals && w.length > 3 ? (w[0] ?? "") + lower.slice(1) : w;
    if (capitals && w.length <= 3 && /[A-Z]{2}|\./.test(w)) return w;
    return lower;
  });
}
