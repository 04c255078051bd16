// One-word names the tagger typed as a person but the article writes as a club ("<Name> manager X", "the <Name>
// side"): their votes go to ORGANIZATION, so the team and league patterns see an organization.
import { readDataFile, stringList } from "../data/readDataFile.js";
import type { DocMention, DocModel } from "./docModel.js";
import { normName } from "./normName.js";

const FILE = "team-nouns.json";
const TEAM_NOUNS: ReadonlySet<string> = new Set(stringList(readDataFile<Record<string, unknown>>(FILE), "words", FILE));

/** Normalised one-word person names the article writes right before a team noun. */
export function teamNames(doc: DocModel, mentions: readonly DocMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "PERSON" || m.j - m.i !== 1) continue;
    const next = doc.sentences[m.sent]?.tokens[m.j]?.text ?? "";
    if (TEAM_NOUNS.has(next)) out.add(normName(m.text));
  }
  return out;
}
