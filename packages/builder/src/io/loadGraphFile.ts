import { readFile } from "node:fs/promises";
import type { KnowledgeGraph, SerializedKnowledgeGraph } from "@newskg/graph-model";
import { graphFileProblem, knowledgeGraphFromSerialized } from "@newskg/graph-model";

/** Reads and checks a graph.json written by the builder. */
export async function loadGraphFile(path: string): Promise<SerializedKnowledgeGraph> {
  const text = await readFile(path, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const problem = graphFileProblem(value);
  if (problem) throw new Error(`${path}: ${problem}`);
  return value as SerializedKnowledgeGraph;
}

/** graph.json as a graphology graph. */
export async function loadKnowledgeGraph(path: string): Promise<KnowledgeGraph> {
  return knowledgeGraphFromSerialized(await loadGraphFile(path));
}
