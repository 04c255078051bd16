// Reads a JSON data file of packages/builder/data once per caller (tables kept as data, not code). A file that is
// missing or not JSON stops with its path and the reason, never an empty table.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The builder's data directory (the same from src/data and dist/data). */
export const DATA_DIR = new URL("../../data/", import.meta.url);

export function readDataFile<T>(name: string, dir: URL = DATA_DIR): T {
  const url = new URL(name, dir);
  let text: string;
  try {
    text = readFileSync(url, "utf8");
  } catch (error) {
    throw new Error(`data file ${fileURLToPath(url)} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`data file ${fileURLToPath(url)} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** A list field of a data file, checked to hold only strings. */
export function stringList(data: Record<string, unknown>, field: string, file: string): string[] {
  const v = data[field];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string"))
    throw new Error(`data file ${file}: "${field}" must be a list of strings`);
  return v as string[];
}
