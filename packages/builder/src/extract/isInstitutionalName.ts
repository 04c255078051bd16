// Names made only of generic words ("Foreign Ministry", "Supreme Court", "Police") name a different body in every
// country: one placed in a country in its article is named after it ("Peru Foreign Ministry").
import { ORG_DESCRIPTORS, ORG_HEADS } from "./lexicon/organizations.js";
import { TITLE_MODIFIERS } from "./lexicon/titles.js";

export function isInstitutionalName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  return (
    words.some((w) => ORG_HEADS.has(w) || ORG_DESCRIPTORS.has(w)) &&
    words.every(
      (w) =>
        TITLE_MODIFIERS.has(w) ||
        ORG_HEADS.has(w) ||
        ORG_DESCRIPTORS.has(w) ||
        w === "of" ||
        w === "the" ||
        w === "and",
    )
  );
}
