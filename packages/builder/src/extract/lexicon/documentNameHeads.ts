// Last words of document and process names ("the <Place> Accord"): data/document-name-heads.json, read by the
// mention finder so a place inside such a name is not taken for a body's location.
import { readDataFile, stringList } from "../../data/readDataFile.js";

const FILE = "document-name-heads.json";

/** The heads, lowercased. */
export const DOCUMENT_NAME_HEADS: ReadonlySet<string> = new Set(
  stringList(readDataFile<Record<string, unknown>>(FILE), "heads", FILE).map((w) => w.toLowerCase()),
);
