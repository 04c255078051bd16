// Search keys, the same in the API and in the static-JSON widgets: case- and accent-insensitive. NFKD splits
// letters from their combining marks, which are dropped; a few letters that do not decompose are mapped by hand;
// every run of punctuation or spaces becomes a single space.
const FOLD: Record<string, string> = { ß: "ss", ø: "o", ł: "l", đ: "d", æ: "ae", œ: "oe", ı: "i", þ: "th", ð: "d" };
const FOLD_RE = /[ßøłđæœıþð]/g;

export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(FOLD_RE, (ch) => FOLD[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
