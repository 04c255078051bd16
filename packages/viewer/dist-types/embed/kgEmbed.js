// Entry of the standalone kg-embed.js bundle: <script src=".../kg-embed.js"></script> then <kg-graph ...>.
import { defineKgGraph } from "./kgGraph.js";
defineKgGraph();
//# sourceMappingURL=kgEmbed.js.map