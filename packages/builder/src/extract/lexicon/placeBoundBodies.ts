// Lowercase nouns of bodies bound to a place ("Porvik police"): data/place-bound-bodies.json, read by the mention
// finder to take the name before one as the place, whatever type the tagger gave it.
import { readDataFile, stringList } from "../../data/readDataFile.js";

const FILE = "place-bound-bodies.json";

/** The nouns, lowercased. */
export const PLACE_BOUND_BODIES: ReadonlySet<string> = new Set(
  stringList(readDataFile<Record<string, unknown>>(FILE), "nouns", FILE),
);
