// IOB2 tag sequences -> typed token spans, conlleval style: an I-X continues only a span of type X; a stray I-X
// (invalid IOB2) opens a span, as a B-X would.

export interface IobSpan {
  /** First token. */
  start: number;
  /** One past the last token. */
  end: number;
  /** The tag's type ("PER" for B-PER). */
  type: string;
}

export function iobSpans(tags: readonly string[]): IobSpan[] {
  const spans: IobSpan[] = [];
  let current: IobSpan | null = null;
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k] ?? "O";
    if (tag === "O" || tag === "") {
      current = null;
      continue;
    }
    const type = tag.slice(2);
    if (tag.startsWith("I-") && current && current.type === type) {
      current.end = k + 1;
      continue;
    }
    current = { start: k, end: k + 1, type };
    spans.push(current);
  }
  return spans;
}
