// Where the explorer may load a graph from: its own origin, or an origin the operator allowed (a
// <meta name="kg-graph-origins" content="https://cdn.example.org …"> in index.html). A `?graph=` pointing anywhere else
// is refused, so a link cannot show another site's graph under the newsroom's address.

import { GraphFormatError } from "../graph/parseGraph.js";

export function allowedGraphOrigins(doc: Document): string[] {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="kg-graph-origins"]');
  return (meta?.content ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((o) => {
      try {
        return [new URL(o).origin];
      } catch {
        return [];
      }
    });
}

export function graphSourceUrl(param: string | null, base: string, allowedOrigins: readonly string[] = []): URL {
  const here = new URL(base);
  let url: URL;
  try {
    url = new URL(param ?? "graph.json", here);
  } catch {
    throw new GraphFormatError(`"${param}" is not a graph address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new GraphFormatError(`Graphs are loaded over http(s) only, not ${url.protocol}`);
  if (url.origin !== here.origin && !allowedOrigins.includes(url.origin))
    throw new GraphFormatError(
      `This explorer loads graphs from ${here.origin} only; ${url.origin} is not an allowed source.`,
    );
  return url;
}
