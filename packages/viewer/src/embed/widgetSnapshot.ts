// A pinned widget carries its graph: the subgraph the author saw when publishing, frozen with the version it came
// from, so a rebuild of the graph never changes a story already out (Datawrapper and Flourish publish frozen copies
// the same way). The snapshot sits in the page inside the element, as <script type="application/json">.
// Format 2 hashes everything the snapshot carries (dates and graph), so no part of it can be edited unnoticed;
// format 1 (pinned before) hashed the graph only: still shown and checked, its dates marked as not covered.

import type { Subgraph } from "../core/neighborhood/subgraph.js";

export interface WidgetSnapshot {
  /** Format version of this object: 2 is written; 1 (graph-only hash) is still read. */
  kgSnapshot: 1 | 2;
  /** Content hash ("sha256-" + hex) of builtAt, pinnedAt and the graph (format 1: of the graph only). */
  version: string;
  /** Build the snapshot was taken from (ISO timestamp), when the server said. */
  builtAt: string | null;
  /** When the author pinned it (ISO timestamp). */
  pinnedAt: string;
  graph: Subgraph;
}

export class SnapshotError extends Error {}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Reads a snapshot written by `createSnapshot`; throws a readable SnapshotError for anything else. */
export function parseSnapshot(text: string): WidgetSnapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SnapshotError("The pinned graph in this widget is not valid JSON.");
  }
  if (!isObj(json) || !isObj(json.graph) || !isStr(json.version) || !isNum(json.kgSnapshot))
    throw new SnapshotError("The pinned graph in this widget is not a graph snapshot.");
  const format = json.kgSnapshot;
  if (format !== 1 && format !== 2)
    throw new SnapshotError(
      `The pinned graph in this widget is in format ${format}, newer than this widget reads (1 or 2): ` +
        "update kg-embed.js, or pin it again from the embed builder.",
    );
  const g = json.graph;
  if (!isStr(g.focus) || !Array.isArray(g.nodes) || !Array.isArray(g.edges))
    throw new SnapshotError("The pinned graph in this widget is missing its nodes or edges.");
  const nodes = g.nodes.filter(
    (n): n is Subgraph["nodes"][number] =>
      isObj(n) && isStr(n.id) && isStr(n.label) && isStr(n.type) && isNum(n.x) && isNum(n.y) && isNum(n.size),
  );
  const ids = new Set(nodes.map((n) => n.id));
  if (!ids.has(g.focus)) throw new SnapshotError("The pinned graph in this widget does not contain its focus.");
  const edges = g.edges.filter(
    (e): e is Subgraph["edges"][number] =>
      isObj(e) &&
      isStr(e.id) &&
      isStr(e.source) &&
      isStr(e.target) &&
      ids.has(e.source) &&
      ids.has(e.target) &&
      isStr(e.category) &&
      isStr(e.label) &&
      isNum(e.confidence),
  );
  return {
    kgSnapshot: format,
    version: json.version,
    builtAt: isStr(json.builtAt) ? json.builtAt : null,
    pinnedAt: isStr(json.pinnedAt) ? json.pinnedAt : "",
    graph: { focus: g.focus, truncated: g.truncated === true, nodes, edges },
  };
}

/** Only what the widget draws, in a fixed key order, so equal graphs hash alike. */
function canonical(sub: Subgraph): Subgraph {
  return {
    focus: sub.focus,
    truncated: sub.truncated,
    nodes: sub.nodes.map((n) => ({ id: n.id, label: n.label, type: n.type, x: n.x, y: n.y, size: n.size })),
    edges: sub.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      category: e.category,
      label: e.label,
      confidence: e.confidence,
    })),
  };
}

/** What the version hashes, in a fixed key order: format 2 every field but the version, format 1 the graph. */
function hashed(s: Pick<WidgetSnapshot, "kgSnapshot" | "builtAt" | "pinnedAt" | "graph">): unknown {
  const graph = canonical(s.graph);
  return s.kgSnapshot === 1 ? graph : { kgSnapshot: 2, builtAt: s.builtAt, pinnedAt: s.pinnedAt, graph };
}

/** "sha256-<hex>" of a value's JSON; null without SubtleCrypto (pages served over plain http). */
async function contentHash(value: unknown): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(value))));
  return `sha256-${[...digest].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** Freezes a subgraph with its build date and the time of pinning; needs SubtleCrypto (https or localhost). */
export async function createSnapshot(sub: Subgraph, builtAt: string | null, now = new Date()): Promise<WidgetSnapshot> {
  const unsigned = { kgSnapshot: 2 as const, builtAt, pinnedAt: now.toISOString(), graph: canonical(sub) };
  const version = await contentHash(hashed(unsigned));
  if (!version) throw new SnapshotError("Pinning needs a secure page (https or localhost) to hash the graph.");
  return { kgSnapshot: 2, version, builtAt: unsigned.builtAt, pinnedAt: unsigned.pinnedAt, graph: unsigned.graph };
}

/**
 * Checks a parsed snapshot against its version: "verified", or "unverifiable" where the page has no SubtleCrypto
 * (plain http). Throws a SnapshotError when the graph or (format 2) its dates were changed after it was pinned,
 * so an altered copy is not shown as the published one.
 */
export async function verifySnapshot(snapshot: WidgetSnapshot): Promise<"verified" | "unverifiable"> {
  const actual = await contentHash(hashed(snapshot));
  if (actual === null) return "unverifiable";
  if (actual !== snapshot.version)
    throw new SnapshotError(
      `This pinned graph was changed after it was published: its content does not match its version ` +
        `${shortVersion(snapshot.version)}. The publisher can pin it again from the embed builder.`,
    );
  return "verified";
}

/** The first 8 hex digits of a version, as the widget's footer shows it. */
export function shortVersion(version: string): string {
  return version.replace(/^sha256-/, "").slice(0, 8);
}

/** The snapshot as the text of a <script type="application/json">: "<" escaped so no text can end the element. */
export function snapshotScriptText(snapshot: WidgetSnapshot): string {
  return JSON.stringify(snapshot).replace(/</g, "\\u003c");
}
