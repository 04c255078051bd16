// <kg-graph src focus depth theme title types hide-cooccurrence max-nodes caption source>: the embeddable widget. The iframe page (/embed) renders this same element,
// so both embed forms share one code path. Everything from the graph is written as text, never as markup.

import { el, replaceChildren } from "../core/dom/el.js";
import { TYPE_COLORS, TYPE_LABELS, typeColor } from "../core/graph/nodeColors.js";
import type { Subgraph } from "../core/neighborhood/subgraph.js";
import type { WidgetCanvas } from "./createWidgetCanvas.js";
import { createWidgetCanvas } from "./createWidgetCanvas.js";
import { WidgetError, isGraphqlUrl, loadSubgraph, resolveSrc } from "./loadSubgraph.js";
import { radialLayout } from "./radialLayout.js";
import { DEFAULT_MAX_NODES, MAX_MAX_NODES, rankSubgraph } from "./rankSubgraph.js";
import { WIDGET_CSS } from "./widgetStyles.js";
import type { WidgetSnapshot } from "./widgetSnapshot.js";
import { SnapshotError, parseSnapshot, shortVersion, verifySnapshot } from "./widgetSnapshot.js";

type Theme = "light" | "dark";

export interface KgGraphLoadDetail {
  nodes: number;
  edges: number;
  /** The pinned graph version, for a widget that carries its snapshot. */
  version: string | null;
}

export class KgGraphElement extends HTMLElement {
  static observedAttributes = [
    "src",
    "focus",
    "depth",
    "theme",
    "title",
    "types",
    "hide-cooccurrence",
    "max-nodes",
    "caption",
    "source",
  ];
  // `loading="eager"` renders at once instead of when the widget nears the viewport.

  private readonly root: ShadowRoot;
  private readonly frame: HTMLDivElement;
  private readonly heading: HTMLParagraphElement;
  private readonly stage: HTMLDivElement;
  private readonly below: HTMLDivElement;
  private canvas: WidgetCanvas | null = null;
  /** In (or near) the viewport now: the canvas exists only then. */
  private inView = false;
  private abort: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private pending = false;
  /** Data is fetched only once the widget nears the viewport. */
  private nearViewport = false;
  private intersection: IntersectionObserver | null = null;
  /** The last subgraph shown; read by tests and host pages. */
  subgraph: Subgraph | null = null;
  /** The frozen snapshot this widget shows instead of fetching (a pinned widget). */
  pinned: WidgetSnapshot | null = null;
  /** Whether the pinned snapshot's hash was checked (not possible on a plain-http page). */
  pinnedCheck: "verified" | "unverifiable" | null = null;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
    this.heading = el("p", { class: "title", attrs: { role: "heading", "aria-level": 2 } });
    this.stage = el("div", { class: "stage", attrs: { role: "img", tabindex: 0 } });
    this.below = el("div");
    this.frame = el("div", { class: "kg" }, this.heading, this.stage, this.below);
    this.root.append(el("style", null, WIDGET_CSS), this.frame);
  }

  connectedCallback(): void {
    this.applyTheme();
    this.resizeObserver = new ResizeObserver(() => {
      if (this.inView) this.canvas?.draw();
    });
    this.resizeObserver.observe(this.stage);
    if (this.getAttribute("loading") === "eager" || typeof IntersectionObserver === "undefined") {
      this.nearViewport = true;
      this.inView = true;
      this.scheduleLoad();
    }
    if (typeof IntersectionObserver !== "undefined") {
      if (!this.nearViewport) this.showStatus("Loading graph…");
      // Kept for the widget's life: the canvas is freed when the widget scrolls away and drawn again on return.
      this.intersection = new IntersectionObserver(
        (entries) => {
          const visible = entries[entries.length - 1]?.isIntersecting ?? false;
          this.inView = visible;
          if (visible && !this.nearViewport) {
            this.nearViewport = true;
            this.scheduleLoad();
          } else if (visible) this.canvas?.draw();
          else this.canvas?.release();
        },
        { rootMargin: "300px" },
      );
      this.intersection.observe(this);
    }
  }

  disconnectedCallback(): void {
    this.intersection?.disconnect();
    this.abort?.abort();
    this.resizeObserver?.disconnect();
    this.canvas?.destroy();
    this.canvas = null;
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === "theme") {
      this.applyTheme();
      if (this.subgraph) this.renderGraph(this.subgraph);
    } else if (name === "title") {
      if (this.subgraph) this.setHeading(this.subgraph);
    } else if (name === "caption" || name === "source") {
      if (this.subgraph && this.loadedFrom) this.renderTextAlternative(this.subgraph, this.loadedFrom);
    } else this.scheduleLoad();
  }

  private get theme(): Theme {
    const t = this.getAttribute("theme");
    if (t === "dark" || t === "light") return t;
    return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  private applyTheme(): void {
    this.frame.classList.toggle("dark", this.theme === "dark");
  }

  /** Coalesces attribute changes made in one task (e.g. by the iframe page) into one load. */
  private scheduleLoad(): void {
    if (this.pending || !this.nearViewport) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      void this.load();
    });
  }

  private showStatus(message: string, error = false): void {
    this.canvas?.destroy();
    this.canvas = null;
    replaceChildren(
      this.stage,
      el("div", { class: error ? "status error" : "status", attrs: { role: error ? "alert" : "status" } }, message),
    );
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const focus = this.getAttribute("focus");
    const depth = Math.max(1, Math.min(3, Number(this.getAttribute("depth")) || 1));
    this.heading.textContent = this.getAttribute("title") || "Knowledge graph";
    replaceChildren(this.below);
    this.stage.setAttribute("aria-label", "Graph is loading");
    this.showStatus("Loading graph…");
    try {
      // A pinned widget shows the graph it carries and asks no server; `src` only links to the explorer.
      const frozen = this.querySelector<HTMLScriptElement>(":scope > script[type='application/json']");
      this.pinned = null;
      this.pinnedCheck = null;
      const pinned = frozen ? parseSnapshot(frozen.textContent ?? "") : null;
      // Checked before anything is drawn: an altered copy must not pass for the published graph.
      if (pinned) this.pinnedCheck = await verifySnapshot(pinned);
      if (abort.signal.aborted) return;
      this.pinned = pinned;
      const url = this.pinned
        ? new URL(this.getAttribute("src") || document.baseURI, document.baseURI)
        : resolveSrc(this.getAttribute("src"), document.baseURI);
      const sub = this.pinned
        ? this.pinned.graph
        : rankSubgraph(await loadSubgraph(url, focus, depth, abort.signal), this.rankOptions());
      if (abort.signal.aborted) return;
      this.subgraph = sub;
      this.loadedFrom = url;
      this.setHeading(sub);
      this.renderGraph(sub);
      this.renderTextAlternative(sub, url);
      this.dispatchEvent(
        new CustomEvent<KgGraphLoadDetail>("kg-graph:load", {
          detail: { nodes: sub.nodes.length, edges: sub.edges.length, version: this.pinned?.version ?? null },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (err) {
      if (abort.signal.aborted) return;
      this.subgraph = null;
      const message =
        err instanceof WidgetError || err instanceof SnapshotError
          ? err.message
          : `The graph could not be loaded (${err instanceof Error ? err.message : String(err)}).`;
      this.heading.textContent = this.getAttribute("title") || "Knowledge graph unavailable";
      this.stage.setAttribute("aria-label", message);
      this.showStatus(message, true);
      this.dispatchEvent(new CustomEvent("kg-graph:error", { detail: { message }, bubbles: true, composed: true }));
    }
  }

  private loadedFrom: URL | null = null;

  private rankOptions(): Parameters<typeof rankSubgraph>[1] {
    const max = Number(this.getAttribute("max-nodes"));
    const types = this.getAttribute("types");
    const hide = this.getAttribute("hide-cooccurrence");
    return {
      maxNodes: Number.isFinite(max) && max >= 1 ? Math.min(MAX_MAX_NODES, Math.round(max)) : DEFAULT_MAX_NODES,
      types: types
        ? new Set(
            types
              .split(",")
              .map((t) => t.trim().toUpperCase())
              .filter(Boolean),
          )
        : null,
      hideCoOccurrence: hide !== null && hide !== "false",
    };
  }

  /** Labels drawn in the last frame (for tests and host pages). */
  drawnLabels(): ReadonlyArray<{ id: string; left: number; top: number; width: number; height: number }> {
    return this.canvas?.labels() ?? [];
  }

  /** Node dots as last drawn (tests and layout checks read them beside `drawnLabels`). */
  drawnDots(): ReadonlyArray<{ id: string; x: number; y: number; r: number }> {
    return this.canvas?.dots() ?? [];
  }

  private setHeading(sub: Subgraph): void {
    const focus = sub.nodes.find((n) => n.id === sub.focus);
    this.heading.textContent = this.getAttribute("title") || `Connections of ${focus?.label ?? sub.focus}`;
  }

  private renderGraph(sub: Subgraph): void {
    this.canvas?.destroy();
    replaceChildren(this.stage);
    this.canvas = createWidgetCanvas(this.stage, sub, radialLayout(sub), {
      dark: this.theme === "dark",
      // Clicking an entity re-centres the widget on it; a pinned widget stays as published.
      onSelect: (node) => {
        if (!this.pinned) this.setAttribute("focus", node);
      },
    });
    if (this.inView) this.canvas.draw();
    const focusLabel = sub.nodes.find((n) => n.id === sub.focus)?.label ?? sub.focus;
    this.stage.setAttribute(
      "aria-label",
      `Network diagram of ${focusLabel}: ${sub.nodes.length} entities and ${sub.edges.length} relations. A text version follows.`,
    );
  }

  private renderTextAlternative(sub: Subgraph, src: URL): void {
    const labels = new Map(sub.nodes.map((n) => [n.id, n.label]));
    const types = [...new Set(sub.nodes.map((n) => n.type))];
    const legend = el(
      "ul",
      { class: "legend", attrs: { "aria-label": "Legend" } },
      types.map((t) =>
        el(
          "li",
          null,
          el("span", { class: "swatch", style: { background: typeColor(t) } }),
          (TYPE_LABELS as Record<string, string>)[t] ?? t,
        ),
      ),
    );
    const entities = el(
      "ul",
      { class: "kg-entities" },
      sub.nodes.map((n) =>
        el("li", null, n.label, ` (${((TYPE_LABELS as Record<string, string>)[n.type] ?? n.type).toLowerCase()})`),
      ),
    );
    const typed = sub.edges.filter((e) => e.category !== "CO_OCCURRENCE");
    const together = sub.edges.filter((e) => e.category === "CO_OCCURRENCE");
    const relations = el(
      "ul",
      { class: "kg-relations" },
      typed.map((e) =>
        el("li", null, labels.get(e.source) ?? e.source, ` ${e.label} `, labels.get(e.target) ?? e.target),
      ),
      together.length
        ? el(
            "li",
            null,
            "Named together in the same sentences: ",
            together
              .map((e) => `${labels.get(e.source) ?? e.source} and ${labels.get(e.target) ?? e.target}`)
              .join("; "),
            ".",
          )
        : null,
    );
    const details = el(
      "details",
      { class: "text-alternative" },
      el("summary", null, `Text version: ${sub.nodes.length} entities, ${sub.edges.length} relations`),
      el("h3", null, "Entities"),
      entities,
      el("h3", null, "Relations"),
      sub.edges.length ? relations : el("p", null, "None."),
    );
    const caption = this.getAttribute("caption");
    const source = this.getAttribute("source");
    const foot = el("div", { class: "foot" });
    if (source) foot.append(el("span", { class: "source" }, `Source: ${source}`));
    if (sub.truncated) foot.append(el("span", null, "Only the closest part of the neighbourhood is shown."));
    if (this.pinned) {
      // Format 1 pins hashed the graph only: their build date could have been edited, so it says so.
      const unchecked = this.pinned.kgSnapshot === 1 ? " (date not covered by the version)" : "";
      const built = this.pinned.builtAt ? `, built ${this.pinned.builtAt.slice(0, 10)}${unchecked}` : "";
      foot.append(
        el(
          "span",
          { class: "version", attrs: { title: this.pinned.version } },
          `Graph version ${shortVersion(this.pinned.version)}${built}` +
            (this.pinnedCheck === "unverifiable" ? " (not verified: the page is not served over https)" : ""),
        ),
      );
    }
    if (isGraphqlUrl(src)) {
      const explorer = new URL(`./?focus=${encodeURIComponent(sub.focus)}`, src);
      foot.append(
        el("a", { attrs: { href: explorer.href, target: "_blank", rel: "noopener" } }, "Open in the explorer"),
      );
    }
    replaceChildren(
      this.below,
      caption ? el("p", { class: "caption" }, caption) : null,
      legend,
      details,
      foot.childNodes.length ? foot : null,
    );
  }
}

/** Registers <kg-graph> once, even if the script is included twice. */
export function defineKgGraph(): void {
  if (!customElements.get("kg-graph")) customElements.define("kg-graph", KgGraphElement);
}

export { TYPE_COLORS };
