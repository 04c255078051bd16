import type { ExplorerContext } from "../explorerContext.js";
export declare function renderFilters(ctx: ExplorerContext, container: HTMLElement): void;
