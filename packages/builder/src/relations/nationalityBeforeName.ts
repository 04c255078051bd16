// A nationality adjective opening a run of lowercase descriptor nouns right before a person's name ("Ruritanian
// singer and actress X", "the Ruritanian recording artist X", "Ruritanian pop singer X's album") says where the
// person is from; so does a country's initialism there ("U.S. sailor X"). A greedy parser seldom makes the name the head of such a run (it hangs the name on the last noun
// as an apposition or conjunct, or the nouns on the name's possessed noun), so the tree patterns on a descriptor
// miss it; the run is read from the surface instead. Runs that hold a title are left to the title patterns (a
// post held for the country, ROLE), and only words of a noun phrase may stand between: no determiner, verb,
// preposition or punctuation (but the commas of a coordination and a spaced hyphen), so "Ruritanian officials
// said X" or "the Ruritanian team, X" are no such run.
import type { Doc } from "../nlp/doc.js";
import type { EntitySpan } from "./types.js";

/** Longest run of descriptor words between the adjective and the name ("recording artist and songwriter"). */
const MAX_WORDS = 5;
const DESCRIPTOR_UPOS = new Set(["NOUN", "ADJ", "PROPN"]);

export interface NationalityLink {
  person: EntitySpan;
  country: EntitySpan;
  /** The descriptor noun right before the name (the label). */
  trigger: number;
}

function lowercase(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}

/** A lowercase hyphenated compound ("singer-songwriter"), which taggers often take for an adjective. */
function hyphenCompound(word: string): boolean {
  return /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(word);
}

/**
 * `initialisms`: countries' initialisms that stand before a noun as the adjective does ("U.S. sailor X"), lowercase.
 */
export function nationalitiesBeforeNames(
  doc: Doc,
  spans: readonly EntitySpan[],
  titles: ReadonlySet<string>,
  initialisms: ReadonlySet<string> = new Set(),
): NationalityLink[] {
  const out: NationalityLink[] = [];
  const endingAt = new Map<number, EntitySpan>();
  for (const s of spans) if (!s.reference) endingAt.set(s.end, s);
  for (const person of spans) {
    if (person.type !== "PERSON" || person.reference || person.adjective || person.group) continue;
    const sentStart = doc.sentStart[doc.sentOf[person.start] ?? 0] ?? 0;
    const last = person.start - 1;
    const lastWord = doc.words[last] ?? "";
    // A lowercase word the tagger took for a proper noun ("sailor" after "U.S.") or a hyphenated compound it took
    // for an adjective is still the run's noun.
    const upos = doc.upos[last] ?? "";
    const nounLike = upos === "NOUN" || upos === "PROPN" || (upos === "ADJ" && hyphenCompound(lastWord));
    if (last <= sentStart || !nounLike || !lowercase(lastWord)) continue;
    let k = last;
    let words = 0;
    let ok = true;
    let coordinated = false;
    // Walk left over descriptor words and "and" between two of them, to the adjective that opens the run; a comma
    // joins them only before a later "and" ("pianist, composer and teacher"), a hyphen always ("singer - songwriter").
    while (k >= sentStart && !endingAt.has(k + 1)) {
      const w = doc.words[k] ?? "";
      const lw = doc.lowerWord(k);
      const between = k < last && lowercase(doc.words[k - 1] ?? "") && DESCRIPTOR_UPOS.has(doc.upos[k - 1] ?? "");
      const isAnd = between && (lw === "and" || lw === "-" || (lw === "," && coordinated));
      if (lw === "and") coordinated = true;
      if (!isAnd && !(DESCRIPTOR_UPOS.has(doc.upos[k] ?? "") && lowercase(w))) {
        ok = false;
        break;
      }
      if (titles.has(doc.lowerLemma(k)) || titles.has(doc.lowerWord(k))) {
        ok = false;
        break;
      }
      if (++words > MAX_WORDS) {
        ok = false;
        break;
      }
      k--;
    }
    const country = endingAt.get(k + 1);
    if (!ok || !country || country.type !== "COUNTRY" || words === 0) continue;
    const initialism = country.end - country.start === 1 && initialisms.has(doc.lowerWord(country.start));
    if (!country.adjective && !initialism) continue;
    out.push({ person, country, trigger: last });
  }
  return out;
}
