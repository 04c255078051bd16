// Styles of the widget's shadow root: isolated from the host page in both directions.

export const WIDGET_CSS = `
:host { display: block; container-type: inline-size; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
:host([hidden]) { display: none; }
.kg { --bg: #ffffff; --fg: #1d2329; --muted: #5b6670; --border: #d9dee3; --error-bg: #fff4f2; --error-fg: #8a1c0a;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 8px; overflow: hidden; }
.kg.dark { --bg: #14181c; --fg: #e8ecef; --muted: #a3adb7; --border: #2f373f; --error-bg: #3a1a14; --error-fg: #ffb4a6; }
.title { margin: 0; padding: 10px 12px 4px; font-size: 1.05em; font-weight: 600; }
.stage { position: relative; width: 100%; aspect-ratio: 16 / 10; min-height: 220px; max-height: 70vh; touch-action: none; }
@container (max-width: 480px) { .stage { aspect-ratio: 1 / 1; } }
.stage:focus-visible { outline: 2px solid #2e86ab; outline-offset: -2px; }
.status { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; padding: 16px;
  text-align: center; color: var(--muted); }
.status.error { background: var(--error-bg); color: var(--error-fg); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 4px 12px 8px; margin: 0; list-style: none; font-size: 0.85em; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 5px; }
.swatch { width: 10px; height: 10px; border-radius: 50%; display: inline-block; }
details { border-top: 1px solid var(--border); padding: 6px 12px 10px; font-size: 0.9em; }
summary { cursor: pointer; color: var(--muted); }
details h3 { font-size: 0.95em; margin: 8px 0 2px; }
details ul { margin: 0; padding-left: 18px; }
.stage canvas { position: absolute; inset: 0; display: block; }
.caption { margin: 0; padding: 6px 12px 2px; font-size: 0.9em; color: var(--fg); }
.foot { display: flex; justify-content: space-between; gap: 8px; padding: 0 12px 8px; font-size: 0.8em; color: var(--muted); }
a { color: inherit; }
`;
