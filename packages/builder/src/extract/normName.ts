// Normalised form of a name for matching: case, quotes, leading article and punctuation ignored.
export function normName(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}/]+/gu, " ")
    .trim();
}
