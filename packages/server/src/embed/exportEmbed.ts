// `kg export --embed DIR`: static files for a CDN, so widgets work with no server. For each entity (the most central
// first): `entities/<name>.json`, a small graph file of its neighbourhood that `<kg-graph src=... focus=...>`
// reads as it reads any graph file, and `entities/<name>.svg`, the no-script image (the same drawing as
// /embed/snapshot.svg), and `entities/<name>.html`, the text alternative (the entity's relations as sentences, an HTML
// fragment for <noscript> or a collapsed text version). `index.json` maps entity ids to their files. Entities are read a page at a time from the
// store, so memory stays flat however large it is; the directory is written beside the target and swapped in whole.
import { createHash } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type {
  GraphReader,
  RelationAttributes,
  SerializedEdge,
  SerializedKnowledgeGraph,
  SerializedNode,
} from "@newskg/graph-model";
import { textAlternativeHtml } from "@newskg/graph-model";
import { openStore } from "@newskg/store";
import { drawSvg } from "../http/snapshotSvg.js";
import type { EntityRecord, RelationRecord } from "../model.js";

export interface EmbedExportOptions {
  /** SQLite file or postgres:// URL. */
  store: string;
  dir: string;
  /** Hops around each entity: 1 to 3 (default 1). */
  depth?: number;
  /** Entities per snapshot, the focus included (default 80, the widget's largest max-nodes). */
  maxNodes?: number;
  /** Only the most central entities (default all). */
  limit?: number | null;
  log?: (message: string) => void;
}

export interface EmbedExportReport {
  entities: number;
  bytes: number;
  dir: string;
}

/** A file name for an entity id: readable, safe on any filesystem or CDN, and unique (a hash of the id). */
export function embedFileName(id: string): string {
  const readable = id
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  const hash = createHash("sha256").update(id).digest("hex").slice(0, 10);
  return `${readable || "entity"}-${hash}`;
}

function entityNode(e: EntityRecord): SerializedNode {
  return {
    key: e.id,
    attributes: {
      kind: "entity",
      type: e.type,
      label: e.label,
      aliases: e.aliases,
      roles: e.roles,
      ...(e.description ? { description: e.description } : {}),
      mentions: [],
      docs: [],
      mentionCount: e.mentionCount,
      ...(e.iso ? { iso: e.iso } : {}),
      degree: e.degree,
      pagerank: e.pagerank,
      community: e.community,
      x: e.x,
      y: e.y,
      size: e.size,
    },
  };
}

function relationEdge(r: RelationRecord, docIds: string[]): SerializedEdge {
  const attributes: RelationAttributes = {
    category: r.category,
    label: r.label,
    labels: r.labels,
    confidence: r.confidence,
    weight: r.weight,
    ...(r.date ? { date: r.date } : {}),
    evidence: [],
    docs: docIds,
  };
  return { key: r.id, source: r.sourceId, target: r.targetId, attributes };
}

/** The snapshot graph file of one entity's neighbourhood. */
export async function entitySnapshot(
  reader: GraphReader,
  focus: EntityRecord,
  depth: number,
  maxNodes: number,
  builtAt: string | null,
): Promise<{ graph: SerializedKnowledgeGraph; nodes: EntityRecord[]; edges: RelationRecord[] }> {
  const found = await reader.neighbourhood(focus.id, depth, maxNodes, maxNodes * 8, null);
  const byId = await reader.entities(found.nodeIds);
  // A neighbourhood's relations come without their documents; the graph file lists them (the widget's articles).
  const full = await reader.relations(found.edges.map((e) => e.id));
  const nodes = found.nodeIds.map((id) => byId.get(id)).filter((e): e is EntityRecord => e !== undefined);
  const graph: SerializedKnowledgeGraph = {
    attributes: {
      name: `neighbourhood of ${focus.label}`,
      builtAt: builtAt ?? "",
      builderVersion: "kg export --embed",
      documentCount: 0,
      curationApplied: false,
    },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: nodes.map(entityNode),
    edges: found.edges.map((e) => relationEdge(e, full.get(e.id)?.docIds ?? [])),
  };
  return { graph, nodes, edges: found.edges };
}

/** The focus's own relations, typed before co-occurrence (each group strongest first, as the walk returned them). */
export function textAlternativeOf(focus: EntityRecord, nodes: EntityRecord[], edges: RelationRecord[]): string {
  const own = edges.filter((e) => e.sourceId === focus.id || e.targetId === focus.id);
  const ordered = [
    ...own.filter((e) => e.category !== "CO_OCCURRENCE"),
    ...own.filter((e) => e.category === "CO_OCCURRENCE"),
  ];
  return `${textAlternativeHtml(
    {
      nodes,
      edges: ordered.map((e) => ({ source: e.sourceId, target: e.targetId, category: e.category, label: e.label })),
    },
    focus.label,
  )}\n`;
}

export async function exportEmbed(options: EmbedExportOptions): Promise<EmbedExportReport> {
  const depth = Math.max(1, Math.min(3, options.depth ?? 1));
  const maxNodes = Math.max(2, Math.min(200, options.maxNodes ?? 80));
  const log = options.log ?? (() => {});
  const target = resolve(options.dir);
  const temp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${Date.now()}`);
  const store = await openStore(options.store, { mustExist: true });
  let entities = 0;
  let bytes = 0;
  try {
    const reader = store.reader();
    const counts = await reader.counts();
    if ((await reader.version()) === 0)
      throw new Error(`the graph store ${store.location} holds no build yet; run \`pnpm kg build\` first`);
    const total = Math.min(counts.entityCount, options.limit ?? Infinity);
    await mkdir(join(temp, "entities"), { recursive: true });
    const index = createWriteStream(join(temp, "index.json"));
    const put = (text: string) =>
      new Promise<void>((done, fail) => {
        bytes += Buffer.byteLength(text);
        if (index.write(text)) done();
        else index.once("drain", done).once("error", fail);
      });
    await put(`{"builtAt":${JSON.stringify(counts.builtAt)},"depth":${depth},"entities":{`);
    for (let offset = 0; offset < total; offset += 500) {
      const page = await reader.entityPage(null, "PAGERANK", false, offset, Math.min(500, total - offset));
      if (page.length === 0) break;
      for (const focus of page) {
        const name = embedFileName(focus.id);
        const { graph, nodes, edges } = await entitySnapshot(reader, focus, depth, maxNodes, counts.builtAt);
        const json = JSON.stringify(graph);
        const svg = drawSvg(nodes.slice(0, 60), edges, focus, "light");
        const text = textAlternativeOf(focus, nodes, edges);
        await writeFile(join(temp, "entities", `${name}.json`), json);
        await writeFile(join(temp, "entities", `${name}.svg`), svg);
        await writeFile(join(temp, "entities", `${name}.html`), text);
        bytes += Buffer.byteLength(json) + Buffer.byteLength(svg) + Buffer.byteLength(text);
        await put(
          `${entities > 0 ? "," : ""}${JSON.stringify(focus.id)}:${JSON.stringify({
            label: focus.label,
            type: focus.type,
            json: `entities/${name}.json`,
            svg: `entities/${name}.svg`,
            text: `entities/${name}.html`,
          })}`,
        );
        entities++;
      }
      log(`kg export: ${entities} of ${total} entities`);
    }
    await put("}}\n");
    await new Promise<void>((done, fail) => index.end(() => done()).once("error", fail));
    // Swap the finished directory in whole: a reader of DIR never sees half an export.
    const old = existsSync(target) ? `${temp}.old` : null;
    if (old) await rename(target, old);
    await rename(temp, target);
    if (old) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  } finally {
    await store.close();
  }
  return { entities, bytes, dir: target };
}
