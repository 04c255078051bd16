import type { Span } from "../../core/text/highlightSegments.js";
export declare function renderMarked(text: string, spans: readonly Span[], markClass?: (span: number) => string | undefined): Node[];
