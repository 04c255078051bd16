// Head and suffix words of organisation names by kind (data/ner-org-heads.json): a feature of the tagger from
// feature version 8 on, and the kinds the error counts group organisations by.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface OrgHeadsFile {
  kinds: Record<string, { why: string; words: string[] }>;
}

export interface OrgHeads {
  /** Kind names in file order; a word's kind is its index + 1 in `kindOf`. */
  readonly kinds: readonly string[];
  /** Lowercased word -> 1-based kind index (the first kind that lists the word). */
  readonly kindOf: ReadonlyMap<string, number>;
}

const orgHeadsPath = fileURLToPath(new URL("../../data/ner-org-heads.json", import.meta.url));
let cached: OrgHeads | undefined;

export function loadOrgHeads(): OrgHeads {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(orgHeadsPath, "utf8")) as OrgHeadsFile;
  const kinds = Object.keys(file.kinds);
  const kindOf = new Map<string, number>();
  kinds.forEach((k, i) => {
    for (const w of file.kinds[k]!.words) if (!kindOf.has(w)) kindOf.set(w, i + 1);
  });
  cached = { kinds, kindOf };
  return cached;
}

/** The kind of organisation a name's words suggest: its last word, or its first before "of"; undefined if neither. */
export function orgKindOf(tokens: readonly string[], heads: OrgHeads = loadOrgHeads()): string | undefined {
  const last = heads.kindOf.get(tokens.at(-1)?.toLowerCase() ?? "");
  const first = tokens[1]?.toLowerCase() === "of" ? heads.kindOf.get(tokens[0]!.toLowerCase()) : undefined;
  const k = last ?? first;
  return k === undefined ? undefined : heads.kinds[k - 1];
}
