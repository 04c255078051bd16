import type { LayoutController } from "../controllers/layoutController.js";
import type { ExplorerContext } from "../explorerContext.js";
export declare function renderTools(ctx: ExplorerContext, container: HTMLElement, layout: LayoutController): void;
