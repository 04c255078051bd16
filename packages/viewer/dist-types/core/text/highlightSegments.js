// Splits a text into plain and highlighted segments so callers can render <mark> with text nodes only.
/** Overlapping spans are merged (the earlier one wins); out-of-range spans are clipped. */
export function highlightSegments(text, spans) {
    const sorted = spans
        .map((s, i) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), i }))
        .filter((s) => s.end > s.start)
        .sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    let pos = 0;
    for (const s of sorted) {
        if (s.start < pos)
            continue;
        if (s.start > pos)
            out.push({ text: text.slice(pos, s.start), mark: false });
        out.push({ text: text.slice(s.start, s.end), mark: true, span: s.i });
        pos = s.end;
    }
    if (pos < text.length)
        out.push({ text: text.slice(pos), mark: false });
    return out;
}
/** Finds case-insensitive, word-bounded occurrences of any of `names` in `text`; longer names win. */
export function findNameSpans(text, names) {
    const lower = text.toLowerCase();
    const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
    const spans = [];
    const taken = new Uint8Array(text.length);
    for (const name of unique) {
        const needle = name.toLowerCase();
        let from = 0;
        for (let guard = 0; guard < 1000; guard++) {
            const at = lower.indexOf(needle, from);
            if (at < 0)
                break;
            from = at + needle.length;
            const before = at === 0 ? "" : lower[at - 1];
            const after = lower[at + needle.length] ?? "";
            if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after))
                continue;
            if (taken.subarray(at, at + needle.length).some((t) => t === 1))
                continue;
            taken.fill(1, at, at + needle.length);
            spans.push({ start: at, end: at + needle.length });
        }
    }
    return spans.sort((a, b) => a.start - b.start);
}
//# sourceMappingURL=highlightSegments.js.map