// Name search over entity labels and aliases, answered from the store's name indexes: exact > prefix (of the name
// or of any word in it) > fuzzy (trigram candidates checked by edit distance), then by PageRank.
import type { EntityType, GraphReader, StoreNameMatch, StoreSearchMatch } from "@newskg/graph-model";
import { normalizeSearchText } from "@newskg/graph-model";
import { editDistance } from "./editDistance.js";

const maxEditsFor = (length: number): number => (length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3);

// Scores by tier (exact > prefix > fuzzy, fewer edits first); equal scores are ordered by PageRank.
const EXACT_SCORE = 1;
const PREFIX_SCORE = 0.8;
const FUZZY_SCORE = 0.5;
/** Misspelling candidates checked by edit distance. */
const FUZZY_CANDIDATES = 400;

export async function searchEntities(
  reader: Pick<GraphReader, "namesExact" | "namesWithPrefix" | "namesLike">,
  query: string,
  types: readonly EntityType[] | null,
  limit: number,
): Promise<StoreSearchMatch[]> {
  const q = normalizeSearchText(query);
  if (!q || limit <= 0) return [];
  const typeList = types ?? [];
  const best = new Map<string, StoreSearchMatch & { pagerank: number }>();
  const offer = (match: StoreNameMatch, score: number) => {
    const current = best.get(match.entityId);
    if (!current || current.score < score)
      best.set(match.entityId, { entityId: match.entityId, score, matched: match.display, pagerank: match.pagerank });
  };
  // An entity can match under several names: ask for a few more rows than hits.
  for (const m of await reader.namesExact(q, typeList, limit * 3)) offer(m, EXACT_SCORE);
  for (const m of await reader.namesWithPrefix(q, typeList, limit * 3)) offer(m, PREFIX_SCORE);
  if (best.size < limit) {
    const maxEdits = maxEditsFor(q.length);
    if (maxEdits > 0) {
      const qWords = q.split(" ").length;
      // Names closest in length first: of two spellings at the same distance, the one matching whole is shown.
      const candidates = (await reader.namesLike(q, typeList, FUZZY_CANDIDATES)).sort(
        (a, b) => Math.abs(a.norm.length - q.length) - Math.abs(b.norm.length - q.length),
      );
      for (const m of candidates) {
        // Compare with the whole name and with each run of as many words as the query has ("macrn" ~ "macron").
        const words = m.norm.split(" ");
        let distance = editDistance(q, m.norm, maxEdits);
        for (let w = 0; distance > 0 && w + qWords <= words.length; w++)
          distance = Math.min(distance, editDistance(q, words.slice(w, w + qWords).join(" "), maxEdits));
        if (distance <= maxEdits) offer(m, FUZZY_SCORE - 0.1 * distance);
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || b.pagerank - a.pagerank || (a.entityId < b.entityId ? -1 : 1))
    .slice(0, limit)
    .map(({ entityId, score, matched }) => ({ entityId, score, matched }));
}
