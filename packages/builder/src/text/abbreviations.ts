// The abbreviation table (packages/builder/data/abbreviations.json): which words keep their period, and which of
// those may also end a sentence.
import { readDataFile, stringList } from "../data/readDataFile.js";

const FILE = "abbreviations.json";
const data = readDataFile<Record<string, Record<string, unknown>>>(FILE);
const words = (field: string): Set<string> => new Set(stringList(data[field] ?? {}, "words", `${FILE} ${field}`));

/** Lowercased titles written before a name: their period never ends a sentence. */
export const NAME_TITLE_ABBREVIATIONS: ReadonlySet<string> = words("beforeNames");
/** Lowercased words closing a name or a list: their period may end a sentence. */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = words("mayEndSentence");
/** Lowercased closed-class words that start a sentence when capitalized after a final abbreviation. */
export const SENTENCE_STARTERS: ReadonlySet<string> = words("sentenceStarters");

/** True when a word (without its period) is written with a period that belongs to it. */
export function isAbbreviation(lower: string): boolean {
  return NAME_TITLE_ABBREVIATIONS.has(lower) || FINAL_ABBREVIATIONS.has(lower);
}
