// Party member nouns and adjectives as mentions of the party ("a Republican member of", "the Labour MP X",
// "elected as a Whig"): one data table (data/party-words.json) read by the mention finder and by the static patterns
// (which lemmas a party mention may carry).
import { readDataFile, stringList } from "../../data/readDataFile.js";

const FILE = "party-words.json";

interface PartyWords {
  /** Forms by their first word, longest first: "Liberal" -> [["Liberal", "Democrats"], ["Liberal", "Democrat"], ["Liberal"]]. */
  byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  roleNouns: ReadonlySet<string>;
  nounFollowers: ReadonlySet<string>;
  notBefore: ReadonlyMap<string, ReadonlySet<string>>;
}

function load(): PartyWords {
  const data = readDataFile<Record<string, unknown>>(FILE);
  const words = stringList(data, "words", FILE);
  const byFirst = new Map<string, string[][]>();
  for (const w of words) {
    const parts = w.split(" ");
    if (!parts.every((p) => /^\p{Lu}\p{L}*$/u.test(p)))
      throw new Error(`data file ${FILE}: "${w}" is not capitalized words`);
    const list = byFirst.get(parts[0]!) ?? [];
    list.push(parts);
    byFirst.set(parts[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const notBefore = new Map<string, Set<string>>();
  const raw = data["notBefore"];
  if (raw !== undefined && (typeof raw !== "object" || raw === null || Array.isArray(raw)))
    throw new Error(`data file ${FILE}: "notBefore" must map a form to a list of words`);
  for (const [form, list] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string"))
      throw new Error(`data file ${FILE}: "notBefore.${form}" must be a list of words`);
    notBefore.set(form, new Set(list as string[]));
  }
  return {
    byFirst,
    roleNouns: new Set(stringList(data, "roleNouns", FILE)),
    nounFollowers: new Set(stringList(data, "nounFollowers", FILE)),
    notBefore,
  };
}

export const PARTY_WORDS: PartyWords = load();

/** Every word of every form, as the parser may give it for a lemma (as written and lowercased). */
export const PARTY_LEMMAS: readonly string[] = [
  ...new Set([...PARTY_WORDS.byFirst.values()].flat(2).flatMap((w) => [w, w.toLowerCase()])),
];
