import type { ExplorerContext } from "../explorerContext.js";
export declare function renderPathPanel(ctx: ExplorerContext, container: HTMLElement): void;
