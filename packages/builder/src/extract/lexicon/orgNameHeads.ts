// Organisation words from the tagger's own organisation heads (data/ner-org-heads.json), for typing names in
// context. The tagger only weighs them as a feature and open training text has few such names, so a newspaper or
// a police force named after its town ("<Town> Gazette", "<County> Bureau") came out as a place, and a
// name described by a lowercase noun ("the weekly <Name> magazine", "the militia <Name>") as a person.
import { readDataFile, stringList } from "../../data/readDataFile.js";
import { loadOrgHeads } from "../../ner/loadOrgHeads.js";

/** Kinds whose words end organisation names; "armed group" words also name units and people (guard, division,
 * command), and the descriptive nouns are rarely a name's last word. */
const ENDING_KINDS = new Set(["company", "law firm", "political", "agency", "media", "institution"]);
/** Ending words that end place and facility names as often ("<Town> Hospital", "<Town> Centre") or are common
 * words in other names ("<Name> Today", "<Name> Review"). */
const AMBIGUOUS_ENDINGS = new Set(
  "center centre hospital museum church school college academy today standard review exchange".split(" "),
);
/** Lowercase nouns from the file that only name organisations, beside a name ("the <Name> magazine"). */
const CONTEXT_WORDS = ["magazine", "tabloid", "militia", "cartel"];
/** Descriptive nouns a person can also be called by ("the developer <Name>", "a militant, <Name>"). */
const PERSON_NOUNS = new Set("maker operator developer carrier supplier militant giant".split(" "));

let endings: ReadonlySet<string> | undefined;
let context: ReadonlySet<string> | undefined;

/** Lowercased last words of organisation names (see the file comment). */
export function orgNameEndings(): ReadonlySet<string> {
  if (endings) return endings;
  const heads = loadOrgHeads();
  const words = new Set<string>();
  for (const [w, k] of heads.kindOf)
    if (ENDING_KINDS.has(heads.kinds[k - 1]!) && !AMBIGUOUS_ENDINGS.has(w)) words.add(w);
  endings = words;
  return endings;
}

/** Lowercase nouns that make a name next to them an organisation's: the file's descriptive nouns ("the carmaker
 * <Name>", "<Name>, a startup") and a few of its media and armed-group words. */
export function orgContextNouns(): ReadonlySet<string> {
  if (context) return context;
  const heads = loadOrgHeads();
  const descriptive = heads.kinds.indexOf("descriptive") + 1;
  const words = new Set(CONTEXT_WORDS);
  for (const [w, k] of heads.kindOf) if (k === descriptive && !PERSON_NOUNS.has(w)) words.add(w);
  context = words;
  return context;
}

const APPOSITION_FILE = "org-apposition-nouns.json";

export interface OrgAppositionNouns {
  /** Nouns before a name, tagged or missed ("the news agency <Name>"). */
  readonly before: ReadonlySet<string>;
  /** Nouns after a name the tagger missed ("the <Name> party"), the descriptive nouns of the heads file included. */
  readonly after: ReadonlySet<string>;
  /** The "after" nouns that also retype a name tagged as a person or a place ("the <Name> magazine"). */
  readonly afterTagged: ReadonlySet<string>;
  /** Nouns of a body's part after its name ("the <Name> subcommittee"). */
  readonly parts: ReadonlySet<string>;
  /** Nouns of a body's part only after a lowercase modifier ("the <Name> press office"). */
  readonly partsWithModifier: ReadonlySet<string>;
}

let apposition: OrgAppositionNouns | undefined;

/** The nouns of data/org-apposition-nouns.json; "afterTagged" must be a subset of "after". */
export function orgAppositionNouns(): OrgAppositionNouns {
  if (apposition) return apposition;
  const data = readDataFile<Record<string, Record<string, unknown>>>(APPOSITION_FILE);
  const list = (field: string, sub = "words") => {
    const entry = data[field];
    if (!entry) throw new Error(`data file ${APPOSITION_FILE}: "${field}" is missing`);
    return stringList(entry, sub, `${APPOSITION_FILE} (${field})`);
  };
  const after = new Set(list("after"));
  const afterTagged = new Set(list("afterTagged"));
  for (const w of afterTagged)
    if (!after.has(w)) throw new Error(`data file ${APPOSITION_FILE}: "${w}" is in afterTagged but not in after`);
  for (const w of orgContextNouns()) after.add(w);
  apposition = {
    before: new Set(list("before")),
    after,
    afterTagged,
    parts: new Set(list("parts")),
    partsWithModifier: new Set(list("parts", "withModifier")),
  };
  return apposition;
}

/** The file's words of the given kinds ("company", "institution"), lowercased. */
export function orgHeadWordsOfKinds(kinds: readonly string[]): string[] {
  const heads = loadOrgHeads();
  return [...heads.kindOf].filter(([, k]) => kinds.includes(heads.kinds[k - 1]!)).map(([w]) => w);
}
