// Whole-graph exports streamed from the store in key order, a page of rows at a time, inside one read snapshot:
// exporting a large store needs no more memory than a page, and the export is one build whole.
import type {
  Evidence,
  ExportFormat,
  GraphAttributes,
  Mention,
  SerializedEdge,
  SerializedNode,
} from "@newskg/graph-model";
import type { Db } from "./db.js";
import { placeholders } from "./db.js";
import {
  documentFromRow,
  entityFromRow,
  evidenceFromRow,
  graphAttributesFromRow,
  mentionFromRow,
  relationFromRow,
} from "./rows.js";

type Row = Record<string, unknown>;
const PAGE = 500;

/** Receives the export piece by piece; awaiting it is how a slow client holds the export back. */
export type ExportSink = (chunk: string) => void | Promise<void>;

export interface GraphVisitor {
  attributes(attributes: GraphAttributes): void | Promise<void>;
  /** Documents, then entities, each in key order. */
  node(node: SerializedNode): void | Promise<void>;
  /** In key order, MENTIONS included. */
  edge(edge: SerializedEdge): void | Promise<void>;
}

function grouped<T>(rows: Row[], column: string, of: (r: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const key = String(r[column]);
    const list = out.get(key);
    if (list) list.push(of(r));
    else out.set(key, [of(r)]);
  }
  return out;
}

/** Entity rows as graph nodes, their aliases and mentions read in one query each. */
async function entitiesOfRows(db: Db, rows: Row[]): Promise<SerializedNode[]> {
  const keys = rows.map((r) => String(r.key));
  if (keys.length === 0) return [];
  const list = placeholders(keys.length);
  const aliases = grouped(
    await db.all<Row>(`SELECT entity, alias FROM aliases WHERE entity IN (${list}) ORDER BY entity, ord`, keys),
    "entity",
    (r) => String(r.alias),
  );
  const mentions = grouped<Mention>(
    await db.all<Row>(`SELECT * FROM mentions WHERE entity IN (${list}) ORDER BY entity, ord`, keys),
    "entity",
    mentionFromRow,
  );
  return rows.map((r) => entityFromRow(r, aliases.get(String(r.key)) ?? [], mentions.get(String(r.key)) ?? []));
}

/** Relation rows as graph edges, their evidence read in one query. */
async function relationsOfRows(db: Db, rows: Row[]): Promise<SerializedEdge[]> {
  const keys = rows.map((r) => String(r.key));
  if (keys.length === 0) return [];
  const evidence = grouped<Evidence>(
    await db.all<Row>(
      `SELECT * FROM evidence WHERE relation IN (${placeholders(keys.length)}) ORDER BY relation, ord`,
      keys,
    ),
    "relation",
    evidenceFromRow,
  );
  return rows.map((r) => relationFromRow(r, evidence.get(String(r.key)) ?? []));
}

/**
 * The given documents, entities and relations of the latest build as graph nodes and edges (keys the store does
 * not have are left out): what a change to a few rows starts from, without reading the whole graph.
 */
export async function readGraphRows(
  db: Db,
  nodeKeys: readonly string[],
  edgeKeys: readonly string[],
): Promise<{ nodes: SerializedNode[]; edges: SerializedEdge[] }> {
  const nodes: SerializedNode[] = [];
  const edges: SerializedEdge[] = [];
  for (let i = 0; i < nodeKeys.length; i += PAGE) {
    const keys = nodeKeys.slice(i, i + PAGE);
    const list = placeholders(keys.length);
    for (const r of await db.all<Row>(`SELECT * FROM documents WHERE key IN (${list})`, keys))
      nodes.push(documentFromRow(r));
    nodes.push(...(await entitiesOfRows(db, await db.all<Row>(`SELECT * FROM entities WHERE key IN (${list})`, keys))));
  }
  for (let i = 0; i < edgeKeys.length; i += PAGE) {
    const keys = edgeKeys.slice(i, i + PAGE);
    const rows = await db.all<Row>(`SELECT * FROM relations WHERE key IN (${placeholders(keys.length)})`, keys);
    edges.push(...(await relationsOfRows(db, rows)));
  }
  return { nodes, edges };
}

/** Walks the latest build (false for an empty store). Key order is byte order on both engines. */
export async function visitGraph(
  db: Db,
  visit: GraphVisitor,
  what: "all" | "nodes" | "edges" = "all",
): Promise<boolean> {
  const c = db.engine === "postgres" ? ' COLLATE "C"' : "";
  const [build] = await db.all<Row>("SELECT * FROM builds ORDER BY version DESC LIMIT 1");
  if (!build) return false;
  await visit.attributes(graphAttributesFromRow(build));
  const pages = async (table: string, each: (rows: Row[]) => Promise<void>) => {
    let after: string | null = null;
    for (;;) {
      const rows: Row[] = await db.all<Row>(
        `SELECT * FROM ${table}${after !== null ? ` WHERE key${c} > ?` : ""} ORDER BY key${c} LIMIT ${PAGE}`,
        after !== null ? [after] : [],
      );
      if (rows.length === 0) return;
      await each(rows);
      after = String(rows.at(-1)!.key);
    }
  };
  if (what !== "edges") {
    await pages("documents", async (rows) => {
      for (const r of rows) await visit.node(documentFromRow(r));
    });
    await pages("entities", async (rows) => {
      for (const node of await entitiesOfRows(db, rows)) await visit.node(node);
    });
  }
  if (what !== "nodes")
    await pages("relations", async (rows) => {
      for (const edge of await relationsOfRows(db, rows)) await visit.edge(edge);
    });
  return true;
}

/** graph.json (graphology's serialised form), as `readGraph()` would give it, written piece by piece. */
export async function writeGraphJson(db: Db, sink: ExportSink): Promise<boolean> {
  let nodes = 0;
  let edges = 0;
  let started = false;
  const found = await visitGraph(db, {
    attributes: async (attributes) => {
      await sink(
        `{"attributes":${JSON.stringify(attributes)},"options":{"type":"directed","multi":true,"allowSelfLoops":false},"nodes":[`,
      );
    },
    node: async (node) => {
      await sink((nodes++ > 0 ? "," : "") + JSON.stringify(node));
    },
    edge: async (edge) => {
      if (!started) {
        started = true;
        await sink('],"edges":[');
      }
      await sink((edges++ > 0 ? "," : "") + JSON.stringify(edge));
    },
  });
  if (!found) return false;
  await sink(started ? "]}" : '],"edges":[]}');
  return true;
}

/** A serializer-made export (GEXF, GraphML, CSV) written piece by piece. */
export async function writeExport(
  db: Db,
  format: (attributes: GraphAttributes) => ExportFormat,
  sink: ExportSink,
): Promise<boolean> {
  let f: ExportFormat | null = null;
  let middleDone = false;
  const middle = async () => {
    if (middleDone || !f) return;
    middleDone = true;
    if (f.middle !== null) await sink(f.separator + f.middle);
  };
  // Which rows the format lists does not depend on the attributes: a nodes CSV reads no relations.
  const probe = format({} as GraphAttributes);
  const scope = probe.node && probe.edge ? "all" : probe.node ? "nodes" : "edges";
  const found = await visitGraph(
    db,
    {
      attributes: async (attributes) => {
        f = format(attributes);
        await sink(f.head);
      },
      node: async (node) => {
        if (f?.node) await sink(f.separator + f.node(node));
      },
      edge: async (edge) => {
        await middle();
        if (f?.edge) await sink(f.separator + f.edge(edge));
      },
    },
    scope,
  );
  if (!found || !f) return false;
  await middle();
  await sink((f as ExportFormat).separator + (f as ExportFormat).tail);
  return true;
}
