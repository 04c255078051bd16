// Renders text with highlighted spans as text nodes and <mark> elements (never markup from the data).
import { el } from "../../core/dom/el.js";
import { highlightSegments } from "../../core/text/highlightSegments.js";
export function renderMarked(text, spans, markClass) {
    return highlightSegments(text, spans).map((s) => s.mark ? el("mark", { class: markClass?.(s.span ?? -1) }, s.text) : document.createTextNode(s.text));
}
//# sourceMappingURL=renderMarked.js.map