// Fetches the widget's subgraph from either a GraphQL endpoint (`neighborhood`) or a static graph file.

import type { KgNeighborhoodQuery } from "../api/generated/operations.js";
import { columnsToRows } from "../api/columnsToRows.js";
import { gqlRequest } from "../api/gqlRequest.js";
import { NEIGHBORHOOD_QUERY } from "../api/operations.js";
import { GraphFormatError, parseGraph } from "../core/graph/parseGraph.js";
import { neighborhoodOf } from "../core/neighborhood/neighborhoodOf.js";
import type { Subgraph } from "../core/neighborhood/subgraph.js";

export class WidgetError extends Error {}

/** Resolves `src` against the page; throws a readable error for missing or malformed values. */
export function resolveSrc(src: string | null, base: string): URL {
  if (!src || !src.trim()) throw new WidgetError("No graph to show: the src attribute is missing.");
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    throw new WidgetError(`No graph to show: the src "${src}" is not a valid address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new WidgetError(`No graph to show: the src "${src}" must be an http(s) address.`);
  return url;
}

export function isGraphqlUrl(url: URL): boolean {
  return /\/graphql\/?$/.test(url.pathname);
}

const ENTITY_QUERY = `query KgEmbedEntity($id: ID, $name: String) { byId: entity(id: $id) { id } byName: entity(name: $name) { id } }`;
/** Neighbours asked for (the server's default): rankSubgraph keeps the best `max-nodes` of them. */
const WIDGET_LIMIT = 200;

/** The widget's error for what the service at `url` answered, naming that address. */
const serviceError = (url: URL) => (message: string) =>
  new WidgetError(message.replace("The graph service", `The graph service at ${url.href}`));

function gql<T>(url: URL, query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  return gqlRequest<T>(url, query, variables, signal, serviceError(url));
}

export async function loadSubgraph(
  url: URL,
  focus: string | null,
  depth: number,
  signal?: AbortSignal,
): Promise<Subgraph> {
  if (!focus) throw new WidgetError("No entity to show: the focus attribute is missing.");
  if (isGraphqlUrl(url)) {
    const found = await gql<{ byId: { id: string } | null; byName: { id: string } | null }>(
      url,
      ENTITY_QUERY,
      { id: focus, name: focus },
      signal,
    );
    const id = found.byId?.id ?? found.byName?.id;
    if (!id) throw new WidgetError(`"${focus}" is not in this graph.`);
    // The explorer's operation (every relation: no `touching`), so the server parses and caches one document.
    const data = await gql<KgNeighborhoodQuery>(
      url,
      NEIGHBORHOOD_QUERY,
      { id, depth, limit: WIDGET_LIMIT, touching: null },
      signal,
    );
    const { truncated, nodeColumns, edgeColumns } = data.neighborhood;
    const fail = serviceError(url);
    return {
      focus: id,
      truncated,
      nodes: columnsToRows(nodeColumns, ["id", "label", "type", "x", "y", "size"] as const, fail),
      edges: columnsToRows(
        edgeColumns,
        ["id", "sourceId", "targetId", "category", "label", "confidence"] as const,
        fail,
      ).map(({ sourceId, targetId, ...e }) => ({ ...e, source: sourceId, target: targetId })),
    };
  }
  const res = await fetch(url, { signal, headers: { accept: "application/json" } });
  if (!res.ok) throw new WidgetError(`Could not load the graph from ${url.href} (HTTP ${res.status}).`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new WidgetError(`The file at ${url.href} is not a graph (not JSON).`);
  }
  let sub: Subgraph | null;
  try {
    // Wide enough for rankSubgraph to see every neighbour of a hub before it keeps the best.
    sub = neighborhoodOf(parseGraph(json), focus, depth, 5000);
  } catch (err) {
    if (err instanceof GraphFormatError) throw new WidgetError(`The file at ${url.href} is not a graph file.`);
    throw err;
  }
  if (!sub) throw new WidgetError(`"${focus}" is not in this graph.`);
  return sub;
}
