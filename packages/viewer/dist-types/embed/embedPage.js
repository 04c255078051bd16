// The /embed iframe page: renders the same <kg-graph> element from the query string and reports its height to the
// host page so the iframe can be sized without scrollbars.
import { defineKgGraph } from "./kgGraph.js";
defineKgGraph();
const params = new URLSearchParams(location.search);
const widget = document.createElement("kg-graph");
// GraphQL of the server that serves this page, unless the embedder points elsewhere.
widget.setAttribute("src", params.get("src") ?? new URL("/graphql", location.href).href);
for (const name of ["focus", "depth", "theme", "title"]) {
    const value = params.get(name);
    if (value !== null)
        widget.setAttribute(name, value);
}
if (params.get("theme") === "dark")
    document.documentElement.classList.add("dark");
document.getElementById("kg-root").replaceChildren(widget);
let lastHeight = -1;
function reportHeight() {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight || window.parent === window)
        return;
    lastHeight = height;
    window.parent.postMessage({ type: "kg-embed:height", height }, "*");
}
new ResizeObserver(reportHeight).observe(document.documentElement);
addEventListener("load", reportHeight);
widget.addEventListener("kg-graph:load", reportHeight);
widget.addEventListener("kg-graph:error", reportHeight);
widget.addEventListener("toggle", reportHeight, true);
reportHeight();
//# sourceMappingURL=embedPage.js.map