// Explorer entry: loads the graph, builds the renderer, wires panels and controllers to the store.

import "./explorer.css";
import type { GraphFacets } from "../core/facets/graphFacets.js";
import { facetsOfGraph } from "../core/facets/graphFacets.js";
import { computeVisibility, extendVisibility } from "../core/filters/computeVisibility.js";
import type { KgRelation } from "../core/graph/parseGraph.js";
import { fetchGraph } from "../core/graph/parseGraph.js";
import {
  addViewEdges,
  applySizes,
  applySizesTo,
  toViewGraph,
  viewEdgeOf,
  viewNodeOf,
} from "../core/graph/toViewGraph.js";
import type { ApiSource } from "../api/apiSource.js";
import { isAbort, openApiSource } from "../api/apiSource.js";
import { shortestPath } from "../core/path/shortestPath.js";
import { buildSearchIndex, searchEntities } from "../core/search/searchEntities.js";
import { allowedGraphOrigins, graphSourceUrl } from "../core/url/graphSourceUrl.js";
import { decodeViewState } from "../core/url/viewState.js";
import type { Highlight } from "./controllers/createRenderer.js";
import { createRenderer } from "./controllers/createRenderer.js";
import { createOverlayLayer } from "./controllers/overlayLayer.js";
import { highlightOf } from "./controllers/highlightOf.js";
import { bindKeyboard } from "./controllers/bindKeyboard.js";
import { frameNodes } from "./controllers/frameNodes.js";
import { createLayoutController } from "./controllers/layoutController.js";
import { syncUrl } from "./controllers/urlController.js";
import type { ExplorerContext } from "./explorerContext.js";
import { createExplorerStore } from "./explorerStore.js";
import { createCombobox } from "./panels/createCombobox.js";
import { leaveDetails, renderDetails } from "./panels/detailsPanel.js";
import { renderDocument } from "./panels/documentView.js";
import { renderEdgePanel } from "./panels/edgePanel.js";
import { renderFilters } from "./panels/filtersPanel.js";
import { renderLegend } from "./panels/legendPanel.js";
import { renderPathDetails } from "./panels/pathDetails.js";
import { renderPathPanel } from "./panels/pathPanel.js";
import { renderStart } from "./panels/startPanel.js";
import { renderTools } from "./panels/toolsPanel.js";
import { exposeDebugHook } from "./exposeDebugHook.js";

/** Share of the stage hidden by the details bottom sheet (phones only). */
function sheetCover(): number {
  return matchMedia("(max-width: 760px)").matches && document.body.classList.contains("has-details") ? 0.55 : 0;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Runs `fn` once the browser has painted the next frame (a task after that frame's animation callbacks). */
function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * Moves the render sigma scheduled for the next frame to the one after, so that frame paints the DOM alone. Sigma
 * has no public way to postpone its scheduled frame; if its internals change this only stops postponing (any render
 * in between draws the same, fully indexed data).
 */
function renderAfterNextPaint(sigma: { scheduleRender(): unknown }): void {
  const internals = sigma as unknown as { renderFrame?: number | null };
  if (typeof internals.renderFrame !== "number") return;
  cancelAnimationFrame(internals.renderFrame);
  internals.renderFrame = null;
  afterNextPaint(() => sigma.scheduleRender());
}

/** Keys in exactly one of two visibility sets, the new ones that were already in the graph included. */
function flipped(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const k of after) if (!before.has(k)) out.push(k);
  for (const k of before) if (!after.has(k)) out.push(k);
  return out;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const stage = $("stage");
  const status = $("stage-status");
  const params = new URLSearchParams(location.search);
  const graphParam = params.get("graph");
  performance.mark("kg:start");
  // Served by `kg serve`: an overview from the API, the rest on demand. A graph file (`?graph=`, or a static host
  // without GraphQL): the whole file.
  const opened = graphParam ? null : await openApiSource(new URL("graphql", location.href).href);
  const api: ApiSource | null = opened?.source ?? null;
  const data =
    opened?.data ?? (await fetchGraph(graphSourceUrl(graphParam, location.href, allowedGraphOrigins(document)).href));
  const initial = decodeViewState(params);
  const relationIndex = new Map<string, KgRelation[]>();
  const relationByKey = new Map<string, KgRelation>();
  const indexRelation = (r: KgRelation) => {
    relationByKey.set(r.key, r);
    for (const n of [r.source, r.target]) {
      let list = relationIndex.get(n);
      if (!list) relationIndex.set(n, (list = []));
      list.push(r);
    }
  };
  for (const r of data.relations) indexRelation(r);
  // What API results add to the data; `onMerged` puts them on screen once the renderer exists (what arrives before
  // that waits in `early`: the view graph may already be built from the data without it).
  let onMerged: ((nodes: string[], relations: KgRelation[]) => void) | null = null;
  const early = { nodes: [] as string[], relations: [] as KgRelation[] };
  api?.attach({
    relation: (key) => relationByKey.get(key),
    entity: (id) => data.entities.get(id),
    merge(entities, relations) {
      const nodes: string[] = [];
      for (const [id, e] of entities)
        if (!data.entities.has(id)) {
          data.entities.set(id, e);
          nodes.push(id);
        }
      const added: KgRelation[] = [];
      for (const r of relations)
        if (!relationByKey.has(r.key) && data.entities.has(r.source) && data.entities.has(r.target)) {
          data.relations.push(r);
          indexRelation(r);
          added.push(r);
        }
      if (onMerged) onMerged(nodes, added);
      else {
        early.nodes.push(...nodes);
        early.relations.push(...added);
      }
    },
  });
  // Loading the focus's neighbourhood; given up when the focus moves on before it arrives.
  let expanding: { id: string; controller: AbortController; done: Promise<void> } | null = null;
  const startExpand = (id: string, onFirstPage: () => void, onRelations?: () => void) => {
    const controller = new AbortController();
    const done = api!.expand(id, { signal: controller.signal, onFirstPage, ...(onRelations && { onRelations }) });
    const current = { id, controller, done };
    expanding = current;
    const clear = () => expanding === current && (expanding = null);
    done.then(clear, clear);
    return done;
  };
  // A focus from the address: its details and strongest relations are part of the first view; the rest of its
  // neighbourhood fills in after.
  let initialExpand: Promise<void> | null = null;
  let relationsIn: (() => void) | null = null;
  if (api && initial.focus) {
    const focus = initial.focus;
    await new Promise<void>((resolve) => {
      // Its own relations listed as soon as they are in (the panel exists by then, or reads them when it is drawn).
      initialExpand = startExpand(focus, resolve, () => relationsIn?.());
      initialExpand.catch((err: unknown) => {
        if (!isAbort(err)) console.error(err);
        resolve();
      });
    });
  }
  const loadedAt = performance.now();
  performance.mark("kg:parsed");
  // Big graphs paint their nodes first and get their edges right after, and draw with the light programs; in API mode
  // the size of the whole graph decides, since neighbourhoods keep arriving.
  const large = (api ? api.totals.relations : data.relations.length) > 8000;
  const graph = toViewGraph(data, initial.sizeBy, { edges: !large });
  const store = createExplorerStore(initial);
  performance.mark("kg:viewGraph");

  const searchIndex = buildSearchIndex(
    [...data.entities].map(([id, e]) => ({
      id,
      label: e.label,
      type: e.type,
      names: e.aliases,
      weight: graph.getNodeAttribute(id, "degree"),
    })),
  );

  performance.mark("kg:indexes");
  // The renderer draws once while being constructed, before `ctx` exists.
  let ctxReady: ExplorerContext | null = null;
  // Computed when a frame draws it (a hub's is thousands of edges): a select paints its panel first, without it.
  let highlight: Highlight | null = null;
  let highlightStale = true;
  const currentHighlight = () => {
    // Frames drawn before the context exists have none (its path is not computed yet).
    if (highlightStale && ctxReady) {
      const s = store.get();
      const c = ctxReady;
      highlight = highlightOf(graph, c.visibility, s.hovered ?? s.focus, s.path ? c.pathResult : null, s.edge);
      highlightStale = false;
    }
    return highlight;
  };
  const visibility = computeVisibility(graph, store.get().filters, store.get().focus);
  status.hidden = true;
  performance.mark("kg:visibility");
  const sigma = createRenderer(
    graph,
    stage,
    {
      visibility: () => ctxReady?.visibility ?? visibility,
      colorBy: () => store.get().colorBy,
    },
    large,
  );
  const overlay = createOverlayLayer(sigma, graph, {
    highlight: () => currentHighlight(),
    isPath: () => Boolean(store.get().path && ctxReady?.pathResult),
    labelDensity: () => store.get().labelDensity,
    visible: (n) => (ctxReady?.visibility ?? visibility).nodes.has(n),
  });
  if (initial.camera) sigma.getCamera().setState(initial.camera);
  let firstRenderMs = 0;
  if (large) {
    await new Promise(requestAnimationFrame);
    firstRenderMs = performance.now();
    performance.mark("kg:firstPaint");
    // Sigma indexes each added edge through a graph event; 50k of those cost more than one full refresh, which
    // follows below, so its edgeAdded listeners sit out the bulk insert.
    const listeners = graph.listeners("edgeAdded");
    graph.removeAllListeners("edgeAdded");
    addViewEdges(graph, data);
    for (const l of listeners) graph.on("edgeAdded", l as (payload: unknown) => void);
  }
  const facetListeners: Array<() => void> = [];
  const ctx: ExplorerContext = {
    data,
    graph,
    store,
    searchIndex,
    api,
    // A graph file is the whole graph; the API's whole-graph counts replace the loaded ones when they arrive.
    facets: facetsOfGraph(graph, api ? "loaded" : "whole"),
    onFacets: (listener) => void facetListeners.push(listener),
    search: (q, limit) => (api ? api.search(q, limit) : searchEntities(searchIndex, q, limit)),
    relationIndex,
    relationByKey,
    visibility,
    pathResult: null,
    sigma,
    overlay,
    centreOn(node, animate = true) {
      if (!graph.hasNode(node)) return;
      // Frame the entity with its visible neighbours.
      const nodes = [node, ...graph.neighbors(node).filter((n) => ctx.visibility.nodes.has(n))];
      frameNodes(sigma, nodes.length > 1 ? nodes : [node], { coveredBottom: sheetCover(), animate });
    },
  };

  ctxReady = ctx;
  if (large) {
    ctx.visibility = computeVisibility(graph, store.get().filters, store.get().focus);
    sigma.refresh();
  }
  performance.mark("kg:sigma");
  const pathAsked = new Set<string>();
  const computePath = () => {
    const p = store.get().path;
    const ends = p && graph.hasNode(p[0]) && graph.hasNode(p[1]);
    ctx.pathResult = p && ends ? shortestPath(graph, p[0], p[1], (e) => ctx.visibility.edges.has(e)) : null;
    // Not connected in what is loaded: the server's shortest path is loaded, then the path is computed again.
    if (api && p && !ctx.pathResult && !pathAsked.has(p.join("\n"))) {
      pathAsked.add(p.join("\n"));
      api.path(p[0], p[1]).then(
        () => store.get().path === p && store.set({ path: [p[0], p[1]] }),
        (err: unknown) => console.error(err),
      );
    }
  };
  const computeHighlight = () => void (highlightStale = true);
  computePath();
  computeHighlight();
  // A focus or path restored from the URL: the first frame was drawn before the highlight existed.
  if (currentHighlight()) sigma.refresh();

  // Derived state first: panels subscribed later read the fresh visibility and path.
  store.subscribe((s, prev) => {
    const around = s.filters.neighboursOnly && s.focus !== prev.focus;
    if (s.filters !== prev.filters || around) ctx.visibility = computeVisibility(graph, s.filters, s.focus);
    if (s.filters !== prev.filters || around || s.path !== prev.path) computePath();
    if (s.sizeBy !== prev.sizeBy) applySizes(graph, s.sizeBy);
    computeHighlight();
  });

  // API results on screen: new entities at their built positions, new relations, sizes and visibility again.
  onMerged = (added, addedRelations) => {
    // What arrived before the view graph existed may be in it already.
    const nodes = added.filter((n) => !graph.hasNode(n));
    const relations = addedRelations.filter((r) => !graph.hasEdge(r.key));
    if (nodes.length === 0 && relations.length === 0) return;
    performance.mark("kg:mergeStart");
    // Sigma's listeners sit out the bulk insert and the resizing (each event would reprocess the whole graph); the
    // partial refresh below tells it what changed, in one go.
    const events = ["nodeAdded", "edgeAdded", "eachNodeAttributesUpdated", "nodeAttributesUpdated"] as const;
    const listeners = events.map((e) => graph.listeners(e));
    for (const e of events) graph.removeAllListeners(e);
    for (const id of nodes) graph.addNode(id, viewNodeOf(data.entities.get(id)!));
    for (const r of relations) graph.addEdgeWithKey(r.key, r.source, r.target, viewEdgeOf(r, data.documents));
    const resized = nodes.length > 0 && applySizesTo(graph, store.get().sizeBy, nodes);
    events.forEach((e, i) => {
      for (const l of listeners[i]!) graph.on(e, l as (payload: unknown) => void);
    });
    performance.measure("kg:mergeGraph", "kg:mergeStart");
    // Visibility now (the panel about to be drawn lists what it lets through): from the added items alone, unless a
    // filter looks beyond them (then whole, and sigma re-reads what flipped: an entity no longer isolated, say).
    const { filters, focus } = store.get();
    const addedKeys = relations.map((r) => r.key);
    const before = ctx.visibility;
    const extended = extendVisibility(graph, before, filters, focus, { nodes, edges: addedKeys });
    if (!extended) ctx.visibility = computeVisibility(graph, filters, focus);
    computeHighlight();
    // Sigma re-reads only what changed: the new entities and relations (every entity when the sizes' scale moved),
    // not the 20,000 or so items of a hub's neighbourhood each time a page of them arrives. It reads them now, so a
    // render before the scheduled one never meets an entity it does not know.
    const changed = (all: string[], flips: () => string[]) => (extended ? all : [...new Set([...all, ...flips()])]);
    const changedNodes = resized ? graph.nodes() : changed(nodes, () => flipped(before.nodes, ctx.visibility.nodes));
    const changedEdges = changed(addedKeys, () => flipped(before.edges, ctx.visibility.edges));
    sigma.refresh({ partialGraph: { nodes: changedNodes, edges: changedEdges }, schedule: true });
    // The drawing waits until the browser has painted the panel about to list what arrived: on software WebGL a
    // frame of the whole graph (and its labels) takes longer than the panel.
    renderAfterNextPaint(sigma);
    performance.measure("kg:mergeIndex", "kg:mergeStart");
  };
  if (early.nodes.length || early.relations.length) onMerged(early.nodes, early.relations);

  // Panels.
  const details = $("details");
  const detailsBody = $("details-body");
  let panelMs = 0;
  const showDetails = () => {
    const began = performance.now();
    const s = store.get();
    if (s.doc) renderDocument(ctx, detailsBody, s.doc.id, s.doc);
    else if (s.edge) renderEdgePanel(ctx, detailsBody, s.edge, ctx.relationByKey.get(s.edge));
    else if (s.focus) renderDetails(ctx, detailsBody, s.focus);
    else if (s.path) renderPathDetails(ctx, detailsBody);
    else renderStart(ctx, detailsBody);
    // A short spoken summary instead of announcing the whole panel.
    const announcer = $("announcer");
    if (s.doc) announcer.textContent = `Article: ${data.documents.get(s.doc.id)?.title ?? s.doc.id}`;
    else if (s.focus) {
      const e = data.entities.get(s.focus);
      announcer.textContent = e ? `${e.label} selected, ${relationIndex.get(s.focus)?.length ?? 0} relations.` : "";
    } else announcer.textContent = "";
    const open = Boolean(s.focus || s.doc || s.edge || s.path);
    details.classList.toggle("open", open);
    panelMs = performance.now() - began;
    performance.measure("kg:panel", { start: began, duration: panelMs });
    document.body.classList.toggle("has-details", open);
  };
  $("details-close").addEventListener("click", () => store.set({ focus: null, doc: null, edge: null, path: null }));

  const search = createCombobox({
    id: "search",
    label: "Search entities",
    placeholder: "Search people, places, organisations…",
    hideLabel: true,
    search: (q) => ctx.search(q, 8),
    onSelect: (r) => {
      store.set({ focus: r.id, doc: null, path: null });
      ctx.centreOn(r.id);
    },
  });
  $("search-slot").replaceWith(search.element);
  const setFacets = (f: GraphFacets) => {
    ctx.facets = f;
    for (const l of facetListeners) l();
  };
  api?.facets().then(setFacets, (err: unknown) => console.error(err));
  renderLegend(ctx, $("legend"));
  renderFilters(ctx, $("filters"));
  renderPathPanel(ctx, $("path"));
  const layout = createLayoutController(graph);
  renderTools(ctx, $("tools"), layout);
  showDetails();
  performance.mark("kg:panels");

  // Phones: the sidebar is a drawer; the header button, its own close button, Escape or a tap on the graph close it.
  const controls = $("controls-toggle");
  const setDrawer = (open: boolean) => {
    document.body.classList.toggle("sidebar-open", open);
    controls.setAttribute("aria-expanded", String(open));
  };
  controls.addEventListener("click", () => setDrawer(!document.body.classList.contains("sidebar-open")));
  $("sidebar-close").addEventListener("click", () => {
    setDrawer(false);
    controls.focus();
  });
  $("sidebar").addEventListener("keydown", (e) => e.key === "Escape" && setDrawer(false));
  stage.addEventListener("pointerdown", () => setDrawer(false));

  // A community the API has not sent yet (the overview holds only the most central entities of the graph): its
  // members and the relations among them, framed once they are on screen unless the camera came from the address.
  const loadCommunity = (community: number, frame: boolean) =>
    api?.community(community).then(
      () => {
        if (!frame || store.get().filters.community !== community || store.get().focus) return;
        const members = [...ctx.visibility.nodes];
        if (members.length) frameNodes(sigma, members, { coveredBottom: sheetCover() });
      },
      (err: unknown) => console.error(err),
    );
  if (initial.filters.community !== null) void loadCommunity(initial.filters.community, !initial.camera);

  // Store -> renderer and panels.
  let focusFromGraph = false;
  store.subscribe((s, prev) => {
    // Only filters, sizes and colours change what sigma draws; a new focus, hover, path or relation is drawn by the
    // overlay layer in the next frame.
    const visibilityChanged = s.filters !== prev.filters || (s.filters.neighboursOnly && s.focus !== prev.focus);
    const panelChanged =
      s.focus !== prev.focus ||
      s.doc !== prev.doc ||
      s.edge !== prev.edge ||
      s.filters !== prev.filters ||
      s.path !== prev.path;
    if (visibilityChanged || s.sizeBy !== prev.sizeBy || s.colorBy !== prev.colorBy) sigma.refresh();
    // Otherwise only the overlay changes (highlight, labels). A new panel is painted alone first: the overlay's frame
    // (a hub's 2,000 highlighted neighbours and their labels) follows in the next one. A hover is drawn at once.
    else if (panelChanged) afterNextPaint(() => overlay.redraw());
    else overlay.redraw();
    if (panelChanged) showDetails();
    // In API mode an entity not loaded yet is framed when its first page arrives (with the neighbours that came):
    // animating to it now would only make the browser draw frames while that answer waits to be read. The camera
    // moves after the panel is painted, like the highlight.
    const framedLater = api && s.focus && !api.isExpanded(s.focus);
    if (s.focus && s.focus !== prev.focus && !focusFromGraph && !framedLater) {
      const id = s.focus;
      afterNextPaint(() => store.get().focus === id && ctx.centreOn(id));
    }
    // A load for an earlier focus is given up (its answer would only redraw a view left behind), and so are the
    // sentences its rows asked for.
    if (s.focus !== prev.focus && expanding && expanding.id !== s.focus) expanding.controller.abort();
    if (s.focus !== prev.focus) leaveDetails();
    if (api && s.focus && s.focus !== prev.focus && !api.isExpanded(s.focus)) {
      const id = s.focus;
      const fromGraph = focusFromGraph;
      const stillFocused = () => store.get().focus === id;
      startExpand(
        id,
        () => {
          if (!stillFocused()) return;
          showDetails();
          // Framed with the neighbours that just arrived, unless the reader clicked it where it was.
          if (!fromGraph) ctx.centreOn(id, false);
        },
        // Every relation of its own is in: the panel lists them (the relations among its neighbours follow).
        () => stillFocused() && showDetails(),
      ).then(
        () => {},
        (err: unknown) => {
          if (isAbort(err)) return;
          console.error(err);
          if (stillFocused()) showDetails();
          if (stillFocused() && !fromGraph) ctx.centreOn(id);
        },
      );
    }
    if (s.filters.community !== null && s.filters.community !== prev.filters.community)
      loadCommunity(s.filters.community, true);
    if (s.path && s.path !== prev.path && ctx.pathResult)
      frameNodes(sigma, ctx.pathResult.nodes, { coveredBottom: sheetCover() });
    focusFromGraph = false;
  });

  // Renderer -> store.
  // Hover highlighting is an overlay repaint (no reprocessing); skipped while dragging so panning stays fluid.
  let pointerDown = false;
  sigma.on("downStage", () => (pointerDown = true));
  sigma.on("downNode", () => (pointerDown = true));
  addEventListener("pointerup", () => (pointerDown = false), true);
  addEventListener("pointercancel", () => (pointerDown = false), true);
  sigma.on("enterNode", ({ node }) => !pointerDown && store.set({ hovered: node }));
  sigma.on("leaveNode", () => store.get().hovered && store.set({ hovered: null }));
  sigma.on("clickNode", ({ node }) => {
    focusFromGraph = true;
    store.set({ focus: node, hovered: null, doc: null, path: null, edge: null });
  });
  sigma.on("clickEdge", ({ edge }) => store.set({ edge, doc: null, hovered: null }));
  sigma.on(
    "clickStage",
    () => (store.get().focus || store.get().edge) && store.set({ focus: null, doc: null, edge: null }),
  );
  bindKeyboard(stage, ctx);

  // Restore the camera from the URL, else frame the focus.
  // A path from the address is framed like one just found (its ends may be far apart in the layout).
  if (!initial.camera && initial.path && ctx.pathResult)
    frameNodes(sigma, ctx.pathResult.nodes, { coveredBottom: sheetCover(), animate: false });
  else if (!initial.camera && initial.focus && graph.hasNode(initial.focus)) ctx.centreOn(initial.focus, false);
  syncUrl(store, sigma, new URLSearchParams(graphParam ? { graph: graphParam } : {}));
  // The rest of an address focus's relations: its panel lists every one once they are in (what came before the
  // panels were drawn is in them already).
  relationsIn = () => store.get().focus === initial.focus && showDetails();

  requestAnimationFrame(() => {
    // Small graphs paint everything at once; big ones first painted their nodes.
    exposeDebugHook(
      ctx,
      {
        loadMs: loadedAt - t0,
        firstRenderMs: firstRenderMs || performance.now(),
        completeMs: performance.now(),
      },
      () => panelMs,
    );
  });
}

main().catch((err: unknown) => {
  const status = document.getElementById("stage-status");
  if (status) {
    status.hidden = false;
    status.classList.add("error");
    status.setAttribute("role", "alert");
    status.textContent = `The graph could not be shown: ${err instanceof Error ? err.message : String(err)}`;
  }
  (window as unknown as { __kgExplorer?: unknown }).__kgExplorer = { ready: false, error: String(err) };
  console.error(err);
});
