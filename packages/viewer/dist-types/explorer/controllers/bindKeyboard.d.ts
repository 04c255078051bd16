import type { ExplorerContext } from "../explorerContext.js";
export declare function bindKeyboard(stage: HTMLElement, ctx: ExplorerContext): void;
