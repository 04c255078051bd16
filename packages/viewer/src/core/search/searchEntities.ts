// Name and alias search, case- and accent-insensitive: exact, then prefix, then word prefix, then substring.
import { normalizeSearchText } from "@newskg/graph-model";

export interface SearchEntry {
  id: string;
  label: string;
  type: string;
  names: string[];
  /** Tie-breaker: more connected entities first. */
  weight: number;
}

export interface SearchResult {
  id: string;
  label: string;
  type: string;
  matched: string;
  score: number;
}

interface IndexedEntry extends SearchEntry {
  normNames: string[];
}

export interface SearchIndex {
  entries: IndexedEntry[];
}

/** The search key of a name: the rule in @newskg/graph-model, so the widgets and the API answer alike. */
export const normalizeName: (s: string) => string = normalizeSearchText;

export function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const out: IndexedEntry[] = [];
  for (const e of entries) {
    const names = [...new Set([e.label, ...e.names])];
    out.push({ ...e, names, normNames: names.map(normalizeName) });
  }
  return { entries: out };
}

function scoreName(name: string, q: string): number {
  if (name === q) return 100;
  if (name.startsWith(q)) return 80;
  if (name.split(" ").some((w) => w.startsWith(q))) return 60;
  if (name.includes(q)) return 40;
  return 0;
}

export function searchEntities(index: SearchIndex, query: string, limit = 8): SearchResult[] {
  const q = normalizeName(query);
  if (!q) return [];
  const hits: SearchResult[] = [];
  for (const e of index.entries) {
    let best = 0;
    let matched = e.label;
    e.normNames.forEach((n, i) => {
      const s = scoreName(n, q);
      if (s > best) {
        best = s;
        matched = e.names[i]!;
      }
    });
    if (best > 0)
      hits.push({
        id: e.id,
        label: e.label,
        type: e.type,
        matched,
        score: best + Math.min(9, Math.log2(1 + e.weight)),
      });
  }
  hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}
