// Reads and validates the analysts' curation file. A file that cannot be parsed or holds a malformed action stops
// the build (so a correction is never silently lost); the previous graph.json stays as it was.
import { readFile } from "node:fs/promises";
import type { CurationAction, CurationFile } from "@newskg/graph-model";
import { ENTITY_TYPES, RELATION_CATEGORIES } from "@newskg/graph-model";
import { locateJsonError } from "./locateJsonError.js";

export class CurationFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`curation file ${file}: ${detail}`);
    this.name = "CurationFileError";
  }
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return `line ${line}, column ${position - before.lastIndexOf("\n")}`;
}

/** Where the JSON is broken, as line and column, with V8's description of the problem. */
function describeJsonError(text: string, error: SyntaxError): string {
  const position = locateJsonError(text);
  const reason = error.message.replace(/^JSON\.parse: /, "");
  return position >= 0 ? `invalid JSON at ${lineColumn(text, position)}: ${reason}` : `invalid JSON: ${reason}`;
}

type Check = (action: Record<string, unknown>) => string | null;

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const needText =
  (...fields: string[]): Check =>
  (action) => {
    for (const field of fields) if (!isText(action[field])) return `"${field}" must be a non-empty string`;
    return null;
  };
const optionalCategory: Check = (action) =>
  action.category === undefined || RELATION_CATEGORIES.includes(action.category as never)
    ? null
    : `"category" must be one of ${RELATION_CATEGORIES.join(", ")}`;

const CHECKS: Record<CurationAction["op"], Check[]> = {
  merge: [
    (a) =>
      Array.isArray(a.entities) && a.entities.length >= 1 && a.entities.every(isText)
        ? null
        : `"entities" must be a non-empty array of entity names`,
    (a) => (a.into === undefined || isText(a.into) ? null : `"into" must be a non-empty string`),
    (a) =>
      (a.entities as unknown[]).length + (a.into === undefined ? 0 : 1) >= 2
        ? null
        : `needs at least two entities (in "entities", plus "into")`,
  ],
  rename: [needText("entity", "label")],
  retype: [
    needText("entity"),
    (a) => (ENTITY_TYPES.includes(a.type as never) ? null : `"type" must be one of ${ENTITY_TYPES.join(", ")}`),
  ],
  rejectEntity: [needText("entity")],
  rejectRelation: [
    needText("source", "target"),
    optionalCategory,
    (a) => (a.label === undefined || isText(a.label) ? null : `"label" must be a non-empty string`),
  ],
  addRelation: [
    needText("source", "target", "label"),
    (a) =>
      RELATION_CATEGORIES.includes(a.category as never)
        ? null
        : `"category" must be one of ${RELATION_CATEGORIES.join(", ")}`,
    (a) =>
      a.confidence === undefined || (typeof a.confidence === "number" && a.confidence >= 0 && a.confidence <= 1)
        ? null
        : `"confidence" must be a number between 0 and 1`,
  ],
};

/** Validates parsed JSON; throws CurationFileError naming the action index and the reason. */
export function validateCuration(file: string, value: unknown): CurationFile {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new CurationFileError(file, "must be a JSON object { version: 1, actions: [...] }");
  const { version, actions } = value as { version?: unknown; actions?: unknown };
  if (version !== 1) throw new CurationFileError(file, `unsupported "version" ${JSON.stringify(version)} (expected 1)`);
  if (!Array.isArray(actions)) throw new CurationFileError(file, `"actions" must be an array`);
  actions.forEach((action: unknown, index) => {
    const where = `actions[${index}]`;
    if (typeof action !== "object" || action === null || Array.isArray(action))
      throw new CurationFileError(file, `${where}: must be an object with an "op"`);
    const op = (action as { op?: unknown }).op;
    const checks = typeof op === "string" && Object.hasOwn(CHECKS, op) ? CHECKS[op as CurationAction["op"]] : null;
    if (!checks)
      throw new CurationFileError(
        file,
        `${where}: unknown op ${JSON.stringify(op)} (expected one of ${Object.keys(CHECKS).join(", ")})`,
      );
    for (const check of checks) {
      const problem = check(action as Record<string, unknown>);
      if (problem) throw new CurationFileError(file, `${where} (op "${op}"): ${problem}`);
    }
  });
  return { version: 1, actions: actions as CurationAction[] };
}

export function parseCuration(file: string, text: string): CurationFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CurationFileError(file, describeJsonError(text, error as SyntaxError));
  }
  return validateCuration(file, value);
}

export async function loadCurationFile(file: string): Promise<CurationFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CurationFileError(file, `cannot read: ${(error as Error).message}`);
  }
  return parseCuration(file, text);
}
