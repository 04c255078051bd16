// Keyboard on the graph: arrows pan, +/- zoom, 0 resets the camera, Escape clears the selection.
export function bindKeyboard(stage, ctx) {
    stage.addEventListener("keydown", (e) => {
        const camera = ctx.sigma.getCamera();
        const step = 0.1 * camera.ratio;
        const moves = {
            ArrowLeft: [-step, 0],
            ArrowRight: [step, 0],
            ArrowUp: [0, step],
            ArrowDown: [0, -step],
        };
        const move = moves[e.key];
        if (move) {
            e.preventDefault();
            void camera.animate({ x: camera.x + move[0], y: camera.y + move[1] }, { duration: 120 });
        }
        else if (e.key === "+" || e.key === "=")
            void camera.animatedZoom({ duration: 200 });
        else if (e.key === "-")
            void camera.animatedUnzoom({ duration: 200 });
        else if (e.key === "0")
            void camera.animatedReset({ duration: 300 });
        else if (e.key === "Escape")
            ctx.store.set({ focus: null, doc: null, path: null });
    });
}
//# sourceMappingURL=bindKeyboard.js.map