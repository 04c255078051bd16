// The initials an acronym spells: one rule for folding acronyms into their organization (buildEntities) and for
// telling an acronym in parentheses from a second name (relations/acronymInParentheses).

/**
 * The first letters of the capitalized words, and of the lowercase words in `minor` uppercased ("Department of
 * Justice" with "of": "DOJ", without: "DJ"); other words are skipped.
 */
export function initialsOf(words: readonly string[], minor: ReadonlySet<string> = NO_MINOR_WORDS): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w) || minor.has(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

const NO_MINOR_WORDS: ReadonlySet<string> = new Set();
