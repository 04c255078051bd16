/** Whether a word starts with an uppercase letter (any script): the shape of a name's word in running text. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
