// A rough size in bytes of a plain value (what V8 spends on it, about): enough to bound a cache of answers in bytes
// rather than in entries, where one neighbourhood can weigh as much as a thousand searches.

const STRING_HEADER = 16;
const OBJECT_HEADER = 24;
const SLOT = 8;

/**
 * Walks `value` (objects, arrays, Maps, Sets, strings, numbers) and adds up an estimate of its size; stops as soon as
 * the running total passes `limit` (then returns a number above it), so a huge answer costs no long walk.
 */
export function approximateBytes(value: unknown, limit = Infinity): number {
  let total = 0;
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length && total <= limit) {
    const v = stack.pop();
    if (typeof v === "string") total += STRING_HEADER + v.length;
    else if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") total += SLOT;
    else if (v === null || v === undefined) total += SLOT;
    else if (typeof v === "object") {
      if (seen.has(v)) continue;
      seen.add(v);
      if (ArrayBuffer.isView(v)) total += OBJECT_HEADER + v.byteLength;
      else if (v instanceof Map)
        for (const [k, item] of v) {
          total += 2 * SLOT;
          stack.push(k, item);
        }
      else if (v instanceof Set)
        for (const item of v) {
          total += SLOT;
          stack.push(item);
        }
      else if (Array.isArray(v)) {
        total += OBJECT_HEADER + v.length * SLOT;
        for (const item of v) if (typeof item === "object" || typeof item === "string") stack.push(item);
      } else {
        total += OBJECT_HEADER;
        for (const key in v) {
          total += SLOT;
          const item = (v as Record<string, unknown>)[key];
          if (typeof item === "object" || typeof item === "string") stack.push(item);
        }
      }
    } else total += SLOT;
  }
  return total;
}
