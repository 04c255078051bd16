// Titles and offices written before or beside person names, and their abbreviations: one data file
// (packages/builder/data/titles.json) for the relation patterns and for resolving "the minister"-style references.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface TitlesFile {
  titles: { words: string[] };
  offices: { words: string[] };
  nationalOffices: { words: string[] };
  abbreviations: { map: Record<string, string> };
}

const path = fileURLToPath(new URL("../../data/titles.json", import.meta.url));

function load(): TitlesFile {
  let file: TitlesFile;
  try {
    file = JSON.parse(readFileSync(path, "utf8")) as TitlesFile;
  } catch (error) {
    throw new Error(`cannot read the title lexicon ${path}: ${(error as Error).message}`, { cause: error });
  }
  const words = (x: { words?: unknown } | undefined): boolean =>
    Array.isArray(x?.words) && x.words.every((w) => typeof w === "string");
  if (
    !words(file.titles) ||
    !words(file.offices) ||
    !words(file.nationalOffices) ||
    typeof file.abbreviations?.map !== "object"
  )
    throw new Error(
      `title lexicon ${path}: expected titles.words, offices.words, nationalOffices.words and abbreviations.map`,
    );
  return file;
}

const file = load();

/** Nouns naming a position a person holds ("president", "spokesman", "member"), lowercased. */
export const TITLES: readonly string[] = file.titles.words;
/** Heads of state, government and territorial offices, and title parts ("prime"). */
export const OFFICES: readonly string[] = file.offices.words;
/** Offices held for a whole country ("president", "premier", "king"): their holder may go unsaid. */
export const NATIONAL_OFFICES: readonly string[] = file.nationalOffices.words;
/** Abbreviated title before a name -> the full noun ("sen." -> "senator"). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = file.abbreviations.map;
