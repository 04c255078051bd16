import { readFile } from "node:fs/promises";
import { loadGraphFile } from "../io/loadGraphFile.js";

/**
 * Document keys of the graph file a build is about to replace, to report what it removed (null when there is
 * none). Scanned rather than parsed: the file can be tens of MB and only the document keys are needed.
 */
export async function previousDocuments(graphFile: string): Promise<Set<string> | null> {
  let text: string;
  try {
    text = await readFile(graphFile, "utf8");
  } catch {
    return null;
  }
  const keys = new Set<string>();
  for (const match of text.matchAll(/\{"key":("(?:[^"\\]|\\.)*"),"attributes":\{"kind":"document"/g))
    keys.add(JSON.parse(match[1]!) as string);
  if (keys.size > 0) return keys;
  // Not written by this builder's serializer: parse it.
  try {
    const previous = await loadGraphFile(graphFile);
    return new Set(previous.nodes.filter((n) => n.attributes?.kind === "document").map((n) => n.key));
  } catch {
    return null;
  }
}
