// Where to put <mark> in an evidence sentence: the recorded mentions of the relation's entities inside the sentence,
// else their names and aliases found in its text.
import { findNameSpans } from "./highlightSegments.js";
export function evidenceSpans(evidence, entities) {
    const spans = [];
    for (const e of entities) {
        if (!e)
            continue;
        for (const m of e.mentions ?? []) {
            if (m.doc !== evidence.doc || m.start < evidence.start || m.end > evidence.end)
                continue;
            const start = m.start - evidence.start;
            const end = m.end - evidence.start;
            // Offsets are only trusted when they still point at the mention's text.
            if (evidence.text.slice(start, end) === m.text)
                spans.push({ start, end });
        }
    }
    if (spans.length > 0)
        return spans;
    return findNameSpans(evidence.text, entities.flatMap((e) => (e ? [e.label, ...e.aliases] : [])));
}
//# sourceMappingURL=evidenceSpans.js.map