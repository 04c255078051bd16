// Which arguments of a predicate of each category are the relation's source and target, and which entity types
// they may have. Data, read by readRelations.ts.
import type { EntityType, RelationCategory } from "@newskg/graph-model";
import { readDataFile, stringList } from "../data/readDataFile.js";
import { OFFICES } from "./titleLexicon.js";

export interface ArgumentRoles {
  sourceTypes: EntityType[];
  targetTypes: EntityType[];
  /** The object (active) or passive subject is a target. */
  patient: boolean;
  /** The indirect object is a target. */
  recipient: boolean;
  /** Prepositions whose oblique is a target. */
  preps: string[];
  /** Prepositions whose phrase on an event noun (not a verb) is a target too ("opposition to X", "a feud with X"). */
  nounPreps?: string[];
  /** Coordinated subjects with no target relate to each other ("A and B met", "A and B clashed"). */
  reciprocal: boolean;
}

const ACTOR: EntityType[] = ["PERSON", "ORGANIZATION", "COUNTRY"];
const PLACE: EntityType[] = ["COUNTRY", "LOCATION"];

export const ARGUMENT_ROLES: Partial<Record<RelationCategory, ArgumentRoles>> = {
  STATEMENT: {
    // Seats of power speak for their governments ("the palace said").
    sourceTypes: [...ACTOR, "LOCATION"],
    // A country is the party spoken to or met ("held talks with X", "told X to withdraw").
    targetTypes: ["PERSON", "ORGANIZATION", "COUNTRY"],
    patient: false,
    recipient: true,
    // "said ..., according to X" names the outlet or source the statement went through.
    preps: ["to", "with", "according"],
    reciprocal: false,
  },
  SUPPORT: {
    sourceTypes: ACTOR,
    targetTypes: [...ACTOR, "EVENT"],
    patient: true,
    recipient: true,
    preps: ["for", "to", "with"],
    reciprocal: false,
  },
  OPPOSITION: {
    sourceTypes: ACTOR,
    targetTypes: [...ACTOR, "LOCATION", "EVENT"],
    patient: true,
    recipient: false,
    preps: ["against", "on", "from"],
    // "X's opposition to Y", "her resistance to Y", "her feud with Y", "lodged a protest with Y".
    nounPreps: ["to", "with"],
    reciprocal: false,
  },
  COERCION: {
    sourceTypes: ACTOR,
    // A country's people or envoys coerced stand for it ("expelled two Ruritanian diplomats").
    targetTypes: ["PERSON", "ORGANIZATION", "COUNTRY"],
    patient: true,
    recipient: false,
    preps: ["against", "on"],
    reciprocal: false,
  },
  VIOLENCE: {
    sourceTypes: ACTOR,
    targetTypes: [...ACTOR, "LOCATION"],
    patient: true,
    recipient: false,
    preps: ["against", "on", "with", "in"],
    reciprocal: true,
  },
  MOVEMENT: {
    sourceTypes: ACTOR,
    targetTypes: PLACE,
    patient: true,
    recipient: false,
    preps: ["to", "into", "for", "towards", "toward", "in"],
    reciprocal: false,
  },
  ROLE: {
    sourceTypes: ["PERSON"],
    targetTypes: ["ORGANIZATION"],
    patient: true,
    recipient: false,
    preps: ["for", "at", "with"],
    reciprocal: false,
  },
  ASSOCIATION: {
    sourceTypes: ["PERSON", "ORGANIZATION"],
    targetTypes: ["PERSON", "ORGANIZATION"],
    patient: true,
    recipient: false,
    preps: ["with"],
    reciprocal: true,
  },
  ALLIANCE: {
    sourceTypes: ACTOR,
    // Seats of power stand for their governments ("an ally of the palace").
    targetTypes: [...ACTOR, "LOCATION"],
    patient: true,
    recipient: false,
    preps: ["with", "of", "to"],
    reciprocal: true,
  },
  ANNOUNCEMENT: {
    sourceTypes: ACTOR,
    targetTypes: ["EVENT"],
    patient: true,
    recipient: false,
    preps: [],
    reciprocal: false,
  },
};

/** Speech verbs whose object is the audience ("told X", "briefed X"); other speech verbs' object is what was said. */
export const AUDIENCE_OBJECT_LEMMAS = new Set([
  "tell",
  "inform",
  "brief",
  "assure",
  "meet",
  "host",
  "visit",
  "cite",
  "quote",
  "ask",
  "urge",
  "call",
  "request",
  "interview",
  "warn",
  "advise",
  "contact",
  "address",
  "phone",
  "email",
  "lobby",
  "consult",
]);
/** Movement verbs whose object is the place ("entered X", "crossed X"). */
export const PLACE_OBJECT_LEMMAS = new Set(["enter", "cross", "visit", "leave", "flee", "reach", "tour"]);
/** Verbs and nouns of visiting: a place visited is gone to (MOVEMENT), a person or body visited is met (STATEMENT). */
export const VISIT_LEMMAS = new Set(["visit"]);
/** MOVEMENT with "in" only for verbs of arriving ("arrived in X"), not "fled in a car". */
export const ARRIVAL_LEMMAS = new Set(["arrive", "land", "settle"]);
/**
 * Nouns of people that, with a nationality, stand for its country ("Ruritanian citizens", "the Bordurian people"),
 * and the envoys and military craft a country acts through ("Ruritanian diplomats", "Ruritanian jets struck X").
 */
export const PEOPLE_NOUNS = new Set(
  `people citizens nationals residents refugees migrants troops soldiers forces officials authorities government
   workers tourists students men women families civilians voters protesters troop army navy diplomats envoys
   ambassadors jets warplanes planes aircraft drones warships ships vessels tanks helicopters submarines
   gunboats leaders lawmakers legislators senators`.split(/\s+/),
);
/** Place nouns that stand for the place named after "of" ("the town of X", "the province of X"). */
export const PLACE_OF_NOUNS = new Set(
  "town city village region province district state island port capital county municipality area".split(" "),
);
/**
 * Nouns a country's or town's name may stand before as the body acting for it ("the X embassy", "X police", "the X
 * president"); any other noun after a place's name only describes ("a X man is suing", "the X seat"), so the
 * place does not act.
 */
export const PLACE_AGENT_NOUNS = new Set([
  ...PEOPLE_NOUNS,
  ...PLACE_OF_NOUNS,
  // Its offices ("the X president", "the X ambassador") and institutions ("X police", "the X embassy").
  ...OFFICES,
  ...stringList(
    readDataFile<Record<string, unknown>>("reference-nouns.json"),
    "institutionNouns",
    "reference-nouns.json",
  ),
  ...`courts judge judges prosecutor prosecutors military consulate administration congress senate regime agency
   agencies legislature delegation team squad side coalition leader cabinet`.split(/\s+/),
]);
/** Nouns that stand for the group or body named after "of"/"from" ("members of X", "officials from X"). */
export const MEMBER_OF_NOUNS = new Set(
  `members member officials official officers leaders leader representatives delegation supporters fighters
   militants soldiers troops thousands hundreds dozens millions group figures employees staff agents spokesman
   spokeswoman spokesperson rebels insurgents gunmen guerrillas jihadists head chief`.split(/\s+/),
);
/**
 * Nouns of members that, with an organization's name before them, stand for it ("Republican senators", "Labour
 * MPs", "Hamas fighters", "union leaders"): the people act as the body.
 */
export const ORG_MEMBER_NOUNS = new Set(
  `members officials leaders senators lawmakers legislators mps meps councillors councilors delegates ministers
   fighters militants rebels insurgents gunmen guerrillas troops soldiers forces officers agents negotiators
   diplomats envoys representatives delegation spokesman spokeswoman spokesperson activists loyalists
   executives bosses`.split(/\s+/),
);
/**
 * Predicates whose coordinated subjects act on each other ("A and B clashed", "A and B signed a pact"): only these
 * read a reciprocal relation; "A and B, who died" or "A and B won" relate the two to nothing.
 */
export const RECIPROCAL_LEMMAS = new Set(
  `meet talk negotiate discuss debate clash fight battle spar feud quarrel argue ally partner merge agree sign
   cooperate collaborate reconcile unite marry compete trade meeting talks negotiation negotiations summit clash
   fight battle war conflict alliance pact deal agreement accord treaty partnership merger truce ceasefire`.split(
    /\s+/,
  ),
);
/** Speech verbs that, with an object and a predicate noun after it, name rather than address ("called X a Y"). */
export const NAMING_LEMMAS = new Set(["call", "brand", "label", "dub", "term", "name"]);
/** Verbs by which an outlet or source relays a statement ("..., the agency reported", "..., X said"). */
export const RELAY_LEMMAS = new Set(["report", "say", "quote", "cite", "confirm"]);
/**
 * CAMEO roots of verbal acts (statements, appeals, intents, consultations, cooperation talk, demands,
 * disapproval, rejection, threats): an act of speech that an outlet can relay. Material acts (aid, force, coercion)
 * reported by an outlet were not said to it.
 */
export const VERBAL_CAMEO_ROOTS = new Set(["01", "02", "03", "04", "05", "10", "11", "12", "13"]);
