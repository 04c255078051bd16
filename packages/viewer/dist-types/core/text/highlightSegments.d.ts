export interface Span {
    start: number;
    end: number;
}
export interface Segment {
    text: string;
    mark: boolean;
    /** Index of the span that produced this highlighted segment (for per-entity styling). */
    span?: number;
}
/** Overlapping spans are merged (the earlier one wins); out-of-range spans are clipped. */
export declare function highlightSegments(text: string, spans: readonly Span[]): Segment[];
/** Finds case-insensitive, word-bounded occurrences of any of `names` in `text`; longer names win. */
export declare function findNameSpans(text: string, names: readonly string[]): Span[];
