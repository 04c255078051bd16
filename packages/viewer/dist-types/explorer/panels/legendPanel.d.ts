import type { ExplorerContext } from "../explorerContext.js";
export declare function renderLegend(ctx: ExplorerContext, container: HTMLElement): void;
