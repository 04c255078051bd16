// Explorer rendering benchmark: a seeded synthetic graph of 10,000 entities and 50,000 relations (graph-model format,
// with positions, a hub with 2,000 neighbours), served by the real server on 127.0.0.1 and loaded in headless
// Chromium, twice: from the whole graph file (`?graph=`, as a static host serves it) and from the GraphQL API (what
// `kg serve` does by default: an overview, the rest on demand). Prints for each: time to first render, bytes
// transferred, frames per second while panning, the time to focus the hub; then the widget bundle's gzip size.
// Usage: pnpm bench:viewer [-- --nodes 10000 --edges 50000 --seconds 4 --focus-runs 5 --marks]
// `-- --store PATH` instead serves an existing store (SQLite file or postgres:// URL, e.g. the 100k store of
// bench:scale) and measures the API mode only, focusing the entity of highest degree (`--hub ID` for a store
// without metrics, e.g. bench:scale's synthetic one, whose hub is e:hub).

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page, Response } from "playwright-core";
import type { EntityType, RelationCategory, SerializedKnowledgeGraph } from "../packages/graph-model/src/index.js";
import { seededRandom } from "../packages/builder/src/graph/seededRandom.js";
import { launchBrowser } from "../test/browser/helpers/launchBrowser.js";
import { newsroomGraph } from "../test/browser/helpers/newsroomGraph.js";
import { DIST, startViewerServer } from "../test/browser/helpers/startViewerServer.js";
import { startServer } from "../packages/server/src/index.js";
import * as operations from "../packages/viewer/src/api/operations.js";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
const NODES = arg("nodes", 10_000);
const EDGES = arg("edges", 50_000);
const SECONDS = Math.min(arg("seconds", 4), 30);
/** Page loads the hub is focused on (median reported). */
const FOCUS_RUNS = Math.min(arg("focus-runs", 5), 20);
/** Requests per shape in the GraphQL timing (median reported). */
const GQL_RUNS = Math.min(arg("gql-runs", 7), 50);

// The hub's neighbourhood as the explorer asked for it before columns: every entity and relation an object.
const OBJECT_NEIGHBORHOOD = `query KgNeighborhoodObjects($id: ID!) {
  neighborhood(id: $id, depth: 1, limit: 2000) {
    truncated
    nodes { id label type degree pagerank community x y }
    edges { id category label confidence weight date firstDate source { id } target { id } }
  }
}`;

/**
 * Server time of the hub's neighbourhood in each shape, from this process (no browser): the neighbourhood is read
 * once first (store and answer caches warm), then each request differs by whitespace so the response cache does not
 * answer it; uncompressed. What remains is GraphQL execution and serialisation.
 */
async function graphqlTimes(base: string, hub: string): Promise<void> {
  const post = async (query: string, variables: Record<string, unknown>) => {
    const t = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "identity" },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.text();
    if (!res.ok || body.includes('"errors"')) throw new Error(`bench: GraphQL error ${body.slice(0, 300)}`);
    return { ms: performance.now() - t, bytes: body.length, body };
  };
  const vars = { id: hub, depth: 1, limit: 2000 };
  const shapes: Array<[string, (i: number) => Promise<{ ms: number; bytes: number }>]> = [
    ["objects (before)", (i) => post(OBJECT_NEIGHBORHOOD + " ".repeat(i), { id: hub })],
    [
      "columns, its own relations",
      (i) => post(operations.NEIGHBORHOOD_QUERY + " ".repeat(i), { ...vars, touching: hub }),
    ],
    [
      "columns, the rest (5,000 a page)",
      async (i) => {
        let ms = 0;
        let bytes = 0;
        for (let offset = 0; ; offset += 5000) {
          const r = await post(operations.NEIGHBORHOOD_REST_QUERY + " ".repeat(i), {
            ...vars,
            offset,
            first: 5000,
          });
          ms += r.ms;
          bytes += r.bytes;
          const total = (JSON.parse(r.body) as { data: { neighborhood: { edgeColumns: { totalCount: number } } } }).data
            .neighborhood.edgeColumns.totalCount;
          if (offset + 5000 >= total) break;
        }
        return { ms, bytes };
      },
    ],
  ];
  await post(OBJECT_NEIGHBORHOOD, { id: hub });
  for (const [name, run] of shapes) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 1; i <= GQL_RUNS; i++) {
      const r = await run(i);
      times.push(r.ms);
      bytes = r.bytes;
    }
    console.log(
      `[gql] hub neighbourhood, ${name}: ${median(times).toFixed(0)} ms median of ${times.length} ` +
        `(${times.map((t) => t.toFixed(0)).join(", ")}), ${(bytes / 1024).toFixed(0)} KB`,
    );
  }
}

export function syntheticGraph(nodes: number, edges: number, seed = 42): SerializedKnowledgeGraph {
  const rand = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
  const types: EntityType[] = ["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "EVENT"];
  const cats: RelationCategory[] = [
    "ROLE",
    "LOCATION",
    "STATEMENT",
    "SUPPORT",
    "OPPOSITION",
    "MOVEMENT",
    "CO_OCCURRENCE",
  ];
  const communities = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const centres = Array.from({ length: communities }, () => ({ x: (rand() - 0.5) * 2000, y: (rand() - 0.5) * 2000 }));
  const community = new Int32Array(nodes);
  const g: SerializedKnowledgeGraph = {
    attributes: {
      name: "synthetic",
      builtAt: new Date(0).toISOString(),
      builderVersion: "bench",
      documentCount: 0,
      curationApplied: false,
    },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [],
    edges: [],
  };
  const members: number[][] = Array.from({ length: communities }, () => []);
  for (let i = 0; i < nodes; i++) {
    const c = Math.floor(rand() * communities);
    community[i] = c;
    members[c]!.push(i);
    const type = types[Math.floor(rand() * types.length)]!;
    g.nodes.push({
      key: `${type.toLowerCase()}:n${i}`,
      attributes: {
        kind: "entity",
        type,
        label: `${type.charAt(0)}${type.slice(1).toLowerCase()} ${i}`,
        aliases: [],
        roles: [],
        mentions: [],
        docs: [],
        mentionCount: 1,
        degree: 0,
        pagerank: rand() / nodes,
        community: c,
        x: centres[c]!.x + gauss() * 80,
        y: centres[c]!.y + gauss() * 80,
        size: 3,
      },
    });
  }
  const degree = new Int32Array(nodes);
  for (let e = 0; e < edges; e++) {
    const s = Math.floor(rand() * nodes);
    // Mostly within the community, like real news graphs.
    const pool = rand() < 0.85 ? members[community[s]!]! : null;
    let t = pool ? pool[Math.floor(rand() * pool.length)]! : Math.floor(rand() * nodes);
    if (t === s) t = (s + 1) % nodes;
    degree[s]!++;
    degree[t]!++;
    g.edges.push({
      key: `r${e}`,
      source: g.nodes[s]!.key,
      target: g.nodes[t]!.key,
      attributes: {
        category: cats[Math.floor(rand() * cats.length)]!,
        label: "related",
        labels: ["related"],
        confidence: Math.round(rand() * 100) / 100,
        weight: 1,
        evidence: [],
        docs: [],
      },
    });
  }
  g.nodes.forEach((n, i) => {
    if (n.attributes.kind === "entity") n.attributes.degree = degree[i]!;
  });
  return g;
}

const HUB_NEIGHBOURS = 2000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Hook = {
  ready: boolean;
  firstRenderMs: number;
  completeMs: number;
  loadMs: number;
  mode: string;
  loadedNodes(): number;
  visibleEdgeCount(): number;
  select(id: string): Promise<number>;
  idle(): Promise<void>;
  lastPanelMs(): number;
  renderTimes(): number[];
  overlayTimes?(): Array<{ at: number; ms: number }>;
};

/** Where the time of one focus went, ms from the select (see `measure`). */
interface FocusPieces {
  /** The focus's details and strongest relations (KgFocus): sent, answered (server), received (transfer). */
  first: RequestPieces | null;
  /** Its neighbours and own relations (KgNeighborhood, touching the focus). */
  own: RequestPieces | null;
  /** Decoded and merged: JSON parsed, rows converted (In), then merged into the view and the panel drawn (Shown). */
  firstIn: number;
  firstShown: number;
  ownIn: number;
  ownShown: number;
  /** Overlay draws (highlight, label placement, labels) after the select: count, sum and longest. */
  overlays: number;
  overlayMs: number;
  overlayMax: number;
}
interface RequestPieces {
  sent: number;
  server: number;
  transfer: number;
  kb: number;
}

const PIECES = [
  ["first: server", (p: FocusPieces) => p.first?.server],
  ["transfer", (p: FocusPieces) => p.first?.transfer],
  ["decode", (p: FocusPieces) => p.first && p.firstIn - (p.first.sent + p.first.server + p.first.transfer)],
  ["merge+panel", (p: FocusPieces) => p.firstShown - p.firstIn],
  ["own: server", (p: FocusPieces) => p.own?.server],
  ["transfer", (p: FocusPieces) => p.own?.transfer],
  ["decode", (p: FocusPieces) => p.own && p.ownIn - (p.own.sent + p.own.server + p.own.transfer)],
  ["merge+panel", (p: FocusPieces) => p.ownShown - p.ownIn],
  ["overlay draws", (p: FocusPieces) => p.overlays],
  ["overlay total", (p: FocusPieces) => p.overlayMs],
  ["longest overlay", (p: FocusPieces) => p.overlayMax],
] as const;

/** Medians of each piece over the runs, one line. */
function piecesLine(pieces: FocusPieces[]): string {
  return PIECES.map(([name, read]) => {
    const xs = pieces.map(read).filter((x): x is number => typeof x === "number" && Number.isFinite(x));
    return `${name} ${xs.length ? median(xs).toFixed(0) : "-"}`;
  }).join(", ");
}

/** Frames per second while dragging the stage for `SECONDS`. */
async function panFps(page: Page): Promise<{ fps: number; frames: number; elapsed: number; drags: number }> {
  // A string, not a function: tsx's name-keeping helper does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => {
      if (!window.__counting) return;
      window.__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const start = performance.now();
  let drags = 0;
  const box = (await page.locator("#stage").boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Each drag is 10 moves of 30 px; the loop stops between moves once the time is up.
  const over = () => performance.now() - start >= SECONDS * 1000;
  while (!over() && drags < 500) {
    const dir = drags % 2 === 0 ? 1 : -1;
    await page.mouse.move(cx - 150 * dir, cy);
    await page.mouse.down();
    for (let step = 1; step <= 10 && !over(); step++) await page.mouse.move(cx - 150 * dir + 30 * step * dir, cy);
    await page.mouse.up();
    drags++;
  }
  const elapsed = (performance.now() - start) / 1000;
  const frames = Number(await page.evaluate("window.__counting = false, window.__frames"));
  return { fps: frames / elapsed, frames, elapsed, drags };
}

async function measure(
  page: Page,
  base: string,
  mode: "file" | "api",
  hub: string,
  hubLabel: string,
  minRelations = HUB_NEIGHBOURS,
) {
  // What the data responses would weigh gzipped (this server does not compress GraphQL answers yet).
  let gzipped = 0;
  const onResponse = (res: Response) => {
    if (!/\/(graph\.json|graphql)$/.test(new URL(res.url()).pathname)) return;
    void res.body().then(
      (b) => {
        const encoding = res.headers()["content-encoding"];
        gzipped += encoding === "gzip" ? Number(res.headers()["content-length"] ?? b.length) : gzipSync(b).length;
      },
      () => {},
    );
  };
  const runs: {
    firstRender: number;
    complete: number;
    load: number;
    bytes: number;
    dataBytes: number;
    nodes: number;
    edges: number;
    marks: string;
  }[] = [];
  for (let i = 0; i < 3; i++) {
    if (i === 2) page.on("response", onResponse);
    const url = mode === "file" ? `${base}/?graph=/graph.json&r=${i}` : `${base}/?r=${i}`;
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __kgExplorer?: Hook }).__kgExplorer?.ready, null, {
      timeout: 60_000,
    });
    // performance.now() counts from navigation start, so firstRenderMs is the time to the first painted frame.
    runs.push(
      await page.evaluate(() => {
        const h = (window as unknown as { __kgExplorer: Hook }).__kgExplorer;
        const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        const data = resources.filter((r) => /\/(graph\.json|graphql)$/.test(new URL(r.name).pathname));
        return {
          firstRender: h.firstRenderMs,
          complete: h.completeMs,
          load: h.loadMs,
          // Body bytes as sent (no compression on this server); cached scripts count as 0, so body sizes are summed.
          bytes: resources.reduce((n, r) => n + r.encodedBodySize, 0) + (nav?.encodedBodySize ?? 0),
          dataBytes: data.reduce((n, r) => n + r.encodedBodySize, 0),
          nodes: h.loadedNodes(),
          edges: h.visibleEdgeCount(),
          marks: performance
            .getEntriesByType("mark")
            .map((m) => `${m.name}@${m.startTime.toFixed(0)}`)
            .join(" "),
        };
      }),
    );
  }
  page.off("response", onResponse);
  if (process.argv.includes("--marks")) for (const r of runs) console.log(r.marks);
  const last = runs[runs.length - 1]!;
  console.log(
    `[${mode}] first view: ${last.nodes} entities, ${last.edges} relations drawn; ` +
      `data ${(median(runs.map((r) => r.dataBytes)) / 1024).toFixed(0)} KB, page total ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(0)} KB; ` +
      `data gzipped ${(gzipped / 1024).toFixed(0)} KB`,
  );
  console.log(
    `[${mode}] time to first render: ${median(runs.map((r) => r.firstRender)).toFixed(0)} ms median of ${runs.length} ` +
      `(${runs.map((r) => r.firstRender.toFixed(0)).join(", ")}; data fetch+parse ${median(runs.map((r) => r.load)).toFixed(0)} ms); ` +
      `complete view ${median(runs.map((r) => r.complete)).toFixed(0)} ms`,
  );
  const pan = await panFps(page);
  console.log(
    `[${mode}] panning: ${pan.fps.toFixed(1)} fps (${pan.frames} frames in ${pan.elapsed.toFixed(1)} s, ${pan.drags} drags)`,
  );
  const renderTimes = await page.evaluate(() =>
    (window as unknown as { __kgExplorer: Hook }).__kgExplorer.renderTimes(),
  );
  const sorted = [...renderTimes].sort((a, b) => a - b);
  if (sorted.length)
    console.log(
      `[${mode}] sigma render: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(1)} ms over ${sorted.length} renders`,
    );
  // Focus the hub as a click would, on a fresh page each time (the explorer asks for a neighbourhood once): until its
  // panel shows the hub with relation rows ("open"), and until it lists all its relations ("complete"; in API mode,
  // after its neighbourhood came). The first API run is the server's first neighbourhood request (cold); later ones
  // are answered from the server's caches.
  const focuses: {
    frame: number;
    open: number;
    total: number;
    panel: number;
    nodes: number;
    bytes: number;
    request: number;
    pieces: FocusPieces;
  }[] = [];
  // tsx names the functions bound to consts with a helper of its own; in the page it is the identity.
  await page.addInitScript("window.__name = (f) => f");
  await page.evaluate("window.__name = (f) => f");
  for (let i = 0; i < FOCUS_RUNS; i++) {
    if (i > 0) {
      await page.goto(mode === "file" ? `${base}/?graph=/graph.json&f=${i}` : `${base}/?f=${i}`);
      await page.waitForFunction(() => (window as unknown as { __kgExplorer?: Hook }).__kgExplorer?.ready, null, {
        timeout: 60_000,
      });
    }
    focuses.push(
      await page.evaluate(
        async ({ id, label, min }) => {
          const h = (window as unknown as { __kgExplorer: Hook }).__kgExplorer;
          const t = performance.now();
          const before = performance.getEntriesByType("resource").length;
          // Open / listed: when the panel showing them is painted, i.e. after the first frame that follows the DOM
          // change (a refresh of the graph in that frame delays it; timers polling the DOM would miss that, or see the
          // DOM late when frames hog the thread). Seen by a MutationObserver, not by polling.
          let open = 0;
          let listed = 0;
          let openSeen = false;
          let listedSeen = false;
          const observer = new MutationObserver(() => {
            const title = document.querySelector("#details-title")?.textContent;
            const count = document.querySelector("#details-body .section-title")?.textContent ?? "";
            if (!openSeen && title === label && document.querySelector("#details-body .relation")) {
              openSeen = true;
              requestAnimationFrame(() => setTimeout(() => (open = performance.now() - t), 0));
            }
            if (openSeen && !listedSeen && Number(/Relations \((\d+)\)/.exec(count)?.[1] ?? 0) >= min) {
              listedSeen = true;
              requestAnimationFrame(() => setTimeout(() => (listed = performance.now() - t), 0));
            }
          });
          observer.observe(document.getElementById("details-body")!, {
            childList: true,
            subtree: true,
            characterData: true,
          });
          const frame = await h.select(id);
          while (!open || !listed) await new Promise((r) => setTimeout(r, 20));
          observer.disconnect();
          await h.idle();
          await new Promise(requestAnimationFrame);
          const fetched = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).slice(before);
          const bytes = fetched.reduce((n, r) => n + r.encodedBodySize, 0);
          // The longest request: from sending it to its last byte (server time and transfer).
          const request = fetched.reduce((n, r) => Math.max(n, r.responseEnd - r.startTime), 0);
          // The focus's two first requests, in the order sent (KgFocus, then KgNeighborhood in the same task).
          const asked = fetched
            .filter((r) => new URL(r.name).pathname.endsWith("/graphql"))
            .sort((a, b) => a.startTime - b.startTime);
          const pieceOf = (r: PerformanceResourceTiming | undefined) =>
            r && {
              sent: r.startTime - t,
              server: r.responseStart - r.startTime,
              transfer: r.responseEnd - r.responseStart,
              kb: r.encodedBodySize / 1024,
            };
          const markAt = (name: string) => {
            const m = performance.getEntriesByName(name).filter((e) => e.startTime >= t);
            return m.length ? m[m.length - 1]!.startTime - t : NaN;
          };
          const overlays = (h.overlayTimes?.() ?? []).filter((o) => o.at >= t);
          const pieces = {
            first: pieceOf(asked[0]) ?? null,
            own: pieceOf(asked[1]) ?? null,
            firstIn: markAt("kg:focusFirstIn"),
            firstShown: markAt("kg:focusFirstShown"),
            ownIn: markAt("kg:focusOwnIn"),
            ownShown: markAt("kg:focusOwnShown"),
            overlays: overlays.length,
            overlayMs: overlays.reduce((n, o) => n + o.ms, 0),
            overlayMax: overlays.reduce((n, o) => Math.max(n, o.ms), 0),
          };
          return {
            frame,
            open,
            total: listed,
            panel: h.lastPanelMs(),
            nodes: h.loadedNodes(),
            bytes,
            request,
            pieces,
          };
        },
        { id: hub, label: hubLabel, min: minRelations },
      ),
    );
  }
  const focus = focuses[focuses.length - 1]!;
  const med = (k: "frame" | "open" | "total" | "request") => median(focuses.map((f) => f[k])).toFixed(0);
  const each = (k: "open" | "total") => focuses.map((f) => f[k].toFixed(0)).join(", ");
  console.log(
    `[${mode}] focus of the ${minRelations}-neighbour hub, median of ${focuses.length} page loads: next frame ${med("frame")} ms, ` +
      `panel open ${med("open")} ms (${each("open")}), all its relations listed ${med("total")} ms (${each("total")}), ` +
      `${median(focuses.map((f) => f.total - f.open)).toFixed(0)} ms after the panel opened; ` +
      `longest request ${med("request")} ms (first ${focuses[0]!.request.toFixed(0)} ms); ` +
      `${focus.nodes} entities loaded, ${(focus.bytes / 1024).toFixed(0)} KB fetched, panel render ${focus.panel.toFixed(0)} ms`,
  );
  // Server: from sending to the first byte (GraphQL execution and store reads, and waiting behind the other request);
  // decode: from the last byte to the rows converted (JSON parse and columns to rows).
  console.log(`[${mode}] focus pieces, ms medians: ${piecesLine(focuses.map((f) => f.pieces))}`);
  if (mode === "api")
    console.log(
      `[${mode}] focus requests, KB: first ${focus.pieces.first?.kb.toFixed(0) ?? "-"}, own ${focus.pieces.own?.kb.toFixed(0) ?? "-"}`,
    );
  return {
    firstRender: median(runs.map((r) => r.firstRender)),
    dataBytes: median(runs.map((r) => r.dataBytes)),
    fps: pan.fps,
    focus: median(focuses.map((f) => f.total)),
    open: median(focuses.map((f) => f.open)),
  };
}

/** API mode against an existing store: first render, bytes, panning, focus of its highest-degree entity. */
async function benchStore(store: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-viewer-"));
  const t0 = performance.now();
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    store,
    graphPath: join(dir, "graph.json"),
    staticDir: DIST,
    buildWorkers: 0,
  });
  const base = server.url.replace(/\/$/, "");
  const browser = await launchBrowser();
  try {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "{ stats { entityCount relationCount documentCount } entities(first: 1) { nodes { id label degree } } }",
      }),
    });
    const { data } = (await res.json()) as {
      data: {
        stats: { entityCount: number; relationCount: number; documentCount: number };
        entities: { nodes: { id: string; label: string; degree: number }[] };
      };
    };
    const hubArg = process.argv.indexOf("--hub");
    const named = hubArg >= 0 ? process.argv[hubArg + 1] : undefined;
    // A named hub is taken to have more neighbours than a neighbourhood loads (2,000 entities, the focus included).
    const label = async (id: string) => {
      const r = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query($id: ID) { entity(id: $id) { label } }", variables: { id } }),
      });
      return ((await r.json()) as { data: { entity: { label: string } | null } }).data.entity?.label ?? id;
    };
    const hub = named ? { id: named, label: await label(named), degree: HUB_NEIGHBOURS - 1 } : data.entities.nodes[0]!;
    console.log(
      `store ${store}: ${data.stats.documentCount} documents, ${data.stats.entityCount} entities, ` +
        `${data.stats.relationCount} relations (server up in ${(performance.now() - t0).toFixed(0)} ms); ` +
        `hub ${hub.id}, degree ${hub.degree}`,
    );
    // A checkout from before the columns (a baseline run) has only the object form.
    if ("NEIGHBORHOOD_REST_QUERY" in operations) await graphqlTimes(base, hub.id);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await measure(page, base, "api", hub.id, hub.label, Math.min(hub.degree, HUB_NEIGHBOURS));
    console.log(
      `load average during the run: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} on ${cpus().length} cores`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const storeArg = process.argv.indexOf("--store");
  if (storeArg >= 0) return benchStore(process.argv[storeArg + 1] ?? "");
  const deadline = setTimeout(() => {
    console.error("bench:viewer: timed out after 900 s");
    process.exit(2);
  }, 900_000);
  const t0 = performance.now();
  const fixture = newsroomGraph({ nodes: NODES, edges: EDGES - HUB_NEIGHBOURS, hubNeighbours: HUB_NEIGHBOURS });
  const hubLabel = String(
    (fixture.graph.nodes.find((n) => n.key === fixture.hub)!.attributes as { label: string }).label,
  );
  console.log(
    `synthetic graph: ${NODES} nodes, ${fixture.graph.edges.length} edges, hub of ${HUB_NEIGHBOURS} neighbours ` +
      `(${(performance.now() - t0).toFixed(0)} ms to generate; graph.json ${(readFileSync(fixture.path).length / 1048576).toFixed(1)} MB)`,
  );
  const server = await startViewerServer(fixture.path);
  const browser = await launchBrowser();
  try {
    if ("NEIGHBORHOOD_REST_QUERY" in operations) await graphqlTimes(server.url, fixture.hub);
    if (process.argv.includes("--gql-only")) return;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const file = await measure(page, server.url, "file", fixture.hub, hubLabel);
    const api = await measure(page, server.url, "api", fixture.hub, hubLabel);
    console.log(
      `api / file: first render ${(api.firstRender / file.firstRender).toFixed(2)}x, data bytes ${(api.dataBytes / file.dataBytes).toFixed(3)}x, ` +
        `panning ${(api.fps / file.fps).toFixed(2)}x, hub panel open ${(api.open / file.open).toFixed(2)}x, ` +
        `hub relations all listed ${(api.focus / file.focus).toFixed(2)}x`,
    );
    const widget = readFileSync(join(DIST, "kg-embed.js"));
    console.log(
      `widget bundle kg-embed.js: ${(widget.length / 1024).toFixed(1)} KB, ${(gzipSync(widget, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
    );
    console.log(
      `load average during the run: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} on ${cpus().length} cores`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dirname(fixture.path), { recursive: true, force: true });
    clearTimeout(deadline);
  }
}

if (process.argv[1]?.endsWith("viewerRender.ts")) await main();
