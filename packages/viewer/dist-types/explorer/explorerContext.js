// What every explorer module needs: the data, the rendered graph, the store and the derived visibility.
export {};
//# sourceMappingURL=explorerContext.js.map