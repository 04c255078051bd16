// A small graph as text, for readers without scripts (and search engines): each relation as a plain sentence. One
// implementation for the embed builder's <noscript> and the text files of `kg export --embed`.

export interface TextGraph {
  nodes: readonly { id: string; label: string }[];
  edges: readonly { source: string; target: string; category: string; label: string }[];
}

/** Each relation as a sentence: who is related to whom, and how. */
export function relationSentences(graph: TextGraph): string[] {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const name = (id: string) => label.get(id) ?? id;
  return graph.edges.map((e) =>
    e.category === "CO_OCCURRENCE"
      ? `${name(e.source)} and ${name(e.target)} are named in the same sentences`
      : `${name(e.source)} ${e.label} ${name(e.target)}`,
  );
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A heading and the list of relations, as an HTML fragment (every name escaped). */
export function textAlternativeHtml(graph: TextGraph, focusLabel: string, caption = ""): string {
  // Parallel edges (two co-occurrence records of one pair) read as the same sentence: said once.
  const items = [...new Set(relationSentences(graph))].map((s) => `<li>${escapeHtml(s)}</li>`);
  return [
    `<p>Connections of ${escapeHtml(focusLabel)}${caption ? `: ${escapeHtml(caption)}` : ""}</p>`,
    `<ul>\n${items.join("\n")}\n</ul>`,
  ].join("\n");
}
