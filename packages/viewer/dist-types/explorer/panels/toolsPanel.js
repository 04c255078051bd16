// Display and tools: node size metric, label density, live layout, exports, share link.
import { el, replaceChildren } from "../../core/dom/el.js";
import { exportGexf, exportJson, exportPng } from "../controllers/exportView.js";
export function renderTools(ctx, container, layout) {
    const { store } = ctx;
    const sizeRadio = (value, label) => el("label", { class: "check" }, el("input", {
        attrs: { type: "radio", name: "size-by", value, checked: store.get().sizeBy === value },
        on: { change: () => store.set({ sizeBy: value }) },
    }), label);
    const density = el("input", {
        id: "label-density",
        attrs: { type: "range", min: 0, max: 1, step: 0.1, value: store.get().labelDensity },
        on: { input: () => store.set({ labelDensity: Number(density.value) }) },
    });
    const layoutButton = el("button", { id: "layout-toggle", class: "button", attrs: { type: "button", "aria-pressed": "false" } }, "Run ForceAtlas2");
    const syncLayout = () => {
        const on = layout.running();
        layoutButton.textContent = on ? "Stop layout" : "Run ForceAtlas2";
        layoutButton.setAttribute("aria-pressed", String(on));
    };
    layoutButton.addEventListener("click", () => {
        if (layout.running())
            layout.stop();
        else
            layout.start();
        syncLayout();
    });
    const status = el("p", { class: "muted small", attrs: { "aria-live": "polite" } });
    const copyLink = async () => {
        try {
            await navigator.clipboard.writeText(location.href);
            status.textContent = "Link to this view copied.";
        }
        catch {
            status.textContent = "Copy the address bar: it holds this view.";
        }
    };
    replaceChildren(container, el("h2", { class: "panel-title" }, "Display"), el("fieldset", null, el("legend", null, "Node size"), sizeRadio("degree", "Degree"), sizeRadio("pagerank", "PageRank")), el("label", { class: "field", attrs: { for: "label-density" } }, "Labels: fewer … more"), density, el("h2", { class: "panel-title" }, "Layout"), el("div", { class: "buttons" }, layoutButton, el("button", {
        class: "button",
        attrs: { type: "button" },
        on: {
            click: () => {
                layout.reset();
                syncLayout();
            },
        },
    }, "Reset positions")), el("h2", { class: "panel-title" }, "Export and share"), el("div", { class: "buttons" }, el("button", { id: "export-png", class: "button", attrs: { type: "button" }, on: { click: () => void exportPng(ctx) } }, "PNG"), el("button", { id: "export-gexf", class: "button", attrs: { type: "button" }, on: { click: () => exportGexf(ctx) } }, "GEXF"), el("button", { id: "export-json", class: "button", attrs: { type: "button" }, on: { click: () => exportJson(ctx) } }, "JSON"), el("button", { class: "button", attrs: { type: "button" }, on: { click: () => void copyLink() } }, "Copy link")), status);
}
//# sourceMappingURL=toolsPanel.js.map