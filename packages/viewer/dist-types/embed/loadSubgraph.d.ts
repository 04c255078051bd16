import type { Subgraph } from "../core/neighborhood/subgraph.js";
export declare class WidgetError extends Error {
}
/** Resolves `src` against the page; throws a readable error for missing or malformed values. */
export declare function resolveSrc(src: string | null, base: string): URL;
export declare function isGraphqlUrl(url: URL): boolean;
export declare function loadSubgraph(url: URL, focus: string | null, depth: number, signal?: AbortSignal): Promise<Subgraph>;
