// Lowercase head nouns that make a capitalized name a place ("Varnsk Voivodeship", "Cathedral of Porvik"):
// data/place-name-heads.json, read by the mention finder to type such names whatever the tagger said.
import { readDataFile, stringList } from "../../data/readDataFile.js";

const FILE = "place-name-heads.json";
const data = readDataFile<Record<string, unknown>>(FILE);

/** The heads of every kind, lowercased. */
export const PLACE_NAME_HEADS: ReadonlySet<string> = new Set(
  ["administrative", "natural", "built", "states"].flatMap((k) => stringList(data, k, FILE)),
);

/** Heads of administrative units, whose names also stand for the unit's government ("X County agreed to pay"). */
export const ADMINISTRATIVE_HEADS: ReadonlySet<string> = new Set(stringList(data, "administrative", FILE));

/** Heads that open a place's name before an inner "of" ("Province of Varnsk", "Gulf of Porvik", "Town of Y"). */
export const PLACE_HEADS_BEFORE_OF: ReadonlySet<string> = new Set([
  ...PLACE_NAME_HEADS,
  ...stringList(data, "beforeOf", FILE),
]);

/** Heads of water bodies ("Sea", "Bay", "River"): the place of an act done in them, never its target. */
export const WATER_BODY_HEADS: ReadonlySet<string> = new Set(stringList(data, "waterBodies", FILE));

/** Words that open a place's name as its first word ("Mount Tollen", "Camp Varn", "Fort Porvik"). */
export const LEADING_PLACE_WORDS: ReadonlySet<string> = new Set(stringList(data, "leading", FILE));

/** Lowercase administrative nouns after a name that make a name the tagger took for a person's a place ("Varnsk state"). */
export const TRAILING_PLACE_NOUNS: ReadonlySet<string> = new Set(stringList(data, "trailingLowercase", FILE));
/** Their plurals, after coordinated names ("Tollen and Varnsk provinces", "the Porvik, Ostmark and Belm counties"). */
export const TRAILING_PLACE_PLURALS: ReadonlySet<string> = new Set(
  [...TRAILING_PLACE_NOUNS].map((w) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`)),
);

/** Capitalized nouns of streets and sites that end a place's name when they follow a name the tagger closed before
 * them ("<Name> Drive", "<Place> Stadium"); with the natural, built and historical-state heads. */
export const PLACE_HEADS_AFTER_NAME: ReadonlySet<string> = new Set([
  ...stringList(data, "afterName", FILE),
  ...["natural", "built", "states"].flatMap((k) => stringList(data, k, FILE)),
]);
