import type { ExplorerContext } from "../explorerContext.js";
export declare function renderDetails(ctx: ExplorerContext, container: HTMLElement, id: string): void;
