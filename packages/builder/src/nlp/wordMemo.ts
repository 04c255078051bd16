// A bounded memo of per-word results (a word's feature atoms, tag set or lemma): news text repeats its words, and
// the string work for a word (normalising, lower-casing, slicing, hashing, map look-ups) costs more than one look-up
// of the word itself. Only for pure functions of the word, so what is remembered never changes a result.

/** Words remembered by default before the memo starts again: about 6 MB for the three memos of a parser, and
 * news text draws most of its tokens from its most frequent 16k words. */
const DEFAULT_LIMIT = 1 << 14;

export class WordMemo<T> {
  private readonly map = new Map<string, T>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  get(word: string): T | undefined {
    return this.map.get(word);
  }

  set(word: string, value: T): T {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(word, value);
    return value;
  }
}
