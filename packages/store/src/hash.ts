import { hash } from "node:crypto";

/** A short stable digest of a JSON-serialisable value, to tell changed rows from unchanged ones. */
export function digest(value: unknown): string {
  return hash("md5", JSON.stringify(value), "base64");
}

/** The same for a flat row of scalars, without JSON's escaping (the hot path of a write's diff). */
export function digestRow(values: readonly (string | number | boolean | null | undefined)[], extra = ""): string {
  let text = extra;
  for (const v of values) text += v === null || v === undefined ? "\u0000\u0001" : `${typeof v}:${v}\u0001`;
  return hash("md5", text, "base64");
}
