// The explorer's single source of truth: panels read it and dispatch changes; controllers react to changes.
export function createExplorerStore(initial) {
    let state = {
        focus: initial.focus,
        hovered: null,
        filters: initial.filters,
        sizeBy: initial.sizeBy,
        path: initial.path,
        doc: initial.doc ? { id: initial.doc } : null,
        labelDensity: 0.5,
    };
    const listeners = new Set();
    return {
        get: () => state,
        set(patch) {
            const previous = state;
            state = { ...state, ...patch };
            for (const l of listeners)
                l(state, previous);
        },
        subscribe(listener) {
            listeners.add(listener);
            return () => listeners.delete(listener);
        },
    };
}
//# sourceMappingURL=explorerStore.js.map