// One parser per process (each build worker thread loads its own): the model file is read and decoded once.
import { existsSync } from "node:fs";
import { DependencyParser } from "./dependencyParser.js";
import { defaultParserModelPath } from "./parserPaths.js";

const loaded = new Map<string, DependencyParser>();

export class ParserModelError extends Error {}

export function loadDependencyParser(path = defaultParserModelPath): DependencyParser {
  const cached = loaded.get(path);
  if (cached) return cached;
  if (!existsSync(path)) throw new ParserModelError(`parser model not found: ${path} (run pnpm kg train-parser)`);
  let parser: DependencyParser;
  try {
    parser = DependencyParser.load(path);
  } catch (e) {
    throw new ParserModelError(`cannot load parser model ${path}: ${(e as Error).message}`);
  }
  loaded.set(path, parser);
  return parser;
}
