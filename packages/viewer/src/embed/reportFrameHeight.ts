// Inside an iframe, posts { type: "kg-embed:height", height } to the host page on load and on every resize, so the
// host can size the frame without scrollbars (the /embed page, and pinned iframes built from srcdoc).

export function reportFrameHeight(widget: HTMLElement): void {
  if (window.parent === window) return;
  let lastHeight = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ type: "kg-embed:height", height }, "*");
  };
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener("load", report);
  widget.addEventListener("kg-graph:load", report);
  widget.addEventListener("kg-graph:error", report);
  widget.addEventListener("toggle", report, true);
  report();
}
