// What incremental resolution (resolveIncrementally.ts) keeps between builds, in the extraction cache folder: per
// article the cache key of its extraction and, per entity, its resolved key and resolution tokens (interned); per
// resolved entity its type and label. A missing, unreadable or older-format file means "resolve everything".
// `kg worker` keeps the same text in the store instead (resolution_index), committed with the build.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { EntityType } from "@newskg/graph-model";
import { writeFileAtomic } from "../io/writeFileAtomic.js";

export interface ResolutionIndex {
  tokens: string[];
  docs: Map<string, { hash: string; items: { localId: string; key: string; tokens: number[] }[] }>;
  entities: Map<string, { type: EntityType; label: string }>;
  /** The store build written with this index (`storeBuildStamp`), when a build keeps the index beside the store. */
  storeBuild?: string;
}

/** Names one store build: a later build writes only the rows it changed when the store is still at that build. */
export const storeBuildStamp = (build: { version: number; builtAt: string }): string =>
  `${build.version}@${build.builtAt}`;

/** Bumped when the meaning of the file changes. */
const FORMAT = 1;
const FILE = "resolution-index.json";

interface OnDisk {
  format: number;
  tokens: string[];
  docs: [docKey: string, hash: string, items: [localId: string, key: string, tokens: number[]][]][];
  entities: [key: string, type: EntityType, label: string][];
  storeBuild?: string;
}

export async function readResolutionIndex(cacheDir: string): Promise<ResolutionIndex | null> {
  let text: string;
  try {
    text = await readFile(join(cacheDir, FILE), "utf8");
  } catch {
    return null;
  }
  return decodeResolutionIndex(text);
}

export async function writeResolutionIndex(cacheDir: string, index: ResolutionIndex): Promise<void> {
  await writeFileAtomic(join(cacheDir, FILE), encodeResolutionIndex(index));
}

/** The index from its text (a file, or the store's resolution_index row); null when unreadable or older. */
export function decodeResolutionIndex(text: string | null): ResolutionIndex | null {
  if (text === null) return null;
  let raw: OnDisk;
  try {
    raw = JSON.parse(text) as OnDisk;
  } catch {
    return null;
  }
  if (raw?.format !== FORMAT || !Array.isArray(raw.docs) || !Array.isArray(raw.tokens)) return null;
  return {
    tokens: raw.tokens,
    docs: new Map(
      raw.docs.map(([docKey, hash, items]) => [
        docKey,
        { hash, items: items.map(([localId, key, tokens]) => ({ localId, key, tokens })) },
      ]),
    ),
    entities: new Map(raw.entities.map(([key, type, label]) => [key, { type, label }])),
    ...(typeof raw.storeBuild === "string" && { storeBuild: raw.storeBuild }),
  };
}

export function encodeResolutionIndex(index: ResolutionIndex): string {
  const docs: OnDisk["docs"] = [...index.docs].map(([docKey, { hash, items }]) => [
    docKey,
    hash,
    items.map((item) => [item.localId, item.key, item.tokens]),
  ]);
  const entities: OnDisk["entities"] = [...index.entities].map(([key, { type, label }]) => [key, type, label]);
  const body: OnDisk = {
    format: FORMAT,
    tokens: index.tokens,
    docs,
    entities,
    ...(index.storeBuild !== undefined && { storeBuild: index.storeBuild }),
  };
  return JSON.stringify(body);
}
