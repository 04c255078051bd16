// Entry of the standalone kg-embed.js bundle: <script src=".../kg-embed.js"></script> then <kg-graph ...>.
import { defineKgGraph } from "./kgGraph.js";
import { reportFrameHeight } from "./reportFrameHeight.js";

defineKgGraph();

// A pinned iframe (srcdoc written by the embed builder) marks its <html>: report the height like /embed does.
const framed = document.documentElement.hasAttribute("data-kg-frame") && document.querySelector("kg-graph");
if (framed) reportFrameHeight(framed as HTMLElement);
