// Name search over entity labels and aliases: exact > prefix (of the name or of any word in it) > fuzzy (trigram
// candidates checked by edit distance), then by PageRank. Built once per graph load; queries touch only the
// matching slices.
import type { EntityType } from "@newskg/graph-model";
import type { EntityRecord } from "../model.js";
import { runSync } from "./cooperative.js";
import { editDistance } from "./editDistance.js";
import { normalizeText } from "./normalizeText.js";

interface NameEntry {
  norm: string;
  words: string[];
  display: string;
  entity: EntityRecord;
}

export interface SearchIndex {
  names: NameEntry[];
  exact: Map<string, NameEntry[]>;
  /** Keys (whole names and every word-suffix of a name) sorted for binary-searching prefixes. */
  prefixKeys: string[];
  prefixEntries: NameEntry[];
  trigrams: Map<string, number[]>;
}

export interface SearchMatch {
  entity: EntityRecord;
  score: number;
  matched: string;
}

const trigramsOf = (norm: string): string[] => {
  const padded = `  ${norm} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
};

export function buildSearchIndex(entities: EntityRecord[]): SearchIndex {
  return runSync(searchIndexSteps(entities));
}

/** buildSearchIndex as a generator that yields now and then (see cooperative.ts). */
export function* searchIndexSteps(entities: EntityRecord[]): Generator<void, SearchIndex> {
  let steps = 0;
  const names: NameEntry[] = [];
  const exact = new Map<string, NameEntry[]>();
  const prefixPairs: [string, NameEntry][] = [];
  const trigrams = new Map<string, number[]>();
  for (const entity of entities) {
    if ((++steps & 255) === 0) yield;
    const seen = new Set<string>();
    for (const display of [entity.label, ...entity.aliases]) {
      const norm = normalizeText(display);
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      const words = norm.split(" ");
      const entry: NameEntry = { norm, words, display, entity };
      const index = names.push(entry) - 1;
      const list = exact.get(norm);
      if (list) list.push(entry);
      else exact.set(norm, [entry]);
      for (let w = 0; w < words.length; w++) prefixPairs.push([words.slice(w).join(" "), entry]);
      for (const gram of trigramsOf(norm)) {
        const postings = trigrams.get(gram);
        if (postings) postings.push(index);
        else trigrams.set(gram, [index]);
      }
    }
  }
  yield;
  prefixPairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  yield;
  return {
    names,
    exact,
    prefixKeys: prefixPairs.map((p) => p[0]),
    prefixEntries: prefixPairs.map((p) => p[1]),
    trigrams,
  };
}

const lowerBound = (keys: string[], value: string): number => {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const maxEditsFor = (length: number): number => (length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3);

// Scores by tier (exact > prefix > fuzzy, fewer edits first); equal scores are ordered by PageRank.
const EXACT_SCORE = 1;
const PREFIX_SCORE = 0.8;
const FUZZY_SCORE = 0.5;

/** Cap on prefix keys and fuzzy candidates examined, so a one-letter query on a big graph stays fast. */
const MAX_SCAN = 5000;
const MAX_FUZZY_CANDIDATES = 400;

export function searchEntities(
  index: SearchIndex,
  query: string,
  types: readonly EntityType[] | null,
  limit: number,
): SearchMatch[] {
  const q = normalizeText(query);
  if (!q || limit <= 0) return [];
  const typeSet = types && types.length > 0 ? new Set(types) : null;
  const best = new Map<EntityRecord, SearchMatch>();
  const offer = (entry: NameEntry, score: number) => {
    if (typeSet && !typeSet.has(entry.entity.type)) return;
    const current = best.get(entry.entity);
    if (!current || current.score < score)
      best.set(entry.entity, { entity: entry.entity, score, matched: entry.display });
  };

  for (const entry of index.exact.get(q) ?? []) offer(entry, EXACT_SCORE);

  // Prefix of the name or of any later word in it: one tier, PageRank decides within it.
  const start = lowerBound(index.prefixKeys, q);
  for (let i = start, scanned = 0; i < index.prefixKeys.length && scanned < MAX_SCAN; i++, scanned++) {
    const key = index.prefixKeys[i]!;
    if (!key.startsWith(q)) break;
    offer(index.prefixEntries[i]!, PREFIX_SCORE);
  }

  if (best.size < limit) {
    const maxEdits = maxEditsFor(q.length);
    if (maxEdits > 0) fuzzy(index, q, maxEdits, offer);
  }

  return [...best.values()]
    .sort((a, b) => b.score - a.score || b.entity.pagerank - a.entity.pagerank || (a.entity.id < b.entity.id ? -1 : 1))
    .slice(0, limit);
}

let sharedCounts = new Uint16Array(0);

function fuzzy(index: SearchIndex, q: string, maxEdits: number, offer: (entry: NameEntry, score: number) => void) {
  const grams = trigramsOf(q);
  // Shared-trigram counts in a reused typed array (searches run synchronously, one at a time), reset through
  // the list of touched names, instead of a Map allocated and grown per query.
  if (sharedCounts.length < index.names.length) sharedCounts = new Uint16Array(index.names.length);
  const counts = sharedCounts;
  const touched: number[] = [];
  for (const gram of grams) {
    const postings = index.trigrams.get(gram);
    if (!postings || postings.length > 50_000) continue;
    for (const id of postings) if (counts[id]!++ === 0) touched.push(id);
  }
  const minShared = Math.max(1, Math.floor(grams.length / 3));
  // Stable sort over first-touch order: the same candidates, in the same order, as before.
  const candidates = touched.filter((id) => counts[id]! >= minShared);
  candidates.sort((a, b) => counts[b]! - counts[a]!);
  candidates.length = Math.min(candidates.length, MAX_FUZZY_CANDIDATES);
  for (const id of touched) counts[id] = 0;
  const qWords = q.split(" ").length;
  for (const id of candidates) {
    const entry = index.names[id]!;
    // Compare with the whole name and with each run of as many words as the query has ("macrn" ~ "macron").
    let distance = editDistance(q, entry.norm, maxEdits);
    for (let w = 0; distance > 0 && w + qWords <= entry.words.length; w++) {
      const window = entry.words.slice(w, w + qWords).join(" ");
      distance = Math.min(distance, editDistance(q, window, maxEdits));
    }
    if (distance <= maxEdits) offer(entry, FUZZY_SCORE - 0.1 * distance);
  }
}
