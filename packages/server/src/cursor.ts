// Opaque cursors: base64url of "<list>:<offset>". The list name stops a cursor from one list being used on another.
import { badInput } from "./limits.js";

export function encodeCursor(list: string, offset: number): string {
  return Buffer.from(`${list}:${offset}`, "utf8").toString("base64url");
}

/** Offset of the first item after the cursor (0 without one); throws a clear error for a cursor we did not issue. */
export function offsetAfter(list: string, cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const decoded = /^[A-Za-z0-9_-]+={0,2}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^([a-z]+):(\d{1,9})$/.exec(decoded);
  if (!match)
    throw badInput(`Invalid cursor "${cursor.slice(0, 64)}": pass an endCursor or cursor from a previous page.`);
  if (match[1] !== list) throw badInput(`Invalid cursor: it belongs to the "${match[1]}" list, not "${list}".`);
  return Number(match[2]) + 1;
}

export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
  nodes: T[];
}

/** A connection page over an already filtered list. */
export function pageOf<T>(list: string, items: readonly T[], first: number, after: string | null | undefined): Page<T> {
  const start = offsetAfter(list, after);
  const nodes = items.slice(start, start + first);
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + nodes.length < items.length,
      endCursor: nodes.length > 0 ? encodeCursor(list, start + nodes.length - 1) : (after ?? null),
    },
    // Per-item cursors only when the query selects `edges` (most clients read `nodes`): encoding hundreds of
    // cursors per page was measurable.
    get edges() {
      return nodes.map((node, i) => ({ cursor: encodeCursor(list, start + i), node }));
    },
    nodes,
  };
}

/** A connection page whose nodes the store already cut at `start` (the offset after `after`). */
export function pageAt<T>(
  list: string,
  start: number,
  nodes: T[],
  totalCount: number,
  after: string | null | undefined,
): Page<T> {
  return {
    totalCount,
    pageInfo: {
      hasNextPage: start + nodes.length < totalCount,
      endCursor: nodes.length > 0 ? encodeCursor(list, start + nodes.length - 1) : (after ?? null),
    },
    get edges() {
      return nodes.map((node, i) => ({ cursor: encodeCursor(list, start + i), node }));
    },
    nodes,
  };
}

/** Keyset cursors (the edge list, which a notebook pages through to the end): the last key seen. */
export function encodeKeyCursor(list: string, key: string): string {
  return Buffer.from(`${list}>${key}`, "utf8").toString("base64url");
}

/** The key after which the page starts (null without a cursor); a cursor we did not issue is a clear error. */
export function keyAfter(list: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]+={0,2}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^([a-z]+)([>:])(.+)$/s.exec(decoded);
  if (!match)
    throw badInput(`Invalid cursor "${cursor.slice(0, 64)}": pass an endCursor or cursor from a previous page.`);
  if (match[1] !== list || match[2] !== ">")
    throw badInput(`Invalid cursor: it belongs to the "${match[1]}" list, not "${list}".`);
  return match[3]!;
}
