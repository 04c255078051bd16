// Inflected forms of common event and speech verbs and nouns. Relations are read from the parse (src/relations,
// with categories from the CAMEO lexicon); mention finding and title extraction use this list only to know where a
// name or title ends ("... said", "... arrested").
import type { RelationCategory } from "@newskg/graph-model";

export interface Trigger {
  lemma: string;
  category: RelationCategory;
  cameo?: string;
  /** Nominal trigger: agent from a possessive ("Ruritania's invasion"), object after of/for/to/against. */
  noun?: boolean;
  /** Statement verbs may have no object; "in <place>" after them gives a LOCATION edge. */
  speech?: boolean;
}

type Entry = [forms: string, category: RelationCategory, cameo?: string, flags?: "noun" | "speech"];

const ENTRIES: Entry[] = [
  // COERCION (CAMEO 17x; release 084)
  ["detain detains detained detaining", "COERCION", "173"],
  ["arrest arrests arrested arresting", "COERCION", "173"],
  ["charged charges charging indicted indicts prosecuted prosecuting sued", "COERCION", "173"],
  ["jailed jails imprisoned imprisons sentenced sentences convicted", "COERCION", "173"],
  ["deported deports expelled expels extradited", "COERCION", "174"],
  ["sanctioned sanctions sanctioning banned bans fined fines", "COERCION", "172"],
  ["raided raids seized seizes confiscated", "COERCION", "171"],
  ["released releases releasing freed frees", "COERCION", "084"],
  ["detention arrest", "COERCION", "173", "noun"],
  // STATEMENT (CAMEO 01, 02, 04)
  ["told tells tell telling", "STATEMENT", "010", "speech"],
  [
    "said says say saying stated states added adds explained explains noted notes wrote writes",
    "STATEMENT",
    "010",
    "speech",
  ],
  ["reported reports reporting quoted quotes quoting claimed claims", "STATEMENT", "010", "speech"],
  ["citing cited cites", "STATEMENT", "010", "speech"],
  ["asked asks urged urges appealed appeals called", "STATEMENT", "020"],
  ["met meets meeting", "STATEMENT", "040"],
  ["talks", "STATEMENT", "040", "noun"],
  ["spoke speaks speaking", "STATEMENT", "010", "speech"],
  // SUPPORT (CAMEO 03, 05, 06, 07)
  ["support supports supported supporting backed backs endorsed endorses", "SUPPORT", "051"],
  ["praised praises praise welcomed welcomes welcome welcoming thanked thanks congratulated", "SUPPORT", "051"],
  ["pledged pledges pledge promised promises offered offers", "SUPPORT", "030"],
  ["helped helps aided aids assisted assists sheltered hosted hosts protected protects", "SUPPORT", "070"],
  ["cooperate cooperates cooperated", "SUPPORT", "060"],
  ["support", "SUPPORT", "051", "noun"],
  // OPPOSITION (CAMEO 10-14, 16)
  [
    "condemned condemns condemn condemning denounced denounces criticized criticised criticizes criticises",
    "OPPOSITION",
    "111",
  ],
  ["criticism condemnation", "OPPOSITION", "111", "noun"],
  ["accused accuses blamed blames rejected rejects opposed opposes slammed slams rebuked", "OPPOSITION", "112"],
  ["protested protests protesting rallied demonstrated", "OPPOSITION", "141"],
  ["threatened threatens warned warns", "OPPOSITION", "130"],
  ["demanded demands", "OPPOSITION", "100"],
  ["summoned summons expelled", "OPPOSITION", "160"],
  ["defeated defeats beat beats ousted", "OPPOSITION", "190"],
  ["distanced distances boycotted boycotts", "OPPOSITION", "160"],
  // VIOLENCE (CAMEO 18-20)
  ["invaded invades invade invading", "VIOLENCE", "192"],
  ["invasion", "VIOLENCE", "192", "noun"],
  ["attacked attacks attack attacking bombed bombs shelled shells struck", "VIOLENCE", "190"],
  ["killed kills killing shot shoots wounded injured assassinated beaten rammed rams ramming", "VIOLENCE", "180"],
  ["fought fights fighting clashed clashes occupied occupies annexed annexes", "VIOLENCE", "190"],
  // MOVEMENT
  ["entered enters enter entering", "MOVEMENT"],
  ["arrived arrives arrive arriving", "MOVEMENT"],
  ["came come comes coming", "MOVEMENT"],
  ["fled flee flees fleeing escaped", "MOVEMENT"],
  ["crossed cross crosses crossing", "MOVEMENT"],
  [
    "travelled traveled travels travelling traveling flew flies moved moves migrated emigrated relocated returned returns",
    "MOVEMENT",
  ],
  ["visited visits visiting", "MOVEMENT", "042"],
  ["visit", "MOVEMENT", "042", "noun"],
  ["left", "MOVEMENT"],
  ["travel fly move return", "MOVEMENT"],
  // ROLE by verb ("who led the company X")
  ["led leads heads headed chairs chaired founded co-founded joined joins", "ROLE"],
  // ASSOCIATION: acting together (mergers, acquisitions, joint ventures)
  ["buy buys bought acquire acquires acquired merge merges merged merging", "ASSOCIATION"],
  // ANNOUNCEMENT (object must be an event)
  [
    "announced announces announce announcing declared declares ordered orders launched launches called",
    "ANNOUNCEMENT",
    "015",
  ],
  // ALLIANCE
  ["ally allies partner partners", "ALLIANCE", "", "noun"],
  ["allied", "ALLIANCE"],
];

export const TRIGGERS: ReadonlyMap<string, Trigger> = (() => {
  const m = new Map<string, Trigger>();
  for (const [forms, category, cameo, flag] of ENTRIES) {
    const list = forms.split(" ");
    for (const f of list) {
      if (m.has(f) && flag !== "noun") continue;
      const t: Trigger = { lemma: list[0]!, category };
      if (cameo) t.cameo = cameo;
      if (flag === "noun") t.noun = true;
      if (flag === "speech") t.speech = true;
      if (!m.has(f)) m.set(f, t);
    }
  }
  return m;
})();

/** Nouns that may be used as verbs or nouns: nominal when after a determiner or possessive. */
export const NOUN_VERB = new Set([
  "support",
  "attack",
  "visit",
  "arrest",
  "protest",
  "protests",
  "welcome",
  "praise",
  "pledge",
]);
