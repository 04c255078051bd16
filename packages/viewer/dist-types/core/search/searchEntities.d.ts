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
export declare function normalizeName(s: string): string;
export declare function buildSearchIndex(entries: Iterable<SearchEntry>): SearchIndex;
export declare function searchEntities(index: SearchIndex, query: string, limit?: number): SearchResult[];
export {};
