// A sentence shown in a clamped row (two lines) loses whatever comes after its second line: when the first marked
// name sits further in, the row shows the sentence from shortly before that name, so the reader sees why it is there.

import type { Span } from "./highlightSegments.js";

export interface Excerpt {
  text: string;
  spans: Span[];
}

/**
 * `text` from a word boundary about `lead` characters before its first span, with "…" in front, when that span
 * starts after `lead` characters; spans are shifted to the new text. Otherwise the text and spans unchanged.
 */
export function excerptAround(text: string, spans: readonly Span[], lead = 40): Excerpt {
  const first = Math.min(...spans.map((s) => s.start));
  if (!Number.isFinite(first) || first <= lead) return { text, spans: [...spans] };
  const space = text.lastIndexOf(" ", first - lead);
  const cut = space > 0 ? space + 1 : first - lead;
  const prefix = "… ";
  const shift = prefix.length - cut;
  return {
    text: prefix + text.slice(cut),
    spans: spans.filter((s) => s.end > cut).map((s) => ({ start: Math.max(s.start, cut) + shift, end: s.end + shift })),
  };
}
