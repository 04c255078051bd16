// What the reader pool (readerPool.ts) and its threads (readerWorker.ts) say to each other.
import type { GraphReader } from "@newskg/graph-model";

/** Every GraphReader method: the pool forwards each by name (the check below fails when the contract grows). */
export const READER_METHODS = [
  "version",
  "entities",
  "namesExact",
  "namesWithPrefix",
  "namesLike",
  "search",
  "entityPage",
  "entityCount",
  "topEntities",
  "communities",
  "communityMembers",
  "relations",
  "relationPage",
  "relationCount",
  "relationsOf",
  "relationsAmong",
  "relationsBetween",
  "neighbours",
  "neighbourhood",
  "shortestPaths",
  "relationsAfter",
  "edgeRowsAfter",
  "evidence",
  "documents",
  "documentPage",
  "documentCount",
  "documentsWithFile",
  "documentsOf",
  "mentionsOf",
  "mentionsIn",
  "entitiesIn",
  "counts",
  "facets",
] as const satisfies readonly (keyof GraphReader)[];

export type ReaderMethod = (typeof READER_METHODS)[number];
// A GraphReader method missing from the list above is a compile error here.
const allMethods: Exclude<keyof GraphReader, ReaderMethod> extends never ? true : never = true;
void allMethods;

export interface ReaderInit {
  path: string;
  /** Int32 flag: set to 1 by the pool when the caller's deadline passed; the running call stops at its next step. */
  cancel: SharedArrayBuffer;
  cacheMb: number;
}

export interface ReaderCall {
  method: ReaderMethod;
  /** The method's arguments; a `tick` callback is left out (index `tickAt`) and replaced by the cancel flag. */
  args: unknown[];
  tickAt: number | null;
}

export type ReaderReply =
  | { ok: true; value: unknown; version: number }
  | { ok: false; message: string; code: string | null; cancelled: boolean };
