// Normalised forms of names for matching: case, quotes, leading article and punctuation ignored; for people also
// honorifics, for organizations also what does not change which organization is meant ("X Party", "X MPs").
import { CLAUSE_BOUNDARY, DETERMINERS, PREPOSITIONS } from "./lexicon/function.js";
import { GENERIC_ORG_WORDS, MEMBER_NOUNS, NAME_SUFFIXES, ORG_DESCRIPTORS, ORG_HEADS } from "./lexicon/organizations.js";

export function normName(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}/]+/gu, " ")
    .trim();
}

const HONORIFICS = /^(?:(?:sir|dame|mr|mrs|ms|miss|dr|prof)\.?\s+)+/;

/** A person's name for matching: also without honorifics ("Sir Jane Doe", "Dr Doe" -> "jane doe", "doe"). */
export function normPersonName(s: string): string {
  const n = normName(s);
  const stripped = n.replace(HONORIFICS, "");
  return stripped || n;
}

/** "X Football Club", "X Party", "X MPs", "the Xs" -> "x": an organization's name for matching across articles.
 * A sentence-initial function word the tagger took into the name ("With X") is dropped; a plural of an
 * adjective or agent noun ("Conservatives", "Democrats", "Tories") names the same body as its singular. */
export function normOrgName(s: string): string {
  const words = normName(s).split(" ").filter(Boolean);
  while (words.length > 1 && LEADING_NOISE.has(words[0]!)) words.shift();
  if (
    words.length > 2 &&
    words[words.length - 1] === "club" &&
    /^(football|rugby|cricket|athletic)$/.test(words[words.length - 2]!)
  )
    words.splice(-2, 2);
  const core = [...words];
  while (core.length > 1 && (NAME_SUFFIXES.has(core[core.length - 1]!) || MEMBER_NOUNS.has(core[core.length - 1]!)))
    core.pop();
  // Not when only a generic word would be left ("Congress Party" is not "Congress").
  if (
    core.length < words.length &&
    !core.every((w) => ORG_HEADS.has(w) || ORG_DESCRIPTORS.has(w) || GENERIC_ORG_WORDS.has(w))
  )
    words.splice(core.length);
  const last = words.length - 1;
  if (last >= 0) {
    const w = words[last]!;
    if (/(ive|al|ist|an|at|ic)s$/.test(w) && w.length > 5) words[last] = w.slice(0, -1);
    else if (last === 0 && /[^aeiou]ies$/.test(w) && w.length > 5) words[last] = w.slice(0, -3) + "y";
  }
  return words.join(" ");
}

const LEADING_NOISE = new Set([...PREPOSITIONS, ...DETERMINERS, ...CLAUSE_BOUNDARY, "and", "or", "like", "said"]);
