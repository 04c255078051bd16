// <kg-graph src focus depth theme title>: the embeddable widget. The iframe page (/embed) renders this same element,
// so both embed forms share one code path. Everything from the graph is written as text, never as markup.
import Graph from "graphology";
import Sigma from "sigma";
import { el, replaceChildren } from "../core/dom/el.js";
import { TYPE_COLORS, TYPE_LABELS, typeColor } from "../core/graph/nodeColors.js";
import { drawThemedHover } from "../core/theme/drawThemedHover.js";
import { WidgetError, isGraphqlUrl, loadSubgraph, resolveSrc } from "./loadSubgraph.js";
import { radialLayout } from "./radialLayout.js";
import { WIDGET_CSS } from "./widgetStyles.js";
export class KgGraphElement extends HTMLElement {
    static observedAttributes = ["src", "focus", "depth", "theme", "title"];
    // `loading="eager"` renders at once instead of when the widget nears the viewport.
    root;
    frame;
    heading;
    stage;
    below;
    sigma = null;
    abort = null;
    resizeObserver = null;
    pending = false;
    /** Data is fetched and WebGL contexts are created only near the viewport (browsers cap contexts per page). */
    nearViewport = false;
    intersection = null;
    /** The last subgraph shown; read by tests and host pages. */
    subgraph = null;
    constructor() {
        super();
        this.root = this.attachShadow({ mode: "open" });
        this.heading = el("p", { class: "title", attrs: { role: "heading", "aria-level": 2 } });
        this.stage = el("div", { class: "stage", attrs: { role: "img", tabindex: 0 } });
        this.below = el("div");
        this.frame = el("div", { class: "kg" }, this.heading, this.stage, this.below);
        this.root.append(el("style", null, WIDGET_CSS), this.frame);
    }
    connectedCallback() {
        this.applyTheme();
        this.resizeObserver = new ResizeObserver(() => {
            if (!this.sigma || !this.subgraph)
                return;
            this.sigma.refresh();
            this.frameWithLabels(this.subgraph);
        });
        this.resizeObserver.observe(this.stage);
        if (this.getAttribute("loading") === "eager" || typeof IntersectionObserver === "undefined") {
            this.nearViewport = true;
            this.scheduleLoad();
        }
        else {
            this.showStatus("Loading graph…");
            this.intersection = new IntersectionObserver((entries) => {
                if (!entries.some((e) => e.isIntersecting))
                    return;
                this.nearViewport = true;
                this.intersection?.disconnect();
                this.scheduleLoad();
            }, { rootMargin: "300px" });
            this.intersection.observe(this);
        }
    }
    disconnectedCallback() {
        this.intersection?.disconnect();
        this.abort?.abort();
        this.resizeObserver?.disconnect();
        this.sigma?.kill();
        this.sigma = null;
    }
    attributeChangedCallback(name, oldValue, newValue) {
        if (oldValue === newValue || !this.isConnected)
            return;
        if (name === "theme") {
            this.applyTheme();
            if (this.subgraph)
                this.renderGraph(this.subgraph);
        }
        else if (name === "title") {
            if (this.subgraph)
                this.setHeading(this.subgraph);
        }
        else
            this.scheduleLoad();
    }
    get theme() {
        const t = this.getAttribute("theme");
        if (t === "dark" || t === "light")
            return t;
        return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    }
    applyTheme() {
        this.frame.classList.toggle("dark", this.theme === "dark");
    }
    /** Coalesces attribute changes made in one task (e.g. by the iframe page) into one load. */
    scheduleLoad() {
        if (this.pending || !this.nearViewport)
            return;
        this.pending = true;
        queueMicrotask(() => {
            this.pending = false;
            void this.load();
        });
    }
    showStatus(message, error = false) {
        this.sigma?.kill();
        this.sigma = null;
        replaceChildren(this.stage, el("div", { class: error ? "status error" : "status", attrs: { role: error ? "alert" : "status" } }, message));
    }
    async load() {
        this.abort?.abort();
        const abort = (this.abort = new AbortController());
        const focus = this.getAttribute("focus");
        const depth = Math.max(1, Math.min(3, Number(this.getAttribute("depth")) || 1));
        this.heading.textContent = this.getAttribute("title") || "Knowledge graph";
        replaceChildren(this.below);
        this.stage.setAttribute("aria-label", "Graph is loading");
        this.showStatus("Loading graph…");
        try {
            const url = resolveSrc(this.getAttribute("src"), document.baseURI);
            const sub = await loadSubgraph(url, focus, depth, abort.signal);
            if (abort.signal.aborted)
                return;
            this.subgraph = sub;
            this.setHeading(sub);
            this.renderGraph(sub);
            this.renderTextAlternative(sub, url);
            this.dispatchEvent(new CustomEvent("kg-graph:load", {
                detail: { nodes: sub.nodes.length, edges: sub.edges.length },
                bubbles: true,
                composed: true,
            }));
        }
        catch (err) {
            if (abort.signal.aborted)
                return;
            this.subgraph = null;
            const message = err instanceof WidgetError
                ? err.message
                : `The graph could not be loaded (${err instanceof Error ? err.message : String(err)}).`;
            this.heading.textContent = this.getAttribute("title") || "Knowledge graph unavailable";
            this.stage.setAttribute("aria-label", message);
            this.showStatus(message, true);
            this.dispatchEvent(new CustomEvent("kg-graph:error", { detail: { message }, bubbles: true, composed: true }));
        }
    }
    setHeading(sub) {
        const focus = sub.nodes.find((n) => n.id === sub.focus);
        this.heading.textContent = this.getAttribute("title") || `Connections of ${focus?.label ?? sub.focus}`;
    }
    renderGraph(sub) {
        const dark = this.theme === "dark";
        const positions = radialLayout(sub);
        const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: false });
        for (const n of sub.nodes) {
            const p = positions.get(n.id);
            graph.addNode(n.id, {
                label: n.label,
                x: p.x,
                y: p.y,
                size: n.id === sub.focus ? 14 : 8,
                color: typeColor(n.type),
                forceLabel: sub.nodes.length <= 25 || n.id === sub.focus,
            });
        }
        // Co-occurrence says little on its own: drawn faint and unlabelled so the typed relations stay readable.
        const labelled = sub.edges.filter((e) => e.category !== "CO_OCCURRENCE").length;
        for (const e of sub.edges) {
            if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id))
                continue;
            const cooc = e.category === "CO_OCCURRENCE";
            graph.addEdgeWithKey(e.id, e.source, e.target, {
                label: cooc ? undefined : e.label,
                size: cooc ? 0.8 : 2,
                type: cooc ? "line" : "arrow",
                color: dark ? (cooc ? "#323a42" : "#6f7c88") : cooc ? "#e3e6ea" : "#98a4b0",
                zIndex: cooc ? 0 : 1,
            });
        }
        this.sigma?.kill();
        replaceChildren(this.stage);
        const fg = dark ? "#e8ecef" : "#1d2329";
        let hovered = null;
        const sigma = new Sigma(graph, this.stage, {
            allowInvalidContainer: true,
            renderEdgeLabels: labelled <= 24,
            zIndex: true,
            labelColor: { color: fg },
            edgeLabelColor: { color: dark ? "#a3adb7" : "#5b6670" },
            labelRenderedSizeThreshold: 0,
            labelDensity: 1,
            defaultEdgeType: "arrow",
            stagePadding: 40,
            defaultDrawNodeHover: drawThemedHover(dark ? "#2a3138" : "#ffffff"),
            nodeReducer: (node, data) => {
                if (!hovered || node === hovered || graph.areNeighbors(node, hovered))
                    return data;
                return { ...data, color: dark ? "#39424b" : "#e3e7eb", label: "" };
            },
            edgeReducer: (edge, data) => {
                if (!hovered || graph.hasExtremity(edge, hovered))
                    return data;
                return { ...data, hidden: true };
            },
        });
        sigma.on("enterNode", ({ node }) => {
            hovered = node;
            sigma.refresh({ skipIndexation: true });
        });
        sigma.on("leaveNode", () => {
            hovered = null;
            sigma.refresh({ skipIndexation: true });
        });
        // Clicking an entity re-centres the widget on it.
        sigma.on("clickNode", ({ node }) => {
            if (node !== sub.focus)
                this.setAttribute("focus", node);
        });
        this.sigma = sigma;
        this.frameWithLabels(sub);
        const focusLabel = sub.nodes.find((n) => n.id === sub.focus)?.label ?? sub.focus;
        this.stage.setAttribute("aria-label", `Network diagram of ${focusLabel}: ${sub.nodes.length} entities and ${sub.edges.length} relations. A text version follows.`);
    }
    /** Labels are drawn right of their nodes and sigma does not frame them: zoom out and shift so they fit. */
    frameWithLabels(sub) {
        if (!this.sigma)
            return;
        const width = this.stage.clientWidth || 600;
        const longest = Math.max(0, ...sub.nodes.map((n) => n.label.length));
        const fraction = Math.min(0.6, (Math.min(longest, 32) * 7) / width);
        const ratio = 1 + fraction;
        this.sigma.getCamera().setState({ x: 0.5 + (fraction / 2) * ratio * 0.9, y: 0.5, ratio });
    }
    renderTextAlternative(sub, src) {
        const labels = new Map(sub.nodes.map((n) => [n.id, n.label]));
        const types = [...new Set(sub.nodes.map((n) => n.type))];
        const legend = el("ul", { class: "legend", attrs: { "aria-label": "Legend" } }, types.map((t) => el("li", null, el("span", { class: "swatch", style: { background: typeColor(t) } }), TYPE_LABELS[t] ?? t)));
        const entities = el("ul", { class: "kg-entities" }, sub.nodes.map((n) => el("li", null, n.label, ` (${(TYPE_LABELS[n.type] ?? n.type).toLowerCase()})`)));
        const typed = sub.edges.filter((e) => e.category !== "CO_OCCURRENCE");
        const together = sub.edges.filter((e) => e.category === "CO_OCCURRENCE");
        const relations = el("ul", { class: "kg-relations" }, typed.map((e) => el("li", null, labels.get(e.source) ?? e.source, ` ${e.label} `, labels.get(e.target) ?? e.target)), together.length
            ? el("li", null, "Named together in the same sentences: ", together
                .map((e) => `${labels.get(e.source) ?? e.source} and ${labels.get(e.target) ?? e.target}`)
                .join("; "), ".")
            : null);
        const details = el("details", { class: "text-alternative" }, el("summary", null, `Text version: ${sub.nodes.length} entities, ${sub.edges.length} relations`), el("h3", null, "Entities"), entities, el("h3", null, "Relations"), sub.edges.length ? relations : el("p", null, "None."));
        const foot = el("div", { class: "foot" });
        if (sub.truncated)
            foot.append(el("span", null, "Only part of the neighbourhood is shown."));
        if (isGraphqlUrl(src)) {
            const explorer = new URL(`./?focus=${encodeURIComponent(sub.focus)}`, src);
            foot.append(el("a", { attrs: { href: explorer.href, target: "_blank", rel: "noopener" } }, "Open in the explorer"));
        }
        replaceChildren(this.below, legend, details, foot.childNodes.length ? foot : null);
    }
}
/** Registers <kg-graph> once, even if the script is included twice. */
export function defineKgGraph() {
    if (!customElements.get("kg-graph"))
        customElements.define("kg-graph", KgGraphElement);
}
export { TYPE_COLORS };
//# sourceMappingURL=kgGraph.js.map