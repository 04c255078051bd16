// The small subgraph a widget shows, whether it came from GraphQL `neighborhood` or from a static graph file.
export {};
//# sourceMappingURL=subgraph.js.map