// The explorer served by `kg serve` reads the GraphQL API, not the graph file: an overview of the most central
// entities first, then neighbourhoods, sentences, articles, search and paths on demand. On a newsroom-sized generated
// graph (10,000 entities, 42,000 relations, a 2,000-neighbour hub).

import { statSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hook, waitForExplorer } from "./helpers/explorerHook.js";
import type { NewsroomStore } from "./helpers/newsroomGraph.js";
import type { NewsroomExplorer } from "./helpers/newsroomExplorer.js";
import { openNewsroomExplorer } from "./helpers/newsroomExplorer.js";
import { screenshotPath } from "./helpers/screenshots.js";
import type { RunningServer } from "./helpers/startViewerServer.js";

let explorer: NewsroomExplorer;
let fixture: NewsroomStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];

const idle = (p: Page) => hook(p, (k) => k.idle().then(() => true));
const loaded = (p: Page) => hook(p, (k) => k.loadedNodes());

/** Bytes the page fetched from `path` (resource timing; same origin, so sizes are exposed). */
const bytesFrom = (p: Page, path: string) =>
  p.evaluate(
    (suffix) =>
      performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname === suffix)
        .reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0),
    path,
  );

beforeAll(async () => {
  explorer = await openNewsroomExplorer();
  ({ fixture, server, browser, page, errors } = explorer);
});

afterAll(() => explorer?.close());

describe("explorer on the API", () => {
  it("opens on an overview of the most central entities without downloading the graph file", async () => {
    expect(await hook(page, (k) => k.mode)).toBe("api");
    const nodes = await loaded(page);
    expect(nodes).toBeGreaterThan(100);
    expect(nodes).toBeLessThanOrEqual(2000);
    // The hub has the highest PageRank: it is in the first view.
    expect(await hook(page, (k, id) => k.visibleNodes().includes(id), fixture.hub)).toBe(true);
    expect(await bytesFrom(page, "/graph.json")).toBe(0);
    const api = await bytesFrom(page, "/graphql");
    expect(api).toBeGreaterThan(0);
    expect(api).toBeLessThan(statSync(fixture.path).size / 5);
    await expect.poll(() => hook(page, (k) => k.labels().length), { timeout: 20_000 }).toBeGreaterThan(10);
    await expect.poll(() => page.locator("#details-body").textContent()).toMatch(/10000 entities/);
    await page.screenshot({ path: screenshotPath("explorer-api-desktop.png") });
  });

  it("searches through the API and loads the neighbourhood of an entity outside the overview", async () => {
    // The least central entity with relations: not in the overview.
    const degree = new Map<string, number>();
    for (const e of fixture.graph.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    const candidates = fixture.graph.nodes
      .filter((n) => n.attributes.kind === "entity" && (degree.get(n.key) ?? 0) > 0)
      .sort((a, b) => a.attributes.pagerank - b.attributes.pagerank);
    const target = candidates[0]!;
    const label = target.attributes.label;
    expect(await hook(page, (k, id) => k.labelOf(id), target.key)).toBeNull();
    const before = await loaded(page);
    await page.fill("#search", "");
    await page.type("#search", label, { delay: 5 });
    // Answers to the partial queries typed on the way may be listed first: wait for the list of the whole label.
    await expect.poll(() => page.locator("#search-list [role=option] .combo-name").first().textContent()).toBe(label);
    await page.press("#search", "Enter");
    await expect.poll(() => page.locator("#details-body h2").first().textContent()).toBe(label);
    await idle(page);
    expect(await hook(page, (k, id) => k.visibleNodes().includes(id), target.key)).toBe(true);
    expect(await loaded(page)).toBeGreaterThan(before);
    await expect.poll(() => page.locator("#details-body .relation").count()).toBeGreaterThan(0);
  });

  it("focuses the 2,000-neighbour hub: its relations, their sentences on demand, a relation and its article", async () => {
    await hook(page, (k, id) => k.select(id), fixture.hub);
    await expect
      .poll(() => page.locator("#details-body .section-title").first().textContent(), { timeout: 20_000 })
      .toMatch(/Relations \((\d{4,})\)/);
    const title = await page.locator("#details-body .section-title").first().textContent();
    expect(Number(/\((\d+)\)/.exec(title ?? "")?.[1])).toBeGreaterThanOrEqual(2000);
    // The chip is clicked once the rest of the neighbourhood is in too: its arrival draws the panel again.
    await idle(page);
    // Sentences arrive for the rows on screen only.
    await page.locator("#details-body .relation blockquote").first().waitFor();
    // (Rows drawn again when the hub's own relations came ask in a second batch: both arrive.)
    await expect.poll(() => page.locator("#details-body .evidence-loading").count()).toBe(0);
    await page.locator("#details-body .relation-index .chip[data-category=STATEMENT]").click();
    await page.locator(`#details-body .relation[data-edge="${fixture.typedEdge}"] .evidence-link`).click();
    await page.locator(".edge-evidence li").first().waitFor();
    // Its two sentences are the same words in two articles: listed once, with a link to each article.
    expect(await page.locator(".edge-evidence li").count()).toBe(1);
    expect(await page.locator(".edge-evidence .doc-link").count()).toBe(2);
    expect(await page.locator(".edge-quantity").textContent()).toBe("about 300 people");
    const sentence = await page.locator(".edge-evidence blockquote").first().textContent();
    await page.locator(".edge-evidence .doc-link").first().click();
    await page.locator(".doc-text").waitFor();
    // The article's text came from the API, with the sentence that led here emphasised.
    expect(await page.locator(".current-sentence").textContent()).toBe(sentence);
    await page.screenshot({ path: screenshotPath("explorer-api-article.png") });
    expect(errors).toEqual([]);
  });

  it("opens the hub with its strongest relations before its neighbourhood, and gives up one the focus left", async () => {
    const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    p.on("pageerror", (e) => errors.push(e.message));
    // Neighbourhood requests are held until released: what the panel shows meanwhile came with the first request.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const asked: string[] = [];
    await p.route("**/graphql", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as { query?: string; variables?: { id?: string } };
      const op = /query (\w+)/.exec(body.query ?? "")?.[1] ?? "";
      asked.push(`${op} ${body.variables?.id ?? ""}`);
      if (op === "KgNeighborhood") await gate;
      await route.continue().catch(() => {}); // given up by the page meanwhile
    });
    await p.goto(`${server.url}/`);
    await waitForExplorer(p);
    const listed = async () =>
      Number(/\((\d+)\)/.exec((await p.locator("#details-body .section-title").first().textContent()) ?? "")?.[1]);
    await hook(p, (k, id) => k.select(id), fixture.hub);
    await expect.poll(() => p.locator("#details-body .relations-loading").count()).toBe(1);
    // Its strongest 100 relations at least (with those the overview had), not yet all of them.
    await expect.poll(listed).toBeGreaterThanOrEqual(100);
    expect(await listed()).toBeLessThan(fixture.hubNeighbours.length);
    expect(await p.locator("#details-body .relation").count()).toBeGreaterThan(0);
    expect(asked).toContain(`KgFocus ${fixture.hub}`);
    // Another focus before the hub's neighbourhood came: that one is given up, so coming back asks for it again.
    const other = fixture.hubNeighbours[1]!;
    await hook(p, (k, id) => k.select(id), other);
    const otherLabel = fixture.graph.nodes.find((n) => n.key === other)!.attributes.label;
    await expect.poll(() => p.locator("#details-title").textContent()).toBe(otherLabel);
    release();
    await hook(p, (k, id) => k.select(id), fixture.hub);
    await expect.poll(listed, { timeout: 20_000 }).toBeGreaterThanOrEqual(2000);
    expect(await p.locator("#details-body .relations-loading").count()).toBe(0);
    expect(asked.filter((a) => a === `KgNeighborhood ${fixture.hub}`)).toHaveLength(2);
    await p.close();
  });

  it("lists all the hub's own relations before the relations among its neighbours, and gives up sentences left", async () => {
    const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    p.on("pageerror", (e) => errors.push(e.message));
    // The rest of the neighbourhood and the sentences are held until released.
    let releaseRest!: () => void;
    const restGate = new Promise<void>((r) => (releaseRest = r));
    let releaseEvidence!: () => void;
    const evidenceGate = new Promise<void>((r) => (releaseEvidence = r));
    const opOf = (post: string | null) => /query (\w+)/.exec(post ?? "")?.[1] ?? "";
    const held: string[] = [];
    await p.route("**/graphql", async (route) => {
      const op = opOf(route.request().postData());
      if (op === "KgNeighborhoodRest" || op === "KgEvidence") held.push(op);
      if (op === "KgNeighborhoodRest") await restGate;
      if (op === "KgEvidence") await evidenceGate;
      await route.continue().catch(() => {}); // given up by the page meanwhile
    });
    const failed: string[] = [];
    p.on("requestfailed", (r) => failed.push(opOf(JSON.stringify(r.postDataJSON() ?? {}))));
    await p.goto(`${server.url}/`);
    await waitForExplorer(p);
    const listed = async () =>
      Number(/\((\d+)\)/.exec((await p.locator("#details-body .section-title").first().textContent()) ?? "")?.[1]);
    await hook(p, (k, id) => k.select(id), fixture.hub);
    // Every relation of its own, while the relations among its neighbours are still held.
    await expect.poll(listed, { timeout: 20_000 }).toBeGreaterThanOrEqual(2000);
    expect(await p.locator("#details-body .relations-loading").count()).toBe(0);
    await expect.poll(() => held.includes("KgNeighborhoodRest")).toBe(true);
    const own = await listed();
    const hubEdges = await hook(p, (k) => k.visibleEdgeCount());
    releaseRest();
    await expect.poll(() => hook(p, (k) => k.visibleEdgeCount()), { timeout: 20_000 }).toBeGreaterThan(hubEdges);
    // The rest added relations among the neighbours only: the hub's own were all listed before.
    expect(await hook(p, (k) => k.focus())).toBe(fixture.hub);
    expect(await listed()).toBe(own);
    // The rows on screen asked for their sentences; the focus moves on before they came: that request is given up.
    await expect.poll(() => held.includes("KgEvidence")).toBe(true);
    const other = fixture.hubNeighbours[2]!;
    await hook(p, (k, id) => k.select(id), other);
    await expect.poll(() => failed.includes("KgEvidence")).toBe(true);
    releaseEvidence();
    // The new focus's rows get theirs.
    await expect.poll(() => p.locator("#details-body .relation").count()).toBeGreaterThan(0);
    await expect.poll(() => p.locator("#details-body .evidence-loading").count(), { timeout: 20_000 }).toBe(0);
    await p.close();
  });

  it("finds a path between two entities outside the overview through the server", async () => {
    // Two neighbours of the hub that the overview left out: the path runs through the hub.
    const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    p.on("pageerror", (e) => errors.push(e.message));
    await p.goto(`${server.url}/`);
    await waitForExplorer(p);
    const visible = new Set(await hook(p, (k) => k.visibleNodes()));
    const outside = fixture.hubNeighbours.filter((n) => !visible.has(n));
    const [a, b] = [outside[0]!, outside[outside.length - 1]!];
    await p.goto(`${server.url}/?path=${encodeURIComponent(`${a}|${b}`)}`);
    await waitForExplorer(p);
    await expect.poll(() => hook(p, (k) => k.path()), { timeout: 20_000 }).not.toBeNull();
    const path = (await hook(p, (k) => k.path()))!;
    expect(path[0]).toBe(a);
    expect(path[path.length - 1]).toBe(b);
    expect(path.length).toBeGreaterThanOrEqual(3);
    await expect.poll(() => p.locator("#path .path-steps .path-step").count()).toBe(path.length);
    // Where the analyst looks, not only in the sidebar: the details panel lists the hops with their sentences, which
    // the API sent once the path was known.
    expect(await p.locator("#details-title").textContent()).toMatch(/^Path from /);
    await expect
      .poll(() => p.locator("#details-body .path-steps .evidence-loading").count(), { timeout: 20_000 })
      .toBe(0);
    expect(await p.locator("#details-body .path-steps .evidence blockquote").count()).toBeGreaterThan(0);
    // Each hop reads from the entity before it, with the relation's direction: "A → met → B" when A is its subject,
    // "A ← met ← B" when B is (the hub is the subject of its relations, so one of the two hops points back).
    const hops = await p.locator("#details-body .path-steps .hop-link").evaluateAll((els) =>
      els.map((e) => ({
        edge: (e as HTMLElement).dataset.edge!,
        text: e.textContent ?? "",
        name: e.getAttribute("aria-label") ?? "",
      })),
    );
    expect(hops.length).toBe(path.length - 1);
    const labelOf = (id: string) =>
      String((fixture.graph.nodes.find((n) => n.key === id)!.attributes as { label: string }).label);
    const arrows = hops.map((hop, i) => {
      const rel = fixture.graph.edges.find((e) => e.key === hop.edge)!;
      const [from, to] = [path[i]!, path[i + 1]!];
      expect([rel.source, rel.target].sort()).toEqual([from, to].sort());
      const symmetric = ["ALLIANCE", "ASSOCIATION", "CO_OCCURRENCE"].includes(rel.attributes.category);
      const arrow = symmetric ? "—" : rel.source === from ? "→" : "←";
      expect(hop.text).toBe(`${labelOf(from)} ${arrow} ${rel.attributes.label} ${arrow} ${labelOf(to)}`);
      // Read aloud subject first, whichever way the path runs (a symmetric relation in the path's order).
      const [subject, object] = symmetric ? [from, to] : [rel.source, rel.target];
      expect(hop.name).toBe(`${labelOf(subject)} ${rel.attributes.label} ${labelOf(object)}: its sentences`);
      return arrow;
    });
    // From a neighbour to the hub the hop points back: the hub is its relation's subject.
    expect(arrows).toContain("←");
    await p.close();
  });

  it("opens a focus from the address with its neighbourhood, on a phone", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    const far = fixture.hubNeighbours[fixture.hubNeighbours.length - 1]!;
    await p.goto(`${server.url}/?focus=${encodeURIComponent(far)}`);
    await waitForExplorer(p);
    const label = fixture.graph.nodes.find((n) => n.key === far)!.attributes.label;
    await expect.poll(() => p.locator("#details-body h2").first().textContent()).toBe(label);
    expect(await hook(p, (k) => k.focus())).toBe(far);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await idle(p);
    // Framed in the band above the bottom sheet, the entity and its neighbours spread over most of it (not a small
    // knot in a zoomed-out view).
    const stage = (await p.locator("#stage").boundingBox())!;
    const sheetTop = (await p.locator("#details").boundingBox())!.y - stage.y;
    const points = await p.evaluate(() => {
      const k = (
        window as unknown as {
          __kgExplorer: { highlighted(): string[]; screenPosition(id: string): { x: number; y: number } | null };
        }
      ).__kgExplorer;
      return k.highlighted().map((n) => k.screenPosition(n)!);
    });
    expect(points.length).toBeGreaterThan(1);
    for (const pt of points) {
      expect(pt.x).toBeGreaterThanOrEqual(0);
      expect(pt.x).toBeLessThanOrEqual(stage.width);
      expect(pt.y).toBeGreaterThanOrEqual(0);
      expect(pt.y).toBeLessThanOrEqual(sheetTop);
    }
    const spread = Math.max(
      Math.max(...points.map((pt) => pt.x)) - Math.min(...points.map((pt) => pt.x)),
      Math.max(...points.map((pt) => pt.y)) - Math.min(...points.map((pt) => pt.y)),
    );
    expect(spread).toBeGreaterThan(0.5 * Math.min(stage.width, sheetTop));
    // Rows are laid out for the sentences that came: a relation without any keeps no blank room for them.
    await expect.poll(() => p.locator("#details-body .evidence-loading").count()).toBe(0);
    await idle(p);
    const rowRoom = () =>
      p.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("#details-body .relation")].map((row) => {
          const last = row.lastElementChild!.getBoundingClientRect().bottom;
          return {
            sentences: row.querySelectorAll(".evidence").length,
            blank: row.getBoundingClientRect().bottom - last,
          };
        }),
      );
    // The rows are laid out again in the frame after their sentences arrive: no blank room left (under 40 px, a
    // sentence slot), and no sentence running over the next row.
    await expect
      .poll(async () => (await rowRoom()).every((r) => r.blank < 40 && r.blank > -2), { timeout: 10_000 })
      .toBe(true);
    expect((await rowRoom()).some((r) => r.sentences === 0)).toBe(true);
    await p.screenshot({ path: screenshotPath("explorer-api-phone.png") });
    // An unknown entity in the address: said so, not left loading.
    await p.goto(`${server.url}/?focus=${encodeURIComponent("person:no-such-entity")}`);
    await waitForExplorer(p);
    await expect.poll(() => p.locator("#details-body").textContent()).toBe("This entity is not in the graph.");
    await phone.close();
  });
});
