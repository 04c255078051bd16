// Names the tagger typed as a person but the article writes as a club ("<Name> manager X", "the <Name> side") or as
// an armed group ("<Name> rebels"): their votes go to ORGANIZATION, so the team, league and event patterns see an
// organization.
import { readDataFile, stringList } from "../data/readDataFile.js";
import type { DocMention, DocModel } from "./docModel.js";
import { normName } from "./normName.js";

const FILE = "team-nouns.json";
const data = readDataFile<Record<string, unknown>>(FILE);
const TEAM_NOUNS: ReadonlySet<string> = new Set(stringList(data, "words", FILE));
const GROUP_MEMBER_NOUNS: ReadonlySet<string> = new Set(stringList(data, "groupMemberWords", FILE));

/**
 * Normalised person-typed names the article writes right before a team noun (one-word names only: a full name
 * before "manager" is the manager) or before a noun for an armed group's members (any length).
 */
export function teamNames(doc: DocModel, mentions: readonly DocMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "PERSON") continue;
    const next = doc.sentences[m.sent]?.tokens[m.j]?.text.toLowerCase() ?? "";
    if ((m.j - m.i === 1 && TEAM_NOUNS.has(next)) || GROUP_MEMBER_NOUNS.has(next)) out.add(normName(m.text));
  }
  return out;
}
