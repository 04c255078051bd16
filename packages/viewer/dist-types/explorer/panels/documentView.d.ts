import type { ExplorerContext } from "../explorerContext.js";
/** Only http(s) links from article metadata; anything else (javascript:, data:) is dropped. */
export declare function safeHref(url: string | undefined): string | null;
export declare function renderDocument(ctx: ExplorerContext, container: HTMLElement, docId: string, sentence?: {
    start?: number;
    end?: number;
}): void;
