/** The reference scorer's name normalization (../shared/eval/score.mjs), so scripts match names as it does. */
export const scorerNorm = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(the)\s+/, "")
    .replace(/[^\p{L}\p{N}/]+/gu, " ")
    .trim();
