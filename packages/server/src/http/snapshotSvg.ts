// Server-rendered SVG of an entity's neighbourhood (or, without a focus, of the most central entities), drawn from
// the builder's x/y layout. Widgets show it as the no-script fallback image, so it must be small, self-contained
// and safe: every label is escaped.
import type { IncomingMessage, ServerResponse } from "node:http";
import { escapeXml, nodeColor } from "@newskg/graph-model";
import { GraphData } from "../graph/graphData.js";
import type { GraphSnapshot } from "../graph/graphSource.js";
import type { EntityRecord, RelationRecord } from "../model.js";
import { encodeBody } from "./compression.js";

export type SvgTheme = "light" | "dark";

const WIDTH = 640;
const HEIGHT = 400;
const PAD = 48;
const MAX_NODES = 60;
const MAX_LABELS = 14;

const THEMES = {
  light: { background: "#ffffff", text: "#1f2933", edge: "#9aa5b1", halo: "#ffffff" },
  dark: { background: "#111827", text: "#e5e7eb", edge: "#4b5563", halo: "#111827" },
} as const;

const round = (n: number) => Math.round(n * 10) / 10;

export function messageSvg(message: string, theme: SvgTheme): string {
  const t = THEMES[theme];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img">` +
    `<title>${escapeXml(message)}</title><rect width="100%" height="100%" fill="${t.background}"/>` +
    `<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle" font-family="sans-serif" font-size="16" fill="${t.text}">${escapeXml(message)}</text></svg>`
  );
}

export async function renderSnapshotSvg(
  data: GraphData,
  focus: EntityRecord | null,
  depth: number,
  theme: SvgTheme,
): Promise<string> {
  let nodes: EntityRecord[];
  let edges: RelationRecord[];
  if (focus) {
    const found = await data.reader.neighbourhood(focus.id, depth, MAX_NODES, 400, null);
    nodes = await data.entities(found.nodeIds);
    edges = found.edges;
  } else {
    nodes = await data.reader.topEntities(MAX_NODES);
    edges = (
      await data.reader.relationsAmong(
        nodes.map((n) => n.id),
        null,
        400,
      )
    ).slice(0, 400);
  }
  return drawSvg(nodes, edges, focus, theme);
}

export function drawSvg(
  nodes: EntityRecord[],
  edges: RelationRecord[],
  focus: EntityRecord | null,
  theme: SvgTheme,
): string {
  const t = THEMES[theme];
  if (nodes.length === 0) return messageSvg("The graph is empty", theme);
  const present = new Set(nodes.map((n) => n.id));
  edges = edges.filter((e) => present.has(e.sourceId) && present.has(e.targetId));

  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((WIDTH - 2 * PAD) / (maxX - minX || 1), (HEIGHT - 2 * PAD) / (maxY - minY || 1));
  const offsetX = (WIDTH - (maxX - minX) * scale) / 2;
  const offsetY = (HEIGHT - (maxY - minY) * scale) / 2;
  // Screen y grows downwards; the layout's grows upwards (as sigma draws it).
  const pos = new Map<string, [number, number]>(
    nodes.map((n) => [n.id, [round(offsetX + (n.x - minX) * scale), round(HEIGHT - (offsetY + (n.y - minY) * scale))]]),
  );
  const maxSize = Math.max(...nodes.map((n) => n.size), 1);
  const radius = (n: EntityRecord) => round(4 + 10 * Math.sqrt(Math.max(n.size, 0) / maxSize));

  const parts: string[] = [];
  const title = focus ? `Neighbourhood of ${focus.label}` : "Most central entities";
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${t.background}"/>`,
    `<g stroke="${t.edge}" stroke-opacity="0.7">`,
  );
  for (const e of edges) {
    const [x1, y1] = pos.get(e.sourceId)!;
    const [x2, y2] = pos.get(e.targetId)!;
    const width = round(Math.min(4, 0.6 + Math.log2(1 + e.weight) * 0.6));
    parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke-width="${width}"/>`);
  }
  parts.push(`</g><g stroke="${t.halo}" stroke-width="1.5">`);
  for (const n of nodes) {
    const [x, y] = pos.get(n.id)!;
    parts.push(
      `<circle cx="${x}" cy="${y}" r="${radius(n)}" fill="${nodeColor(n.type)}"><title>${escapeXml(`${n.label} (${n.type})`)}</title></circle>`,
    );
  }
  parts.push(
    `</g><g font-family="sans-serif" font-size="12" fill="${t.text}" stroke="${t.halo}" stroke-width="3" paint-order="stroke">`,
  );
  const isFocus = (n: EntityRecord) => focus !== null && n.id === focus.id;
  const labelled = [...nodes].sort((a, b) => (isFocus(b) ? 1 : 0) - (isFocus(a) ? 1 : 0) || b.pagerank - a.pagerank);
  for (const n of labelled.slice(0, MAX_LABELS)) {
    const [x, y] = pos.get(n.id)!;
    const weight = isFocus(n) ? ' font-weight="bold"' : "";
    parts.push(
      `<text x="${x}" y="${round(y - radius(n) - 4)}" text-anchor="middle"${weight}>${escapeXml(n.label)}</text>`,
    );
  }
  parts.push("</g></svg>");
  return parts.join("");
}

/** GET /embed/snapshot.svg?focus=ID-OR-NAME&depth=N&theme=light|dark */
export async function serveSnapshotSvg(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  snapshot: GraphSnapshot,
): Promise<void> {
  const theme: SvgTheme = url.searchParams.get("theme") === "dark" ? "dark" : "light";
  const depth = Math.min(3, Math.max(0, Number.parseInt(url.searchParams.get("depth") ?? "1", 10) || 0));
  const focusId = url.searchParams.get("focus");
  let status = 200;
  let svg: string;
  if (!snapshot.reader) [status, svg] = [503, messageSvg("The graph is not available", theme)];
  else {
    const data = new GraphData(snapshot);
    const focus = focusId ? await data.entityRef(focusId) : null;
    if (focusId && !focus) [status, svg] = [404, messageSvg("Entity not found", theme)];
    else
      svg = await data.cache.get(`svg:${JSON.stringify([focus?.id ?? null, depth, theme])}`, () =>
        renderSnapshotSvg(data, focus, depth, theme),
      );
  }
  res.statusCode = status;
  res.setHeader("content-type", "image/svg+xml; charset=utf-8");
  res.setHeader("cache-control", "public, max-age=60");
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'");
  res.end(req.method === "HEAD" ? undefined : encodeBody(req, res, Buffer.from(svg)));
}
