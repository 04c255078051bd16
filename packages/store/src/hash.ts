import { hash } from "node:crypto";

/** A short stable digest of a JSON-serialisable value, to tell changed rows from unchanged ones. */
export function digest(value: unknown): string {
  return hash("md5", JSON.stringify(value), "base64");
}
