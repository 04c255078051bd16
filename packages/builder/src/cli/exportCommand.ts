// `kg export`: writes the built graph as GEXF, GraphML, CSV or JSON, to stdout or to a file (atomically).
import { parseArgs } from "node:util";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { toEdgesCsv, toGexf, toGraphml, toNodesCsv } from "@newskg/graph-model";
import { loadGraphFile } from "../io/loadGraphFile.js";
import { writeFileAtomic } from "../io/writeFileAtomic.js";
import { defaultDataPath } from "./findProjectRoot.js";

const HELP = `usage: pnpm kg export --format gexf|graphml|csv|json [options]

Exports the built graph (documents, entities, relations and MENTIONS edges) for other tools.

formats:
  gexf      GEXF 1.3 for Gephi: attributes, positions, sizes and colours by type
  graphml   GraphML with typed keys (yEd, Cytoscape, NetworkX, igraph)
  csv       one table: the edges by default (key,source,target,category,label,...); --what nodes for the nodes
  json      the graph file itself (graphology serialization)

options:
  --format F         gexf, graphml, csv or json (required)
  --what W           for csv: edges (default) or nodes
  --graph FILE       graph file to export (default: graph-data/graph.json)
  --store SPEC       export the latest build of a graph store instead (SQLite file or postgres:// URL),
                     streamed a page of rows at a time (json is then compact, one line)
  --embed DIR        per-entity snapshots for a CDN instead (see \`pnpm kg export --embed DIR --help\`)
  --out FILE         write to FILE instead of stdout
  -h, --help         show this help`;

const FORMATS = ["gexf", "graphml", "csv", "json"] as const;
type Format = (typeof FORMATS)[number];

export function serializeExport(graph: SerializedKnowledgeGraph, format: Format, what: "nodes" | "edges"): string {
  switch (format) {
    case "gexf":
      return toGexf(graph);
    case "graphml":
      return toGraphml(graph);
    case "csv":
      return what === "nodes" ? toNodesCsv(graph) : toEdgesCsv(graph);
    case "json":
      return `${JSON.stringify(graph, null, 2)}\n`;
  }
}

/** Writes text to stdout, waiting when the pipe is full; a closed pipe (`kg export ... | head`) ends quietly. */
function stdoutSink(): { write(chunk: string): Promise<void>; closed: () => boolean } {
  let closed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") closed = true;
  });
  return {
    write: (chunk) =>
      new Promise<void>((done, fail) => {
        if (closed) return done();
        process.stdout.write(chunk, (error) => (error && !closed ? fail(error) : done()));
      }),
    closed: () => closed,
  };
}

/**
 * Streams an export of a store's latest build, a page of rows at a time (a large store exports in bounded
 * memory), to --out (a temporary file renamed over it when complete) or stdout.
 */
async function exportFromStore(spec: string, format: Format, what: "nodes" | "edges", out: string | undefined) {
  const { openStore, writeExport, writeGraphJson } = await import("@newskg/store");
  const model = await import("@newskg/graph-model");
  const store = await openStore(spec, { mustExist: true });
  const temp = out ? `${out}.tmp-${process.pid}-${Date.now()}` : null;
  try {
    let sink: (chunk: string) => Promise<void>;
    let finish = async () => {};
    if (temp) {
      const { createWriteStream } = await import("node:fs");
      const file = createWriteStream(temp);
      sink = (chunk) =>
        new Promise<void>((done, fail) => {
          if (file.write(chunk)) done();
          else file.once("drain", done).once("error", fail);
        });
      finish = () => new Promise<void>((done, fail) => file.end(() => done()).once("error", fail));
    } else sink = stdoutSink().write;
    const formats = {
      gexf: model.gexfFormat,
      graphml: model.graphmlFormat,
      csv: what === "nodes" ? model.nodesCsvFormat : model.edgesCsvFormat,
    } as const;
    const found = await store.snapshotRead((db) =>
      format === "json" ? writeGraphJson(db, sink) : writeExport(db, formats[format], sink),
    );
    await finish();
    if (!found) throw new Error(`the graph store ${store.location} holds no build yet; run \`pnpm kg build\` first`);
    if (temp && out) {
      const { rename } = await import("node:fs/promises");
      await rename(temp, out);
    }
  } catch (error) {
    if (temp) await import("node:fs/promises").then((fs) => fs.rm(temp, { force: true }));
    throw error;
  } finally {
    await store.close();
  }
}

export async function exportCommand(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: "string" },
        what: { type: "string" },
        graph: { type: "string" },
        store: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`kg export: ${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(`${HELP}\n`);
    return 0;
  }
  const format = values.format as Format | undefined;
  if (!format || !FORMATS.includes(format)) {
    process.stderr.write(`kg export: --format must be one of ${FORMATS.join(", ")}\n\n${HELP}\n`);
    return 2;
  }
  const what = values.what ?? "edges";
  if (what !== "nodes" && what !== "edges") {
    process.stderr.write(`kg export: --what must be nodes or edges\n`);
    return 2;
  }
  if (values.what && format !== "csv") process.stderr.write(`kg export: --what only applies to csv; ignored\n`);

  if (values.graph && values.store) {
    process.stderr.write("kg export: --graph and --store exclude each other\n");
    return 2;
  }
  if (values.store) {
    try {
      await exportFromStore(values.store, format, what, values.out);
    } catch (error) {
      process.stderr.write(`kg export: ${(error as Error).message}\n`);
      return 1;
    }
    if (values.out)
      process.stderr.write(`kg export: wrote ${values.out} (${format}${format === "csv" ? `, ${what}` : ""})\n`);
    return 0;
  }
  const graphFile = values.graph ?? defaultDataPath("graph.json");
  let graph: SerializedKnowledgeGraph;
  try {
    graph = await loadGraphFile(graphFile);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    process.stderr.write(
      `kg export: ${missing ? `no graph at ${graphFile}; run \`pnpm kg build\` first` : (error as Error).message}\n`,
    );
    return 1;
  }
  const text = serializeExport(graph, format, what);
  if (values.out) {
    await writeFileAtomic(values.out, text);
    process.stderr.write(`kg export: wrote ${values.out} (${format}${format === "csv" ? `, ${what}` : ""})\n`);
  } else {
    await new Promise<void>((resolve, reject) => {
      // A closed pipe (`kg export ... | head`) is the reader's choice, not an error.
      process.stdout.once("error", (error: NodeJS.ErrnoException) =>
        error.code === "EPIPE" ? resolve() : reject(error),
      );
      process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
    });
  }
  return 0;
}
