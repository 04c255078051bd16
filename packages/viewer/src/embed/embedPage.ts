// The /embed iframe page: renders the same <kg-graph> element from the query string and reports its height to the
// host page so the iframe can be sized without scrollbars.

import { defineKgGraph } from "./kgGraph.js";
import { reportFrameHeight } from "./reportFrameHeight.js";

defineKgGraph();

const params = new URLSearchParams(location.search);
const widget = document.createElement("kg-graph");
// GraphQL of the server that serves this page, unless the embedder points elsewhere.
widget.setAttribute("src", params.get("src") ?? new URL("/graphql", location.href).href);
for (const name of [
  "focus",
  "depth",
  "theme",
  "title",
  "types",
  "hide-cooccurrence",
  "max-nodes",
  "caption",
  "source",
]) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
if (params.get("theme") === "dark") document.documentElement.classList.add("dark");
document.getElementById("kg-root")!.replaceChildren(widget);
reportFrameHeight(widget);
