import { createHash } from "node:crypto";

/** A short stable digest of a JSON-serialisable value, to tell changed rows from unchanged ones. */
export function digest(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("base64url");
}
