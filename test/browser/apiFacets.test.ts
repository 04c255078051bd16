// The explorer on the API holds only part of the graph: its legend, relation filters, communities and date range
// count the whole graph (Query.facets), its date filter reads the relations' dates from the API (Relation.firstDate,
// also for relations dated only by their articles), and its exports of the whole graph come from the server. A
// relation's date means the same everywhere (its own, else its earliest article's): the explorer on the graph file,
// the explorer on the API, the server's RelationFilter and its facets keep the same relations in a date range.

import { readFileSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedEdge, SerializedNode } from "../../packages/graph-model/src/index.js";
import { hook, waitForExplorer } from "./helpers/explorerHook.js";
import { launchBrowser } from "./helpers/launchBrowser.js";
import type { NewsroomGraph } from "./helpers/newsroomGraph.js";
import { newsroomGraph } from "./helpers/newsroomGraph.js";
import { screenshotPath } from "./helpers/screenshots.js";
import type { RunningServer } from "./helpers/startViewerServer.js";
import { startViewerServer } from "./helpers/startViewerServer.js";
import { untilStable } from "./helpers/waits.js";

type Api = { idle(): Promise<void>; loadedNodes(): number };

let fixture: NewsroomGraph;
let server: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

const relations = () => fixture.graph.edges.filter((e) => e.attributes.category !== "MENTIONS");
const entities = () => fixture.graph.nodes.filter((n) => n.attributes.kind === "entity");
const docDate = () =>
  new Map(
    fixture.graph.nodes.flatMap((n) =>
      n.attributes.kind === "document" && n.attributes.date ? [[n.key, n.attributes.date]] : [],
    ),
  );
/** A relation's date in every mode (Relation.firstDate): its own, else its earliest article's. */
const firstDate = (e: SerializedEdge, docs: Map<string, string>) =>
  e.attributes.date ??
  e.attributes.docs
    .map((d) => docs.get(d))
    .filter((d): d is string => Boolean(d))
    .sort()[0];
const inRangeOf = (from: string, to: string) => {
  const docs = docDate();
  return relations().filter((e) => {
    const d = firstDate(e, docs)?.slice(0, 7);
    return d !== undefined && d >= from && d <= to;
  });
};

beforeAll(async () => {
  // Smaller than the newsroom default, still larger than the overview; half the hub's relations keep no date of
  // their own, so only their articles date them.
  fixture = newsroomGraph({ nodes: 3000, edges: 9000, hubNeighbours: 600 });
  fixture.graph.edges.forEach((e, i) => {
    if (e.source === fixture.hub && i % 2 === 0) delete e.attributes.date;
  });
  // Their articles in an order that is not the order of their dates: the earliest is not always listed first.
  const docs = docDate();
  const unordered = fixture.graph.edges.filter(
    (e) => e.source === fixture.hub && !e.attributes.date && docs.get(e.attributes.docs[0]!)! > firstDate(e, docs)!,
  );
  if (unordered.length < 10) throw new Error("the fixture needs relations whose first article is not the earliest");
  writeFileSync(fixture.path, JSON.stringify(fixture.graph));
  server = await startViewerServer(fixture.path);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/`);
  await waitForExplorer(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("explorer on the API, whole-graph facets", () => {
  it("counts types, categories and communities of the whole graph, not of the part loaded", async () => {
    await page.locator("#legend .facet-scope[data-scope=whole]").waitFor();
    const loaded = await page.evaluate(() => (window as unknown as { __kgExplorer: Api }).__kgExplorer.loadedNodes());
    expect(loaded).toBeLessThan(entities().length);
    expect(await page.locator("#legend .facet-scope").textContent()).toContain(
      `${entities().length.toLocaleString("en")} entities`,
    );
    const people = entities().filter((n) => n.attributes.type === "PERSON").length;
    const personRow = page.locator("#legend label", { has: page.locator("input[value=PERSON]") });
    expect((await personRow.locator(".muted").textContent())?.trim()).toBe(String(people));
    for (const category of ["ROLE", "CO_OCCURRENCE"]) {
      const count = relations().filter((e) => e.attributes.category === category).length;
      const row = page.locator("#filters label", { has: page.locator(`input[value=${category}]`) });
      expect((await row.locator(".muted").textContent())?.trim()).toBe(String(count));
    }
    // The largest community, named after its two most central members (PageRank, then id), with its whole size.
    const byCommunity = new Map<number, SerializedNode[]>();
    for (const n of entities()) {
      const c = n.attributes.community;
      byCommunity.set(c, [...(byCommunity.get(c) ?? []), n]);
    }
    const [id, members] = [...byCommunity].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])[0]!;
    const top = [...members]
      .sort((a, b) => b.attributes.pagerank - a.attributes.pagerank || (a.key < b.key ? -1 : 1))
      .slice(0, 2)
      .map((n) => n.attributes.label);
    const option = page.locator(`#filter-community option[value="${id}"]`);
    expect(await option.textContent()).toBe(`${top.join(", ")} and ${members.length - 2} more (${members.length})`);
  });

  it("shows the whole graph's date range and filters the loaded relations by the dates the API gives", async () => {
    const docs = docDate();
    const dates = relations()
      .flatMap((e) => firstDate(e, docs) ?? [])
      .map((d) => d.slice(0, 10))
      .sort();
    expect(await page.locator("#graph-dates").textContent()).toBe(`Dates in graph: ${dates[0]} to ${dates.at(-1)}`);
    await hook(page, (k, id) => k.select(id), fixture.hub);
    await page.evaluate(() => (window as unknown as { __kgExplorer: Api }).__kgExplorer.idle());
    const [from, to] = ["2024-02", "2024-04"];
    const inRange = inRangeOf(from, to);
    // Some kept relations are dated only by their articles: without the API's dates they would all be hidden.
    expect(inRange.some((e) => !e.attributes.date)).toBe(true);
    expect(inRange.length).toBeLessThan(relations().filter((e) => firstDate(e, docs)).length);
    await page.fill("#filter-from", from);
    await page.press("#filter-from", "Enter");
    await page.fill("#filter-to", to);
    await page.press("#filter-to", "Enter");
    await expect.poll(() => hook(page, (k) => k.visibleEdgeCount())).toBe(inRange.length);
    await page.screenshot({ path: screenshotPath("explorer-api-facets-desktop.png") });
    await page.click("#filters button:has-text('Reset filters')");
  });

  it("keeps the same relations in a date range from the graph file, on the API, and in the server's filter", async () => {
    // Dated by their first-listed article instead, or by any of their articles, other relations would be kept: a
    // range where even the counts differ, so every count below tells the meanings apart.
    const docs = docDate();
    const within = (d: string | undefined, from: string, to: string) =>
      d !== undefined && d.slice(0, 7) >= from && d.slice(0, 7) <= to;
    const ranges: Array<[string, string]> = [
      ["2024-03", "2024-05"],
      ["2024-02", "2024-04"],
      ["2024-04", "2024-06"],
      ["2024-01", "2024-03"],
      ["2024-05", "2024-07"],
    ];
    const telling = ranges.find(([from, to]) => {
      const kept = inRangeOf(from, to).length;
      const byFirstListed = relations().filter((e) =>
        within(e.attributes.date ?? e.attributes.docs.map((d) => docs.get(d)).find(Boolean), from, to),
      ).length;
      const byAny = relations().filter((e) =>
        e.attributes.date
          ? within(e.attributes.date, from, to)
          : e.attributes.docs.some((d) => within(docs.get(d), from, to)),
      ).length;
      return byFirstListed !== kept && byAny !== kept;
    });
    expect(telling).toBeDefined();
    const [from, to] = telling!;
    const inRange = inRangeOf(from, to);
    // The server's RelationFilter and facets, over the whole graph.
    const answer = (await (
      await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `query($f: RelationFilter) { relations(filter: $f, first: 0) { totalCount }
            facets(filter: $f) { relationCount dateRange { from to } } }`,
          variables: { f: { from, to } },
        }),
      })
    ).json()) as {
      data: { relations: { totalCount: number }; facets: { relationCount: number; dateRange: { from: string } } };
    };
    expect(answer.data.relations.totalCount).toBe(inRange.length);
    expect(answer.data.facets.relationCount).toBe(inRange.length);
    // The explorer on the whole file (every entity loaded, none hidden): every relation in range is drawn.
    const file = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await file.goto(`${server.url}/?graph=graph.json&from=${from}&to=${to}`);
    await waitForExplorer(file);
    expect(await hook(file, (k) => k.visibleEdgeCount())).toBe(inRange.length);
    // The hub and its neighbours only, in both modes: the same entities and relations, though the API mode
    // loaded only the overview and the hub's neighbourhood.
    // On the page already loaded (the same range): focus the hub, then neighbours only.
    await hook(file, (k, hub) => k.select(hub), fixture.hub);
    await file.locator("#filter-around").check();
    await untilStable(() => hook(file, (k) => [k.focus(), k.visibleNodes().length, k.visibleEdgeCount()]));
    const around = `focus=${encodeURIComponent(fixture.hub)}&around=1&from=${from}&to=${to}`;
    const fromFile = await hook(file, (k) => [k.visibleNodes().sort(), k.visibleEdgeCount()] as const);
    const api = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await api.goto(`${server.url}/?${around}`);
    await waitForExplorer(api);
    await api.evaluate(() => (window as unknown as { __kgExplorer: Api }).__kgExplorer.idle());
    const hubInRange = inRange.filter((e) => e.source === fixture.hub || e.target === fixture.hub);
    expect(fromFile[1]).toBeGreaterThanOrEqual(hubInRange.length);
    // Polled: the idle API may still be drawing what its last answer brought.
    await expect.poll(() => hook(api, (k) => k.visibleEdgeCount())).toBe(fromFile[1]);
    const fromApi = await hook(api, (k) => [k.visibleNodes().sort(), k.visibleEdgeCount()] as const);
    expect(fromApi[1]).toBe(fromFile[1]);
    expect(fromApi[0]).toEqual(fromFile[0]);
    await file.close();
    await api.close();
  });

  it("loads a community the overview left out: its members and the typed relations among them", async () => {
    const fresh = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await fresh.goto(`${server.url}/`);
    await waitForExplorer(fresh);
    await fresh.locator("#legend .facet-scope[data-scope=whole]").waitFor();
    const loaded = new Set(await hook(fresh, (k) => k.visibleNodes()));
    const byCommunity = new Map<number, string[]>();
    for (const n of entities())
      byCommunity.set(n.attributes.community, [...(byCommunity.get(n.attributes.community) ?? []), n.key]);
    // The listed community with the largest share of members the overview did not send.
    const listed = await fresh.$$eval("#filter-community option", (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    const [id, members] = [...byCommunity]
      .filter(([c]) => listed.includes(String(c)))
      .sort((a, b) => b[1].filter((m) => !loaded.has(m)).length - a[1].filter((m) => !loaded.has(m)).length)[0]!;
    const missing = members.filter((m) => !loaded.has(m));
    expect(missing.length).toBeGreaterThanOrEqual(10);
    expect(members.length).toBeLessThanOrEqual(2000);
    const inside = new Set(members);
    const typedAmong = relations().filter(
      (e) => e.attributes.category !== "CO_OCCURRENCE" && inside.has(e.source) && inside.has(e.target),
    );
    await fresh.selectOption("#filter-community", String(id));
    await expect.poll(() => hook(fresh, (k) => k.visibleNodes().length)).toBe(members.length);
    expect((await hook(fresh, (k) => k.visibleNodes())).sort()).toEqual([...members].sort());
    await fresh.evaluate(() => (window as unknown as { __kgExplorer: Api }).__kgExplorer.idle());
    // The members' relations may come in an answer after the one that drew the members: polled.
    await expect.poll(() => hook(fresh, (k) => k.visibleEdgeCount())).toBe(typedAmong.length);
    expect(typedAmong.length).toBeGreaterThan(0);
    await fresh.screenshot({ path: screenshotPath("explorer-api-community-desktop.png") });
    await fresh.close();
  });

  it("exports the whole graph through the server's endpoints and says what the view's exports hold", async () => {
    await expect.poll(() => page.locator("#tools").textContent()).toContain("The whole graph, from the server:");
    expect(await page.locator("#tools").textContent()).toContain("What is on screen:");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('#tools [data-export="export/nodes.csv"]'),
    ]);
    const csv = readFileSync((await download.path())!, "utf8")
      .trim()
      .split("\n");
    // Every node of the build (articles too), not the part loaded.
    expect(csv.length - 1).toBe(fixture.graph.nodes.length);
    expect(new URL(download.url()).pathname).toBe("/export/nodes.csv");
    const gexf = await page.locator('#tools [data-export="export/graph.gexf"]').getAttribute("href");
    expect(new URL(gexf!).pathname).toBe("/export/graph.gexf");
    expect(errors).toEqual([]);
  });

  it("fits the facets and exports on a phone", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto(`${server.url}/`);
    await waitForExplorer(p);
    await p.click("#controls-toggle");
    await p.locator("#legend .facet-scope[data-scope=whole]").waitFor();
    await p.locator("#tools .whole-exports").scrollIntoViewIfNeeded();
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await p.screenshot({ path: screenshotPath("explorer-api-facets-phone.png") });
    await phone.close();
  });
});
