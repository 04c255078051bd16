// `pnpm kg export --embed DIR`: per-entity snapshots for a CDN (see exportEmbed.ts). Messages go to stderr.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { exportEmbed } from "./exportEmbed.js";

const USAGE = `usage: pnpm kg export --embed DIR [--store SPEC] [--depth N] [--max-nodes N] [--limit N]

Writes static files for widgets that run without a server, a CDN's worth of small files:
  DIR/entities/<name>.json   each entity's neighbourhood as a graph file: <kg-graph src="...json" focus="ID">
  DIR/entities/<name>.svg    the same neighbourhood drawn, for <noscript> (as /embed/snapshot.svg)
  DIR/entities/<name>.html   its relations as sentences (HTML fragment), the text alternative for <noscript>
  DIR/index.json             entity id -> { label, type, json, svg, text }
  --store SPEC     graph store to read: a SQLite file or postgres:// URL (default: KG_STORE, else graph-data/graph.db)
  --depth N        hops around each entity, 1 to 3 (default 1)
  --max-nodes N    entities per snapshot, the focus included (default 80)
  --limit N        only the N most central entities (default all)
DIR is written beside itself and swapped in whole when complete.`;

const DEFAULT_STORE = fileURLToPath(new URL("../../../../graph-data/graph.db", import.meta.url));

const positive = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return n;
};

export async function runEmbedExport(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        embed: { type: "string" },
        store: { type: "string" },
        depth: { type: "string" },
        "max-nodes": { type: "string" },
        limit: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`kg export: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.embed) {
    process.stderr.write(`kg export: --embed needs a directory\n\n${USAGE}\n`);
    return 2;
  }
  let depth: number | undefined;
  let maxNodes: number | undefined;
  let limit: number | undefined;
  try {
    depth = positive("depth", values.depth);
    maxNodes = positive("max-nodes", values["max-nodes"]);
    limit = positive("limit", values.limit);
  } catch (error) {
    process.stderr.write(`kg export: ${(error as Error).message}\n`);
    return 2;
  }
  const { resolveStoreSpec } = await import("@newskg/store");
  const report = await exportEmbed({
    store: resolveStoreSpec(values.store, DEFAULT_STORE),
    dir: values.embed,
    ...(depth !== undefined && { depth }),
    ...(maxNodes !== undefined && { maxNodes }),
    ...(limit !== undefined && { limit }),
    log: (message) => process.stderr.write(`${message}\n`),
  });
  process.stderr.write(
    `kg export: wrote ${report.entities} entity snapshots to ${report.dir} (${(report.bytes / 1024 / 1024).toFixed(1)} MB)\n`,
  );
  return 0;
}
